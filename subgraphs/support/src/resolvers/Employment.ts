import { covers, isId, today } from '@continuum/runtime';
import type { EmploymentResolvers, HealthDutiesCoverResolvers, ResolversTypes } from '../generated/resolvers-types.ts';

export const Employment: EmploymentResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.employment.load(ref.id.toLowerCase()) : null),
  // The employer is a Person owned by the people subgraph: a reference, resolved there.
  employer: (e) => ({ __typename: 'Person', id: e.employerPersonId }) as unknown as ResolversTypes['Person'],
  personalAssistant: async (e, _args, { loaders }) => (await loaders.personalAssistant.load(e.personalAssistantId))!,
  hoursPerWeek: (e) => Number(e.hoursPerWeek),
  active: (e) => covers(e.start, e.end, today()),
  // The cover is read from the same row.
  healthDutiesCover: (e) => e,
};

export const HealthDutiesCover: HealthDutiesCoverResolvers = {
  hourlyRate: (e) => (e.healthHourlyRate === null ? null : Number(e.healthHourlyRate)),
  reviewedOn: (e) => e.healthDutiesReviewedOn,
};
