import { groupLoader, uniqueLoader } from '@continuum/kit';
import type { PrismaClient } from './generated/prisma/client.ts';
import type { PersonModel } from './generated/prisma/models.ts';

/** A merge chain is short (a retired person's survivor is rarely merged again); this bounds a bad one. */
const MAX_MERGE_HOPS = 10;

type RowLoader = ReturnType<typeof personRowLoader>;

function personRowLoader(db: PrismaClient) {
  return uniqueLoader(
    (ids: readonly string[]) => db.person.findMany({ where: { id: { in: [...ids] } } }),
    (p) => p.id,
  );
}

/**
 * A person by any id they have been known by: a retired (merged) id answers with the survivor.
 * Each hop along merges is one more batched query, however many people are asked for.
 */
function currentPersonLoader(rows: RowLoader) {
  const load = async (id: string): Promise<PersonModel | null> => {
    let row = await rows.load(id);
    for (let hops = 0; row?.mergedInto && hops < MAX_MERGE_HOPS; hops++) row = await rows.load(row.mergedInto);
    return row;
  };
  return { load, loadMany: (ids: readonly string[]) => Promise.all(ids.map(load)) };
}

/** Per-request batching: one query per entity kind, however many people a query touches. */
export function createLoaders(db: PrismaClient) {
  return {
    person: currentPersonLoader(personRowLoader(db)),
    formerIds: groupLoader(
      (ids: readonly string[]) => db.person.findMany({ where: { mergedInto: { in: [...ids] } }, select: { id: true, mergedInto: true }, orderBy: { id: 'asc' } }),
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
