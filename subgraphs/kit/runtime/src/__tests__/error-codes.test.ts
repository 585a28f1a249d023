/**
 * One list of error codes (error-codes.ts): README's table is the one the list writes, errors are
 * made from it with the wire shape they always had, and no source file spells a code out itself.
 */
import { describe, expect, it } from '@jest/globals';
import { sourceFiles } from '@continuum/dev/source-files';
import fs from 'node:fs';
import path from 'node:path';
import { badUserInput, conflict, notFound } from '../errors.ts';
import { ERROR_CODES, graphqlError } from '../error-codes.ts';
import { ERROR_CODES_END, ERROR_CODES_START, withErrorCodesTable } from '../error-codes-table.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..', '..');
const FOLDERS = ['gateway', 'subgraphs', 'partners', 'dashboard/server', 'scripts', 'schema', 'tools'];
// Tests state the codes a client sees as literals on purpose; generated code is not ours.
const SOURCE = /\.(ts|tsx|js|mjs)(\.tmpl)?$/;
const REGISTRY = 'subgraphs/kit/runtime/src/error-codes.ts';

/**
 * Each `code: '<LITERAL>'` on a line that is an error code: a listed one, one shaped like one
 * (WORDS_WITH_UNDERSCORES), or any capitals beside `extensions`. Course and organisation codes
 * ('HT-PEG', 'E06000047', 'QHM') are data, not errors.
 */
function literalCodes(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(/\bcode:\s*(['"`])([A-Z][A-Z0-9_]*)\1/g)) {
      const code = m[2]!;
      if (code in ERROR_CODES || /^[A-Z]+(?:_[A-Z]+)+$/.test(code) || /\bextensions\b/.test(line)) found.push(code);
    }
  }
  return found;
}

describe('one list of error codes', () => {
  it("README's Errors table is exactly what `npm run docs:errors` writes from ERROR_CODES", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(ERROR_CODES_START);
    expect(readme).toContain(ERROR_CODES_END);
    expect(block(readme)).toBe(block(withErrorCodesTable(readme)));
  });

  it('the table has one row per code in the list', () => {
    const table = block(withErrorCodesTable(`${ERROR_CODES_START}\n${ERROR_CODES_END}`));
    for (const code of Object.keys(ERROR_CODES)) expect(table).toContain(`| \`${code}\` |`);
    expect(table.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(Object.keys(ERROR_CODES).length);
  });

  it('the literal scan finds an error code written inline and leaves course and organisation codes alone', () => {
    expect(literalCodes(`throw new GraphQLError(m, { extensions: { code: 'TEAPOT' } });`)).toEqual(['TEAPOT']);
    expect(literalCodes(`const e = { code: "FORBIDDEN" };\nconst f = { code: 'NOT_LISTED_YET' };`)).toEqual([
      'FORBIDDEN',
      'NOT_LISTED_YET',
    ]);
    expect(literalCodes(`{ code: 'HT-PEG', title: 'PEG' } { code: 'E06000047' } { code: 'QHM' } orderBy: [{ code: 'asc' }]`)).toEqual([]);
  });

  it("no source file outside the registry writes an error code as a literal (code: '…'): errors are made with graphqlError()", () => {
    const files = sourceFiles(ROOT, FOLDERS, SOURCE);
    expect(files).toContain('gateway/src/gateway.ts');
    expect(files).toContain('dashboard/server/serve.ts');
    const offenders = files
      .filter((f) => f !== REGISTRY)
      .flatMap((f) => literalCodes(fs.readFileSync(path.join(ROOT, f), 'utf8')).map((code) => `${f}: code: '${code}'`));
    expect(offenders).toEqual([]);
  });

  it('graphqlError makes the same wire shape as the hand-written errors it replaced: message, then extensions with the code first', () => {
    expect(JSON.stringify({ errors: [graphqlError('PAYLOAD_TOO_LARGE', 'Request body too large')] })).toBe(
      '{"errors":[{"message":"Request body too large","extensions":{"code":"PAYLOAD_TOO_LARGE"}}]}',
    );
    expect(graphqlError('SUBGRAPH_TIMEOUT', 'people did not answer within 5 ms', { subgraph: 'people', timeoutMs: 5 }).toJSON()).toEqual({
      message: 'people did not answer within 5 ms',
      extensions: { code: 'SUBGRAPH_TIMEOUT', subgraph: 'people', timeoutMs: 5 },
    });
  });

  it('badUserInput, notFound and conflict keep their messages, codes, fields and reasons', () => {
    expect(badUserInput('nhsNumber', 'an NHS number has exactly 10 digits').toJSON()).toEqual({
      message: 'Invalid nhsNumber: an NHS number has exactly 10 digits',
      extensions: { code: 'BAD_USER_INPUT', field: 'nhsNumber', reason: 'an NHS number has exactly 10 digits' },
    });
    expect(notFound('Person', 'id', 'x').toJSON()).toEqual({
      message: 'Person not found: no Person has id x',
      extensions: { code: 'NOT_FOUND', field: 'id', reason: 'no Person has this id' },
    });
    expect(conflict('mergeId', 'already reversed').toJSON()).toEqual({
      message: 'Conflict on mergeId: already reversed',
      extensions: { code: 'CONFLICT', field: 'mergeId', reason: 'already reversed' },
    });
  });

  it('a code not in the list does not compile (tsc checks the @ts-expect-error below)', () => {
    // @ts-expect-error 'NOT_A_CODE' is not an ErrorCode
    const made = () => graphqlError('NOT_A_CODE', 'never listed');
    expect(typeof made).toBe('function');
  });

  it("each code's HTTP statuses are real ones, each listed once", () => {
    const wrong = Object.entries(ERROR_CODES).filter(([, info]) => {
      const statuses = info.http.map((h) => h.status);
      return statuses.some((s) => s < 200 || s > 599) || new Set(statuses).size !== statuses.length;
    });
    expect(wrong.map(([code]) => code)).toEqual([]);
  });
});

function block(text: string): string {
  return text.slice(text.indexOf(ERROR_CODES_START), text.indexOf(ERROR_CODES_END));
}
