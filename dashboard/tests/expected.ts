/**
 * What the API says, asked directly of the gateway with the dashboard's own operation documents
 * (from the persisted-operation manifest), for the page tests to compare against.
 */
import { postGraphQL } from '@continuum/kit/testing';
import fs from 'node:fs';
import path from 'node:path';

const MANIFEST = path.resolve(import.meta.dirname, '..', 'src', 'generated', 'persisted-documents.json');
const documents = Object.values(JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, string>);

export function operationDocument(name: string): string {
  const found = documents.find((d) => new RegExp(`\\bquery ${name}\\b`).test(d));
  if (!found) throw new Error(`no persisted operation ${name}`);
  return found;
}

export async function apiAnswer(gatewayUrl: string, operation: string, filter: Record<string, string>): Promise<any> {
  const res = await postGraphQL(gatewayUrl, operationDocument(operation), { filter });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

export function csvOf(header: string[], rows: string[][]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const rowsOf = (rows: { label: string; count: { display: string } }[]) => rows.map((r) => [r.label, r.count.display]);
