import { groupLoader, uniqueLoader } from '@continuum/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

/** Per-request batching: one query per entity kind, however many people a query touches. */
export function createLoaders(db: PrismaClient) {
  return {
    person: uniqueLoader(
      (ids: readonly string[]) => db.person.findMany({ where: { id: { in: [...ids] } } }),
      (p) => p.id,
    ),
    localIdentifiers: groupLoader(
      (ids: readonly string[]) =>
        db.localIdentifier.findMany({ where: { personId: { in: [...ids] } }, orderBy: [{ agency: 'asc' }, { organisationCode: 'asc' }, { value: 'asc' }] }),
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
      (ids: readonly string[]) => db.matchDecision.findMany({ where: { reviewId: { in: [...ids] } }, orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }] }),
      (d) => d.reviewId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
