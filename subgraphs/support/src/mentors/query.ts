import { requestAccessOf } from '@continuum/access';
import { badUserInput } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { employedPaFrom } from './employed.ts';

const MAX_DAYS = 731;

export const MentorQuery: Pick<QueryResolvers, 'dpMentorOffers'> = {
  dpMentorOffers: async (_parent, { councilGssCode, from, to }, ctx) => {
    const days = (to.getTime() - from.getTime()) / 86_400_000;
    if (days < 0) throw badUserInput('to', 'must not be before from');
    if (days > MAX_DAYS) throw badUserInput('to', `must be at most ${MAX_DAYS} days after from`);
    const rows = await ctx.db.dpMentorOffer.findMany({
      where: { councilGssCode, offeredOn: { gte: from, lte: to } },
      orderBy: [{ offeredOn: 'asc' }, { id: 'asc' }],
    });
    // Only the recipients the caller may see, before anything is counted.
    const visible = await requestAccessOf(ctx).visibleRowIds(rows, (o) => ({ personId: o.employerPersonId }));
    const seen = visible ? new Set(visible) : null;
    const offers = seen ? rows.filter((o) => seen.has(o.id)) : rows;
    const referred = offers.filter((o) => o.mentorId !== null);
    const employed = await Promise.all(referred.map((o) => employedPaFrom(ctx.loaders, o.employerPersonId, o.offeredOn)));
    const referredAndEmployedPa = employed.filter((d) => d !== null).length;
    return {
      from,
      to,
      offered: offers.length,
      referred: referred.length,
      referredAndEmployedPa,
      percentReferredEmployedPa: referred.length ? Math.round((referredAndEmployedPa / referred.length) * 1000) / 10 : null,
      offers,
    };
  },
};
