import { connection, decodeCursor, isId, pageSize } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { capacity } from '../capacity.ts';
import { microCareActivityAggregates } from '../activity/aggregates.ts';
import { microCareCapacityAggregates } from '../capacity-aggregates.ts';
import { stage } from '../readiness.ts';
import { currentClients, readinessFacts } from './MicroCarer.ts';

export const Query: QueryResolvers = {
  microCarer: (_parent, { id }, { loaders }) => (isId(id) ? loaders.microCarer.load(id.toLowerCase()) : null),
  // A support organisation has tens of micro-carers, not thousands: stage and vacancy are
  // derived, so the list is filtered in memory (batched through the loaders) and then paged.
  microCarers: async (_parent, { stage: wanted, withVacancy, first, after }, ctx) => {
    const size = pageSize(first);
    const afterId = decodeCursor(after);
    const all = await ctx.db.microCarer.findMany({ orderBy: [{ businessName: 'asc' }, { id: 'asc' }] });
    const keep = await Promise.all(
      all.map(async (carer) => {
        if (wanted && stage(await readinessFacts(carer, ctx.loaders)) !== wanted) return false;
        if (withVacancy != null && capacity(carer, await currentClients(carer, ctx)).vacancies > 0 !== withVacancy) return false;
        return true;
      }),
    );
    const matching = all.filter((_, i) => keep[i]);
    const from = afterId ? matching.findIndex((c) => c.id === afterId) + 1 : 0;
    return connection(matching.slice(from, from + size + 1), size, matching.length);
  },
  microCareCapacityAggregates: (_parent, _args, ctx) => microCareCapacityAggregates(ctx),
  microCareActivityAggregates: (_parent, { filter }, ctx) => microCareActivityAggregates(ctx, filter),
};
