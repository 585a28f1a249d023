import { groupLoader, uniqueLoader } from '@continuum/runtime';
import type { CouncilModel } from './generated/prisma/models.ts';
import type { PrismaClient } from './generated/prisma/client.ts';

const OLDEST_FIRST = [{ start: 'asc' as const }, { id: 'asc' as const }];

/**
 * Per-request batching: one query per lookup, however many people, councils or episodes a
 * query touches. Keys are lower-case hub ids (UUIDs); callers filter out malformed ids.
 */
export function createLoaders(db: PrismaClient) {
  // Councils are reference data (a few hundred rows at most, across Great Britain): a request
  // reads them all once, so episodes and care plans resolved at different moments share one query.
  let everyCouncil: Promise<CouncilModel[]> | null = null;

  return {
    council: uniqueLoader(
      (_ids: readonly string[]) => (everyCouncil ??= db.council.findMany()),
      (c) => c.id,
    ),
    councilByGssCode: uniqueLoader(
      (_codes: readonly string[]) => (everyCouncil ??= db.council.findMany()),
      (c) => c.gssCode,
    ),
    councilRates: groupLoader(
      (councilIds: readonly string[]) =>
        db.councilRate.findMany({ where: { councilId: { in: [...councilIds] } }, orderBy: [{ kind: 'asc' }, { effectiveFrom: 'asc' }] }),
      (r) => r.councilId,
    ),
    directPayment: uniqueLoader(
      (ids: readonly string[]) => db.directPayment.findMany({ where: { id: { in: [...ids] } } }),
      (e) => e.id,
    ),
    individualServiceFund: uniqueLoader(
      (ids: readonly string[]) => db.individualServiceFund.findMany({ where: { id: { in: [...ids] } } }),
      (e) => e.id,
    ),
    commissionedPackage: uniqueLoader(
      (ids: readonly string[]) => db.commissionedPackage.findMany({ where: { id: { in: [...ids] } } }),
      (e) => e.id,
    ),
    directPaymentsOfPerson: groupLoader(
      (personIds: readonly string[]) => db.directPayment.findMany({ where: { personId: { in: [...personIds] } }, orderBy: OLDEST_FIRST }),
      (e) => e.personId,
    ),
    individualServiceFundsOfPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.individualServiceFund.findMany({ where: { personId: { in: [...personIds] } }, orderBy: OLDEST_FIRST }),
      (e) => e.personId,
    ),
    commissionedPackagesOfPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.commissionedPackage.findMany({ where: { personId: { in: [...personIds] } }, orderBy: OLDEST_FIRST }),
      (e) => e.personId,
    ),
    carePlanHousehold: groupLoader(
      (planIds: readonly string[]) => db.carePlanHousehold.findMany({ where: { carePlanId: { in: [...planIds] } } }),
      (h) => h.carePlanId,
    ),
    /** Latest review first, so the head of each group is the current plan. */
    carePlansOfPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.carePlan.findMany({ where: { personId: { in: [...personIds] } }, orderBy: [{ lastReviewed: 'desc' }, { id: 'desc' }] }),
      (p) => p.personId,
    ),
    /** Newest first. */
    safeguardingConcernsOfPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.safeguardingConcern.findMany({ where: { personId: { in: [...personIds] } }, orderBy: [{ raisedOn: 'desc' }, { id: 'desc' }] }),
      (c) => c.personId,
    ),
    reablementPeriodsOfPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.reablementPeriod.findMany({ where: { personId: { in: [...personIds] } }, orderBy: [{ startedOn: 'desc' }, { id: 'asc' }] }),
      (r) => r.personId,
    ),
    /** Latest assessment first. */
    assessmentOffersOfPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.assessmentOffer.findMany({
          where: { personId: { in: [...personIds] } },
          orderBy: [{ assessedOn: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
        }),
      (o) => o.personId,
    ),
    safeguardingConcern: uniqueLoader(
      (ids: readonly string[]) => db.safeguardingConcern.findMany({ where: { id: { in: [...ids] } } }),
      (c) => c.id,
    ),
    /** Each transition's answers from councils, in the order they were given. */
    responsesOfTransition: groupLoader(
      (transitionIds: readonly string[]) =>
        db.transitionResponse.findMany({
          where: { transitionId: { in: [...transitionIds] } },
          orderBy: [{ respondedAt: 'asc' }, { funderCode: 'asc' }],
        }),
      (r) => r.transitionId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
