import { requestAccessOf } from '@continuum/access';
import { badUserInput, notFound, requireId, requirePastOrToday, today } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';
import { normaliseOptions } from './options.ts';
import { heldAssessmentOffer } from './view.ts';

export const AssessmentOfferMutation: MutationResolvers = {
  // What was offered is recorded as it was, on the assessment's day: never a day still to come.
  recordAssessmentOffers: async (_parent, { input }, ctx) => {
    const personId = requireId(input.personId, 'input.personId');
    const gssCode = requireGssCode(input.councilGssCode, 'input.councilGssCode');
    const assessedOn = requirePastOrToday(input.assessedOn ?? today(), 'input.assessedOn');
    const options = normaliseOptions(input.options);
    if (!options.length) throw badUserInput('input.options', 'is empty: name at least one option offered at the assessment');
    const { db, loaders } = ctx;
    const { caller } = requestAccessOf(ctx);
    return db.$transaction(async (tx) => {
      const council = await tx.council.findUnique({ where: { gssCode } });
      if (!council) throw notFound('Council', 'input.councilGssCode', gssCode);
      const row = await tx.assessmentOffer.create({
        data: { id: randomUUID(), personId, councilId: council.id, assessedOn, options, recordedBy: caller.name },
      });
      return heldAssessmentOffer(row, loaders);
    });
  },
};
