import { groupLoader, uniqueLoader } from '@continuum/runtime';
import type { PrismaClient } from './generated/prisma/client.ts';

/** Per-request batching: one query per kind of row, however many micro-carers or people a query touches. */
export function createLoaders(db: PrismaClient) {
  return {
    microCarer: uniqueLoader(
      (ids: readonly string[]) => db.microCarer.findMany({ where: { id: { in: [...ids] } } }),
      (m) => m.id,
    ),
    microCarerByPa: uniqueLoader(
      (paIds: readonly string[]) => db.microCarer.findMany({ where: { personalAssistantId: { in: [...paIds] } } }),
      (m) => m.personalAssistantId!,
    ),
    client: uniqueLoader(
      (ids: readonly string[]) => db.microCareClient.findMany({ where: { id: { in: [...ids] } } }),
      (c) => c.id,
    ),
    submissions: groupLoader(
      (ids: readonly string[]) => db.qualityFrameworkSubmission.findMany({ where: { microCarerId: { in: [...ids] } } }),
      (s) => s.microCarerId,
    ),
    contract: uniqueLoader(
      (ids: readonly string[]) => db.directCommissioningContract.findMany({ where: { microCarerId: { in: [...ids] } } }),
      (c) => c.microCarerId,
    ),
    partnerships: groupLoader(
      (ids: readonly string[]) =>
        db.contingencyPartnership.findMany({
          where: { microCarerId: { in: [...ids] } },
          orderBy: [{ agreedOn: 'asc' }, { partnerId: 'asc' }],
        }),
      (p) => p.microCarerId,
    ),
    /** Every client a micro-carer has had, oldest first; callers filter to the current ones. */
    clientsByCarer: groupLoader(
      (ids: readonly string[]) =>
        db.microCareClient.findMany({ where: { microCarerId: { in: [...ids] } }, orderBy: [{ start: 'asc' }, { id: 'asc' }] }),
      (c) => c.microCarerId,
    ),
    clientsByPerson: groupLoader(
      (ids: readonly string[]) =>
        db.microCareClient.findMany({ where: { personId: { in: [...ids] } }, orderBy: [{ start: 'asc' }, { id: 'asc' }] }),
      (c) => c.personId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
