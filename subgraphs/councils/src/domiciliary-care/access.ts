import { requestAccessOf, type SubjectOf, type TypeRule } from '@continuum/access';
import type { Context } from '../context.ts';
import type { HeldRequest } from './view.ts';

/** A request named by id: found only by the council that holds it; anyone else is told it does not exist. */
export const domiciliaryRequestSubject = (arg: string): SubjectOf => ({
  arg,
  recordType: 'DomiciliaryCareRequest',
  lookup: async (id, ctx: Context) => {
    const request = await ctx.db.domiciliaryCareRequest.findUnique({ where: { id: id.toLowerCase() }, include: { council: true } });
    const holder = request?.council.gssCode;
    return request && holder === requestAccessOf(ctx).caller.organisationCode
      ? { personId: request.personId, organisationCodes: [holder] }
      : null;
  },
});

/** A council's own brokerage: the holding council's social workers alone, for someone they may see. */
export const domiciliaryRequestRule: TypeRule<HeldRequest> = {
  subject: (r) => ({ personId: r.personId, organisationCodes: [r.councilGssCode] }),
  fieldClass: 'CARE_AND_HEALTH_PLANS',
  onlyFor: (r, caller) => caller.role === 'SOCIAL_WORKER' && caller.organisationCode === r.councilGssCode,
};
