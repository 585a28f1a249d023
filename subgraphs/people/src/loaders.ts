import { groupLoader, uniqueLoader } from '@continuum/runtime';
import { survivorLoader } from '@continuum/identity';
import type { PrismaClient } from './generated/prisma/client.ts';

function personRowLoader(db: PrismaClient) {
  return uniqueLoader(
    (ids: readonly string[]) => db.person.findMany({ where: { id: { in: [...ids] } } }),
    (p) => p.id,
  );
}

/** Per-request batching: one query per entity kind, however many people a query touches. */
export function createLoaders(db: PrismaClient) {
  return {
    // A person by any id they have been known by: a retired (merged) id answers with the survivor.
    person: survivorLoader(personRowLoader(db)),
    formerIds: groupLoader(
      (ids: readonly string[]) =>
        db.person.findMany({ where: { mergedInto: { in: [...ids] } }, select: { id: true, mergedInto: true }, orderBy: { id: 'asc' } }),
      (p) => p.mergedInto!,
    ),
    personMerge: uniqueLoader(
      (ids: readonly string[]) => db.personMerge.findMany({ where: { id: { in: [...ids] } } }),
      (m) => m.id,
    ),
    personMergeSteps: groupLoader(
      (ids: readonly string[]) => db.personMergeStep.findMany({ where: { mergeId: { in: [...ids] } } }),
      (s) => s.mergeId,
    ),
    localIdentifiers: groupLoader(
      (ids: readonly string[]) =>
        db.localIdentifier.findMany({
          where: { personId: { in: [...ids] } },
          orderBy: [{ agency: 'asc' }, { organisationCode: 'asc' }, { value: 'asc' }],
        }),
      (l) => l.personId,
    ),
    transition: uniqueLoader(
      (ids: readonly string[]) => db.transition.findMany({ where: { id: { in: [...ids] } } }),
      (t) => t.id,
    ),
    transitionSteps: groupLoader(
      (ids: readonly string[]) => db.transitionStep.findMany({ where: { transitionId: { in: [...ids] } } }),
      (s) => s.transitionId,
    ),
    matchReview: uniqueLoader(
      (ids: readonly string[]) => db.matchReview.findMany({ where: { id: { in: [...ids] } } }),
      (r) => r.id,
    ),
    matchDecisions: groupLoader(
      (ids: readonly string[]) =>
        db.matchDecision.findMany({ where: { reviewId: { in: [...ids] } }, orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }] }),
      (d) => d.reviewId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
