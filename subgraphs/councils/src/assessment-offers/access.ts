import type { TypeRule } from '@continuum/access';
import type { HeldAssessmentOffer } from './view.ts';

/**
 * A council's own casework: the social workers of the council that assessed, for someone they may
 * see (as reablement is).
 */
export const assessmentOfferRule: TypeRule<HeldAssessmentOffer> = {
  subject: (o) => ({ personId: o.personId, organisationCodes: [o.councilGssCode] }),
  fieldClass: 'CARE_AND_HEALTH_PLANS',
  onlyFor: (o, caller) => caller.role === 'SOCIAL_WORKER' && caller.organisationCode === o.councilGssCode,
};

/** A person on a council's question-32 list: screened as the assessment it names. */
export const onlyCareHomeOrHomeCareRule: TypeRule<{ offer: HeldAssessmentOffer }> = {
  subject: (r, ctx) => assessmentOfferRule.subject(r.offer, ctx),
  fieldClass: 'CARE_AND_HEALTH_PLANS',
  onlyFor: (r, caller) => assessmentOfferRule.onlyFor!(r.offer, caller),
};
