import { badUserInput, connection, decodeCursor, isId, pageSize } from '@continuum/runtime';
import type { DomiciliaryCareRequestStatus, QueryResolvers } from '../generated/resolvers-types.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { requireGssCode } from '../gss-code.ts';
import { domiciliarySupplyAggregates } from './aggregates.ts';
import { heldRequest } from './view.ts';

const statusWhere = (status: DomiciliaryCareRequestStatus | null | undefined): Prisma.DomiciliaryCareRequestWhereInput =>
  status === 'WAITING' ? { closedOn: null } : status === 'CLOSED' ? { closedOn: { not: null } } : {};

export const DomiciliaryCareQuery: QueryResolvers = {
  // Oldest asked first (then id), so the longest waits lead: the cursor marks a place in that order.
  domiciliaryCareRequests: async (_parent, { councilGssCode, status, first, after }, { db, loaders }) => {
    const size = pageSize(first);
    const gssCode = requireGssCode(councilGssCode, 'councilGssCode');
    const council = await db.council.findUnique({ where: { gssCode } });
    if (!council) return connection([], size, 0);
    const matching: Prisma.DomiciliaryCareRequestWhereInput = { councilId: council.id, ...statusWhere(status) };
    const afterId = decodeCursor(after);
    let where = matching;
    if (afterId) {
      const mark = isId(afterId) ? await db.domiciliaryCareRequest.findUnique({ where: { id: afterId } }) : null;
      if (!mark || mark.councilId !== council.id) throw badUserInput('after', 'the cursor names a request not in this list');
      where = {
        AND: [matching, { OR: [{ requestedOn: { gt: mark.requestedOn } }, { requestedOn: mark.requestedOn, id: { gt: mark.id } }] }],
      };
    }
    const [rows, total] = await Promise.all([
      db.domiciliaryCareRequest.findMany({ where, orderBy: [{ requestedOn: 'asc' }, { id: 'asc' }], take: size + 1 }),
      db.domiciliaryCareRequest.count({ where: matching }),
    ]);
    return connection(await Promise.all(rows.map((r) => heldRequest(r, loaders))), size, total);
  },
  domiciliarySupplyAggregates: (_parent, { filter }, { db, graph }) => domiciliarySupplyAggregates(db, graph, filter),
};
