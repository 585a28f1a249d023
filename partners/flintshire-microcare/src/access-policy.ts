import type { AccessPolicy } from '@continuum/kit';

/**
 * Who may see what Flintshire Micro-care Support serves. A micro-carer's business is listed for
 * those who may see PA profiles (brokerage); a client relationship is the person's record and is
 * shown only to those who may see the person. Unlisted root fields are for the hub's services.
 */
export const accessPolicy: AccessPolicy = {
  root: {
    Query: {
      microCarer: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
      microCarers: { access: 'PERSON_DATA', fieldClass: 'PA_PROFILE' },
    },
    Mutation: {
      addMicroCareClient: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT', personArg: 'input.personId' },
      endMicroCareClient: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
      recordQualityFrameworkStandard: { access: 'PERSON_DATA', fieldClass: 'TRAINING' },
      recordMovingAndPositioningDay: { access: 'PERSON_DATA', fieldClass: 'TRAINING' },
      signDirectCommissioningContract: { access: 'PERSON_DATA', fieldClass: 'FUNDING' },
      agreeContingencyPartner: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
    },
  },
  types: {
    MicroCareClient: { subject: (c) => ({ personId: c.personId }), fieldClass: 'EMPLOYMENT' },
  },
};
