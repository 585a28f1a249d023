import type { CourseSessionResolvers, CourseVenueKind } from '../generated/resolvers-types.ts';
import { outsideWeekdayHours } from './weekday-hours.ts';

export const CourseSession: CourseSessionResolvers = {
  course: async (s, _args, { loaders }) => (await loaders.course.load(s.courseId))!,
  venue: (s) => s.venue as CourseVenueKind,
  inEmployersHome: (s) => s.venue === 'EMPLOYER_HOME',
  outsideWeekdayHours: (s) => outsideWeekdayHours(s.startsAt, s.endsAt),
};
