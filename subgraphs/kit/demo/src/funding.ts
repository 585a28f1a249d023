/**
 * Each person's funding over time as back-to-back episodes (one ends the day before the
 * next starts, so they never overlap), their CHC decisions, and a care plan for everyone
 * a council funds. The W8 moves close a council DP and open a PHB, integrated budget or
 * CHC package the next day.
 */
import type {
  DemoCarePlan,
  DemoChcDecision,
  DemoChcPackage,
  DemoCommissionedPackage,
  DemoDirectPayment,
  DemoIndividualServiceFund,
  DemoIntegratedBudget,
  DemoPersonalHealthBudget,
} from './types.ts';
import type { BuildContext } from './context.ts';
import { addMonths, dayOf, isoOf, type Day } from './dates.ts';
import { round2 } from './money.ts';
import { Rng } from './random.ts';
import { FLINTSHIRE, rateOn } from './reference-data.ts';
import { earliestEpisode } from './people.ts';
import type { PersonPlan } from './plan.ts';
import { EVERYDAY_TASKS, HEALTH_TASK_DESCRIPTIONS, MEDICATION_TASK, OUTCOMES, SLEEP_IN_TASK, WELSH_OUTCOME } from './care-needs.ts';

export interface FundingRecords {
  directPayments: DemoDirectPayment[];
  individualServiceFunds: DemoIndividualServiceFund[];
  commissionedPackages: DemoCommissionedPackage[];
  carePlans: DemoCarePlan[];
  personalHealthBudgets: DemoPersonalHealthBudget[];
  chcDecisions: DemoChcDecision[];
  chcPackages: DemoChcPackage[];
  integratedBudgets: DemoIntegratedBudget[];
}

/** The featured person's dates (README): a Newcastle DP from 2023 to 31 March 2025, then an ICB PHB. */
export const FEATURED_DP_START = '2023-05-15';
export const FEATURED_MOVE = '2025-04-01';
const FEATURED_DP_HOURS = 24;
const FEATURED_PHB_HOURS = 30;
const FEATURED_PAYROLL = 'Tyneside Payroll Services';

/** Hours a week, 5-40, mostly 10-20. */
const HOURS_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[5, 9], 0.15],
  [[10, 20], 0.55],
  [[21, 30], 0.2],
  [[31, 40], 0.1],
];

/** Council/health splits for integrated budgets; the first one shown is always 40/60. */
export const SHARE_SPLITS: readonly (readonly [number, number])[] = [
  [40, 60],
  [50, 50],
  [30, 70],
  [60, 40],
  [20, 80],
];

/** Flintshire commissions micro-carers, mostly sole traders; NE councils mostly buy from agencies with staff. */
const PACKAGE_KINDS_WALES = [
  ['COMMISSIONED_SOLE_TRADER', 0.5],
  ['COMMISSIONED_WITH_EMPLOYEES', 0.35],
  ['SLEEP_IN', 0.15],
] as const;
const PACKAGE_KINDS_ENGLAND = [
  ['COMMISSIONED_WITH_EMPLOYEES', 0.7],
  ['COMMISSIONED_SOLE_TRADER', 0.15],
  ['SLEEP_IN', 0.15],
] as const;

/** Employers mostly use a payroll service; people buying from agencies or micro-carers use a managed account or manage it themselves. */
const SUPPORT_FOR_EMPLOYERS = [
  ['PAYROLL_SERVICE', 0.85],
  ['MANAGED_ACCOUNT', 0.1],
  ['SELF_MANAGED', 0.05],
] as const;
const SUPPORT_FOR_OTHERS = [
  ['MANAGED_ACCOUNT', 0.55],
  ['SELF_MANAGED', 0.45],
] as const;

const clampHours = (h: number) => Math.max(5, Math.min(40, h));

/** Earliest dates by kind of episode: the demo carries no history before these. */
const DATE_FLOOR = {
  /** Episodes that ended (other than at a reassessment or a move) ended after this. */
  endedFrom: dayOf('2022-01-04'),
  isf: dayOf('2018-04-02'),
  commissionedEngland: dayOf('2017-04-03'),
  /** Flintshire's direct commissioning of micro-carers began with the April 2022 rates. */
  commissionedWales: dayOf('2022-04-04'),
  health: dayOf('2019-04-01'),
  moves: dayOf('2022-04-01'),
};

