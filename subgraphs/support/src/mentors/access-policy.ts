import type { PolicyPart } from '../employer-business.ts';
import type { DpMentorOfferModel } from '../generated/prisma/models.ts';

/** A council's direct payment support team (in the hub's roles, its social workers), for its own directory and recipients. */
const councilWork = {
  access: 'PERSON_DATA',
  fieldClass: 'EMPLOYMENT',
  roles: ['SOCIAL_WORKER'],
  organisationKinds: ['COUNCIL'],
} as const;

/** Direct payment mentors and the offers of one (access-policy.ts adds them to the subgraph's rules). */
export const mentorPolicy: PolicyPart = {
  Query: {
    dpMentorOffers: { ...councilWork, organisationArg: 'councilGssCode' },
  },
  Mutation: {
    // The mentor joins with their agreement, asked at a review by someone who may see them.
    registerDpMentor: { ...councilWork, personArg: 'input.personId' },
    recordDpMentorOffer: { ...councilWork, personArg: 'input.employerPersonId' },
  },
  types: {
    // The offer is the recipient's record; the mentor shows only an id and a first name.
    DpMentorOffer: { subject: (o: DpMentorOfferModel) => ({ personId: o.employerPersonId }), fieldClass: 'EMPLOYMENT' },
  },
};
