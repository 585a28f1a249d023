import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from './generated/prisma/client.ts';
import { HOUSEHOLD_COLUMNS, householdColumns, seedHouseholdCounts } from './household/seed.ts';

/** Which transition (people subgraph) opened or ended an episode; absent means none. */
const TRANSITION_COLUMNS = ['opened_by_transition_id', 'ended_by_transition_id'];
const transitionIds = (e: { openedByTransitionId?: string | null; endedByTransitionId?: string | null }) => [
  e.openedByTransitionId ?? null,
  e.endedByTransitionId ?? null,
];

/** Writes the demo region's councils, their rates, funding episodes and care plans. */
export async function seed(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const councilIds = new Map(region.councils.map((c) => [c.gssCode, c.id]));
  const councilId = (gssCode: string): string => {
    const id = councilIds.get(gssCode);
    if (!id) throw new Error(`demo region refers to unknown council ${gssCode}`);
    return id;
  };

  const councils = region.councils;
  await insertRows(
    db,
    'council',
    ['id', 'gss_code', 'name', 'nation', 'region', 'postcode_districts'],
    councils.map((c) => [c.id, c.gssCode, c.name, c.nation, c.region, c.postcodeDistricts]),
    (done) => progress?.('councils', done, councils.length),
  );

  const rates = councils.flatMap((c) => c.rates.map((r) => [c.id, r.kind, r.hourlyRate, r.effectiveFrom]));
  await insertRows(db, 'council_rate', ['council_id', 'kind', 'hourly_rate', 'effective_from'], rates, (done) =>
    progress?.('council rates', done, rates.length),
  );

  const directPayments = region.directPayments;
  await insertRows(
    db,
    'direct_payment',
    [
      'id',
      'person_id',
      'council_id',
      'start',
      'end',
      'hourly_rate',
      'hours_per_week',
      'weekly_amount',
      'payment_support',
      'payment_support_provider_id',
      ...TRANSITION_COLUMNS,
    ],
    directPayments.map((dp) => [
      dp.id,
      dp.personId,
      councilId(dp.councilGssCode),
      dp.start,
      dp.end,
      dp.hourlyRate,
      dp.hoursPerWeek,
      dp.weeklyAmount,
      dp.paymentSupport,
      dp.paymentSupportProviderId,
      ...transitionIds(dp),
    ]),
    (done) => progress?.('direct payments', done, directPayments.length),
  );

  const funds = region.individualServiceFunds;
  await insertRows(
    db,
    'individual_service_fund',
    ['id', 'person_id', 'council_id', 'start', 'end', 'weekly_amount', 'holding_provider_id', ...TRANSITION_COLUMNS],
    funds.map((isf) => [
      isf.id,
      isf.personId,
      councilId(isf.councilGssCode),
      isf.start,
      isf.end,
      isf.weeklyAmount,
      isf.holdingProviderId,
      ...transitionIds(isf),
    ]),
    (done) => progress?.('individual service funds', done, funds.length),
  );

  const packages = region.commissionedPackages;
  await insertRows(
    db,
    'commissioned_package',
    [
      'id',
      'person_id',
      'council_id',
      'start',
      'end',
      'weekly_amount',
      'provider_name',
      'rate_kind',
      'hourly_rate',
      'hours_per_week',
      ...TRANSITION_COLUMNS,
    ],
    packages.map((cp) => [
      cp.id,
      cp.personId,
      councilId(cp.councilGssCode),
      cp.start,
      cp.end,
      cp.weeklyAmount,
      cp.providerName,
      cp.rateKind,
      cp.hourlyRate,
      cp.hoursPerWeek,
      ...transitionIds(cp),
    ]),
    (done) => progress?.('commissioned packages', done, packages.length),
  );

  const plans = region.carePlans;
  const households = new Map(region.carePlanHouseholds.map((h) => [h.carePlanId, h]));
  await insertRows(
    db,
    'care_plan',
    [
      'id',
      'person_id',
      'council_id',
      'outcomes',
      'tasks',
      'contingency_plan_in_place',
      'last_reviewed',
      'next_review',
      ...HOUSEHOLD_COLUMNS,
    ],
    plans.map((plan) => [
      plan.id,
      plan.personId,
      councilId(plan.councilGssCode),
      plan.outcomes,
      JSON.stringify(plan.tasks),
      plan.contingencyPlanInPlace,
      plan.lastReviewed,
      plan.nextReview,
      ...householdColumns(households.get(plan.id)),
    ]),
    (done) => progress?.('care plans', done, plans.length),
  );
  await seedHouseholdCounts(db, region);

  const concerns = region.safeguardingConcerns;
  await insertRows(
    db,
    'safeguarding_concern',
    [
      'id',
      'person_id',
      'council_id',
      'raised_on',
      'source',
      'category',
      'summary',
      'raised_by',
      'enquiry_started_on',
      'closed_on',
      'outcome',
    ],
    concerns.map((c) => [
      c.id,
      c.personId,
      councilId(c.councilGssCode),
      c.raisedOn,
      c.source,
      c.category,
      c.summary,
      c.raisedBy,
      c.enquiryStartedOn,
      c.closedOn,
      c.outcome,
    ]),
    (done) => progress?.('safeguarding concerns', done, concerns.length),
  );
  const followUps = region.safeguardingFollowUps;
  await insertRows(
    db,
    'safeguarding_follow_up',
    ['id', 'person_id', 'council_id', 'kind', 'due_on', 'scheduled_by', 'done_on', 'done_by', 'outcome'],
    followUps.map((f) => [f.id, f.personId, councilId(f.councilGssCode), f.kind, f.dueOn, f.scheduledBy, f.doneOn, f.doneBy, f.outcome]),
    (done) => progress?.('safeguarding follow-ups', done, followUps.length),
  );
  const reablement = region.reablementPeriods;
  await insertRows(
    db,
    'reablement_period',
    ['id', 'person_id', 'council_id', 'started_on', 'started_by', 'ended_on', 'ended_by', 'outcome'],
    reablement.map((r) => [r.id, r.personId, councilId(r.councilGssCode), r.startedOn, r.startedBy, r.endedOn, r.endedBy, r.outcome]),
    (done) => progress?.('reablement periods', done, reablement.length),
  );
  const requests = region.domiciliaryCareRequests;
  await insertRows(
    db,
    'domiciliary_care_request',
    ['id', 'person_id', 'council_id', 'hours_per_week', 'requested_on', 'requested_by', 'closed_on', 'closed_by', 'outcome'],
    requests.map((r) => [
      r.id,
      r.personId,
      councilId(r.councilGssCode),
      r.hoursPerWeek,
      r.requestedOn,
      r.requestedBy,
      r.closedOn,
      r.closedBy,
      r.outcome,
    ]),
    (done) => progress?.('domiciliary care requests', done, requests.length),
  );
  const assessed = region.assessmentOffers;
  await insertRows(
    db,
    'assessment_offer',
    ['id', 'person_id', 'council_id', 'assessed_on', 'options', 'recorded_by'],
    assessed.map((o) => [o.id, o.personId, councilId(o.councilGssCode), o.assessedOn, o.options, o.recordedBy]),
    (done) => progress?.('assessment offers', done, assessed.length),
  );
  const contracts = region.supportContracts;
  await insertRows(
    db,
    'support_contract',
    [
      'id',
      'council_id',
      'support_organisation_id',
      'contract_type',
      'value',
      'starts_on',
      'ends_on',
      'peer_sessions_per_quarter',
      'awarded_by',
    ],
    contracts.map((c) => [
      c.id,
      councilId(c.councilGssCode),
      c.supportOrganisationId,
      c.contractType,
      c.value,
      c.startsOn,
      c.endsOn,
      c.peerSessionsPerQuarter,
      c.awardedBy,
    ]),
    (done) => progress?.('support contracts', done, contracts.length),
  );
  await insertRows(
    db,
    'support_contract_item',
    ['contract_id', 'item', 'price', 'unit', 'paid_by'],
    contracts.flatMap((c) => c.menu.map((m) => [c.id, m.item, m.price, m.unit, m.paidBy])),
  );
  const returns = contracts.flatMap((c) => c.returns.map((r) => ({ ...r, contractId: c.id })));
  await insertRows(
    db,
    'support_contract_return',
    ['id', 'contract_id', 'quarter', 'employers_supported', 'recorded_by'],
    returns.map((r) => [r.id, r.contractId, r.quarter, r.employersSupported, r.recordedBy]),
  );
  await insertRows(
    db,
    'support_contract_uptake',
    ['return_id', 'contract_id', 'item', 'quantity', 'employers'],
    returns.flatMap((r) => r.uptake.map((u) => [r.id, r.contractId, u.item, u.quantity, u.employers])),
  );
  await insertRows(
    db,
    'support_contract_complaint',
    ['id', 'contract_id', 'received_on', 'about', 'recorded_by', 'closed_on', 'outcome', 'closed_by'],
    contracts.flatMap((c) => c.complaints.map((x) => [x.id, c.id, x.receivedOn, x.about, x.recordedBy, x.closedOn, x.outcome, x.closedBy])),
  );

  // Each council's answers to the region's transitions (the transitions themselves are the hub's).
  const responses = (region.transitions ?? []).flatMap((t) =>
    t.responses
      .filter((r) => r.funderKind === 'COUNCIL')
      .map((r) => [t.id, r.funderCode, r.decision, r.respondedBy, r.note ?? null, r.respondedAt]),
  );
  await insertRows(
    db,
    'transition_response',
    ['transition_id', 'funder_code', 'decision', 'responded_by', 'note', 'responded_at'],
    responses,
    (done) => progress?.('transition responses', done, responses.length),
  );

  const offers = region.supportOffers;
  await insertRows(
    db,
    'council_support_offer',
    ['council_id', 'survey_year', 'item', 'audience', 'status', 'provider'],
    offers.map((o) => [councilId(o.councilGssCode), o.surveyYear, o.item, o.audience, o.status, o.provider]),
  );
}
