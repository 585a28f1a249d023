import { badUserInput, isoDate, requireId } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { outsideWeekdayHours, ukClock } from './weekday-hours.ts';

const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export const CourseSessionQuery: Pick<QueryResolvers, 'courseSessions'> = {
  courseSessions: async (_parent, { filter }, { db }) => {
    const days = (filter.to.getTime() - filter.from.getTime()) / DAY_MS;
    if (days < 0) throw badUserInput('filter.to', 'must not be before filter.from');
    if (days > MAX_DAYS) throw badUserInput('filter.to', `must be at most ${MAX_DAYS} days after filter.from`);
    const providerId = filter.providerId == null ? null : requireId(filter.providerId, 'filter.providerId');
    // A day either side of the window, then each session's UK day decides (British Summer Time starts an hour early).
    const rows = await db.courseSession.findMany({
      where: {
        startsAt: { gte: new Date(filter.from.getTime() - DAY_MS), lt: new Date(filter.to.getTime() + 2 * DAY_MS) },
        ...(providerId ? { course: { providerId } } : {}),
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    });
    const [from, to] = [isoDate(filter.from), isoDate(filter.to)];
    return rows.filter((s) => {
      const day = ukClock(s.startsAt).day;
      if (day < from || day > to) return false;
      return !filter.flexibleOnly || s.venue === 'EMPLOYER_HOME' || outsideWeekdayHours(s.startsAt, s.endsAt);
    });
  },
};