export function buildFunding(ctx: BuildContext, plans: readonly PersonPlan[]): FundingRecords {
  const writer = new FundingWriter(ctx, Rng.derive(ctx.seed, 'funding'));
  for (const p of plans) writer.write(p);
  return writer.out;
}

/** Lays down one person's episodes in date order; one instance is reused for everyone. */
class FundingWriter {
  readonly out: FundingRecords = {
    directPayments: [],
    individualServiceFunds: [],
    commissionedPackages: [],
    carePlans: [],
    personalHealthBudgets: [],
    chcDecisions: [],
    chcPackages: [],
    integratedBudgets: [],
  };
  private integratedCount = 0;
  private p!: PersonPlan;
  private recordNo = 0;
  private episodes = 0;

  constructor(
    private readonly ctx: BuildContext,
    private readonly rng: Rng,
  ) {}

  write(p: PersonPlan): void {
    this.p = p;
    this.recordNo = 0;
    this.episodes = 0;
    const { rng, ctx } = this;
    const asOf = ctx.asOf;
    const earliest = earliestEpisode(p.dateOfBirth);
    // The council-funded stretch the care plan covers, and its hours.
    let planStart: Day | null = null;
    let planEnd: Day | null = null;
    let planHours = 0;

    switch (p.scenario) {
      case 'DP': {
        const start = rng.day(earliest, asOf - 14, 1.4);
        const support = dpSupport(rng, ctx, p);
        const h = this.hours();
        // Some were reassessed: the first DP closes and a new one at the current rate starts next day.
        const reassessed = asOf - start > 730 && rng.chance(0.18) ? rng.day(start + 365, asOf - 30) : null;
        const lastStart = reassessed ?? start;
        const end = this.maybeEnd(lastStart, 0.04);
        if (reassessed !== null) {
          this.directPayment(start, reassessed - 1, h, support);
          this.directPayment(reassessed, end, clampHours(h + rng.int(-4, 8)), support);
        } else {
          this.directPayment(start, end, h, support);
        }
        [planStart, planEnd, planHours] = [lastStart, end, p.hoursPerWeek];
        // A few were assessed for CHC and found not eligible, so stayed on their DP.
        const last = (end ?? asOf) - 1;
        if (rng.chance(0.025) && last >= start + 60) this.decision(rng.day(start + 60, last), 'NOT_ELIGIBLE', false);
        break;
      }
      case 'ISF': {
        const start = rng.day(Math.max(earliest, DATE_FLOOR.isf), asOf - 14, 1.3);
        const end = this.maybeEnd(start, 0.05);
        const h = this.hours();
        const holder = rng.pick(ctx.orgsServing('INDIVIDUAL_SERVICE_FUND_PROVIDER', p.council.gssCode));
        const e = this.episode('individual-service-fund', start, end, rateOn(p.council, 'COMMISSIONED_WITH_EMPLOYEES', isoOf(start)) * h);
        this.out.individualServiceFunds.push({
          id: e.id,
          personId: e.personId,
          start: e.start,
          end: e.end,
          weeklyAmount: e.weeklyAmount,
          councilGssCode: p.council.gssCode,
          holdingProviderId: holder.id,
        });
        this.councilFunded(h);
        [planStart, planEnd, planHours] = [start, end, h];
        break;
      }
      case 'COMMISSIONED': {
        const wales = p.council.nation === 'WALES';
        const start = rng.day(Math.max(earliest, wales ? DATE_FLOOR.commissionedWales : DATE_FLOOR.commissionedEngland), asOf - 14, 1.3);
        const end = this.maybeEnd(start, 0.06);
        const rateKind = rng.weighted(wales ? PACKAGE_KINDS_WALES : PACKAGE_KINDS_ENGLAND);
        // Sleep-ins are bought in 8-hour nights.
        const h = rateKind === 'SLEEP_IN' ? 8 * rng.int(1, 5) : this.hours();
        const hourlyRate = rateOn(p.council, rateKind, isoOf(start));
        const e = this.episode('commissioned-package', start, end, hourlyRate * h);
        this.out.commissionedPackages.push({
          id: e.id,
          personId: e.personId,
          start: e.start,
          end: e.end,
          weeklyAmount: e.weeklyAmount,
          councilGssCode: p.council.gssCode,
          providerName: rng.pick(p.council.commissionedProviders),
          rateKind,
          hourlyRate,
          hoursPerWeek: h,
        });
        this.councilFunded(h);
        [planStart, planEnd, planHours] = [start, end, h];
        break;
      }
      case 'PHB': {
        const start = rng.day(Math.max(earliest, DATE_FLOOR.health), asOf - 14, 1.3);
        const end = this.maybeEnd(start, 0.04);
        const management = p.phbManagement ?? 'NOTIONAL';
        let providerId: string | null = null;
        if (management === 'DIRECT_PAYMENT') providerId = dpSupport(rng, ctx, p).paymentSupportProviderId;
        if (management === 'THIRD_PARTY') providerId = rng.pick(ctx.orgsServing('MANAGED_ACCOUNT_PROVIDER', p.council.gssCode)).id;
        this.healthBudget(start, end, this.hours(), management, providerId);
        break;
      }
      case 'CHC': {
        const fastTrack = rng.chance(0.2);
        const decidedOn = rng.day(Math.max(earliest, DATE_FLOOR.health), asOf - 50, 1.3);
        const start = decidedOn + (fastTrack ? rng.int(1, 7) : rng.int(7, 42));
        // Fast-track packages are for people near the end of life, so many have ended.
        const end = fastTrack && rng.chance(0.45) ? Math.min(asOf - 1, start + rng.int(14, 120)) : this.maybeEnd(start, 0.05);
        const decisionId = this.decision(decidedOn, fastTrack ? 'FAST_TRACK' : 'ELIGIBLE', end === null);
        this.chcPackage(start, end, clampHours(this.hours() + 10), decisionId);
        break;
      }
      case 'DP_TO_PHB':
      case 'DP_TO_INTEGRATED':
      case 'DP_TO_CHC': {
        const move = p.featured ? dayOf(FEATURED_MOVE) : rng.day(Math.max(earliest + 240, DATE_FLOOR.moves), asOf - 21, 1.2);
        const dpStart = p.featured ? dayOf(FEATURED_DP_START) : rng.day(earliest, move - 180, 1.2);
        const dpHours = p.featured ? FEATURED_DP_HOURS : this.hours();
        const support = dpSupport(rng, ctx, p);
        this.directPayment(dpStart, move - 1, dpHours, support);
        [planStart, planEnd, planHours] = [dpStart, move - 1, dpHours];
        p.transition = move;
        if (p.scenario === 'DP_TO_PHB') {
          // Same PAs, same payroll provider: the PHB is taken as a direct payment.
          const h = p.featured ? FEATURED_PHB_HOURS : clampHours(dpHours + rng.int(0, 8));
          this.healthBudget(move, null, h, 'DIRECT_PAYMENT', support.paymentSupportProviderId);
        } else if (p.scenario === 'DP_TO_INTEGRATED') {
          this.integratedBudget(move, clampHours(dpHours + rng.int(0, 6)));
        } else {
          // Sometimes an earlier referral was turned down before the successful one.
          if (rng.chance(0.3) && move - 200 >= dpStart + 30) this.decision(rng.day(dpStart + 30, move - 200), 'NOT_ELIGIBLE', false);
          const decisionId = this.decision(move - rng.int(7, 42), 'ELIGIBLE', true);
          this.chcPackage(move, null, clampHours(dpHours + rng.int(4, 14)), decisionId);
        }
        break;
      }
    }
    if (planStart !== null) this.out.carePlans.push(carePlan(ctx, rng, p, planStart, planEnd, planHours));
  }

