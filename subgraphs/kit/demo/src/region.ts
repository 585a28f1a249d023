/**
 * The synthetic demo region: 12 North East councils and Flintshire, their NHS
 * commissioners, ~6,000 people and ~5,000 PAs, as one deterministic object. Each subgraph
 * seeds the slice it owns from this; the shared ids are what let the federated graph join up.
 *
 * Stages run in order, each with its own random stream (see random.ts):
 *   people (who, where, how funded) -> funding episodes and care plans -> identities
 *   -> PAs and employments -> training records -> funding transitions, health duties on
 *   employments, NHS health plans and PHB payment processing.
 *
 * The region is built as of its base day and then moved, whole weeks at a time, to its anchor
 * day (see anchor.ts), so it looks the same relative to whichever day the hub was seeded.
 *
 * Treat the result as read-only: small repeated values (PA availability slots, training
 * sign-offs) are frozen objects shared between records, to keep the build fast.
 */
import type { DemoCourse, DemoRegion, DemoTrainingProvider } from './types.ts';
import { AS_OF, createContext, referenceId } from './context.ts';
import { COUNCIL_SEEDS, HEALTH_BODY_SEEDS } from './reference-data.ts';
import { TRAINING_PROVIDER_SEEDS } from './organisations.ts';
import { COURSE_SEEDS } from './courses.ts';
import { draftPeople, personRecords } from './people.ts';
import { buildFunding } from './funding.ts';
import { buildWorkforce, withService } from './workforce.ts';
import { buildRegisterEntries } from './register-entries.ts';
import { buildRegisterContacts } from './register-contacts.ts';
import { DEMO_USERS } from './demo-users.ts';
import { DEMO_DISTRICT_CENTROIDS } from './district-centroids.ts';
import { buildTraining } from './training.ts';
import { CompetenceIndex } from './competences.ts';
import { buildTransitions } from './transitions.ts';
import { withHealthDuties } from './health-duties.ts';
import { buildHealthPlans, buildPaymentProcessing } from './health-plans.ts';
import { buildMicroCare } from './micro-care.ts';
import { buildDbsChecks } from './dbs-checks.ts';
import { buildHouseholds } from './households.ts';
import { buildCareCertificateAssessments } from './care-certificate-assessments.ts';
import { buildCourseSessions } from './course-sessions.ts';
import { buildTrainingFundingClaims } from './training-funding-claims.ts';
import { buildPeerGroups } from './peer-groups.ts';
import { buildDpMentors } from './dp-mentors.ts';
import { buildSupportOffers } from './support-offer.ts';
import { buildSafeguarding } from './safeguarding.ts';
import { buildSafeguardingFollowUps } from './safeguarding-follow-ups.ts';
import { buildCoverAndRecruitment } from './cover-and-recruitment.ts';
import { buildReablement } from './reablement.ts';
import { buildAssessmentOffers } from './assessment-offers.ts';
import { buildDomiciliaryCareRequests } from './domiciliary-care.ts';
import { buildDischargeWaits } from './discharge-waits.ts';
import { buildSupportContracts } from './support-contracts.ts';
import { defaultDemoAnchor, demoCalendar } from './anchor.ts';
import { anchorRegion } from './shift.ts';

export interface DemoRegionOptions {
  /** About 6,000 by default; at least 100 so every featured case fits. */
  people?: number;
  /** About 5,000 by default (the NE seed's "at least 5,000 PAs"); at least 20. */
  personalAssistants?: number;
  seed?: number;
  /**
   * The day the region is anchored on (YYYY-MM-DD), which becomes its `asOf`: by default
   * CONTINUUM_DEMO_ANCHOR, otherwise the clock's today. The same anchor and seed give the same region.
   */
  anchor?: string;
}

