/**
 * The relationships the demo region's facts create: who funds, pays, supports, plans for,
 * is party to a transition of, registers or trains whom. Seeded into the access store with the
 * demo data; the subgraphs add to it as new facts are written.
 */
import type { DemoRegion } from './types.ts';
import type { RelationshipFact } from '@continuum/access';

export interface EmploymentLink {
  employmentId: string;
  personId: string;
  paId: string;
  startsOn: string;
  endsOn: string | null;
}

export function regionRelationships(region: DemoRegion): { facts: RelationshipFact[]; links: EmploymentLink[] } {
  const facts: RelationshipFact[] = [];
  const person = (
    organisationCode: string,
    subjectId: string,
    kind: string,
    startsOn: string,
    endsOn: string | null,
    sourceType: string,
    sourceId: string,
  ) => facts.push({ organisationCode, subjectKind: 'PERSON', subjectId, kind, startsOn, endsOn, sourceType, sourceId });
  const pa = (
    organisationCode: string,
    subjectId: string,
    kind: string,
    startsOn: string,
    endsOn: string | null,
    sourceType: string,
    sourceId: string,
  ) => facts.push({ organisationCode, subjectKind: 'PA', subjectId, kind, startsOn, endsOn, sourceType, sourceId });

  for (const e of region.directPayments) {
    person(e.councilGssCode, e.personId, 'FUNDER', e.start, e.end, 'DirectPayment', e.id);
    if (e.paymentSupportProviderId)
      person(e.paymentSupportProviderId, e.personId, 'EMPLOYER_SUPPORT', e.start, e.end, 'DirectPayment', e.id);
  }
  for (const e of region.individualServiceFunds) {
    person(e.councilGssCode, e.personId, 'FUNDER', e.start, e.end, 'IndividualServiceFund', e.id);
    person(e.holdingProviderId, e.personId, 'EMPLOYER_SUPPORT', e.start, e.end, 'IndividualServiceFund', e.id);
  }
  for (const e of region.commissionedPackages) person(e.councilGssCode, e.personId, 'FUNDER', e.start, e.end, 'CommissionedPackage', e.id);
  for (const e of region.personalHealthBudgets) {
    person(e.healthBodyOdsCode, e.personId, 'FUNDER', e.start, e.end, 'PersonalHealthBudget', e.id);
    if (e.paymentSupportProviderId)
      person(e.paymentSupportProviderId, e.personId, 'EMPLOYER_SUPPORT', e.start, e.end, 'PersonalHealthBudget', e.id);
    if (e.paymentsProcessedByCouncilGssCode)
      person(e.paymentsProcessedByCouncilGssCode, e.personId, 'PAYMENT_PROCESSOR', e.start, e.end, 'PersonalHealthBudget', e.id);
  }
  for (const e of region.chcPackages)
    person(e.healthBodyOdsCode, e.personId, 'FUNDER', e.start, e.end, 'ContinuingHealthcarePackage', e.id);
  for (const e of region.integratedBudgets) {
    for (const share of e.shares) person(share.funderCode, e.personId, 'FUNDER', e.start, e.end, 'IntegratedBudget', e.id);
  }
  for (const d of region.chcDecisions)
    person(d.healthBodyOdsCode, d.personId, 'CHC_ASSESSMENT', d.decidedOn, d.nextReview, 'ChcDecision', d.id);
  for (const c of region.safeguardingConcerns ?? [])
    person(c.councilGssCode, c.personId, 'SAFEGUARDING_LEAD', c.raisedOn, c.closedOn, 'SafeguardingConcern', c.id);
  for (const p of region.carePlans) person(p.councilGssCode, p.personId, 'CARE_PLAN', p.lastReviewed, null, 'CarePlan', p.id);
  for (const p of region.healthPlans) person(p.healthBodyOdsCode, p.personId, 'HEALTH_PLAN', p.lastReviewed, null, 'HealthPlan', p.id);
  for (const t of region.transitions) {
    const inFlight = t.status === 'PROPOSED' || t.status === 'AGREED';
    const endsOn = inFlight ? null : (t.completedAt ?? t.proposedAt).slice(0, 10);
    const codes = new Set([t.proposedBy, ...t.parties.map((p) => p.funderCode)]);
    for (const code of codes) person(code, t.personId, 'TRANSITION_PARTY', t.proposedAt.slice(0, 10), endsOn, 'Transition', t.id);
  }
  for (const p of region.personalAssistants) {
    if (p.registerOrganisationId) pa(p.registerOrganisationId, p.id, 'PA_REGISTER', '2000-01-01', null, 'PersonalAssistant', p.id);
  }
  const providerOfCourse = new Map(region.courses.map((c) => [c.id, c.providerId]));
  for (const r of region.trainingRecords)
    pa(providerOfCourse.get(r.courseId)!, r.personalAssistantId, 'TRAINER', r.completedOn, null, 'TrainingRecord', r.id);
  const links = region.employments.map((e) => ({
    employmentId: e.id,
    personId: e.employerPersonId,
    paId: e.personalAssistantId,
    startsOn: e.start,
    endsOn: e.end,
  }));
  return { facts, links };
}
