import type { RawStatements } from './transaction-clients.ts';

/**
 * A transaction-scoped lock on a name: concurrent steps of the same transition (or answers
 * to it) run one after the other, so a repeat sees the first one's write.
 */
export async function lockName(tx: RawStatements, name: string): Promise<void> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', name);
}

export const lockTransition = (tx: RawStatements, transitionId: string) => lockName(tx, `transition:${transitionId}`);

/**
 * Transaction-scoped locks on several names, taken in one order (so two callers sharing names
 * queue rather than deadlock). Registrations lock their identity's match keys this way: two
 * that could match each other run one after the other, and the second sees the first's record.
 */
export async function lockNames(tx: RawStatements, names: string[]): Promise<void> {
  if (!names.length) return;
  await tx.$executeRawUnsafe(
    'SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, 42) AS h FROM unnest($1::text[]) AS k ORDER BY 1) AS ordered',
    names,
  );
}
