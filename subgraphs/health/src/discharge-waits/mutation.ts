import { requestAccessOf } from '@continuum/access';
import { badUserInput, conflict, isoDate, notFound, requireId, requireOrderedDates, requirePastOrToday, today } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import { requireOdsCode } from '../codes.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { heldWait } from './view.ts';

export const DischargeWaitMutation: MutationResolvers = {
  // One wait at a time per person and NHS body: someone is in one bed at once.
  recordDischargeWait: async (_parent, { input }, ctx) => {
    const personId = requireId(input.personId, 'input.personId');
    const odsCode = requireOdsCode(input.healthBodyOdsCode, 'input.healthBodyOdsCode');
    const admittedOn = requirePastOrToday(input.admittedOn, 'input.admittedOn');
    const readyOn = requirePastOrToday(input.readyOn ?? today(), 'input.readyOn');
    if (readyOn.getTime() < admittedOn.getTime()) throw badUserInput('input.readyOn', 'must be on or after the day admitted');
    const { db, loaders } = ctx;
    const { caller } = requestAccessOf(ctx);
    return db.$transaction(async (tx) => {
      const body = await tx.healthBody.findUnique({ where: { odsCode } });
      if (!body) throw notFound('HealthBody', 'input.healthBodyOdsCode', odsCode);
      // Serialises records for the person, so two at once cannot both find none open.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`discharge-wait:${personId}`}))`;
      const open = await tx.dischargeWait.findFirst({ where: { personId, healthBodyId: body.id, dischargedOn: null } });
      if (open) throw conflict('input.personId', `they have been waiting since ${isoDate(open.readyOn)} and are not yet discharged`);
      const row = await tx.dischargeWait.create({
        data: { id: randomUUID(), personId, healthBodyId: body.id, setting: input.setting, admittedOn, readyOn, recordedBy: caller.name },
      });
      return heldWait(row, loaders);
    });
  },

  // Discharged once, on a day from ready to today.
  recordDischarge: async (_parent, { input }, ctx) => {
    const id = requireId(input.id, 'input.id');
    const dischargedOn = requirePastOrToday(input.dischargedOn ?? today(), 'input.dischargedOn');
    const { db, loaders } = ctx;
    const { caller } = requestAccessOf(ctx);
    return db.$transaction(async (tx) => {
      const [wait] = await tx.$queryRaw<{ ready_on: Date; discharged_on: Date | null }[]>`
        SELECT ready_on, discharged_on FROM discharge_wait WHERE id = ${id}::uuid FOR UPDATE`;
      if (!wait) throw notFound('DischargeWait', 'input.id', input.id);
      if (wait.discharged_on) throw conflict('input.id', `they were already discharged on ${isoDate(wait.discharged_on)}`);
      requireOrderedDates(wait.ready_on, dischargedOn, 'input.dischargedOn');
      const row = await tx.dischargeWait.update({ where: { id }, data: { dischargedOn, dischargedBy: caller.name } });
      return heldWait(row, loaders);
    });
  },
};
