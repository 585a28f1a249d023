import { badUserInput, conflict, isoDate, notFound, requireId, requirePastOrToday, requireText, today } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import { randomUUID } from 'node:crypto';
import { requireGssCode } from '../gss-code.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { heldConcern } from '../safeguarding.ts';

/** Concerns are short: the detail stays in the council's case record. */
const SUMMARY_MIN = 10;
const SUMMARY_MAX = 1000;

export const SafeguardingMutation: MutationResolvers = {
  raiseSafeguardingConcern: async (_parent, { input }, ctx) => {
    const personId = requireId(input.personId, 'input.personId');
    const gssCode = requireGssCode(input.councilGssCode, 'input.councilGssCode');
    const summary = requireText(input.summary, 'input.summary', SUMMARY_MAX);
    if (summary.length < SUMMARY_MIN) throw badUserInput('input.summary', `must be at least ${SUMMARY_MIN} characters: say what happened`);
    const council = await ctx.db.council.findUnique({ where: { gssCode } });
    if (!council) throw notFound('Council', 'input.councilGssCode', gssCode);
    const { caller } = requestAccessOf(ctx);
    return ctx.db.safeguardingConcern.create({
      data: {
        id: randomUUID(),
        personId,
        councilId: council.id,
        raisedOn: today(),
        source: input.source,
        category: input.category,
        summary,
        raisedBy: caller.name,
        raisedByOrganisation: caller.role === 'HUB_SERVICE' ? null : caller.organisationCode,
      },
    });
  },

  startSafeguardingEnquiry: async (_parent, { id }, { db, loaders }) => {
    const concernId = requireId(id, 'id');
    return db.$transaction(async (tx) => {
      const [concern] = await tx.$queryRaw<{ closed_on: Date | null; enquiry_started_on: Date | null }[]>`
        SELECT closed_on, enquiry_started_on FROM safeguarding_concern WHERE id = ${concernId}::uuid FOR UPDATE`;
      if (!concern) throw notFound('SafeguardingConcern', 'id', id);
      if (concern.closed_on) throw conflict('id', `the concern was closed on ${isoDate(concern.closed_on)}`);
      if (concern.enquiry_started_on) throw conflict('id', `an enquiry started on ${isoDate(concern.enquiry_started_on)}`);
      return heldConcern(await tx.safeguardingConcern.update({ where: { id: concernId }, data: { enquiryStartedOn: today() } }), loaders);
    });
  },

  closeSafeguardingConcern: async (_parent, { input }, { db, loaders }) => {
    const concernId = requireId(input.id, 'input.id');
    const closedOn = requirePastOrToday(input.closedOn ?? today(), 'input.closedOn');
    return db.$transaction(async (tx) => {
      const [concern] = await tx.$queryRaw<{ raised_on: Date; closed_on: Date | null }[]>`
        SELECT raised_on, closed_on FROM safeguarding_concern WHERE id = ${concernId}::uuid FOR UPDATE`;
      if (!concern) throw notFound('SafeguardingConcern', 'input.id', input.id);
      if (concern.closed_on) throw conflict('input.id', `the concern was already closed on ${isoDate(concern.closed_on)}`);
      if (closedOn.getTime() < concern.raised_on.getTime())
        throw badUserInput('input.closedOn', `must not be before the concern was raised (${isoDate(concern.raised_on)})`);
      return heldConcern(
        await tx.safeguardingConcern.update({ where: { id: concernId }, data: { closedOn, outcome: input.outcome } }),
        loaders,
      );
    });
  },
};
