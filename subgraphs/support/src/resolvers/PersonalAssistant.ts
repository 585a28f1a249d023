import { isId } from '@continuum/runtime';
import { PersonalAssistantDbs } from '../dbs-checks/resolvers.ts';
import type { AvailabilitySlot, PersonalAssistantResolvers } from '../generated/resolvers-types.ts';

/** Date of birth stays in the database; the NI number suffix is shown only to the PA and employer support (access-policy.ts). */
export const PersonalAssistant: PersonalAssistantResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.personalAssistant.load(ref.id.toLowerCase()) : null),
  ...PersonalAssistantDbs,
  nationalInsuranceNumberSuffix: (pa) => pa.niNumberSuffix,
  availability: (pa) => pa.availability as unknown as AvailabilitySlot[],
  register: (pa, _args, { loaders }) => (pa.registerOrganisationId ? loaders.supportOrganisation.load(pa.registerOrganisationId) : null),
  employers: (pa, _args, { loaders }) => loaders.employmentsByPersonalAssistant.load(pa.id),
  registerIdentifiers: (pa, _args, { loaders }) => loaders.paIdentifiers.load(pa.id),
  formerIds: async (pa, _args, { loaders }) => (await loaders.formerPaIds.load(pa.id)).map((p) => p.id),
};
