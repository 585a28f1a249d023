import { requestAccessOf } from '@continuum/access';
import {
  badUserInput,
  conflict,
  isoDate,
  notFound,
  requireId,
  requireOrderedDates,
  requirePastOrToday,
  requirePositive,
  today,
} from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';
import { HOURS_IN_A_WEEK } from '../limits.ts';
import { requireHundredths } from '../money.ts';
import { heldRequest } from './view.ts';

export const DomiciliaryCareMutation: MutationResolvers = {
  // One waiting request per person and council: a need that grows is a change to it, not a second request.
  recordDomiciliaryCareRequest: async (_parent, { input }, ctx) => {
    const personId = requireId(input.personId, 'input.personId');
    const gssCode = requireGssCode(input.councilGssCode, 'input.councilGssCode');
    const hundredths = requireHundredths(
      requirePositive(input.hoursPerWeek, 'input.hoursPerWeek', HOURS_IN_A_WEEK),
      'input.hoursPerWeek',
      'hours',
    );
    const requestedOn = requirePastOrToday(input.requestedOn ?? today(), 'input.requestedOn');
    const { db, loaders } = ctx;
    const { caller } = requestAccessOf(ctx);
    return db.$transaction(async (tx) => {
      const council = await tx.council.findUnique({ where: { gssCode } });
      if (!council) throw notFound('Council', 'input.councilGssCode', gssCode);
      // Serialises requests for the person, so two at once cannot both find none waiting.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`domiciliary-care:${personId}`}))`;
      const waiting = await tx.domiciliaryCareRequest.findFirst({ where: { personId, councilId: council.id, closedOn: null } });
      if (waiting)
        throw conflict('input.personId', `a request asked for on ${isoDate(waiting.requestedOn)} is still waiting for a provider`);
      const row = await tx.domiciliaryCareRequest.create({
        data: {
          id: randomUUID(),
          personId,
          councilId: council.id,
          hoursPerWeek: hundredths / 100,
          requestedOn,
          requestedBy: caller.name,
        },
      });
      return heldRequest(row, loaders);
    });
  },

  // Closed once, on a day from its request to today.
  closeDomiciliaryCareRequest: async (_parent, { input }, ctx) => {
    const id = requireId(input.id, 'input.id');
    const closedOn = input.closedOn ?? today();
    if (closedOn.getTime() > today().getTime())
      throw badUserInput('input.closedOn', 'is in the future: a request is allocated or withdrawn on a day that has come');
    const { db, loaders } = ctx;
    const { caller } = requestAccessOf(ctx);
    return db.$transaction(async (tx) => {
      const [request] = await tx.$queryRaw<{ requested_on: Date; closed_on: Date | null }[]>`
        SELECT requested_on, closed_on FROM domiciliary_care_request WHERE id = ${id}::uuid FOR UPDATE`;
      if (!request) throw notFound('DomiciliaryCareRequest', 'input.id', input.id);
      if (request.closed_on) throw conflict('input.id', `the request was already closed on ${isoDate(request.closed_on)}`);
      requireOrderedDates(request.requested_on, closedOn, 'input.closedOn');
      const row = await tx.domiciliaryCareRequest.update({
        where: { id },
        data: { closedOn, closedBy: caller.name, outcome: input.outcome },
      });
      return heldRequest(row, loaders);
    });
  },
};
