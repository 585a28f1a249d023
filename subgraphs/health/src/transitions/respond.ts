import { answerTransition, type AnsweringFunder } from '@continuum/transitions';
import { requireOdsCode } from '../codes.ts';
import type { Context } from '../context.ts';
import type { TransitionResponseModel } from '../generated/prisma/models.ts';
import type { MutationRespondToTransitionAsHealthBodyArgs } from '../generated/resolvers-types.ts';

/** An NHS body's answer to a transition it is party to; the rules are the kit's, shared with councils. */
export function respondAsHealthBody(
  { db, graph }: Context,
  args: MutationRespondToTransitionAsHealthBodyArgs,
): Promise<TransitionResponseModel> {
  const body: AnsweringFunder = {
    kind: 'HEALTH',
    codeField: 'healthBodyOdsCode',
    entity: 'HealthBody',
    operation: 'respondToTransitionAsHealthBody',
    notWritten: 'nothing was recorded',
    requireCode: requireOdsCode,
    find: (odsCode: string) => db.healthBody.findUnique({ where: { odsCode } }),
  };
  return answerTransition(db, graph, body, { ...args, code: args.healthBodyOdsCode });
}
