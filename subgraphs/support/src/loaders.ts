import { groupLoader, uniqueLoader } from '@continuum/kit';
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
    personalAssistant: uniqueLoader(
      (ids: readonly string[]) => db.personalAssistant.findMany({ where: { id: { in: [...ids] } } }),
      (pa) => pa.id,
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
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
