import { requestAccessOf } from '@continuum/access';
import { requireId } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { listTransitions } from '../transitions/list.ts';

export const TransitionQuery: QueryResolvers = {
  // Null for an unknown id: funders asking about a transition turn that into their own NOT_FOUND.
  transition: (_parent, { id }, { loaders }) => loaders.transition.load(requireId(id, 'id')),
  transitions: (_parent, args, ctx) =>
    listTransitions(ctx.db, args, (rows) => requestAccessOf(ctx).visibleRowIds(rows, (t) => ({ personId: t.personId }))),
};
