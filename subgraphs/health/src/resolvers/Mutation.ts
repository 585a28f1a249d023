import { badUserInput, notFound, requireId, requirePastOrToday, requireText } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';

export const Mutation: MutationResolvers = {
  recordChcDecision: async (_parent, { input }, { db }) => {
    // People live in another subgraph: a well-formed id is all that can be checked here.
    const personId = requireId(input.personId, 'input.personId');
    const odsCode = requireText(input.healthBodyOdsCode, 'input.healthBodyOdsCode', 10).toUpperCase();
    const decidedOn = requirePastOrToday(input.decidedOn, 'input.decidedOn');
    const nextReview = input.nextReview ?? null;
    if (nextReview && nextReview.getTime() <= decidedOn.getTime()) {
      throw badUserInput('input.nextReview', 'must be after the decision date (input.decidedOn)');
    }
    return db.$transaction(async (tx) => {
      const body = await tx.healthBody.findUnique({ where: { odsCode } });
      if (!body) throw notFound('HealthBody', 'input.healthBodyOdsCode', odsCode);
      return tx.chcDecision.create({
        data: { id: randomUUID(), personId, healthBodyId: body.id, decidedOn, outcome: input.outcome, nextReview },
      });
    });
  },
};
