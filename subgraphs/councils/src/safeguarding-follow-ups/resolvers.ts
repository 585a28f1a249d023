import { today } from '@continuum/runtime';
import type { SafeguardingFollowUpResolvers } from '../generated/resolvers-types.ts';
import { heldConcern } from '../safeguarding.ts';
import { followUpStatus } from './view.ts';

export const SafeguardingFollowUp: SafeguardingFollowUpResolvers = {
  person: (f) => ({ id: f.personId }),
  council: async (f, _args, { loaders }) => {
    const council = await loaders.council.load(f.councilId);
    if (!council) throw new Error(`council ${f.councilId} of safeguarding follow-up ${f.id} is missing`);
    return council;
  },
  kind: (f) => f.kind as never,
  outcome: (f) => f.outcome as never,
  status: (f) => followUpStatus(f, today()),
  concern: async (f, _args, { loaders }) => {
    if (!f.concernId) return null;
    const concern = await loaders.safeguardingConcern.load(f.concernId);
    return concern ? heldConcern(concern, loaders) : null;
  },
};
