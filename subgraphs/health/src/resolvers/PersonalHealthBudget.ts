import type { PersonalHealthBudgetResolvers } from '../generated/resolvers-types.ts';
import { byReference, fundingEpisodeFields } from '../episodes.ts';

export const PersonalHealthBudget: PersonalHealthBudgetResolvers = {
  __resolveReference: byReference((ctx) => ctx.loaders.personalHealthBudget),
  ...fundingEpisodeFields('PERSONAL_HEALTH_BUDGET'),
  hourlyRate: (phb) => Number(phb.hourlyRate),
  hoursPerWeek: (phb) => Number(phb.hoursPerWeek),
  // The provider is a support organisation: the support subgraph resolves the rest.
  // The council is the councils subgraph's: named here by its GSS code (a key of Council).
  paymentsProcessedBy: (phb) =>
    phb.paymentsProcessedByCouncilGssCode ? { __typename: 'Council', gssCode: phb.paymentsProcessedByCouncilGssCode } : null,
  paymentSupportProvider: (phb) =>
    phb.paymentSupportProviderId ? { __typename: 'SupportOrganisation', id: phb.paymentSupportProviderId } : null,
};
