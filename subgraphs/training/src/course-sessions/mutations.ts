import { forbidden, requestAccessOf } from '@continuum/access';
import { badUserInput, notFound, now, requireText } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';

const MAX_HOURS = 12;

export const CourseSessionMutation: Pick<MutationResolvers, 'scheduleCourseSession'> = {
  scheduleCourseSession: async (_parent, { input }, ctx) => {
    const code = requireText(input.courseCode, 'input.courseCode', 20);
    const { startsAt, endsAt } = input;
    if (startsAt.getTime() < now().getTime()) throw badUserInput('input.startsAt', 'must not be in the past');
    if (endsAt.getTime() <= startsAt.getTime()) throw badUserInput('input.endsAt', 'must be after input.startsAt');
    if (endsAt.getTime() - startsAt.getTime() > MAX_HOURS * 3_600_000)
      throw badUserInput('input.endsAt', `a session lasts at most ${MAX_HOURS} hours`);
    const course = await ctx.db.course.findUnique({ where: { code } });
    if (!course) throw notFound('Course', 'input.courseCode', code);
    const { caller } = requestAccessOf(ctx);
    if (course.providerId !== caller.organisationCode)
      throw forbidden(`${code} is not ${caller.organisationCode}'s course`, 'input.courseCode', 'a provider schedules its own courses');
    return ctx.db.courseSession.create({
      data: { id: randomUUID(), courseId: course.id, venue: input.venue, startsAt, endsAt, scheduledBy: caller.name },
    });
  },
};
