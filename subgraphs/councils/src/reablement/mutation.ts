import { requestAccessOf } from '@continuum/access';
import { badUserInput, conflict, isoDate, notFound, requireId, requireOrderedDates, requirePastOrToday, today } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';
import { heldReablement } from './view.ts';

export const ReablementMutation: MutationResolvers = {
  // One open period per person and council: a second start while one runs is refused.
  startReablement: async (_parent, { input }, ctx) => {
    const personId = requireId(input.personId, 'input.personId');
    const gssCode = requireGssCode(input.councilGssCode, 'input.councilGssCode');
    const startedOn = requirePastOrToday(input.startedOn ?? today(), 'input.startedOn');
    const { db, loaders } = ctx;
    const { caller } = requestAccessOf(ctx);
    return db.$transaction(async (tx) => {
      const council = await tx.council.findUnique({ where: { gssCode } });
      if (!council) throw notFound('Council', 'input.councilGssCode', gssCode);
      // Serialises starts for the person, so two at once cannot both find no open period.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`reablement:${personId}`}))`;
      const open = await tx.reablementPeriod.findFirst({ where: { personId, councilId: council.id, endedOn: null } });
      if (open) throw conflict('input.personId', `a reablement period started on ${isoDate(open.startedOn)} is still open`);
      const row = await tx.reablementPeriod.create({
        data: { id: randomUUID(), personId, councilId: council.id, startedOn, startedBy: caller.name },
      });
      return heldReablement(row, loaders);
    });
  },

  // Ended once, on a day from its start to today: an outcome is known only once the period has ended.
  endReablement: async (_parent, { input }, ctx) => {
    const id = requireId(input.id, 'input.id');
    const endedOn = input.endedOn ?? today();
    if (endedOn.getTime() > today().getTime())
      throw badUserInput('input.endedOn', 'is in the future: an outcome is recorded once the period has ended, on or after its last day');
    const { db, loaders } = ctx;
    const { caller } = requestAccessOf(ctx);
    return db.$transaction(async (tx) => {
      const [period] = await tx.$queryRaw<{ started_on: Date; ended_on: Date | null }[]>`
        SELECT started_on, ended_on FROM reablement_period WHERE id = ${id}::uuid FOR UPDATE`;
      if (!period) throw notFound('ReablementPeriod', 'input.id', input.id);
      if (period.ended_on) throw conflict('input.id', `the period already ended on ${isoDate(period.ended_on)}`);
      requireOrderedDates(period.started_on, endedOn, 'input.endedOn');
      const row = await tx.reablementPeriod.update({ where: { id }, data: { endedOn, endedBy: caller.name, outcome: input.outcome } });
      return heldReablement(row, loaders);
    });
  },
};
