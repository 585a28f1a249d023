import { repointPersonalAssistant, revertPersonalAssistantRepoint } from '@continuum/identity';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { TRAINING_PA_REFERENCES } from '../merge/pa-references.ts';

/** The training side of merging two PA records: the steps the support register asks it to apply and undo. */
export const MergeMutation: MutationResolvers = {
  repointPersonalAssistantInTraining: (_parent, args, { db }) => repointPersonalAssistant(db, TRAINING_PA_REFERENCES, args),
  revertPersonalAssistantRepointInTraining: (_parent, { mergeId }, { db }) =>
    revertPersonalAssistantRepoint(db, TRAINING_PA_REFERENCES, mergeId),
};
