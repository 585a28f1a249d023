import { requestAccessOf } from '@continuum/access';
import { badUserInput, conflict, isoDate, notFound, requireId, requirePastOrToday, today } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';
import { heldFollowUp } from './view.ts';

export const FollowUpMutation: MutationResolvers = {
  scheduleSafeguardingFollowUp: async (_parent, { input }, ctx) => {
    const personId = requireId(input.personId, 'input.personId');
    const gssCode = requireGssCode(input.councilGssCode, 'input.councilGssCode');
    const dueOn = input.dueOn;
    const { db, loaders } = ctx;
    const council = await db.council.findUnique({ where: { gssCode } });
    if (!council) throw notFound('Council', 'input.councilGssCode', gssCode);
    const { caller } = requestAccessOf(ctx);
    const row = await db.safeguardingFollowUp.create({
      data: { id: randomUUID(), personId, councilId: council.id, kind: input.kind, dueOn, scheduledBy: caller.name },
    });
    return heldFollowUp(row, loaders);
  },

  // Done once: a second record, a day in the future, or a concern that is not this person's with this council is refused.
  recordSafeguardingFollowUpDone: async (_parent, { input }, ctx) => {
    const id = requireId(input.id, 'input.id');
    const doneOn = requirePastOrToday(input.doneOn ?? today(), 'input.doneOn');
    const raised = input.outcome === 'CONCERN_RAISED';
    if (raised && !input.concernId) throw badUserInput('input.concernId', 'is required when the outcome is CONCERN_RAISED');
    if (!raised && input.concernId) throw badUserInput('input.concernId', 'is only for the outcome CONCERN_RAISED');
    const concernId = input.concernId ? requireId(input.concernId, 'input.concernId') : null;
    const { db, loaders } = ctx;
    const { caller } = requestAccessOf(ctx);
    return db.$transaction(async (tx) => {
      const [followUp] = await tx.$queryRaw<{ person_id: string; council_id: string; done_on: Date | null }[]>`
        SELECT person_id::text, council_id::text, done_on FROM safeguarding_follow_up WHERE id = ${id}::uuid FOR UPDATE`;
      if (!followUp) throw notFound('SafeguardingFollowUp', 'input.id', input.id);
      if (followUp.done_on) throw conflict('input.id', `the follow-up was already recorded done on ${isoDate(followUp.done_on)}`);
      if (concernId) {
        const concern = await tx.safeguardingConcern.findUnique({ where: { id: concernId } });
        if (!concern || concern.personId !== followUp.person_id || concern.councilId !== followUp.council_id)
          throw notFound('SafeguardingConcern', 'input.concernId', input.concernId ?? '');
      }
      const row = await tx.safeguardingFollowUp.update({
        where: { id },
        data: { doneOn, doneBy: caller.name, outcome: input.outcome, concernId },
      });
      return heldFollowUp(row, loaders);
    });
  },
};
