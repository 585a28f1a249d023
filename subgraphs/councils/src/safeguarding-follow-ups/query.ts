import { badUserInput, connection, decodeCursor, isId, pageSize, today } from '@continuum/runtime';
import type { QueryResolvers, SafeguardingFollowUpStatus } from '../generated/resolvers-types.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { requireGssCode } from '../gss-code.ts';
import { heldFollowUp } from './view.ts';

function statusWhere(status: SafeguardingFollowUpStatus | null | undefined): Prisma.SafeguardingFollowUpWhereInput {
  const day = today();
  switch (status) {
    case 'OVERDUE':
      return { doneOn: null, dueOn: { lt: day } };
    case 'DUE':
      return { doneOn: null, dueOn: { gte: day } };
    case 'DONE':
      return { doneOn: { not: null } };
    default:
      return {};
  }
}

export const FollowUpQuery: QueryResolvers = {
  // Earliest due first (then id): the cursor marks a place in that order.
  safeguardingFollowUps: async (_parent, { councilGssCode, status, first, after }, { db, loaders }) => {
    const size = pageSize(first);
    const gssCode = requireGssCode(councilGssCode, 'councilGssCode');
    const council = await db.council.findUnique({ where: { gssCode } });
    if (!council) return connection([], size, 0);
    const matching: Prisma.SafeguardingFollowUpWhereInput = { councilId: council.id, ...statusWhere(status) };
    const afterId = decodeCursor(after);
    let where = matching;
    if (afterId) {
      const mark = isId(afterId) ? await db.safeguardingFollowUp.findUnique({ where: { id: afterId } }) : null;
      if (!mark || mark.councilId !== council.id) throw badUserInput('after', 'the cursor names a follow-up not in this list');
      where = { AND: [matching, { OR: [{ dueOn: { gt: mark.dueOn } }, { dueOn: mark.dueOn, id: { gt: mark.id } }] }] };
    }
    const [rows, total] = await Promise.all([
      db.safeguardingFollowUp.findMany({ where, orderBy: [{ dueOn: 'asc' }, { id: 'asc' }], take: size + 1 }),
      db.safeguardingFollowUp.count({ where: matching }),
    ]);
    return connection(await Promise.all(rows.map((r) => heldFollowUp(r, loaders))), size, total);
  },
};
