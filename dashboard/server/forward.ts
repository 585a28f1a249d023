/**
 * What the dashboard's server passes on to the gateway under the commissioner's token: only the
 * dashboard's own operations, by hash, from the manifest codegen wrote, and only as a JSON POST.
 * Anything else would let any page or form on the user's machine run its own query with the
 * commissioner's credentials: a text/plain or form post (which a browser sends cross-site without
 * asking) is refused with 415, a query sent as text with 400, and a hash not in the manifest with
 * 403. What is forwarded is rebuilt from the hash and variables alone.
 */
import type { ErrorCode } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';

export const DASHBOARD_OPERATIONS = path.resolve(import.meta.dirname, '..', 'src', 'generated', 'persisted-documents.json');

/** The hashes of the dashboard's persisted operations. */
export function loadOperationHashes(file = DASHBOARD_OPERATIONS): Set<string> {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  return new Set(Object.keys(manifest).map((key) => key.replace(/^sha256:/, '')));
}

export type Checked = { ok: true; body: string } | { ok: false; status: 400 | 403 | 415; code: ErrorCode; message: string };

const refuse = (status: 400 | 403 | 415, code: ErrorCode, message: string): Checked => ({ ok: false, status, code, message });

/** The request as the gateway will get it, or why it is refused. */
export function checkDashboardRequest(contentType: string | undefined, raw: Buffer, hashes: ReadonlySet<string>): Checked {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json') return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', "Send the dashboard's operations as application/json");
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    return refuse(400, 'BAD_REQUEST', 'The request body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return refuse(400, 'BAD_REQUEST', 'Send one operation as a JSON object');
  const { query, variables, operationName, extensions } = body as {
    query?: unknown;
    variables?: unknown;
    operationName?: unknown;
    extensions?: { persistedQuery?: { sha256Hash?: unknown; version?: unknown } };
  };
  if (query !== undefined)
    return refuse(
      400,
      'PERSISTED_QUERY_REQUIRED',
      "Only the dashboard's persisted operations are answered here: send the hash, not the document",
    );
  const hash = extensions?.persistedQuery?.sha256Hash;
  if (typeof hash !== 'string' || extensions?.persistedQuery?.version !== 1)
    return refuse(400, 'PERSISTED_QUERY_REQUIRED', 'Name a persisted operation: extensions.persistedQuery { version: 1, sha256Hash }');
  if (!hashes.has(hash)) return refuse(403, 'PERSISTED_QUERY_NOT_ALLOWED', "This operation is not one of the dashboard's");
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables)))
    return refuse(400, 'BAD_REQUEST', 'variables must be a JSON object');
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return refuse(400, 'BAD_REQUEST', 'operationName must be a string');
  return {
    ok: true,
    body: JSON.stringify({
      ...(operationName ? { operationName } : {}),
      variables: variables ?? {},
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    }),
  };
}
