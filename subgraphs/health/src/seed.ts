import { insertRows, type DemoRegion, type Progress } from '@continuum/kit';
import type { PrismaClient } from './generated/prisma/client.ts';

const dayOrNull = (iso: string | null) => iso || null;

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
    ['id', 'person_id', 'health_body_id', 'start_date', 'end_date', 'weekly_amount', 'management', 'hourly_rate', 'hours_per_week', 'payment_support_provider_id'],
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
    ['id', 'person_id', 'health_body_id', 'decision_id', 'start_date', 'end_date', 'weekly_amount'],
    packages.map((e) => [e.id, e.personId, bodyId(e.healthBodyOdsCode), e.decisionId, e.start, dayOrNull(e.end), e.weeklyAmount]),
    (done) => progress?.('CHC packages', done, packages.length),
  );

  const integrated = region.integratedBudgets;
  await insertRows(
    db,
    'integrated_budget',
    ['id', 'person_id', 'health_body_id', 'start_date', 'end_date', 'weekly_amount'],
    integrated.map((e) => [e.id, e.personId, bodyId(e.healthBodyOdsCode), e.start, dayOrNull(e.end), e.weeklyAmount]),
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
  await insertRows(db, 'integrated_budget_share', ['integrated_budget_id', 'funder_kind', 'funder_code', 'funder_name', 'percentage'], shares, (done) =>
    progress?.('integrated budget shares', done, shares.length),
  );
}
