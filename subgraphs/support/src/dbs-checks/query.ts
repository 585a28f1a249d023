import { requestAccessOf } from '@continuum/access';
import { badUserInput, connection, decodeCursor, isId, pageSize, requireId } from '@continuum/runtime';
import type { Prisma } from '../generated/prisma/client.ts';
import type { DbsCheckFilter, QueryResolvers } from '../generated/resolvers-types.ts';
import { recordView } from './view.ts';

/** Newest certificate first, applications still in progress before any; then id, so pages are stable. */
const ORDER: Prisma.DbsCheckOrderByWithRelationInput[] = [{ certificateIssuedOn: { sort: 'desc', nulls: 'first' } }, { id: 'asc' }];

function dbsCheckWhere(filter: DbsCheckFilter | null | undefined): Prisma.DbsCheckWhereInput {
  const where: Prisma.DbsCheckWhereInput = {};
  if (filter?.result) where.result = filter.result;
  if (filter?.decisionRecorded != null) where.decision = filter.decisionRecorded ? { not: null } : null;
  if (filter?.personalAssistantId != null) where.personalAssistantId = requireId(filter.personalAssistantId, 'filter.personalAssistantId');
  return where;
}

export const DbsCheckQuery: Pick<QueryResolvers, 'dbsChecks'> = {
  dbsChecks: async (_parent, { filter, first, after }, ctx) => {
    const { db } = ctx;
    const size = pageSize(first);
    const afterId = decodeCursor(after);
    const where = dbsCheckWhere(filter);
    // Narrowed to the checks of PAs the caller may see before counting, so the total reveals no one else.
    const matching = await db.dbsCheck.findMany({ where, select: { id: true, personalAssistantId: true } });
    const visible = await requestAccessOf(ctx).visibleRowIds(matching, (c) => ({ paId: c.personalAssistantId }));
    if (visible) where.id = { in: visible };
    if (afterId) {
      const held = isId(afterId) && (await db.dbsCheck.findUnique({ where: { id: afterId }, select: { id: true } }));
      if (!held) throw badUserInput('after', 'the cursor names a DBS check no longer held');
    }
    const [rows, total] = await Promise.all([
      db.dbsCheck.findMany({ where, orderBy: ORDER, take: size + 1, ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}) }),
      db.dbsCheck.count({ where }),
    ]);
    const page = connection(rows, size, total);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: recordView(e.node) })) };
  },
};
