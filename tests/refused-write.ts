/**
 * The two sides of a write rule, as the records' tests check them: a refused write answers its
 * code (on its field) and changes no table of any subgraph or of the access store; an allowed one
 * leaves WRITE rows in the audit trail naming the caller.
 */
import assert from 'node:assert/strict';
import type { Client, TestHub } from './helpers.ts';
import { tableState } from './table-state.ts';

/** Sends a write that must be refused with `code` (on `field`, when named), and proves nothing was written anywhere. */
export async function assertRefusedWrite(
  hub: TestHub,
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field?: string,
) {
  const before = await tableState(hub);
  const res = await client(query, variables);
  assert.equal(res.errors?.[0]?.extensions?.code, code, JSON.stringify(res.errors));
  if (field) assert.equal(res.errors?.[0]?.extensions?.field, field, JSON.stringify(res.errors));
  assert.deepEqual(await tableState(hub), before, 'a refused write changed nothing');
  return res;
}

/** The WRITE audit rows written since the last call (the first call: since the hub started). */
export function writeAuditSince(hub: TestHub): () => Promise<any[]> {
  let last = 0;
  return async () => {
    const r = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2 ORDER BY id', [last, 'WRITE']);
    last = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    return r.rows;
  };
}
