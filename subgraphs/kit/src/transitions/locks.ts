import type { RawStatements } from './clients.ts';

/**
 * A transaction-scoped lock on a name: concurrent steps of the same transition (or answers
 * to it) run one after the other, so a repeat sees the first one's write.
 */
export async function lockName(tx: RawStatements, name: string): Promise<void> {
  await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', name);
}

export const lockTransition = (tx: RawStatements, transitionId: string) => lockName(tx, `transition:${transitionId}`);
