import { badUserInput, conflict, notFound, requireId, requireOrderedDates, requirePositive } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import { requireGssCode } from '../gss-code.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { HOURS_IN_A_WEEK, MAX_HOURLY_RATE } from '../limits.ts';
import { requireHundredths } from '../money.ts';
import { findOverlappingEpisode } from '../overlap.ts';

export const Mutation: MutationResolvers = {
  startDirectPayment: async (_parent, { input }, { db }) => {
    const personId = requireId(input.personId, 'input.personId');
    const gssCode = requireGssCode(input.councilGssCode, 'input.councilGssCode');
    const start = input.start;
    const end = input.end ?? null;
    requireOrderedDates(start, end, 'input.end');
    const ratePence = requireHundredths(
      requirePositive(input.hourlyRate, 'input.hourlyRate', MAX_HOURLY_RATE),
      'input.hourlyRate',
      'pounds and pence',
    );
    const hoursHundredths = requireHundredths(
      requirePositive(input.hoursPerWeek, 'input.hoursPerWeek', HOURS_IN_A_WEEK),
      'input.hoursPerWeek',
      'hours',
    );

    let providerId: string | null = null;
    if (input.paymentSupport === 'SELF_MANAGED') {
      if (input.paymentSupportProviderId != null)
        throw badUserInput('input.paymentSupportProviderId', 'must be left out when the person manages the payment themselves');
    } else {
      if (input.paymentSupportProviderId == null)
        throw badUserInput(
          'input.paymentSupportProviderId',
          `is required for ${input.paymentSupport}: name the support organisation providing it`,
        );
      providerId = requireId(input.paymentSupportProviderId, 'input.paymentSupportProviderId');
    }

    // Pence × hundredths of an hour, back to pence, rounding half up.
    const weeklyAmount = Math.round((ratePence * hoursHundredths) / 100) / 100;
    if (weeklyAmount === 0) throw badUserInput('input.hoursPerWeek', 'the weekly amount (hourly rate × hours) rounds to £0.00');

    return db.$transaction(async (tx) => {
      const council = await tx.council.findUnique({ where: { gssCode } });
      if (!council) throw notFound('Council', 'input.councilGssCode', gssCode);
      // Serialise starts for the same person so two concurrent requests cannot both pass the overlap check.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${personId}::text, 0))`;
      // Another record's kind, id, dates or state are not the caller's to learn from a refusal.
      const clash = await findOverlappingEpisode(tx, personId, start, end);
      if (clash)
        throw conflict(
          'input.start',
          "the period overlaps another of this person's social care episodes (direct payment, individual service fund or commissioned package)",
        );
      return tx.directPayment.create({
        data: {
          id: randomUUID(),
          personId,
          councilId: council.id,
          start,
          end,
          hourlyRate: ratePence / 100,
          hoursPerWeek: hoursHundredths / 100,
          weeklyAmount,
          paymentSupport: input.paymentSupport,
          paymentSupportProviderId: providerId,
        },
      });
    });
  },
};