  private hours(): number {
    const [lo, hi] = this.rng.weighted(HOURS_BANDS);
    return this.rng.int(lo, hi);
  }

  /** An ended episode's last day (some time after `start`, before asOf), or null for most: they are still open. */
  private maybeEnd(start: Day, share: number): Day | null {
    const lo = Math.max(start + 120, DATE_FLOOR.endedFrom);
    return this.rng.chance(share) && lo <= this.ctx.asOf - 1 ? this.rng.day(lo, this.ctx.asOf - 1) : null;
  }

  private nextId(kind: string): string {
    return this.ctx.id(kind, this.p.index, this.recordNo++);
  }

  /** The fields every episode shares; also tracks the person's funded span. */
  private episode(kind: string, start: Day, end: Day | null, weekly: number) {
    if (this.episodes++ === 0) this.p.fundingStart = start;
    this.p.fundingEnd = end;
    return {
      id: this.nextId(kind),
      personId: this.p.id,
      start: isoOf(start),
      end: end === null ? null : isoOf(end),
      weeklyAmount: round2(weekly),
    };
  }

  private councilFunded(hours: number): void {
    this.p.hoursPerWeek = hours;
    this.p.hasCouncilEpisode = true;
  }

  private healthFunded(hours: number): void {
    this.p.hoursPerWeek = hours;
    this.p.hasHealthFunding = true;
  }

