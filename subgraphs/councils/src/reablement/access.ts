import { requestAccessOf, type SubjectOf, type TypeRule } from '@continuum/access';
import type { Context } from '../context.ts';
import type { HeldReablement } from './view.ts';

/** A period named by id: found only by the council that holds it; anyone else is told it does not exist. */
export const reablementSubject = (arg: string): SubjectOf => ({
  arg,
  recordType: 'ReablementPeriod',
  lookup: async (id, ctx: Context) => {
    const period = await ctx.db.reablementPeriod.findUnique({ where: { id: id.toLowerCase() }, include: { council: true } });
    const holder = period?.council.gssCode;
    return period && holder === requestAccessOf(ctx).caller.organisationCode
      ? { personId: period.personId, organisationCodes: [holder] }
      : null;
  },
});

/**
 * A council's own casework: the holding council's social workers alone (as a household is), for
 * someone they may see. It stays theirs to see after the period ends, as they gave it.
 */
export const reablementRule: TypeRule<HeldReablement> = {
  subject: (r) => ({ personId: r.personId, organisationCodes: [r.councilGssCode] }),
  fieldClass: 'CARE_AND_HEALTH_PLANS',
  onlyFor: (r, caller) => caller.role === 'SOCIAL_WORKER' && caller.organisationCode === r.councilGssCode,
};
