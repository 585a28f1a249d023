import { requestAccessOf, type SubjectOf, type TypeRule } from '@continuum/access';
import type { Context } from '../context.ts';
import type { HeldFollowUp } from './view.ts';

/** A follow-up named by id: found only by the council that holds it; anyone else is told it does not exist. */
export const followUpSubject = (arg: string): SubjectOf => ({
  arg,
  recordType: 'SafeguardingFollowUp',
  lookup: async (id, ctx: Context) => {
    const followUp = await ctx.db.safeguardingFollowUp.findUnique({ where: { id: id.toLowerCase() }, include: { council: true } });
    const holder = followUp?.council.gssCode;
    return followUp && holder === requestAccessOf(ctx).caller.organisationCode
      ? { personId: followUp.personId, organisationCodes: [holder] }
      : null;
  },
});

/**
 * As restricted as concerns: the holding council's social workers alone, whatever consent or
 * break-glass allows. The council scheduled it, so it stays theirs to see after their work with the person ends.
 */
export const followUpRule: TypeRule<HeldFollowUp> = {
  subject: (f) => ({ personId: f.personId, organisationCodes: [f.councilGssCode] }),
  fieldClass: 'SAFEGUARDING',
  onlyFor: (f, caller) => caller.organisationCode === f.councilGssCode,
};
