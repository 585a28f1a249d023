import { answerTransition, type AnsweringFunder } from '@continuum/transitions';
import type { Context } from '../context.ts';
import type { TransitionResponseModel } from '../generated/prisma/models.ts';
import type { MutationRespondToTransitionAsCouncilArgs } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';

/** A council's answer to a transition it is party to; the rules are the kit's, shared with NHS bodies. */
export function respondAsCouncil({ db, graph }: Context, args: MutationRespondToTransitionAsCouncilArgs): Promise<TransitionResponseModel> {
  const council: AnsweringFunder = {
    kind: 'COUNCIL',
    codeField: 'councilGssCode',
    entity: 'Council',
    operation: 'respondToTransitionAsCouncil',
    notWritten: 'no answer was recorded',
    requireCode: requireGssCode,
    find: (gssCode: string) => db.council.findUnique({ where: { gssCode } }),
  };
  return answerTransition(db, graph, council, { ...args, code: args.councilGssCode });
}
