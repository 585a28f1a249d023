import type { ContinuingHealthcarePackageResolvers } from '../generated/resolvers-types.ts';
import { byReference, fundingEpisodeFields } from '../episodes.ts';

export const ContinuingHealthcarePackage: ContinuingHealthcarePackageResolvers = {
  __resolveReference: byReference((ctx) => ctx.loaders.chcPackage),
  ...fundingEpisodeFields('CONTINUING_HEALTHCARE'),
  decision: async (pkg, _args, { loaders }) => {
    const decision = await loaders.chcDecision.load(pkg.decisionId);
    if (!decision) throw new Error(`decision ${pkg.decisionId} of CHC package ${pkg.id} is missing`);
    return decision;
  },
};
