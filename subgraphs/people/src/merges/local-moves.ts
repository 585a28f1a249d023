import { conflict, notFound } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { PersonMergeModel } from '../generated/prisma/models.ts';
import type { Tx } from './lock.ts';
import { IN_FLIGHT } from '../transitions/vocabulary.ts';
import { MERGE_SUBGRAPH_ORDER } from './subgraph-calls.ts';

interface IdentifierKey {
  agency: string;
  organisationCode: string;
  value: string;
}

export interface MergeRequest {
  survivorId: string;
  retiredId: string;
  decidedBy: string;
  reason: string;
}

/**
 * The hub's own part of a merge, in the caller's transaction: the retired person's agency
 * identifiers and match keys move to the survivor (each recorded, so an unmerge moves exactly
 * those back) and the retired row points at the survivor. The subgraphs' steps start PENDING.
 */
export async function recordMerge(tx: Tx, req: MergeRequest): Promise<PersonMergeModel> {
  // Both rows locked in id order, so two merges of the same people queue rather than deadlock.
  await tx.$queryRawUnsafe(
    'SELECT id FROM "person" WHERE id IN ($1::uuid, $2::uuid) ORDER BY id FOR UPDATE',
    req.survivorId,
    req.retiredId,
  );
  const [survivor, retired] = await Promise.all([
    tx.person.findUnique({ where: { id: req.survivorId } }),
    tx.person.findUnique({ where: { id: req.retiredId } }),
  ]);
  if (!survivor) throw notFound('Person', 'survivorId', req.survivorId);
  if (!retired) throw notFound('Person', 'retiredId', req.retiredId);
  // The record a person was merged into is not named: asking for them by id finds it, if the caller may see it.
  if (retired.mergedInto) throw conflict('retiredId', 'this person was already merged into another record');
  if (survivor.mergedInto)
    throw conflict(
      'survivorId',
      'this person was merged into another record: ask for them by id to find it, and merge into that record instead',
    );

  const identifiers = await tx.localIdentifier.findMany({
    where: { personId: retired.id },
    select: { agency: true, organisationCode: true, value: true },
  });
  await tx.localIdentifier.updateMany({ where: { personId: retired.id }, data: { personId: survivor.id } });

  const retiredKeys = (await tx.personMatchKey.findMany({ where: { personId: retired.id }, select: { key: true } })).map((k) => k.key);
  const survivorKeys = new Set(
    (await tx.personMatchKey.findMany({ where: { personId: survivor.id, key: { in: retiredKeys } }, select: { key: true } })).map(
      (k) => k.key,
    ),
  );
  const addedKeys = retiredKeys.filter((k) => !survivorKeys.has(k));
  await tx.personMatchKey.deleteMany({ where: { personId: retired.id } });
  if (addedKeys.length) await tx.personMatchKey.createMany({ data: addedKeys.map((key) => ({ personId: survivor.id, key })) });

  const { transitionIds, reviewIds } = await moveHubReferences(tx, retired.id, survivor.id);

  await tx.person.update({ where: { id: retired.id }, data: { mergedInto: survivor.id } });
  return tx.personMerge.create({
    data: {
      id: randomUUID(),
      survivorId: survivor.id,
      retiredPersonId: retired.id,
      status: 'PENDING',
      decidedBy: req.decidedBy,
      reason: req.reason,
      movedIdentifiers: identifiers,
      retiredMatchKeys: retiredKeys,
      addedMatchKeys: addedKeys,
      movedTransitionIds: transitionIds,
      movedReviewIds: reviewIds,
      steps: { create: MERGE_SUBGRAPH_ORDER.map((subgraph) => ({ subgraph, state: 'PENDING' })) },
    },
  });
}

/**
 * The hub's own rows naming the retired person move to the survivor: their funding moves (one
 * in flight per person, so a merge of two people both mid-move is refused) and the match
 * reviews whose identity now belongs to the survivor.
 */
async function moveHubReferences(tx: Tx, retiredId: string, survivorId: string): Promise<{ transitionIds: string[]; reviewIds: string[] }> {
  const inFlight = await tx.transition.findMany({
    where: { personId: { in: [retiredId, survivorId] }, status: { in: [...IN_FLIGHT] } },
    select: { personId: true },
  });
  if (new Set(inFlight.map((t) => t.personId)).size === 2) {
    throw conflict('retiredId', 'both people have a funding move in flight: complete or withdraw one of them before merging');
  }
  const transitionIds = (await tx.transition.findMany({ where: { personId: retiredId }, select: { id: true } })).map((t) => t.id);
  if (transitionIds.length) await tx.transition.updateMany({ where: { id: { in: transitionIds } }, data: { personId: survivorId } });
  const reviewIds = (await tx.matchReview.findMany({ where: { personId: retiredId }, select: { id: true } })).map((r) => r.id);
  if (reviewIds.length) await tx.matchReview.updateMany({ where: { id: { in: reviewIds } }, data: { personId: survivorId } });
  return { transitionIds, reviewIds };
}

/** Moves back exactly what recordMerge moved, and separates the retired person again. */
export async function undoLocalMoves(tx: Tx, m: PersonMergeModel): Promise<void> {
  if (m.movedTransitionIds.length) {
    await tx.transition.updateMany({
      where: { id: { in: m.movedTransitionIds }, personId: m.survivorId },
      data: { personId: m.retiredPersonId },
    });
  }
  if (m.movedReviewIds.length) {
    await tx.matchReview.updateMany({
      where: { id: { in: m.movedReviewIds }, personId: m.survivorId },
      data: { personId: m.retiredPersonId },
    });
  }
  for (const id of m.movedIdentifiers as unknown as IdentifierKey[]) {
    await tx.localIdentifier.updateMany({ where: { ...id, personId: m.survivorId }, data: { personId: m.retiredPersonId } });
  }
  if (m.addedMatchKeys.length) await tx.personMatchKey.deleteMany({ where: { personId: m.survivorId, key: { in: m.addedMatchKeys } } });
  if (m.retiredMatchKeys.length) {
    await tx.personMatchKey.createMany({
      data: m.retiredMatchKeys.map((key) => ({ personId: m.retiredPersonId, key })),
      skipDuplicates: true,
    });
  }
  await tx.person.update({ where: { id: m.retiredPersonId }, data: { mergedInto: null } });
}
