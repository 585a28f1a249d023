import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { COUNCIL_PERSON_REFERENCES } from '../merge/person-references.ts';
import { repointPerson, revertPersonRepoint } from '@continuum/identity';

/** The council's part in merging two person records: the steps the hub asks it to apply and undo. */
export const MergeMutation: MutationResolvers = {
  repointPersonInCouncils: (_parent, args, { db }) => repointPerson(db, COUNCIL_PERSON_REFERENCES, args),
  revertPersonRepointInCouncils: (_parent, { mergeId }, { db }) => revertPersonRepoint(db, COUNCIL_PERSON_REFERENCES, mergeId),
};
