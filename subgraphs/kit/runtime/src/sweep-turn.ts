import type { RawQueries } from './transaction-clients.ts';

/** A client that can hold a transaction open while other work runs beside it. */
export interface SweepLockHolder {
  $transaction<R>(fn: (tx: RawQueries) => Promise<R>, options?: { timeout?: number; maxWait?: number }): PromiseLike<R>;
}

/** Longer than any sweep: a sweep's steps each wait at most a minute for their row lock. */
const SWEEP_HOLD_MS = 15 * 60_000;

const skipped = new Map<string, number>();

/** Sweeps passed over in this process because another replica was sweeping, by name. */
export function skippedSweeps(): Record<string, number> {
  return Object.fromEntries(skipped);
}

/**
 * Runs one background sweep only if no replica of this subgraph is running the same sweep now:
 * a transaction-scoped advisory lock on the sweep's name, on the subgraph's own database, held
 * for the sweep (one pooled connection) and released when it ends, or when its connection does.
 * A replica that finds it held skips this round (answers false); the rows each sweep touches are
 * still claimed one by one (FOR UPDATE SKIP LOCKED), so requests advancing the same work never
 * run a step twice either.
 */
export async function inTurn(db: SweepLockHolder, name: string, sweep: () => Promise<void>): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRawUnsafe<{ mine: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 7)) AS mine',
        name,
      );
      if (!row?.mine) {
        skipped.set(name, (skipped.get(name) ?? 0) + 1);
        return false;
      }
      await sweep();
      return true;
    },
    { timeout: SWEEP_HOLD_MS, maxWait: 10_000 },
  );
}