  private dpRate(day: Day): number {
    return rateOn(this.p.council, 'DIRECT_PAYMENT', isoOf(day));
  }

  /** Health pays the council DP rate plus an uplift for health-related duties. */
  private healthRate(day: Day): number {
    return round2(this.dpRate(day) + this.p.healthBody.healthTaskUplift);
  }

  private directPayment(start: Day, end: Day | null, h: number, support: ReturnType<typeof dpSupport>): void {
    const hourlyRate = this.dpRate(start);
    const e = this.episode('direct-payment', start, end, hourlyRate * h);
    this.out.directPayments.push({
      id: e.id,
      personId: e.personId,
      start: e.start,
      end: e.end,
      weeklyAmount: e.weeklyAmount,
      councilGssCode: this.p.council.gssCode,
      hourlyRate,
      hoursPerWeek: h,
      paymentSupport: support.paymentSupport,
      paymentSupportProviderId: support.paymentSupportProviderId,
    });
    this.councilFunded(h);
  }

  private healthBudget(
    start: Day,
    end: Day | null,
    h: number,
    management: DemoPersonalHealthBudget['management'],
    providerId: string | null,
  ): void {
    const hourlyRate = this.healthRate(start);
    const e = this.episode('personal-health-budget', start, end, hourlyRate * h);
    this.out.personalHealthBudgets.push({
      id: e.id,
      personId: e.personId,
      start: e.start,
      end: e.end,
      weeklyAmount: e.weeklyAmount,
      healthBodyOdsCode: this.p.healthBody.odsCode,
      management,
      hourlyRate,
      hoursPerWeek: h,
      paymentSupportProviderId: providerId,
    });
    this.healthFunded(h);
  }

  private chcPackage(start: Day, end: Day | null, h: number, decisionId: string): void {
    const e = this.episode('chc-package', start, end, this.healthRate(start) * h);
    this.out.chcPackages.push({
      id: e.id,
      personId: e.personId,
      start: e.start,
      end: e.end,
      weeklyAmount: e.weeklyAmount,
      healthBodyOdsCode: this.p.healthBody.odsCode,
      decisionId,
    });
    this.healthFunded(h);
  }

  /** Council and health pool funding; the first integrated budget in the region is the README's 40/60 split. */
  private integratedBudget(start: Day, h: number): void {
    const [councilShare, healthShare] = this.integratedCount++ === 0 ? [40, 60] : this.rng.pick(SHARE_SPLITS);
    const { council, healthBody } = this.p;
    const e = this.episode('integrated-budget', start, null, (this.dpRate(start) + healthBody.healthTaskUplift / 2) * h);
    this.out.integratedBudgets.push({
      id: e.id,
      personId: e.personId,
      start: e.start,
      end: e.end,
      weeklyAmount: e.weeklyAmount,
      healthBodyOdsCode: healthBody.odsCode,
      shares: [
        { funderKind: 'COUNCIL', funderCode: council.gssCode, percentage: councilShare },
        { funderKind: 'HEALTH', funderCode: healthBody.odsCode, percentage: healthShare },
      ],
    });
    this.healthFunded(h);
  }

