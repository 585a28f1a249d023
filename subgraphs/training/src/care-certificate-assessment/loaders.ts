import { addDays, groupLoader, today } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** Per-request batching for the Care Certificate's assessments. */
export function assessmentLoaders(db: PrismaClient) {
  return {
    assessmentsByPa: groupLoader(
      (paIds: readonly string[]) =>
        db.careCertificateAssessment.findMany({ where: { personalAssistantId: { in: [...paIds] } }, include: { assessor: true } }),
      (a) => a.personalAssistantId,
    ),
    recentAssessmentsByAssessor: groupLoader(
      (ids: readonly string[]) =>
        db.careCertificateAssessment.findMany({ where: { assessorId: { in: [...ids] }, assessedOn: { gte: addDays(today(), -30) } } }),
      (a) => a.assessorId,
    ),
  };
}
