import { repointPerson, repointPersonalAssistant, revertPersonalAssistantRepoint, revertPersonRepoint } from '@continuum/identity';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { TRAINING_PA_REFERENCES } from '../merge/pa-references.ts';
import { TRAINING_PERSON_REFERENCES } from '../merge/person-references.ts';

/** The training side of merging two PA records (asked by the support register) or two person records (asked by the hub): the steps to apply and undo. */
export const MergeMutation: MutationResolvers = {
  repointPersonalAssistantInTraining: (_parent, args, { db }) => repointPersonalAssistant(db, TRAINING_PA_REFERENCES, args),
  revertPersonalAssistantRepointInTraining: (_parent, { mergeId }, { db }) =>
    revertPersonalAssistantRepoint(db, TRAINING_PA_REFERENCES, mergeId),
  repointPersonInTraining: (_parent, args, { db }) => repointPerson(db, TRAINING_PERSON_REFERENCES, args),
  revertPersonRepointInTraining: (_parent, { mergeId }, { db }) => revertPersonRepoint(db, TRAINING_PERSON_REFERENCES, mergeId),
};
