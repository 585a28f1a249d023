import { groupLoader, uniqueLoader } from '@continuum/runtime';
import type { PrismaClient } from './generated/prisma/client.ts';
import { assessmentLoaders } from './care-certificate-assessment/loaders.ts';

/** Per-request batching: one query per kind of row, however many personal assistants a query touches. */
export function createLoaders(db: PrismaClient) {
  return {
    ...assessmentLoaders(db),
    trainingProvider: uniqueLoader(
      (ids: readonly string[]) => db.trainingProvider.findMany({ where: { id: { in: [...ids] } } }),
      (p) => p.id,
    ),
    course: uniqueLoader(
      (ids: readonly string[]) => db.course.findMany({ where: { id: { in: [...ids] } } }),
      (c) => c.id,
    ),
    trainingRecord: uniqueLoader(
      (ids: readonly string[]) => db.trainingRecord.findMany({ where: { id: { in: [...ids] } } }),
      (r) => r.id,
    ),
    /** A personal assistant's records, newest completion first (ties by id, so the order is stable). */
    trainingRecordsByPa: groupLoader(
      (paIds: readonly string[]) =>
        db.trainingRecord.findMany({
          where: { personalAssistantId: { in: [...paIds] } },
          orderBy: [{ completedOn: 'desc' }, { id: 'asc' }],
        }),
      (r) => r.personalAssistantId,
    ),
    /** The Care Certificate courses: the same for every personal assistant, so fetched once a request. */
    careCertificateCourses: groupLoader(
      () =>
        db.course.findMany({
          where: { category: 'CARE_CERTIFICATE_STANDARD' },
          orderBy: [{ careCertificateStandard: 'asc' }, { code: 'asc' }],
        }),
      (): 'all' => 'all',
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
