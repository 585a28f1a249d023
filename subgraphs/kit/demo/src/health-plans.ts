/**
 * The NHS side of dual-funded care: a health plan (PHB care plan, CHC plan) for everyone on
 * an open NHS episode, and the councils that process the ICB's PHB payments for a fee.
 * Health plans mostly copy the council care plan's tasks (brief W8: shared paperwork); about
 * one in ten PHB or integrated-budget plans has drifted by a task, which the hub can find.
 */
import type { DemoCarePlan, DemoHealthPlan, DemoPaymentProcessingAgreement, DemoPersonalHealthBudget } from './types.ts';
import { referenceId, type BuildContext } from './context.ts';
import { dayOf, type Day, isoOf } from './dates.ts';
import { Rng } from './random.ts';
import { ICB_ODS, NEWCASTLE, SUNDERLAND } from './reference-data.ts';
import { HEALTH_TASK_DESCRIPTIONS, MEDICATION_TASK, SLEEP_IN_TASK } from './care-needs.ts';
import type { FundingRecords } from './funding.ts';
import type { PersonPlan } from './plan.ts';

type Task = DemoHealthPlan['tasks'][number];

const DRIFT = 0.1;
/** Tasks an NHS plan sometimes adds that the council plan has not caught up with. */
const HEALTH_ONLY_TASKS: readonly Task[] = [
  { description: 'Pressure area care', healthRelated: true, hoursPerWeek: 1 },
  { description: 'Chest physiotherapy exercises', healthRelated: true, hoursPerWeek: 1.5 },
  { description: 'Blood glucose monitoring', healthRelated: true, hoursPerWeek: 1 },
];
const EVERYDAY_FOR_HEALTH_PLANS = ['Personal care (washing and dressing)', 'Help getting up and going to bed', 'Meal preparation'];

/**
 * Derby's arrangement in the North East: two councils process the ICB's PHB payments.
 * The seeds give no figure; these fees are assumptions.
 */
export const PAYMENT_PROCESSING_TERMS = [
  { councilGssCode: NEWCASTLE, feePerCustomerPerMonth: 35 },
  { councilGssCode: SUNDERLAND, feePerCustomerPerMonth: 30 },
] as const;
export const PAYMENT_PROCESSING_FROM = '2024-04-01';

export function buildHealthPlans(ctx: BuildContext, plans: readonly PersonPlan[], funding: FundingRecords): DemoHealthPlan[] {
  const rng = Rng.derive(ctx.seed, 'health-plans');
  const carePlanOf = new Map<string, DemoCarePlan>(funding.carePlans.map((c) => [c.personId, c]));
  const open = new Map<string, { start: Day; odsCode: string; hours: number | null; shared: boolean }>();
  for (const e of funding.personalHealthBudgets)
    if (e.end === null) open.set(e.personId, { start: dayOf(e.start), odsCode: e.healthBodyOdsCode, hours: e.hoursPerWeek, shared: true });
  for (const e of funding.integratedBudgets)
    if (e.end === null) open.set(e.personId, { start: dayOf(e.start), odsCode: e.healthBodyOdsCode, hours: null, shared: true });
  for (const e of funding.chcPackages)
    if (e.end === null) open.set(e.personId, { start: dayOf(e.start), odsCode: e.healthBodyOdsCode, hours: null, shared: false });

  const out: DemoHealthPlan[] = [];
  for (const p of plans) {
    const episode = open.get(p.id);
    if (!episode) continue;
    const council = carePlanOf.get(p.id);
    let tasks = council ? council.tasks.map((t) => ({ ...t })) : ownTasks(rng, p, episode.hours ?? p.hoursPerWeek);
    if (council && episode.shared && rng.chance(DRIFT)) tasks = drift(rng, tasks);
    out.push({
      id: ctx.id('health-plan', p.index),
      personId: p.id,
      healthBodyOdsCode: episode.odsCode,
      tasks,
      lastReviewed: isoOf(rng.day(Math.max(episode.start, ctx.asOf - 365), ctx.asOf - 1)),
    });
  }
  return out;
}

/** One task added, or an everyday one dropped, so the two plans no longer match. */
function drift(rng: Rng, tasks: Task[]): Task[] {
  const everyday = tasks.filter((t) => !t.healthRelated);
  if (everyday.length >= 2 && rng.chance(0.5)) {
    const dropped = rng.pick(everyday);
    return tasks.filter((t) => t !== dropped);
  }
  const extra = rng.pick(HEALTH_ONLY_TASKS.filter((t) => !tasks.some((x) => x.description === t.description)));
  return [...tasks, { ...extra }];
}

/** A plan for someone the council never funded: their health tasks plus a little everyday support. */
function ownTasks(rng: Rng, p: PersonPlan, hours: number): Task[] {
  const entries: { description: string; healthRelated: boolean; weight: number }[] = rng
    .sample(EVERYDAY_FOR_HEALTH_PLANS, rng.int(1, 2))
    .map((description) => ({ description, healthRelated: false, weight: rng.int(1, 3) }));
  if (p.sleepIn) entries.push({ description: SLEEP_IN_TASK, healthRelated: false, weight: 3 });
  for (const code of p.healthTasks) entries.push({ description: HEALTH_TASK_DESCRIPTIONS[code], healthRelated: true, weight: 1 });
  if (p.medication) entries.push({ description: MEDICATION_TASK, healthRelated: true, weight: 1 });
  const total = entries.reduce((a, e) => a + e.weight, 0);
  return entries.map((e) => ({
    description: e.description,
    healthRelated: e.healthRelated,
    hoursPerWeek: Math.max(0.5, Math.round(((hours * e.weight) / total) * 2) / 2),
  }));
}

export function buildPaymentProcessing(
  plans: readonly PersonPlan[],
  budgets: readonly DemoPersonalHealthBudget[],
): { agreements: DemoPaymentProcessingAgreement[]; personalHealthBudgets: DemoPersonalHealthBudget[] } {
  const agreements = PAYMENT_PROCESSING_TERMS.map((t): DemoPaymentProcessingAgreement => ({
    id: referenceId('payment-processing-agreement', `${ICB_ODS}/${t.councilGssCode}`),
    healthBodyOdsCode: ICB_ODS,
    councilGssCode: t.councilGssCode,
    feePerCustomerPerMonth: t.feePerCustomerPerMonth,
    start: PAYMENT_PROCESSING_FROM,
    end: null,
  }));
  const processors = new Set<string>(PAYMENT_PROCESSING_TERMS.map((t) => t.councilGssCode));
  const councilOf = new Map(plans.map((p) => [p.id, p.council.gssCode]));
  // Notional budgets pay nobody, so there is nothing to process; budgets over before the agreement are left as they were.
  const personalHealthBudgets = budgets.map((b) => {
    const council = councilOf.get(b.personId) ?? '';
    const processed =
      b.healthBodyOdsCode === ICB_ODS &&
      processors.has(council) &&
      b.management !== 'NOTIONAL' &&
      (b.end === null || b.end >= PAYMENT_PROCESSING_FROM);
    return processed ? { ...b, paymentsProcessedByCouncilGssCode: council } : b;
  });
  return { agreements, personalHealthBudgets };
}
