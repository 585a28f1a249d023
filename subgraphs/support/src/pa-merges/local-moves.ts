import { conflict, notFound } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { PaMergeModel } from '../generated/prisma/models.ts';
import type { StoredPaIdentifier } from '../matching/stored.ts';
import type { Tx } from '../matching/tx.ts';
import { PA_MERGE_STEP_ORDER } from './references.ts';

export interface PaMergeRequest {
  survivorId: string;
  retiredId: string;
  decidedBy: string;
  reason: string;
}

/**
 * The register's own part of a merge, in the caller's transaction: the retired PA's register
 * identifiers, match keys and register entry move to the survivor (each recorded, so an unmerge moves exactly
 * those back) and the retired row points at the survivor. Every subgraph's step starts PENDING.
 */
export async function recordPaMerge(tx: Tx, req: PaMergeRequest): Promise<PaMergeModel> {
  // Both rows locked in id order, so two merges of the same PAs queue rather than deadlock.
  await tx.$queryRawUnsafe(
    'SELECT id FROM "personal_assistant" WHERE id IN ($1::uuid, $2::uuid) ORDER BY id FOR UPDATE',
    req.survivorId,
    req.retiredId,
  );
  const [survivor, retired] = await Promise.all([
    tx.personalAssistant.findUnique({ where: { id: req.survivorId } }),
    tx.personalAssistant.findUnique({ where: { id: req.retiredId } }),
  ]);
  if (!survivor) throw notFound('PersonalAssistant', 'survivorId', req.survivorId);
  if (!retired) throw notFound('PersonalAssistant', 'retiredId', req.retiredId);
  // The record a PA was merged into is not named: asking for them by id finds it, if the caller may see it.
  if (retired.mergedInto) throw conflict('retiredId', 'this PA record was already merged into another record');
  if (survivor.mergedInto)
    throw conflict(
      'survivorId',
      'this PA record was merged into another record: ask for the PA by id to find it, and merge into that record instead',
    );

  const identifiers: StoredPaIdentifier[] = await tx.paLocalIdentifier.findMany({
    where: { personalAssistantId: retired.id },
    select: { organisationId: true, value: true },
  });
  await tx.paLocalIdentifier.updateMany({ where: { personalAssistantId: retired.id }, data: { personalAssistantId: survivor.id } });

  const retiredKeys = (await tx.paMatchKey.findMany({ where: { personalAssistantId: retired.id }, select: { key: true } })).map(
    (k) => k.key,
  );
  const held = await tx.paMatchKey.findMany({
    where: { personalAssistantId: survivor.id, key: { in: retiredKeys } },
    select: { key: true },
  });
  const survivorKeys = new Set(held.map((k) => k.key));
  const addedKeys = retiredKeys.filter((k) => !survivorKeys.has(k));
  await tx.paMatchKey.deleteMany({ where: { personalAssistantId: retired.id } });
  if (addedKeys.length) await tx.paMatchKey.createMany({ data: addedKeys.map((key) => ({ personalAssistantId: survivor.id, key })) });

  const movedRegisterEntry = await moveRegisterEntry(tx, retired.id, survivor.id);
  await tx.personalAssistant.update({ where: { id: retired.id }, data: { mergedInto: survivor.id } });
  return tx.paMerge.create({
    data: {
      id: randomUUID(),
      survivorId: survivor.id,
      retiredId: retired.id,
      status: 'PENDING',
      decidedBy: req.decidedBy,
      reason: req.reason,
      movedIdentifiers: identifiers as never,
      retiredMatchKeys: retiredKeys,
      addedMatchKeys: addedKeys,
      movedRegisterEntry,
      steps: { create: PA_MERGE_STEP_ORDER.map((subgraph) => ({ subgraph, state: 'PENDING' })) },
    },
  });
}

/** Moves back exactly what recordPaMerge moved, and separates the retired PA again. */
export async function undoPaLocalMoves(tx: Tx, m: PaMergeModel): Promise<void> {
  for (const l of m.movedIdentifiers as unknown as StoredPaIdentifier[]) {
    await tx.paLocalIdentifier.updateMany({
      where: { ...l, personalAssistantId: m.survivorId },
      data: { personalAssistantId: m.retiredId },
    });
  }
  if (m.addedMatchKeys.length)
    await tx.paMatchKey.deleteMany({ where: { personalAssistantId: m.survivorId, key: { in: m.addedMatchKeys } } });
  if (m.retiredMatchKeys.length) {
    await tx.paMatchKey.createMany({
      data: m.retiredMatchKeys.map((key) => ({ personalAssistantId: m.retiredId, key })),
      skipDuplicates: true,
    });
  }
  if (m.movedRegisterEntry)
    await tx.registerEntry.updateMany({ where: { personalAssistantId: m.survivorId }, data: { personalAssistantId: m.retiredId } });
  await tx.personalAssistant.update({ where: { id: m.retiredId }, data: { mergedInto: null } });
}

/**
 * A PA has one register entry. The retired PA's moves to a survivor who has none; when both
 * have one the survivor's is kept, as a merge keeps the survivor's own record and details, and
 * the retired one stays on the retired record (no search finds a merged PA) until an unmerge.
 */
async function moveRegisterEntry(tx: Tx, retiredId: string, survivorId: string): Promise<boolean> {
  const [retiredEntry, survivorEntry] = await Promise.all([
    tx.registerEntry.findUnique({ where: { personalAssistantId: retiredId }, select: { id: true } }),
    tx.registerEntry.findUnique({ where: { personalAssistantId: survivorId }, select: { id: true } }),
  ]);
  if (!retiredEntry || survivorEntry) return false;
  await tx.registerEntry.update({ where: { id: retiredEntry.id }, data: { personalAssistantId: survivorId } });
  return true;
}
