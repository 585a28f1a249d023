import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { SUPPORT_PERSON_REFERENCES } from '../merge/person-references.ts';
import { repointPerson, revertPersonRepoint } from '@continuum/identity';

/** The support side of merging two person records: the steps the hub asks it to apply and undo. */
export const MergeMutation: MutationResolvers = {
  repointPersonInSupport: (_parent, args, { db }) => repointPerson(db, SUPPORT_PERSON_REFERENCES, args),
  revertPersonRepointInSupport: (_parent, { mergeId }, { db }) => revertPersonRepoint(db, SUPPORT_PERSON_REFERENCES, mergeId),
};
