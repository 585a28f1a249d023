import { badUserInput, connection, decodeCursor, isId, pageSize } from '@continuum/runtime';
import type { QueryResolvers, ReablementStatus } from '../generated/resolvers-types.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { requireGssCode } from '../gss-code.ts';
import { reablementOutcomeAggregates } from './aggregates.ts';
import { heldReablement } from './view.ts';

const statusWhere = (status: ReablementStatus | null | undefined): Prisma.ReablementPeriodWhereInput =>
  status === 'OPEN' ? { endedOn: null } : status === 'ENDED' ? { endedOn: { not: null } } : {};

export const ReablementQuery: QueryResolvers = {
  // Latest started first (then id): the cursor marks a place in that order.
  reablementPeriods: async (_parent, { councilGssCode, status, first, after }, { db, loaders }) => {
    const size = pageSize(first);
    const gssCode = requireGssCode(councilGssCode, 'councilGssCode');
    const council = await db.council.findUnique({ where: { gssCode } });
    if (!council) return connection([], size, 0);
    const matching: Prisma.ReablementPeriodWhereInput = { councilId: council.id, ...statusWhere(status) };
    const afterId = decodeCursor(after);
    let where = matching;
    if (afterId) {
      const mark = isId(afterId) ? await db.reablementPeriod.findUnique({ where: { id: afterId } }) : null;
      if (!mark || mark.councilId !== council.id) throw badUserInput('after', 'the cursor names a period not in this list');
      where = { AND: [matching, { OR: [{ startedOn: { lt: mark.startedOn } }, { startedOn: mark.startedOn, id: { gt: mark.id } }] }] };
    }
    const [rows, total] = await Promise.all([
      db.reablementPeriod.findMany({ where, orderBy: [{ startedOn: 'desc' }, { id: 'asc' }], take: size + 1 }),
      db.reablementPeriod.count({ where: matching }),
    ]);
    return connection(await Promise.all(rows.map((r) => heldReablement(r, loaders))), size, total);
  },
  reablementOutcomeAggregates: (_parent, { filter }, { db, graph }) => reablementOutcomeAggregates(db, graph, filter),
};
