import { groupLoader, uniqueLoader } from '@continuum/runtime';
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
      (personIds: readonly string[]) =>
        db.personalHealthBudget.findMany({ where: { personId: { in: [...personIds] } }, orderBy: OLDEST_FIRST }),
      (e) => e.personId,
    ),
    chcPackagesOfPerson: groupLoader(
      (personIds: readonly string[]) => db.chcPackage.findMany({ where: { personId: { in: [...personIds] } }, orderBy: OLDEST_FIRST }),
      (e) => e.personId,
    ),
    integratedBudgetsOfPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.integratedBudget.findMany({ where: { personId: { in: [...personIds] } }, orderBy: OLDEST_FIRST }),
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
    /** Latest review first, so the head of each group is the current plan. */
    healthPlansOfPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.healthPlan.findMany({ where: { personId: { in: [...personIds] } }, orderBy: [{ lastReviewed: 'desc' }, { id: 'desc' }] }),
      (p) => p.personId,
    ),
    /** Each transition's answers from NHS bodies, in the order they were given. */
    responsesOfTransition: groupLoader(
      (transitionIds: readonly string[]) =>
        db.transitionResponse.findMany({
          where: { transitionId: { in: [...transitionIds] } },
          orderBy: [{ respondedAt: 'asc' }, { funderCode: 'asc' }],
        }),
      (r) => r.transitionId,
    ),
    /** PHBs whose payments a council processes for a body, keyed "healthBodyId|gssCode", oldest first. */
    budgetsProcessedBy: groupLoader(
      (keys: readonly string[]) => {
        const pairs = keys.map((k) => k.split('|'));
        return db.personalHealthBudget.findMany({
          where: { OR: pairs.map(([healthBodyId, gss]) => ({ healthBodyId, paymentsProcessedByCouncilGssCode: gss })) },
          orderBy: OLDEST_FIRST,
        });
      },
      (e) => `${e.healthBodyId}|${e.paymentsProcessedByCouncilGssCode}`,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
