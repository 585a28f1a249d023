import { freshDatabase } from '@continuum/kit/testing';
import { startHub, type Hub } from '../scripts/hub.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';

/** The whole hub over real HTTP on ephemeral ports, each subgraph on a fresh seeded database. */
export async function startTestHub(opts: Pick<Parameters<typeof startHub>[0], 'routeFor' | 'supergraph' | 'timeoutFor'> = {}): Promise<Hub> {
  // Tests drive transitions themselves unless they ask for the background loop.
  process.env.CONTINUUM_RECONCILE_INTERVAL_MS ??= '0';
  const databaseUrls: Record<string, string> = {};
  for (const mod of SUBGRAPH_MODULES) databaseUrls[mod.name] = await freshDatabase(mod.name);
  const ports = Object.fromEntries([...SUBGRAPH_MODULES.map((m) => [m.name, 0]), ['gateway', 0]]);
  return startHub({ databaseUrls, ports, ...opts });
}

/** SQL statements each subgraph has sent so far. */
export function statementCounts(hub: Hub): Record<string, number> {
  return Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.database.statementCount()]));
}

export function difference(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));
}
