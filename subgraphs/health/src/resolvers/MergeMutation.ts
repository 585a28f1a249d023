import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { HEALTH_PERSON_REFERENCES } from '../merge/person-references.ts';
import { repointPerson, revertPersonRepoint } from '@continuum/identity';

/** The NHS body's part in merging two person records: the steps the hub asks it to apply and undo. */
export const MergeMutation: MutationResolvers = {
  repointPersonInHealth: (_parent, args, { db }) => repointPerson(db, HEALTH_PERSON_REFERENCES, args),
  revertPersonRepointInHealth: (_parent, { mergeId }, { db }) => revertPersonRepoint(db, HEALTH_PERSON_REFERENCES, mergeId),
};
