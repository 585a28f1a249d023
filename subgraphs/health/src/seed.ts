import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from './generated/prisma/client.ts';

const dayOrNull = (iso: string | null) => iso || null;

/** Which transition (people subgraph) opened or ended an episode; absent means none. */
const TRANSITION_COLUMNS = ['opened_by_transition_id', 'ended_by_transition_id'];
const transitionIds = (e: { openedByTransitionId?: string | null; endedByTransitionId?: string | null }) => [
  e.openedByTransitionId ?? null,
  e.endedByTransitionId ?? null,
];

function lookup(map: Map<string, string>, code: string, what: string): string {
  const value = map.get(code);
  if (value === undefined) throw new Error(`demo region names an unknown ${what}: ${code}`);
  return value;
}

/** Writes the demo region's NHS bodies and the health funding they hold. */
export async function seed(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const bodyIdByOds = new Map(region.healthBodies.map((b) => [b.odsCode, b.id]));
  const bodyNameByOds = new Map(region.healthBodies.map((b) => [b.odsCode, b.name]));
  // A council's share names only its GSS code; its name comes from the region's councils.
  const councilNameByGss = new Map(region.councils.map((c) => [c.gssCode, c.name]));
  const bodyId = (ods: string) => lookup(bodyIdByOds, ods, 'health body');

  const bodies = region.healthBodies;
  await insertRows(
    db,
    'health_body',
    ['id', 'ods_code', 'name', 'kind', 'nation', 'council_gss_codes'],
    bodies.map((b) => [b.id, b.odsCode, b.name, b.kind, b.nation, b.councilGssCodes]),
    (done) => progress?.('health bodies', done, bodies.length),
  );

  const budgets = region.personalHealthBudgets;
  await insertRows(
    db,
    'personal_health_budget',
    [
      'id',
      'person_id',
      'health_body_id',
      'start_date',
      'end_date',
      'weekly_amount',
      'management',
      'hourly_rate',
      'hours_per_week',
      'payment_support_provider_id',
      'payments_processed_by_council_gss_code',
      ...TRANSITION_COLUMNS,
    ],
    budgets.map((e) => [
      e.id,
      e.personId,
      bodyId(e.healthBodyOdsCode),
      e.start,
      dayOrNull(e.end),
      e.weeklyAmount,
      e.management,
      e.hourlyRate,
      e.hoursPerWeek,
      e.paymentSupportProviderId,
      e.paymentsProcessedByCouncilGssCode ?? null,
      ...transitionIds(e),
    ]),
    (done) => progress?.('personal health budgets', done, budgets.length),
  );

  const decisions = region.chcDecisions;
  await insertRows(
    db,
    'chc_decision',
    ['id', 'person_id', 'health_body_id', 'decided_on', 'outcome', 'next_review'],
    decisions.map((d) => [d.id, d.personId, bodyId(d.healthBodyOdsCode), d.decidedOn, d.outcome, dayOrNull(d.nextReview)]),
    (done) => progress?.('CHC decisions', done, decisions.length),
  );

  const packages = region.chcPackages;
  await insertRows(
    db,
    'chc_package',
    ['id', 'person_id', 'health_body_id', 'decision_id', 'start_date', 'end_date', 'weekly_amount', ...TRANSITION_COLUMNS],
    packages.map((e) => [
      e.id,
      e.personId,
      bodyId(e.healthBodyOdsCode),
      e.decisionId,
      e.start,
      dayOrNull(e.end),
      e.weeklyAmount,
      ...transitionIds(e),
    ]),
    (done) => progress?.('CHC packages', done, packages.length),
  );

  const integrated = region.integratedBudgets;
  await insertRows(
    db,
    'integrated_budget',
    ['id', 'person_id', 'health_body_id', 'start_date', 'end_date', 'weekly_amount', ...TRANSITION_COLUMNS],
    integrated.map((e) => [e.id, e.personId, bodyId(e.healthBodyOdsCode), e.start, dayOrNull(e.end), e.weeklyAmount, ...transitionIds(e)]),
    (done) => progress?.('integrated budgets', done, integrated.length),
  );
  const shares = integrated.flatMap((e) =>
    e.shares.map((s) => [
      e.id,
      s.funderKind,
      s.funderCode,
      s.funderKind === 'COUNCIL' ? lookup(councilNameByGss, s.funderCode, 'council') : lookup(bodyNameByOds, s.funderCode, 'health body'),
      s.percentage,
    ]),
  );
  await insertRows(
    db,
    'integrated_budget_share',
    ['integrated_budget_id', 'funder_kind', 'funder_code', 'funder_name', 'percentage'],
    shares,
    (done) => progress?.('integrated budget shares', done, shares.length),
  );

  const plans = region.healthPlans ?? [];
  await insertRows(
    db,
    'health_plan',
    ['id', 'person_id', 'health_body_id', 'tasks', 'last_reviewed'],
    plans.map((p) => [p.id, p.personId, bodyId(p.healthBodyOdsCode), JSON.stringify(p.tasks), p.lastReviewed]),
    (done) => progress?.('health plans', done, plans.length),
  );

  const agreements = region.paymentProcessingAgreements ?? [];
  await insertRows(
    db,
    'payment_processing_agreement',
    ['id', 'health_body_id', 'council_gss_code', 'fee_per_customer_per_month', 'start_date', 'end_date'],
    agreements.map((a) => [a.id, bodyId(a.healthBodyOdsCode), a.councilGssCode, a.feePerCustomerPerMonth, a.start, dayOrNull(a.end)]),
    (done) => progress?.('payment processing agreements', done, agreements.length),
  );

  const waits = region.dischargeWaits;
  await insertRows(
    db,
    'discharge_wait',
    ['id', 'person_id', 'health_body_id', 'setting', 'admitted_on', 'ready_on', 'recorded_by', 'discharged_on', 'discharged_by'],
    waits.map((w) => [
      w.id,
      w.personId,
      bodyId(w.healthBodyOdsCode),
      w.setting,
      w.admittedOn,
      w.readyOn,
      w.recordedBy,
      w.dischargedOn,
      w.dischargedBy,
    ]),
    (done) => progress?.('discharge waits', done, waits.length),
  );

  // Each NHS body's answers to the region's transitions (the transitions themselves are the hub's).
  const responses = (region.transitions ?? []).flatMap((t) =>
    t.responses
      .filter((r) => r.funderKind === 'HEALTH')
      .map((r) => [t.id, r.funderCode, r.decision, r.respondedBy, r.note ?? null, r.respondedAt]),
  );
  await insertRows(
    db,
    'transition_response',
    ['transition_id', 'funder_code', 'decision', 'responded_by', 'note', 'responded_at'],
    responses,
    (done) => progress?.('transition responses', done, responses.length),
  );
}
