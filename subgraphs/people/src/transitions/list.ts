import { badUserInput, connection, decodeCursor, isId, pageSize, requireId } from '@continuum/runtime';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { QueryTransitionsArgs, TransitionFilter } from '../generated/resolvers-types.ts';
import { EPISODE_TYPE_OF_VEHICLE, IN_FLIGHT } from './vocabulary.ts';

function where(filter: TransitionFilter | null | undefined): Prisma.TransitionWhereInput {
  const w: Prisma.TransitionWhereInput = {};
  if (!filter) return w;
  if (filter.personId != null) w.personId = requireId(filter.personId, 'filter.personId');
  // Parties are a JSON array; containment finds the transitions a funder must answer.
  if (filter.funderCode != null) w.parties = { array_contains: [{ funderCode: filter.funderCode.trim().toUpperCase() }] };
  let statuses = filter.status ?? null;
  if (filter.inFlight != null) {
    const inFlight = (s: string) => IN_FLIGHT.includes(s as never) === filter.inFlight;
    statuses = (statuses ?? ['PROPOSED', 'AGREED', 'APPLYING', 'EFFECTIVE', 'REJECTED', 'WITHDRAWN', 'FAILED']).filter(inFlight);
  }
  if (statuses) w.status = { in: statuses };
  if (filter.fromVehicle != null) w.fromEpisodeType = EPISODE_TYPE_OF_VEHICLE[filter.fromVehicle];
  if (filter.toVehicle != null) w.toVehicle = filter.toVehicle;
  return w;
}

/** Newest proposal first, in pages of at most 100, with cursors as for people. */
/** The ids of the matching transitions the caller may see, or null when they see all. */
export type VisibleTransitions = (rows: { id: string; personId: string }[]) => Promise<string[] | null>;

export async function listTransitions(db: PrismaClient, { filter, first, after }: QueryTransitionsArgs, visibleOf: VisibleTransitions) {
  const size = pageSize(first);
  const afterId = decodeCursor(after);
  const w = where(filter);
  // Narrowed to what the caller may see before counting, so the total reveals no one else.
  const visible = await visibleOf(await db.transition.findMany({ where: w, select: { id: true, personId: true } }));
  if (visible) w.id = { in: visible };
  if (afterId && (!isId(afterId) || !(await db.transition.findUnique({ where: { id: afterId }, select: { id: true } })))) {
    throw badUserInput('after', 'the cursor names a transition no longer held');
  }
  const [rows, total] = await Promise.all([
    db.transition.findMany({
      where: w,
      orderBy: [{ proposedAt: 'desc' }, { id: 'desc' }],
      take: size + 1,
      ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
    }),
    db.transition.count({ where: w }),
  ]);
  return connection(rows, size, total);
}
