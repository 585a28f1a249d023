import { requestAccessOf } from '@continuum/access';
import { badUserInput, conflict, isoDate, notFound, requireId, requirePastOrToday, requirePositive, requireText } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { MutationResolvers } from '../generated/resolvers-types.ts';

const MAX_AMOUNT = 5000;

export const FundingClaimMutation: Pick<MutationResolvers, 'recordTrainingFundingClaim' | 'settleTrainingFundingClaim'> = {
  recordTrainingFundingClaim: async (_parent, { input }, ctx) => {
    const employerPersonId = requireId(input.employerPersonId, 'input.employerPersonId');
    const code = requireText(input.courseCode, 'input.courseCode', 20);
    const amount = requirePositive(input.amount, 'input.amount', MAX_AMOUNT);
    if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) throw badUserInput('input.amount', 'must be in whole pence');
    requirePastOrToday(input.claimedOn, 'input.claimedOn');
    const course = await ctx.db.course.findUnique({ where: { code } });
    if (!course) throw notFound('Course', 'input.courseCode', code);
    const { caller } = requestAccessOf(ctx);
    return ctx.db.trainingFundingClaim.create({
      data: {
        id: randomUUID(),
        employerPersonId: employerPersonId.toLowerCase(),
        courseId: course.id,
        fund: input.fund,
        amount,
        // A support adviser claims through their organisation; a social worker or the employer directly.
        claimedThroughId: caller.organisationKind === 'SUPPORT_ORGANISATION' ? caller.organisationCode : null,
        claimedOn: input.claimedOn,
        status: 'SUBMITTED',
        recordedBy: caller.name,
      },
    });
  },

  settleTrainingFundingClaim: async (_parent, { id, outcome, settledOn }, ctx) => {
    const claimId = requireId(id, 'id').toLowerCase();
    requirePastOrToday(settledOn, 'settledOn');
    return ctx.db.$transaction(async (tx) => {
      const claim = await tx.trainingFundingClaim.findUnique({ where: { id: claimId } });
      if (!claim) throw notFound('TrainingFundingClaim', 'id', id);
      if (settledOn.getTime() < claim.claimedOn.getTime())
        throw badUserInput('settledOn', `must not be before the claim (${isoDate(claim.claimedOn)})`);
      // Only a submitted claim is answered; the condition on the update keeps two answers from both landing.
      const { count } = await tx.trainingFundingClaim.updateMany({
        where: { id: claimId, status: 'SUBMITTED' },
        data: { status: outcome, settledOn },
      });
      if (count === 0) throw conflict('id', `the claim was already ${claim.status.toLowerCase()}`);
      return (await tx.trainingFundingClaim.findUnique({ where: { id: claimId } }))!;
    });
  },
};
