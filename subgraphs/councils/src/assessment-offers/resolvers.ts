import type { AssessmentOfferResolvers } from '../generated/resolvers-types.ts';
import { normaliseOptions } from './options.ts';

export const AssessmentOffer: AssessmentOfferResolvers = {
  person: (r) => ({ id: r.personId }),
  council: async (r, _args, { loaders }) => {
    const council = await loaders.council.load(r.councilId);
    if (!council) throw new Error(`council ${r.councilId} of assessment offer ${r.id} is missing`);
    return council;
  },
  options: (r) => normaliseOptions(r.options as never),
};
