import { publishCount } from '@continuum/access';
import type { PeerGroupFrequency, PeerGroupMeetingResolvers, PeerGroupResolvers } from '../generated/resolvers-types.ts';

export const PeerGroup: PeerGroupResolvers = {
  organiser: async (g, _args, { loaders }) => (await loaders.supportOrganisation.load(g.organiserId))!,
  frequency: (g) => g.frequency as PeerGroupFrequency,
};

export const PeerGroupMeeting: PeerGroupMeetingResolvers = {
  group: async (m, _args, { db }) => (await db.peerGroup.findUnique({ where: { id: m.peerGroupId } }))!,
  // How many came is a count of people: published as every such count is (none under five shown exactly).
  attendees: (m) => publishCount(m.attendeeCount),
  hourlyRate: (m) => (m.hourlyRate === null ? null : Number(m.hourlyRate)),
};
