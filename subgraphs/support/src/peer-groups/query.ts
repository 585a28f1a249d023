import { badUserInput } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';

const MAX_DAYS = 366;

export const PeerGroupQuery: Pick<QueryResolvers, 'peerGroups' | 'peerGroupMeetings'> = {
  peerGroups: (_parent, { councilGssCode }, { db }) =>
    db.peerGroup.findMany({
      where: councilGssCode == null ? {} : { councilGssCode },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),

  peerGroupMeetings: async (_parent, { filter }, { db }) => {
    const days = (filter.to.getTime() - filter.from.getTime()) / 86_400_000;
    if (days < 0) throw badUserInput('filter.to', 'must not be before filter.from');
    if (days > MAX_DAYS) throw badUserInput('filter.to', `must be at most ${MAX_DAYS} days after filter.from`);
    const meetings = await db.peerGroupMeeting.findMany({
      where: {
        heldOn: { gte: filter.from, lte: filter.to },
        ...(filter.councilGssCode == null ? {} : { group: { councilGssCode: filter.councilGssCode } }),
      },
      include: { _count: { select: { attendance: true } } },
      orderBy: [{ heldOn: 'asc' }, { id: 'asc' }],
    });
    return meetings.map(({ _count, ...m }) => ({ ...m, attendeeCount: _count.attendance }));
  },
};
