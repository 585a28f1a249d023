import { blockingKeys, type PaIdentityRecord } from '@continuum/identity';
import { insertRows, lockNames } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { paIdentity } from './identity.ts';
import type { StoredPaIdentifier } from './stored.ts';
import { recountAllPas } from './term-counts.ts';
import type { Tx } from './tx.ts';

/** The keys a PA identity is found by (the engine's blocking keys), sorted. */
export function paMatchKeys(identity: PaIdentityRecord): string[] {
  return [...new Set(blockingKeys(identity))].sort();
}

/** A register identifier is locked like a key, so two submissions of it take turns. */
const identifierLock = (l: StoredPaIdentifier) => `register:${l.organisationId}:${l.value}`;

/**
 * Holds transaction-scoped locks on an identity's keys and its register identifier, so two
 * registrations that could match each other (or repeat one submission) run one after the other.
 */
export function lockPaRegistration(tx: Tx, keys: string[], identifier?: StoredPaIdentifier): Promise<void> {
  return lockNames(tx, identifier ? [...keys, identifierLock(identifier)] : keys);
}

export async function writePaMatchKeys(tx: Tx | PrismaClient, personalAssistantId: string, identity: PaIdentityRecord): Promise<void> {
  await tx.paMatchKey.createMany({ data: paMatchKeys(identity).map((key) => ({ personalAssistantId, key })), skipDuplicates: true });
}

/** Every PA on the register sharing any of the keys (merged records excluded: their keys went to the survivor). */
export function paCandidatesByKeys(tx: Tx, keys: string[]) {
  return tx.personalAssistant.findMany({ where: { mergedInto: null, matchKeys: { some: { key: { in: keys } } } }, orderBy: { id: 'asc' } });
}

const BACKFILL_BATCH = 1_000;

/**
 * Writes the match keys of PAs held without any (a register loaded before matching existed, or
 * rows written by hand), in batches, then recounts the term counts; returns how many PAs it keyed.
 */
export async function backfillPaMatchKeys(db: PrismaClient): Promise<number> {
  let keyed = 0;
  for (;;) {
    const batch = await db.personalAssistant.findMany({
      where: { matchKeys: { none: {} }, mergedInto: null },
      take: BACKFILL_BATCH,
      orderBy: { id: 'asc' },
    });
    if (!batch.length) {
      // The term counts too, for a register whose counts were never kept.
      await recountAllPas(db);
      return keyed;
    }
    const rows = batch.flatMap((pa) => paMatchKeys(paIdentity(pa)).map((key) => [pa.id, key]));
    // Multi-row inserts: createMany compiles each row on its own (see insertRows).
    await insertRows(db, 'pa_match_key', ['personal_assistant_id', 'key'], rows, undefined, { ignoreConflicts: true });
    keyed += batch.length;
  }
}
