import type { DpMentorOfferResolvers, DpMentorResolvers } from '../generated/resolvers-types.ts';
import { employedPaFrom } from './employed.ts';

/** Only the id and first name: the mentor's other details stay with the council's directory. */
export const DpMentor: DpMentorResolvers = {
  id: (m) => m.id,
  firstName: (m) => m.firstName,
};

export const DpMentorOffer: DpMentorOfferResolvers = {
  employer: (o) => ({ id: o.employerPersonId }),
  referred: (o) => o.mentorId !== null,
  mentor: (o, _args, { db }) => (o.mentorId ? db.dpMentor.findUnique({ where: { id: o.mentorId } }) : null),
  employedPaFrom: (o, _args, { loaders }) => employedPaFrom(loaders, o.employerPersonId, o.offeredOn),
};
