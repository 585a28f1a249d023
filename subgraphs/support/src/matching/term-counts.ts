/**
 * The PAs' term counts (pa_term_count): every PA row counts once, retired ones included (their
 * names are still matched through their survivor). Written by whatever creates or removes a PA;
 * read for the frequencies of the values a registration or import row carries.
 */
import { countTerms, loadTermFrequencies, recountTerms, type PaIdentityRecord, type TermFrequencies } from '@continuum/identity';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { paIdentity } from './identity.ts';
import { TRANSACTION_OPTIONS, type Tx } from './tx.ts';

const TABLE = 'pa_term_count';

type Store = Parameters<typeof countTerms>[0];

/** Counts these PAs in (sign 1) or out (sign −1). */
export const countPas = (db: Store, pas: Iterable<PaIdentityRecord>, sign: 1 | -1 = 1): Promise<void> => countTerms(db, TABLE, pas, sign);

/** Counts every PA afresh (in a transaction: see recountTerms). */
export const recountPas = (tx: Tx, batches: AsyncIterable<readonly PaIdentityRecord[]>): Promise<void> => recountTerms(tx, TABLE, batches);

/** How common the names and dates of birth of these identities are among the PAs held. */
export const paFrequencies = (tx: Tx, identities: Iterable<PaIdentityRecord>): Promise<TermFrequencies> =>
  loadTermFrequencies(tx, TABLE, identities);

const BATCH = 5_000;

/** Every PA row, retired ones too, a batch at a time. */
async function* allPas(tx: Tx) {
  let after: string | undefined;
  for (;;) {
    const batch = await tx.personalAssistant.findMany({
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
    if (!batch.length) return;
    yield batch.map((pa) => paIdentity(pa));
    after = batch.at(-1)!.id;
  }
}

/** Recounts the register's term counts from every PA held, in a transaction of its own. */
export function recountAllPas(db: PrismaClient): Promise<void> {
  return db.$transaction((tx) => recountPas(tx, allPas(tx)), { ...TRANSACTION_OPTIONS, timeout: 30 * 60_000 });
}
