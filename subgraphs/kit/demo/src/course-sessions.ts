/**
 * When and where the providers' courses run over the weeks around the base day (brief W6 step 3):
 * training that fits employers and PAs is delivered "within the employer's home and/or outside of
 * the traditional 9-5, Monday to Friday timetable" (002:L286-288, L842-847), and the seeds say such
 * providers are hard to find: most sessions are weekday daytime at the provider's, a few in the home,
 * in the evening or on a Saturday. Times are UTC and clear of 09:00 and 17:00 UK time in summer and
 * winter alike, so a session stays inside or outside the working day wherever the region is anchored.
 */
import type { BuildContext } from './context.ts';
import { isoOf, type Day } from './dates.ts';
import { Rng } from './random.ts';
import type { DemoCourse, DemoCourseSession } from './types.ts';

const FROM = -28;
const TO = 91;
/** 0 for Monday … 6 for Sunday (day 0, 1970-01-01, was a Thursday). */
const weekday = (day: Day) => (day + 3) % 7;

export function buildCourseSessions(ctx: BuildContext, courses: readonly DemoCourse[]): DemoCourseSession[] {
  const rng = Rng.derive(ctx.seed, 'course-sessions');
  const sessions: DemoCourseSession[] = [];
  for (const course of courses) {
    for (let i = rng.int(1, 4); i > 0; i--) {
      let day = ctx.asOf + rng.int(FROM, TO);
      const slot = rng.weighted([
        ['DAYTIME', 70],
        ['EVENING', 20],
        ['SATURDAY', 10],
      ] as const);
      // Daytime and evening sessions run on weekdays; Saturday ones move to the week's Saturday.
      if (slot === 'SATURDAY') day += 5 - weekday(day);
      else if (weekday(day) >= 5) day += 7 - weekday(day);
      const venue = rng.weighted([
        ['PROVIDER', 50],
        ['ONLINE', 20],
        ['COMMUNITY', 15],
        ['EMPLOYER_HOME', 15],
      ] as const);
      const short = course.durationDays < 1;
      const [start, end] = slot === 'EVENING' ? ['18:00', '20:30'] : slot === 'SATURDAY' || short ? ['10:00', '13:00'] : ['09:30', '15:30'];
      sessions.push({
        id: ctx.id('course-session', sessions.length),
        courseId: course.id,
        venue,
        startsAt: `${isoOf(day)}T${start}:00Z`,
        endsAt: `${isoOf(day)}T${end}:00Z`,
      });
    }
  }
  return sessions;
}
