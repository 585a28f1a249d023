import type { ReablementPeriodResolvers } from '../generated/resolvers-types.ts';

export const ReablementPeriod: ReablementPeriodResolvers = {
  person: (r) => ({ id: r.personId }),
  council: async (r, _args, { loaders }) => {
    const council = await loaders.council.load(r.councilId);
    if (!council) throw new Error(`council ${r.councilId} of reablement period ${r.id} is missing`);
    return council;
  },
  status: (r) => (r.endedOn ? 'ENDED' : 'OPEN'),
  outcome: (r) => r.outcome as never,
};
