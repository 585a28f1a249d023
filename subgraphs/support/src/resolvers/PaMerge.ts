import { isId } from '@continuum/runtime';
import type { PaMergeResolvers } from '../generated/resolvers-types.ts';
import { PA_MERGE_STEP_ORDER } from '../pa-merges/references.ts';

const ORDER: readonly string[] = PA_MERGE_STEP_ORDER;

export const PaMerge: PaMergeResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.paMerge.load(ref.id.toLowerCase()) : null),
  survivor: async (m, _args, { loaders }) => (await loaders.personalAssistant.load(m.survivorId))!,
  retiredPersonalAssistantId: (m) => m.retiredId,
  status: (m) => m.status as never,
  rowsMoved: async (m, _args, { loaders }) => {
    const steps = await loaders.paMergeSteps.load(m.id);
    return (m.movedIdentifiers as unknown[]).length + steps.reduce((sum, s) => sum + s.rowsMoved, 0);
  },
  overlaps: async (m, _args, { loaders }) => [...new Set((await loaders.paMergeSteps.load(m.id)).flatMap((s) => s.overlaps))],
  steps: async (m, _args, { loaders }) =>
    [...(await loaders.paMergeSteps.load(m.id))].sort((a, b) => ORDER.indexOf(a.subgraph) - ORDER.indexOf(b.subgraph)),
};
