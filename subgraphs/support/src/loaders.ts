import { groupLoader, uniqueLoader } from '@continuum/runtime';
import { survivorLoader } from '@continuum/identity';
import type { PrismaClient } from './generated/prisma/client.ts';

/** Employments read in timeline order: by start date, then id so equal starts stay stable. */
const TIMELINE = [{ start: 'asc' as const }, { id: 'asc' as const }];

/** Per-request batching: one query per lookup, however many people or PAs a query touches. */
export function createLoaders(db: PrismaClient) {
  return {
    supportOrganisation: uniqueLoader(
      (ids: readonly string[]) => db.supportOrganisation.findMany({ where: { id: { in: [...ids] } } }),
      (o) => o.id,
    ),
    // A PA by any id they have been known by: a retired (merged) id answers with the survivor.
    personalAssistant: survivorLoader(
      uniqueLoader(
        (ids: readonly string[]) => db.personalAssistant.findMany({ where: { id: { in: [...ids] } } }),
        (pa) => pa.id,
      ),
    ),
    formerPaIds: groupLoader(
      (ids: readonly string[]) =>
        db.personalAssistant.findMany({
          where: { mergedInto: { in: [...ids] } },
          select: { id: true, mergedInto: true },
          orderBy: { id: 'asc' },
        }),
      (pa) => pa.mergedInto!,
    ),
    paIdentifiers: groupLoader(
      (ids: readonly string[]) =>
        db.paLocalIdentifier.findMany({
          where: { personalAssistantId: { in: [...ids] } },
          orderBy: [{ organisationId: 'asc' }, { value: 'asc' }],
        }),
      (l) => l.personalAssistantId,
    ),
    paMatchReview: uniqueLoader(
      (ids: readonly string[]) => db.paMatchReview.findMany({ where: { id: { in: [...ids] } } }),
      (r) => r.id,
    ),
    paMatchDecisions: groupLoader(
      (ids: readonly string[]) =>
        db.paMatchDecision.findMany({ where: { reviewId: { in: [...ids] } }, orderBy: [{ decidedAt: 'asc' }, { id: 'asc' }] }),
      (d) => d.reviewId,
    ),
    paMerge: uniqueLoader(
      (ids: readonly string[]) => db.paMerge.findMany({ where: { id: { in: [...ids] } } }),
      (m) => m.id,
    ),
    paMergeSteps: groupLoader(
      (ids: readonly string[]) => db.paMergeStep.findMany({ where: { mergeId: { in: [...ids] } } }),
      (s) => s.mergeId,
    ),
    employment: uniqueLoader(
      (ids: readonly string[]) => db.employment.findMany({ where: { id: { in: [...ids] } } }),
      (e) => e.id,
    ),
    employmentsByEmployer: groupLoader(
      (personIds: readonly string[]) => db.employment.findMany({ where: { employerPersonId: { in: [...personIds] } }, orderBy: TIMELINE }),
      (e) => e.employerPersonId,
    ),
    employmentsByPersonalAssistant: groupLoader(
      (paIds: readonly string[]) => db.employment.findMany({ where: { personalAssistantId: { in: [...paIds] } }, orderBy: TIMELINE }),
      (e) => e.personalAssistantId,
    ),
    termsByEmployment: groupLoader(
      (ids: readonly string[]) =>
        db.employmentTerms.findMany({ where: { employmentId: { in: [...ids] } }, orderBy: { validFrom: 'desc' } }),
      (t) => t.employmentId,
    ),
    payslipsByEmployment: groupLoader(
      (ids: readonly string[]) =>
        db.payslip.findMany({ where: { employmentId: { in: [...ids] } }, orderBy: [{ periodStart: 'desc' }, { id: 'asc' }] }),
      (p) => p.employmentId,
    ),
    payslipsByRun: groupLoader(
      (ids: readonly string[]) => db.payslip.findMany({ where: { payrollRunId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
      (p) => p.payrollRunId,
    ),
    payrollProvider: uniqueLoader(
      (ids: readonly string[]) => db.payrollProvider.findMany({ where: { id: { in: [...ids] } } }),
      (p) => p.id,
    ),
    dbsChecksByPersonalAssistant: groupLoader(
      (paIds: readonly string[]) => db.dbsCheck.findMany({ where: { personalAssistantId: { in: [...paIds] } }, orderBy: { id: 'asc' } }),
      (c) => c.personalAssistantId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
