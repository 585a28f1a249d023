import { groupLoader, uniqueLoader } from '@continuum/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

/** Per-request batching: one query per kind of row, however many people a query touches. */
export function createLoaders(db: PrismaClient) {
  return {
    activity: uniqueLoader(
      (ids: readonly string[]) => db.activity.findMany({ where: { id: { in: [...ids] } } }),
      (a) => a.id,
    ),
    /** A person's activities, newest first (ties by id, so the order is stable). */
    activitiesByPerson: groupLoader(
      (personIds: readonly string[]) =>
        db.activity.findMany({ where: { personId: { in: [...personIds] } }, orderBy: [{ on: 'desc' }, { id: 'asc' }] }),
      (a) => a.personId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