export { FEATURED_PERSON } from './people.ts';
export { DEMO_BASE_DAY, defaultDemoAnchor, demoCalendar, demoDay, demoMonth, type DemoCalendar } from './anchor.ts';
// Base-day dates: translate them with demoDay(region.asOf, ...) (demoMonth for the micro-care months).
export { FEATURED_DP_START, FEATURED_MOVE } from './funding.ts';
export { IN_FLIGHT_FROM, IN_FLIGHT_TO } from './transitions.ts';
export { PAYMENT_PROCESSING_FROM } from './health-plans.ts';
export { MICRO_CARE_FIRST_MONTH, MICRO_CARE_LAST_MONTH } from './micro-care.ts';

export const DEFAULT_SEED = 20261101;

export function buildDemoRegion(options: DemoRegionOptions = {}): DemoRegion {
  const calendar = demoCalendar(options.anchor ?? defaultDemoAnchor());
  const anchored = anchorRegion(buildAtBaseDay(options), calendar);
  return { ...anchored, supportContracts: buildSupportContracts(anchored) };
}

/** The region as of the base day (AS_OF), before it is moved to its anchor. */
function buildAtBaseDay(options: DemoRegionOptions): DemoRegion {
  const people = Math.max(100, Math.round(options.people ?? 6000));
  const personalAssistants = Math.max(20, Math.round(options.personalAssistants ?? 5000));
  const ctx = createContext((options.seed ?? DEFAULT_SEED) >>> 0);

  const plans = draftPeople(ctx, people, personalAssistants);
  const funding = buildFunding(ctx, plans);
  const persons = personRecords(ctx, plans);
  const workforce = buildWorkforce(ctx, plans, personalAssistants);

  const trainingProviders = TRAINING_PROVIDER_SEEDS.map((t): DemoTrainingProvider => ({
    id: referenceId('training-provider', t.name),
    ...t,
  }));
  const providerIdByName = new Map(trainingProviders.map((t) => [t.name, t.id]));
  const courses = COURSE_SEEDS.map(({ provider, ...course }): DemoCourse => {
    const providerId = providerIdByName.get(provider);
    if (!providerId) throw new Error(`course ${course.code}: no training provider ${provider}`);
    return { id: referenceId('course', course.code), ...course, providerId };
  });
  const training = buildTraining(ctx, workforce.pas, new Map(courses.map((c) => [c.code, c.id])));

  const moves = buildTransitions(ctx, plans, funding, workforce.employments, new CompetenceIndex(training.records, courses));
  const processing = buildPaymentProcessing(plans, moves.funding.personalHealthBudgets);

  const microCare = buildMicroCare(ctx);

  const personalAssistantRecords = workforce.records.map((pa) =>
    training.healthTaskPaIds.has(pa.id) ? { ...pa, services: withService(pa.services, 'HEALTH_TASKS') } : pa,
  );
  const employments = withHealthDuties(ctx, workforce.employments, moves.funding, moves.inFlight, moves.inFlightBlocked);

  const careCertificate = buildCareCertificateAssessments(ctx, trainingProviders, courses, training.records);

  const peerGroups = buildPeerGroups(ctx, personalAssistantRecords);
  const mentors = buildDpMentors(ctx, persons, moves.funding.directPayments, employments);

  const registerEntries = buildRegisterEntries(personalAssistantRecords, AS_OF);

  const featured = plans.find((p) => p.featured);
  const integrated = funding.integratedBudgets.find((b) => b.shares.some((s) => s.funderKind === 'COUNCIL' && s.percentage === 40));
  if (!featured || !integrated) throw new Error('demo region is missing a featured person');
  const domiciliaryCareRequests = buildDomiciliaryCareRequests(ctx, persons);

  return {
    asOf: AS_OF,
    councils: COUNCIL_SEEDS.map(({ gssCode, name, nation, region, postcodeDistricts, rates }) => ({
      id: referenceId('council', gssCode),
      gssCode,
      name,
      nation,
      region,
      postcodeDistricts: [...postcodeDistricts],
      rates: rates.map((r) => ({ ...r })),
    })),
    healthBodies: HEALTH_BODY_SEEDS.map(({ odsCode, name, kind, nation, councilGssCodes }) => ({
      id: referenceId('health-body', odsCode),
      odsCode,
      name,
      kind,
      nation,
      councilGssCodes: [...councilGssCodes],
    })),
    people: persons,
    ...moves.funding,
    personalHealthBudgets: processing.personalHealthBudgets,
    supportOrganisations: [...ctx.supportOrganisations],
    personalAssistants: personalAssistantRecords,
    employments,
    dbsChecks: buildDbsChecks(ctx, workforce.pas, personalAssistantRecords, employments),
    carePlanHouseholds: buildHouseholds(ctx, moves.funding.carePlans, persons),
    trainingProviders,
    courses,
    trainingRecords: training.records,
    careCertificateAssessors: careCertificate.assessors,
    careCertificateAssessments: careCertificate.assessments,
    transitions: moves.transitions,
    healthPlans: buildHealthPlans(ctx, plans, moves.funding),
    courseSessions: buildCourseSessions(ctx, courses),
    trainingFundingClaims: buildTrainingFundingClaims(ctx, moves.funding.directPayments, employments, courses),
    peerGroups: peerGroups.groups,
    peerGroupMeetings: peerGroups.meetings,
    dpMentors: mentors.mentors,
    dpMentorOffers: mentors.offers,
    paymentProcessingAgreements: processing.agreements,
    microEnterprises: microCare.enterprises,
    microCareHours: microCare.hours,
    microCareClients: microCare.clients,
    supportOffers: buildSupportOffers(ctx),
    districtCentroids: DEMO_DISTRICT_CENTROIDS.map((c) => ({ ...c })),
    registerEntries,
    registerContacts: buildRegisterContacts(
      ctx,
      persons,
      [...moves.funding.directPayments, ...moves.funding.individualServiceFunds, ...moves.funding.commissionedPackages],
      [...processing.personalHealthBudgets, ...moves.funding.chcPackages, ...moves.funding.integratedBudgets],
      registerEntries,
      {
        personIds: new Set([featured.id, integrated.personId, ...DEMO_USERS.flatMap((u) => (u.personId ? [u.personId] : []))]),
        personalAssistantIds: new Set([
          workforce.crossBorderPaId,
          ...DEMO_USERS.flatMap((u) => (u.personalAssistantId ? [u.personalAssistantId] : [])),
        ]),
      },
    ),
    safeguardingConcerns: buildSafeguarding(ctx, moves.funding.directPayments, featured.id),
    safeguardingFollowUps: buildSafeguardingFollowUps(ctx, moves.funding.directPayments),
    ...buildCoverAndRecruitment(
      ctx,
      persons,
      moves.funding.carePlans,
      employments,
      microCare.enterprises,
      microCare.clients,
      new Set(DEMO_DISTRICT_CENTROIDS.filter((c) => c.rural).map((c) => c.district)),
      featured.id,
    ),
    reablementPeriods: buildReablement(ctx, persons, moves.funding.directPayments, moves.funding.commissionedPackages),
    assessmentOffers: buildAssessmentOffers(
      ctx,
      moves.funding.directPayments,
      moves.funding.individualServiceFunds,
      moves.funding.commissionedPackages,
    ),
    domiciliaryCareRequests,
    dischargeWaits: buildDischargeWaits(ctx, domiciliaryCareRequests),
    // Built once the region is anchored (buildDemoRegion): their returns are for calendar quarters.
    supportContracts: [],
    featured: {
      movedDirectPaymentToPhb: featured.id,
      alsoMovedDirectPaymentToPhb: plans.filter((p) => p.scenario === 'DP_TO_PHB' && !p.featured).map((p) => p.id),
      integratedBudget: integrated.personId,
      crossBorderPa: workforce.crossBorderPaId,
      inFlightBlocked: moves.inFlightBlocked,
    },
  };
}
