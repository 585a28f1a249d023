import { groupLoader, uniqueLoader } from '@continuum/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

// A person's episodes and decisions read oldest first; id breaks ties so the order is stable.
const OLDEST_FIRST = [{ start: 'asc' as const }, { id: 'asc' as const }];

/** Per-request batching: one query per lookup, however many people or episodes a query touches. */
export function createLoaders(db: PrismaClient) {
  return {
    healthBody: uniqueLoader(
      (ids: readonly string[]) => db.healthBody.findMany({ where: { id: { in: [...ids] } } }),
      (b) => b.id,
    ),
    personalHealthBudget: uniqueLoader(
      (ids: readonly string[]) => db.personalHealthBudget.findMany({ where: { id: { in: [...ids] } } }),
      (e) => e.id,
    ),
    chcPackage: uniqueLoader(
      (ids: readonly string[]) => db.chcPackage.findMany({ where: { id: { in: [...ids] } } }),
      (e) => e.id,
    ),
    integratedBudget: uniqueLoader(
      (ids: readonly string[]) => db.integratedBudget.findMany({ where: { id: { in: [...ids] } } }),
      (e) => e.id,
    ),
    chcDecision: uniqueLoader(
      (ids: readonly string[]) => db.chcDecision.findMany({ where: { id: { in: [...ids] } } }),
      (d) => d.id,
    ),
    personalHealthBudgetsOfPerson: groupLoader(
      (personIds: readonly string[]) => db.personalHealthBudget.findMany({ where: { personId: { in: [...personIds] } }, orderBy: OLDEST_FIRST }),
      (e) => e.personId,
    ),
    chcPackagesOfPerson: groupLoader(
      (personIds: readonly string[]) => db.chcPackage.findMany({ where: { personId: { in: [...personIds] } }, orderBy: OLDEST_FIRST }),
      (e) => e.personId,
    ),
    integratedBudgetsOfPerson: groupLoader(
      (personIds: readonly string[]) => db.integratedBudget.findMany({ where: { personId: { in: [...personIds] } }, orderBy: OLDEST_FIRST }),
      (e) => e.personId,
    ),
    chcDecisionsOfPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.chcDecision.findMany({ where: { personId: { in: [...personIds] } }, orderBy: [{ decidedOn: 'asc' }, { id: 'asc' }] }),
      (d) => d.personId,
    ),
    sharesOfIntegratedBudget: groupLoader(
      (budgetIds: readonly string[]) =>
        db.integratedBudgetShare.findMany({
          where: { integratedBudgetId: { in: [...budgetIds] } },
          // The administering NHS body first, then the largest contributor.
          orderBy: [{ funderKind: 'desc' }, { percentage: 'desc' }, { funderCode: 'asc' }],
        }),
      (s) => s.integratedBudgetId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
