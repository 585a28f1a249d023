import { forbidden, requestAccessOf } from '@continuum/access';
import {
  badUserInput,
  conflict,
  notFound,
  requireId,
  requirePastOrToday,
  requirePositive,
  requireText,
  uniqueViolation,
} from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';

const MAX_ATTENDEES = 500;
const MAX_HOURLY_RATE = 100;

export const PeerGroupMutation: Pick<MutationResolvers, 'registerPeerGroup' | 'recordPeerGroupMeeting'> = {
  registerPeerGroup: async (_parent, { input }, ctx) => {
    const name = requireText(input.name, 'input.name', 200);
    const { caller } = requestAccessOf(ctx);
    const organiser = await ctx.db.supportOrganisation.findUnique({ where: { id: caller.organisationCode } });
    if (!organiser)
      throw forbidden(
        `${caller.organisationCode} is not a support organisation on the hub`,
        'input',
        'a support organisation runs its own groups',
      );
    if (!organiser.areasServed.includes(input.councilGssCode))
      throw badUserInput('input.councilGssCode', `${organiser.name} does not serve ${input.councilGssCode}`);
    return ctx.db.peerGroup.create({
      data: {
        id: randomUUID(),
        name,
        organiserId: organiser.id,
        councilGssCode: input.councilGssCode,
        frequency: input.frequency,
        registeredBy: caller.name,
      },
    });
  },

  recordPeerGroupMeeting: async (_parent, { input }, ctx) => {
    const groupId = requireId(input.peerGroupId, 'input.peerGroupId').toLowerCase();
    requirePastOrToday(input.heldOn, 'input.heldOn');
    const attendees = input.attendeeIds.map((id) => requireId(id, 'input.attendeeIds').toLowerCase());
    if (attendees.length > MAX_ATTENDEES) throw badUserInput('input.attendeeIds', `at most ${MAX_ATTENDEES} PAs`);
    if (new Set(attendees).size !== attendees.length) throw badUserInput('input.attendeeIds', 'names a PA more than once');
    if (input.paidToAttend !== (input.hourlyRate != null))
      throw badUserInput(
        'input.hourlyRate',
        input.paidToAttend ? 'is needed when the PAs were paid' : 'is only given when the PAs were paid',
      );
    const rate = input.hourlyRate == null ? null : requirePositive(input.hourlyRate, 'input.hourlyRate', MAX_HOURLY_RATE);
    const access = requestAccessOf(ctx);
    const group = await ctx.db.peerGroup.findUnique({ where: { id: groupId } });
    if (!group) throw notFound('PeerGroup', 'input.peerGroupId', input.peerGroupId);
    if (group.organiserId !== access.caller.organisationCode)
      throw forbidden(
        `the group is not ${access.caller.organisationCode}'s`,
        'input.peerGroupId',
        "an organisation records its own groups' meetings",
      );
    // Every attendee must be a PA the caller may see: one it may not see answers as if not held.
    const held = await ctx.db.personalAssistant.findMany({ where: { id: { in: attendees }, mergedInto: null }, select: { id: true } });
    const visible = await access.visibleRowIds(held, (pa) => ({ paId: pa.id }));
    const seen = new Set(visible ?? held.map((pa) => pa.id));
    const missing = attendees.find((id) => !seen.has(id));
    if (missing) throw notFound('PersonalAssistant', 'input.attendeeIds', missing);
    try {
      return await ctx.db.$transaction(async (tx) => {
        const meeting = await tx.peerGroupMeeting.create({
          data: {
            id: randomUUID(),
            peerGroupId: groupId,
            heldOn: input.heldOn,
            paidToAttend: input.paidToAttend,
            hourlyRate: rate,
            recordedBy: access.caller.name,
          },
        });
        await tx.peerGroupAttendance.createMany({
          data: attendees.map((personalAssistantId) => ({ meetingId: meeting.id, personalAssistantId })),
        });
        return { ...meeting, attendeeCount: attendees.length };
      });
    } catch (err) {
      if (uniqueViolation(err)) throw conflict('input.heldOn', 'the group already has a meeting recorded that day');
      throw err;
    }
  },
};
