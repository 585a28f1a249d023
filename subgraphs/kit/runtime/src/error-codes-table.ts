/**
 * README's table of error codes, written from ERROR_CODES so the two cannot disagree:
 * `npm run docs:errors` rewrites it, and a test fails when README holds anything else.
 */
import { ERROR_CODES, type ErrorCodeInfo } from './error-codes.ts';

export const ERROR_CODES_START = '<!-- error-codes:start -->';
export const ERROR_CODES_END = '<!-- error-codes:end -->';

function row(code: string, info: ErrorCodeInfo): string {
  const meaning = info.raisedBy ? `${info.meaning} Raised by ${info.raisedBy}.` : info.meaning;
  const [usual, ...others] = info.http;
  const http = [String(usual.status), ...others.map((o) => `${o.status} when ${o.when}`)].join('; ');
  const retry = `${info.retryable ? 'Yes' : 'No'}: ${info.retry}`;
  return `| \`${code}\` | ${meaning} | ${http} | ${retry} |`;
}

/** The table as markdown, one row per code in the registry's order. */
export function errorCodesTable(): string {
  const rows = Object.entries(ERROR_CODES).map(([code, info]) => row(code, info));
  return ['| Code | Meaning | HTTP status | Retry? |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with the block between the markers replaced by the table; throws when a marker is missing. */
export function withErrorCodesTable(readme: string): string {
  const start = readme.indexOf(ERROR_CODES_START);
  const end = readme.indexOf(ERROR_CODES_END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${ERROR_CODES_START} and ${ERROR_CODES_END}, in that order`);
  return `${readme.slice(0, start)}${ERROR_CODES_START}\n${errorCodesTable()}\n${readme.slice(end)}`;
}
