/**
 * What the API says, asked directly of the gateway as the dashboard's commissioner, with the dashboard's own operation documents
 * (from the persisted-operation manifest), for the page tests to compare against.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Client } from '../../tests/helpers.ts';

const MANIFEST = path.resolve(import.meta.dirname, '..', 'src', 'generated', 'persisted-documents.json');
const manifest = Object.entries(JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, string>);

function persisted(name: string): [hash: string, document: string] {
  const found = manifest.find(([, d]) => new RegExp(`\\bquery ${name}\\b`).test(d));
  if (!found) throw new Error(`no persisted operation ${name}`);
  return found;
}

export const operationDocument = (name: string): string => persisted(name)[1];
/** The hash the dashboard sends for an operation (the manifest's key, without its prefix). */
export const operationHash = (name: string): string => persisted(name)[0].replace(/^sha256:/, '');

/** The answer to one of the dashboard's operations, asked of the gateway by `ask` (the commissioner). */
export async function apiAnswer(ask: Client, operation: string, filter: Record<string, string>): Promise<any> {
  const res = await ask(operationDocument(operation), { filter });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** A CSV as the dashboard writes it: the rows naming the selection (then an empty row) when given, the header, the rows. */
export function csvOf(header: string[], rows: string[][], selection: string[][] = []): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const preamble = selection.length ? [...selection, []] : [];
  return [...preamble, header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The rows that open every CSV: the figure, the council, the NHS commissioner, the area and the period. */
export function csvSelection(
  figure: string,
  period: { from: string; to: string },
  chosen: { council?: string; nhs?: string; area?: string } = {},
): string[][] {
  return [
    ['Figure', figure],
    ['Council', chosen.council ?? 'All councils'],
    ['NHS commissioner', chosen.nhs ?? 'All NHS commissioners'],
    ['Area', chosen.area ?? 'Every area'],
    ['Period from', period.from],
    ['Period to', period.to],
  ];
}

export const rowsOf = (rows: { label: string; count: { display: string } }[]) => rows.map((r) => [r.label, r.count.display]);

/** Rows with each one's share of a total as the page works it out from published figures: rounded percent, "–" when either is suppressed. */
export function rowsWithShares(
  rows: { label: string; count: { display: string; value: number | null } }[],
  total: { value: number | null },
) {
  return rows.map((r) => [
    r.label,
    r.count.display,
    r.count.value === null || !total.value ? '–' : `${Math.round((100 * r.count.value) / total.value)}%`,
  ]);
}

/** Rows as the page orders a breakdown by size: largest first, "<5" before zero, ties as the API lists them. */
export function largestFirst<T extends { label: string; count: { display: string; value: number | null } }>(rows: T[]): T[] {
  const size = (r: T) => (r.count.value === null ? 0.5 : r.count.value);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => size(b.r) - size(a.r) || a.i - b.i)
    .map(({ r }) => r);
}