  /** CHC is reviewed at three months, then yearly; no review once a package has ended, or after a "not eligible". */
  private decision(decidedOn: Day, outcome: DemoChcDecision['outcome'], open: boolean): string {
    const id = this.nextId('chc-decision');
    let nextReview: Day | null = null;
    if (outcome !== 'NOT_ELIGIBLE' && open) {
      for (let k = 0; (nextReview = addMonths(decidedOn, 3 + 12 * k)) <= this.ctx.asOf; k++);
    }
    this.out.chcDecisions.push({
      id,
      personId: this.p.id,
      healthBodyOdsCode: this.p.healthBody.odsCode,
      decidedOn: isoOf(decidedOn),
      outcome,
      nextReview: nextReview === null ? null : isoOf(nextReview),
    });
    this.p.hasChcDecision = true;
    return id;
  }
}

/**
 * How a DP is paid out. Employers mostly use a payroll service; people who buy from
 * agencies or micro-carers use a managed account or manage it themselves.
 */
function dpSupport(rng: Rng, ctx: BuildContext, p: PersonPlan): Pick<DemoDirectPayment, 'paymentSupport' | 'paymentSupportProviderId'> {
  if (p.featured) return { paymentSupport: 'PAYROLL_SERVICE', paymentSupportProviderId: ctx.orgNamed(FEATURED_PAYROLL).id };
  const kind = rng.weighted(p.employsPas ? SUPPORT_FOR_EMPLOYERS : SUPPORT_FOR_OTHERS);
  if (kind === 'SELF_MANAGED') return { paymentSupport: kind, paymentSupportProviderId: null };
  const orgs = ctx.orgsServing(kind === 'PAYROLL_SERVICE' ? 'PAYROLL_PROVIDER' : 'MANAGED_ACCOUNT_PROVIDER', p.council.gssCode);
  if (orgs.length === 0) return { paymentSupport: 'SELF_MANAGED', paymentSupportProviderId: null };
  return { paymentSupport: kind, paymentSupportProviderId: rng.pick(orgs).id };
}

/**
 * The council care plan. Tasks share out the weekly hours; health tasks are flagged so the
 * hub can show which PAs need NHS-signed-off competences. 73% have a contingency plan
 * (27% of PAs have no cover arrangements, brief §4.2). Reviews are yearly; a few are overdue.
 */
function carePlan(
  ctx: BuildContext,
  rng: Rng,
  p: PersonPlan,
  councilStart: Day,
  councilEnd: Day | null,
  councilHours: number,
): DemoCarePlan {
  const outcomes = rng.sample(OUTCOMES, rng.int(2, 4));
  if (p.council.gssCode === FLINTSHIRE && rng.chance(0.25)) outcomes.push(WELSH_OUTCOME);
  const entries: { description: string; healthRelated: boolean; weight: number }[] = rng
    .sample(EVERYDAY_TASKS, rng.int(2, 5))
    .map((description) => ({ description, healthRelated: false, weight: rng.int(1, 4) }));
  if (p.sleepIn) entries.push({ description: SLEEP_IN_TASK, healthRelated: false, weight: 3 });
  for (const code of p.healthTasks) entries.push({ description: HEALTH_TASK_DESCRIPTIONS[code], healthRelated: true, weight: 1 });
  if (p.medication) entries.push({ description: MEDICATION_TASK, healthRelated: true, weight: 1 });
  const totalWeight = entries.reduce((a, e) => a + e.weight, 0);
  const tasks = entries.map((e) => ({
    description: e.description,
    healthRelated: e.healthRelated,
    hoursPerWeek: Math.max(0.5, Math.round(((councilHours * e.weight) / totalWeight) * 2) / 2),
  }));

  let lastReviewed: Day;
  if (p.transition !== null) {
    // Joint review with health colleagues just before the move (brief W8 step 1).
    lastReviewed = rng.day(Math.max(councilStart, p.transition - 45), p.transition - 1);
  } else if (councilEnd !== null) {
    lastReviewed = rng.day(Math.max(councilStart, councilEnd - 365), councilEnd);
  } else {
    lastReviewed = rng.day(Math.max(councilStart, ctx.asOf - 456), ctx.asOf - 1);
  }
  return {
    id: ctx.id('care-plan', p.index),
    personId: p.id,
    councilGssCode: p.council.gssCode,
    outcomes,
    tasks,
    contingencyPlanInPlace: rng.chance(0.73),
    lastReviewed: isoOf(lastReviewed),
    nextReview: isoOf(addMonths(lastReviewed, 12)),
  };
}
