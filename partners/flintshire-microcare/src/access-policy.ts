import { forbidden, recordSubject, requestAccessOf, type AccessPolicy } from '@continuum/access';
import type { Caller, Role } from '@continuum/runtime';
import type { Context } from './context.ts';
import type { MicroCareClientModel } from './generated/prisma/models.ts';
import type { HoursView } from './hours/view.ts';

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
 * A micro-carer's hours return is entered by the council that runs the programme, for a client
 * whose record the officer may see: the hours are part of the person's care record.
 */
const hoursReturn = {
  access: 'PERSON_DATA',
  fieldClass: 'EMPLOYMENT',
  roles: ['SOCIAL_WORKER'],
  organisationKinds: ['COUNCIL'],
  subjectOf: recordSubject(
    'input.clientId',
    'MicroCareClient',
    (id, { loaders }: Context) => loaders.client.load(id),
    (c) => ({ personId: c.personId }),
  ),
  before: async (_args: unknown, ctx: unknown) => {
    const { caller } = requestAccessOf(ctx);
    if (caller.organisationCode !== FLINTSHIRE)
      throw forbidden(
        `Flintshire's micro-care hours are recorded by Flintshire County Council, not ${caller.organisationCode}`,
        'input.clientId',
        `for ${FLINTSHIRE} only`,
      );
  },
} as const;

/**
 * Who may search for micro-carers for a person (Person.findMicroCarers): as on the findable
 * register, the person's care professionals, their employer support, and the person. The
 * person's record itself is screened by the kit (a caller who may not see the person gets null),
 * so only a current relationship, consent or the person's own record lets the search run.
 */
const MICRO_CARE_FINDERS: readonly Role[] = ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER', 'PERSON', 'HUB_SERVICE'];

export function requireMicroCareFinder(caller: Caller): void {
  if (!MICRO_CARE_FINDERS.includes(caller.role))
    throw forbidden(
      `A ${caller.role.toLowerCase().replace(/_/g, ' ')} does not search for micro-carers`,
      'findMicroCarers',
      'for a care professional with a relationship to the person, or the person',
    );
}

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
      recordMicroCareHours: hoursReturn,
    },
  },
  types: {
    MicroCareClient: { subject: (c: MicroCareClientModel) => ({ personId: c.personId }), fieldClass: 'EMPLOYMENT' },
    MicroCareHoursRecord: { subject: (h: HoursView) => ({ personId: h.personId }), fieldClass: 'EMPLOYMENT' },
  },
};
