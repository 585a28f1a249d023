/**
 * Match keys for people the hub held before matching existed (or whose keys an older version
 * derived differently): every current person's keys are written, those already there kept.
 * Then the term counts are recounted from every person held. Safe to run at any time and as
 * often as wanted.
 */
import { insertRows } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { personIdentity } from './identity.ts';
import { matchKeys } from './keys.ts';
import { recountPeople } from './term-counts.ts';
import { TRANSACTION_OPTIONS } from './tx.ts';

const BATCH = 5_000;

export interface BackfillSummary {
  people: number;
  /** People who had no match key at all before. */
  peopleWithoutKeys: number;
  keysAdded: number;
}

export async function backfillMatchKeys(
  db: PrismaClient,
  progress?: (label: string, done: number, total: number) => void,
): Promise<BackfillSummary> {
  // Retired records are found through their survivor, never as candidates of their own.
  const where = { mergedInto: null };
  const total = await db.person.count({ where });
  const withoutKeys = await db.person.count({ where: { ...where, matchKeys: { none: {} } } });
  const before = await db.personMatchKey.count();
  let done = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db.person.findMany({
      where,
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
    });
    if (!batch.length) break;
    const rows = batch.flatMap((p) => matchKeys(personIdentity(p)).map((key) => [p.id, key]));
    await insertRows(db, 'person_match_key', ['person_id', 'key'], rows, undefined, { ignoreConflicts: true });
    done += batch.length;
    after = batch.at(-1)!.id;
    progress?.('people', done, total);
  }
  await recountAllPeople(db);
  return { people: total, peopleWithoutKeys: withoutKeys, keysAdded: (await db.personMatchKey.count()) - before };
}

/** Every person row, retired ones too (see term-counts.ts), a batch at a time. */
async function* allPeople(tx: Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]) {
  let after: string | undefined;
  for (;;) {
    const batch = await tx.person.findMany({ orderBy: { id: 'asc' }, take: BATCH, ...(after ? { cursor: { id: after }, skip: 1 } : {}) });
    if (!batch.length) return;
    yield batch.map((p) => personIdentity(p));
    after = batch.at(-1)!.id;
  }
}

function recountAllPeople(db: PrismaClient): Promise<void> {
  return db.$transaction((tx) => recountPeople(tx, allPeople(tx)), { ...TRANSACTION_OPTIONS, timeout: 30 * 60_000 });
}
