import { forbidden, recordSubject, requestAccessOf, type AccessPolicy } from '@continuum/access';
import type { Context } from './context.ts';
import type { MicroCareClientModel } from './generated/prisma/models.ts';

/** Flintshire County Council, which commissions micro-carers directly. */
const FLINTSHIRE = 'W06000005';

/** A client relationship is the person's record: kept by those who may see the person. */
const clientWork = { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', roles: ['SOCIAL_WORKER', 'SUPPORT_ADVISER'] } as const;
const clientSubject = recordSubject(
  'id',
  'MicroCareClient',
  (id, { loaders }: Context) => loaders.client.load(id),
  (c) => ({ personId: c.personId }),
);

/** A micro-carer's way to direct commissioning (standards, course, contract, cover) is kept by the council that commissions them. */
const programmeWork = {
  roles: ['SOCIAL_WORKER'],
  organisationKinds: ['COUNCIL'],
  before: async (_args: unknown, ctx: unknown) => {
    const { caller } = requestAccessOf(ctx);
    if (caller.organisationCode !== FLINTSHIRE)
      throw forbidden(
        `Flintshire's micro-carers are recorded by Flintshire County Council, not ${caller.organisationCode}`,
        'microCarerId',
        `for ${FLINTSHIRE} only`,
      );
  },
} as const;

/**
 * Who may see what Flintshire Micro-care Support serves, and who may write what: every mutation is
 * named here, checked before anything is written. A micro-carer's business is listed for those
 * who may see PA profiles (brokerage); a client relationship is the person's record and is shown
 * only to those who may see the person. Unlisted root fields are for the hub's services.
 */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      microCarer: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      microCarers: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
    },
    Mutation: {
      addMicroCareClient: { ...clientWork, personArg: 'input.personId' },
      endMicroCareClient: { ...clientWork, subjectOf: clientSubject },
      recordQualityFrameworkStandard: { access: 'PERSON_DATA', fieldClass: 'TRAINING', ...programmeWork },
      recordMovingAndPositioningDay: { access: 'PERSON_DATA', fieldClass: 'TRAINING', ...programmeWork },
      signDirectCommissioningContract: { access: 'PERSON_DATA', fieldClass: 'FUNDING', ...programmeWork },
      agreeContingencyPartner: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', ...programmeWork },
    },
  },
  types: {
    MicroCareClient: { subject: (c: MicroCareClientModel) => ({ personId: c.personId }), fieldClass: 'EMPLOYMENT' },
  },
};
