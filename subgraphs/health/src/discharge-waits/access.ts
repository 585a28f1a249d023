import { requestAccessOf, type SubjectOf, type TypeRule } from '@continuum/access';
import type { Context } from '../context.ts';
import type { HeldWait } from './view.ts';

/** A wait named by id: found only by the NHS body that holds it; anyone else is told it does not exist. */
export const dischargeWaitSubject = (arg: string): SubjectOf => ({
  arg,
  recordType: 'DischargeWait',
  lookup: async (id, ctx: Context) => {
    const wait = await ctx.db.dischargeWait.findUnique({ where: { id: id.toLowerCase() }, include: { healthBody: true } });
    const holder = wait?.healthBody.odsCode;
    return wait && holder === requestAccessOf(ctx).caller.organisationCode
      ? { personId: wait.personId, organisationCodes: [holder] }
      : null;
  },
});

/** The NHS body's own discharge work: its CHC nurses alone, for someone they may see. */
export const dischargeWaitRule: TypeRule<HeldWait> = {
  subject: (w) => ({ personId: w.personId, organisationCodes: [w.healthBodyOdsCode] }),
  fieldClass: 'CARE_AND_HEALTH_PLANS',
  onlyFor: (w, caller) => caller.role === 'CHC_NURSE' && caller.organisationCode === w.healthBodyOdsCode,
};
