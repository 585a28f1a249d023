import { requestAccessOf } from '@continuum/access';
import { badUserInput, conflict, notFound, requireId, requirePastOrToday, requireText, uniqueViolation } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';

export const MentorMutation: Pick<MutationResolvers, 'registerDpMentor' | 'recordDpMentorOffer'> = {
  registerDpMentor: async (_parent, { input }, ctx) => {
    const personId = requireId(input.personId, 'input.personId').toLowerCase();
    const firstName = requireText(input.firstName, 'input.firstName', 50);
    requirePastOrToday(input.joinedOn, 'input.joinedOn');
    const { caller } = requestAccessOf(ctx);
    try {
      return await ctx.db.dpMentor.create({
        data: {
          id: randomUUID(),
          mentorPersonId: personId,
          firstName,
          councilGssCode: caller.organisationCode,
          joinedOn: input.joinedOn,
          registeredBy: caller.name,
        },
      });
    } catch (err) {
      if (uniqueViolation(err)) throw conflict('input.personId', 'already on the council’s mentor directory');
      throw err;
    }
  },

  recordDpMentorOffer: async (_parent, { input }, ctx) => {
    const employerPersonId = requireId(input.employerPersonId, 'input.employerPersonId').toLowerCase();
    requirePastOrToday(input.offeredOn, 'input.offeredOn');
    const { caller } = requestAccessOf(ctx);
    let mentorId: string | null = null;
    if (input.mentorId != null) {
      mentorId = requireId(input.mentorId, 'input.mentorId').toLowerCase();
      const mentor = await ctx.db.dpMentor.findUnique({ where: { id: mentorId } });
      // Another council's directory is not the caller's to see.
      if (!mentor || mentor.councilGssCode !== caller.organisationCode) throw notFound('DpMentor', 'input.mentorId', input.mentorId);
      if (mentor.mentorPersonId === employerPersonId) throw badUserInput('input.mentorId', 'a recipient cannot mentor themselves');
      if (input.offeredOn.getTime() < mentor.joinedOn.getTime())
        throw badUserInput('input.offeredOn', 'must not be before the mentor joined the directory');
    }
    return ctx.db.dpMentorOffer.create({
      data: {
        id: randomUUID(),
        employerPersonId,
        councilGssCode: caller.organisationCode,
        offeredOn: input.offeredOn,
        mentorId,
        recordedBy: caller.name,
      },
    });
  },
};
