import type { SubmittedIdentityResolvers } from '../generated/resolvers-types.ts';
import { nhsNumberView } from '../nhs-number-view.ts';

export const SubmittedIdentity: SubmittedIdentityResolvers = {
  nhsNumber: (s) => nhsNumberView(s.nhsNumber, s.nhsNumberStatus),
  dateOfBirth: (s) => new Date(s.dateOfBirth),
};
