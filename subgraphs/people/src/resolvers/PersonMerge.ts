import { isId } from '@continuum/runtime';
import type { PersonMergeResolvers } from '../generated/resolvers-types.ts';
import { MERGE_SUBGRAPH_ORDER } from '../merges/subgraph-calls.ts';

export const PersonMerge: PersonMergeResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.personMerge.load(ref.id.toLowerCase()) : null),
  survivor: async (m, _args, { loaders }) => (await loaders.person.load(m.survivorId))!,
  status: (m) => m.status as never,
  rowsMoved: async (m, _args, { loaders }) => {
    const steps = await loaders.personMergeSteps.load(m.id);
    const identifiers = (m.movedIdentifiers as unknown[]).length;
    return identifiers + steps.reduce((sum, s) => sum + s.rowsMoved, 0);
  },
  overlaps: async (m, _args, { loaders }) => [...new Set((await loaders.personMergeSteps.load(m.id)).flatMap((s) => s.overlaps))],
  steps: async (m, _args, { loaders }) => {
    const order: string[] = MERGE_SUBGRAPH_ORDER;
    return [...(await loaders.personMergeSteps.load(m.id))].sort((a, b) => order.indexOf(a.subgraph) - order.indexOf(b.subgraph));
  },
};
