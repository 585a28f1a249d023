/**
 * Funding transitions as the hub's coordinator records them (brief W8):
 *   - every mover's DP -> PHB / integrated budget / CHC move, EFFECTIVE, linked to the DP it
 *     ended and the NHS episode it opened;
 *   - about 25 in flight for people on a council DP with health tasks: PROPOSED with no
 *     answer or only the council's, and AGREED but blocked because a PA's health-task
 *     competence has lapsed (the featured case has exactly that one blocker);
 *   - a few REJECTED and WITHDRAWN.
 * Runs on its own random stream after the other stages, so it never shifts their data.
 */
import type {
  DemoCarePlan,
  DemoChcPackage,
  DemoDirectPayment,
  DemoIntegratedBudget,
  DemoPersonalHealthBudget,
  DemoTransition,
  EpisodeTypename,
  FundingVehicle,
} from './types.ts';
import type { BuildContext } from './context.ts';
import { dayOf, isoOf, type Day } from './dates.ts';
import { round2 } from './money.ts';
import { Rng } from './random.ts';
import { drawStaffName } from './names.ts';
import { FLINTSHIRE, rateOn } from './reference-data.ts';
import { HEALTH_TASK_DESCRIPTIONS } from './care-needs.ts';
import type { HealthTaskCode } from './courses.ts';
import { requiredCompetences, type CompetenceIndex } from './competences.ts';
import { SHARE_SPLITS, type FundingRecords } from './funding.ts';
import type { PersonPlan } from './plan.ts';
import type { EmploymentPlan } from './workforce.ts';

/** The window in which the in-flight moves are due to take effect. */
export const IN_FLIGHT_FROM = '2026-12-01';
export const IN_FLIGHT_TO = '2027-02-28';
/** In flight at the default size (6,000 people); smaller regions get proportionally fewer. */
const IN_FLIGHT_AT_DEFAULT_SIZE = 25;
/**
 * The featured blocked case must stay blocked by exactly one thing for a good while after
 * asOf: its other PAs' competences stay current at least this long.
 */
export const FEATURED_MARGIN_DAYS = 150;

type Response = DemoTransition['responses'][number];
type Candidate = {
  p: PersonPlan;
  dp: DemoDirectPayment;
  plan: DemoCarePlan;
  codes: HealthTaskCode[];
  team: EmploymentPlan[];
  /** (PA, competence) pairs already lapsed at asOf: they stay lapsed whatever the clock says later. */
  lapsed: number;
  /** Pairs not current through asOf + FEATURED_MARGIN_DAYS (the lapsed ones among them). */
  shaky: number;
  /** Contingency plan, signed contracts and a payment provider: nothing else to block the move. */
  clean: boolean;
};

export interface Transitions {
  transitions: DemoTransition[];
  /** The funding records with episodes linked to the transitions that opened or ended them. */
  funding: FundingRecords;
  /** Person id -> their transition in flight. */
  inFlight: Map<string, DemoTransition>;
  inFlightBlocked: string;
}

export function buildTransitions(
  ctx: BuildContext,
  plans: readonly PersonPlan[],
  funding: FundingRecords,
  employments: readonly EmploymentPlan[],
  competences: CompetenceIndex,
): Transitions {
  return new TransitionWriter(ctx, plans, funding, employments, competences).build();
}

const COUNCIL_ROLES = ['Team manager, adult social care', 'Direct payments lead', 'Senior social worker'] as const;
const HEALTH_ROLE: Record<string, string> = {
  PERSONAL_HEALTH_BUDGET: 'Personal health budget lead',
  INTEGRATED_BUDGET: 'Integrated commissioning manager',
  CONTINUING_HEALTHCARE: 'Continuing healthcare clinical lead',
};

const REJECTIONS = [
  {
    vehicle: 'PERSONAL_HEALTH_BUDGET',
    by: 'HEALTH',
    note: 'The health tasks can be met by the community nursing team; the ICB will not fund a personal health budget',
  },
  { vehicle: 'INTEGRATED_BUDGET', by: 'COUNCIL', note: 'The council will not pool funding until the care plan review is complete' },
  {
    vehicle: 'PERSONAL_HEALTH_BUDGET',
    by: 'HEALTH',
    note: 'The joint panel found the needs are mainly social care, so they stay with the council',
  },
] as const;

const WITHDRAWALS = [
  { vehicle: 'PERSONAL_HEALTH_BUDGET', councilAnswered: false, reason: 'The person decided to stay on the council direct payment' },
  {
    vehicle: 'INTEGRATED_BUDGET',
    councilAnswered: true,
    reason: 'Proposed in error: the health tasks are already covered by the district nursing team',
  },
  {
    vehicle: 'PERSONAL_HEALTH_BUDGET',
    councilAnswered: false,
    reason: 'The effective date clashed with the PAs\u2019 training; to be proposed again later',
  },
] as const;

/** "PEG feeding and stoma care". */
function taskList(codes: readonly HealthTaskCode[]): string {
  const words = codes.map((c, i) => {
    const d = HEALTH_TASK_DESCRIPTIONS[c];
    return i === 0 || /^[A-Z]{2}/.test(d) ? d : d[0]!.toLowerCase() + d.slice(1);
  });
  return words.length <= 1 ? (words[0] ?? 'Health tasks') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function reasonFor(vehicle: FundingVehicle, codes: readonly HealthTaskCode[]): string {
  const tasks = taskList(codes);
  if (vehicle === 'CONTINUING_HEALTHCARE') return `Found eligible for NHS continuing healthcare (${tasks}); the package keeps the same PAs`;
  if (vehicle === 'INTEGRATED_BUDGET')
    return `Joint review: ${tasks} now assessed as health needs alongside social care; an integrated budget pools council and ICB funding`;
  return `Joint review: ${tasks} now assessed as health needs; a personal health budget taken as a direct payment, keeping the same PAs`;
}

/** An ISO instant on `day`, `minutes` after midnight UTC. */
function at(day: Day, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${isoOf(day)}T${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:00.000Z`;
}

class TransitionWriter {
  private readonly rng: Rng;
  private readonly out: DemoTransition[] = [];
  private readonly staff = new Map<string, string[]>();
  private readonly dpsOf = new Map<string, DemoDirectPayment[]>();
  private readonly planOf: Map<string, DemoCarePlan>;
  private readonly teamOf = new Map<string, EmploymentPlan[]>();
  private readonly newEpisodeOf = new Map<string, { id: string; type: EpisodeTypename; vehicle: FundingVehicle; start: string }>();
  private readonly chcDecidedOn = new Map<string, Day>();

  constructor(
    private readonly ctx: BuildContext,
    private readonly plans: readonly PersonPlan[],
    private readonly funding: FundingRecords,
    employments: readonly EmploymentPlan[],
    private readonly competences: CompetenceIndex,
  ) {
    this.rng = Rng.derive(ctx.seed, 'transitions');
    for (const dp of funding.directPayments) {
      const list = this.dpsOf.get(dp.personId);
      if (list) list.push(dp);
      else this.dpsOf.set(dp.personId, [dp]);
    }
    this.planOf = new Map(funding.carePlans.map((c) => [c.personId, c]));
    for (const e of employments) {
      if (e.end !== null) continue;
      const list = this.teamOf.get(e.employer.id);
      if (list) list.push(e);
      else this.teamOf.set(e.employer.id, [e]);
    }
    const note = (e: { id: string; personId: string; start: string }, type: EpisodeTypename, vehicle: FundingVehicle) =>
      this.newEpisodeOf.set(`${e.personId}|${e.start}`, { id: e.id, type, vehicle, start: e.start });
    for (const e of funding.personalHealthBudgets) note(e, 'PersonalHealthBudget', 'PERSONAL_HEALTH_BUDGET');
    for (const e of funding.integratedBudgets) note(e, 'IntegratedBudget', 'INTEGRATED_BUDGET');
    for (const e of funding.chcPackages) note(e, 'ContinuingHealthcarePackage', 'CONTINUING_HEALTHCARE');
    const decisions = new Map(funding.chcDecisions.map((d) => [d.id, d]));
    for (const e of funding.chcPackages) {
      const d = decisions.get(e.decisionId);
      if (d) this.chcDecidedOn.set(e.id, dayOf(d.decidedOn));
    }
  }

  build(): Transitions {
    const endedBy = new Map<string, string>();
    const openedBy = new Map<string, string>();
    for (const p of this.plans) {
      const t = this.moved(p);
      if (!t) continue;
      endedBy.set(t.fromEpisodeId, t.id);
      if (t.newEpisodeId) openedBy.set(t.newEpisodeId, t.id);
    }

    const candidates = this.candidates();
    const order = this.rng.shuffle(candidates.slice());
    const target = Math.min(order.length, Math.max(1, Math.round((IN_FLIGHT_AT_DEFAULT_SIZE * this.plans.length) / 6000)));
    const featured =
      order.find((c) => isFeaturable(c) && c.team.length >= 2) ?? order.find(isFeaturable) ?? order.find((c) => c.lapsed > 0) ?? order[0];
    const agreedCount = Math.round((target * 9) / 25);
    const agreed = featured
      ? [featured, ...order.filter((c) => c !== featured && c.lapsed > 0).slice(0, Math.max(0, agreedCount - 1))]
      : [];
    const chosen = new Set(agreed);
    const proposed = order.filter((c) => !chosen.has(c)).slice(0, Math.max(0, target - agreed.length));
    for (const c of proposed) chosen.add(c);
    const councilOnly = Math.round((proposed.length * 8) / 16);

    const inFlight = new Map<string, DemoTransition>();
    agreed.forEach((c) => inFlight.set(c.p.id, this.inFlight(c, 'AGREED', c === featured)));
    proposed.forEach((c, i) => inFlight.set(c.p.id, this.inFlight(c, i < councilOnly ? 'PROPOSED_COUNCIL' : 'PROPOSED', false)));

    // Closed proposals for others on a DP with health tasks.
    const others = order.filter((c) => !chosen.has(c));
    REJECTIONS.forEach((r, i) => {
      const c = others[i];
      if (c) this.rejected(c, r);
    });
    WITHDRAWALS.forEach((w, i) => {
      const c = others[REJECTIONS.length + i];
      if (c) this.withdrawn(c, w);
    });

    const link = <T extends { id: string }>(e: T): T => {
      const ended = endedBy.get(e.id);
      const opened = openedBy.get(e.id);
      if (ended === undefined && opened === undefined) return e;
      return {
        ...e,
        ...(opened !== undefined ? { openedByTransitionId: opened } : {}),
        ...(ended !== undefined ? { endedByTransitionId: ended } : {}),
      };
    };
    return {
      transitions: this.out,
      funding: {
        ...this.funding,
        directPayments: this.funding.directPayments.map(link),
        personalHealthBudgets: this.funding.personalHealthBudgets.map(link),
        integratedBudgets: this.funding.integratedBudgets.map(link),
        chcPackages: this.funding.chcPackages.map(link),
      },
      inFlight,
      inFlightBlocked: featured?.p.id ?? '',
    };
  }

  // ---- Historical moves ----------------------------------------------------------------

  /** The EFFECTIVE transition behind a mover's DP -> NHS move. */
  private moved(p: PersonPlan): DemoTransition | null {
    if (p.transition === null) return null;
    const { rng } = this;
    const move = p.transition;
    const dp = (this.dpsOf.get(p.id) ?? []).find((e) => e.end === isoOf(move - 1));
    const next = this.newEpisodeOf.get(`${p.id}|${isoOf(move)}`);
    if (!dp || !next) throw new Error(`mover ${p.id}: no DP ending the day before the move, or no NHS episode from it`);
    const vehicle = next.vehicle;
    const codes = requiredCompetences(this.planOf.get(p.id));

    // Proposed 20-120 days ahead; for CHC, before the eligibility decision the health body waits for.
    const decided = vehicle === 'CONTINUING_HEALTHCARE' ? (this.chcDecidedOn.get(next.id) ?? null) : null;
    const proposedDay =
      decided === null ? rng.day(move - 120, move - 20) : rng.day(Math.max(move - 120, decided - 58), Math.min(move - 20, decided - 2));
    const completedDay = move - rng.int(1, 7);
    const last = Math.min(proposedDay + 60, completedDay);
    const councilDay = rng.day(proposedDay + 2, last);
    const healthDay = rng.day(Math.max(decided ?? 0, proposedDay + 2), last);
    const t = this.transition(p, dp, vehicle, move, codes, proposedDay, vehicle === 'CONTINUING_HEALTHCARE');
    t.responses = this.ordered([
      this.response(t, 'COUNCIL', 'AGREE', councilDay, null),
      this.response(t, 'HEALTH', 'AGREE', healthDay, vehicle === 'CONTINUING_HEALTHCARE' ? 'Eligible at the CHC panel' : null),
    ]);
    t.newPlan = this.effectivePlan(dp, next.id, vehicle);
    if (vehicle === 'INTEGRATED_BUDGET') {
      const ib = this.funding.integratedBudgets.find((e) => e.id === next.id) as DemoIntegratedBudget;
      t.shares = ib.shares.map((s) => ({ ...s }));
    }
    t.status = 'EFFECTIVE';
    t.completedAt = at(completedDay, rng.int(17 * 60, 18 * 60 - 1));
    t.newEpisodeId = next.id;
    t.newEpisodeType = next.type;
    return t;
  }

  /** The money of the episode a past move opened, as it was proposed. */
  private effectivePlan(dp: DemoDirectPayment, episodeId: string, vehicle: FundingVehicle): DemoTransition['newPlan'] {
    if (vehicle === 'PERSONAL_HEALTH_BUDGET') {
      const phb = this.funding.personalHealthBudgets.find((e) => e.id === episodeId) as DemoPersonalHealthBudget;
      return {
        weeklyAmount: phb.weeklyAmount,
        hourlyRate: phb.hourlyRate,
        hoursPerWeek: phb.hoursPerWeek,
        phbManagement: phb.management,
        paymentSupport: dp.paymentSupport,
        paymentSupportProviderId: phb.paymentSupportProviderId,
      };
    }
    const episode =
      vehicle === 'INTEGRATED_BUDGET'
        ? this.funding.integratedBudgets.find((e) => e.id === episodeId)
        : this.funding.chcPackages.find((e) => e.id === episodeId);
    const weeklyAmount = (episode as DemoIntegratedBudget | DemoChcPackage).weeklyAmount;
    // PAs on an integrated budget are still paid through the DP's payroll or managed account.
    const keepsSupport = vehicle === 'INTEGRATED_BUDGET';
    return {
      weeklyAmount,
      hourlyRate: null,
      hoursPerWeek: null,
      phbManagement: null,
      paymentSupport: keepsSupport ? dp.paymentSupport : null,
      paymentSupportProviderId: keepsSupport ? dp.paymentSupportProviderId : null,
    };
  }

  // ---- In flight -------------------------------------------------------------------------

  /** People on an open council DP with health tasks and PAs in post, in region order. */
  private candidates(): Candidate[] {
    const asOf = this.ctx.asOf;
    const out: Candidate[] = [];
    for (const p of this.plans) {
      if (p.scenario !== 'DP' || p.healthTasks.length === 0 || p.fundingEnd !== null) continue;
      const dps = this.dpsOf.get(p.id) ?? [];
      const dp = dps[dps.length - 1];
      const plan = this.planOf.get(p.id);
      const team = this.teamOf.get(p.id) ?? [];
      const codes = requiredCompetences(plan);
      if (!dp || dp.end !== null || !plan || team.length === 0 || codes.length === 0) continue;
      let lapsed = 0;
      let shaky = 0;
      for (const e of team) {
        for (const code of codes) {
          if (!this.competences.isCurrent(e.pa.id, code, asOf)) lapsed++;
          if (!this.competences.isCurrent(e.pa.id, code, asOf + FEATURED_MARGIN_DAYS)) shaky++;
        }
      }
      const clean =
        plan.contingencyPlanInPlace &&
        team.every((e) => e.record.contractSigned) &&
        dp.paymentSupport !== 'SELF_MANAGED' &&
        dp.paymentSupportProviderId !== null;
      out.push({ p, dp, plan, codes, team, lapsed, shaky, clean });
    }
    return out;
  }

  private inFlight(c: Candidate, stage: 'PROPOSED' | 'PROPOSED_COUNCIL' | 'AGREED', featured: boolean): DemoTransition {
    const { rng, ctx } = this;
    const vehicle: FundingVehicle = featured || rng.chance(0.7) ? 'PERSONAL_HEALTH_BUDGET' : 'INTEGRATED_BUDGET';
    const effective = rng.chance(0.5)
      ? dayOf(rng.pick([IN_FLIGHT_FROM, '2027-01-01', '2027-02-01']))
      : rng.day(dayOf(IN_FLIGHT_FROM), dayOf(IN_FLIGHT_TO));
    const proposedDay = Math.max(ctx.asOf - rng.int(5, 75), dayOf(c.dp.start) + 1);
    const t = this.transition(c.p, c.dp, vehicle, effective, c.codes, proposedDay, false);
    this.plannedMoney(t, c, effective);
    const last = Math.min(proposedDay + 60, ctx.asOf - 1);
    const responses: Response[] = [];
    if (stage !== 'PROPOSED') responses.push(this.response(t, 'COUNCIL', 'AGREE', rng.day(proposedDay + 2, last), null));
    if (stage === 'AGREED') responses.push(this.response(t, 'HEALTH', 'AGREE', rng.day(proposedDay + 2, last), null));
    t.responses = this.ordered(responses);
    t.status = stage === 'AGREED' ? 'AGREED' : 'PROPOSED';
    return t;
  }

  /** New money for a move still to come: the health rate on the effective date. */
  private plannedMoney(t: DemoTransition, c: Candidate, effective: Day): void {
    const { p, dp } = c;
    const dpRate = rateOn(p.council, 'DIRECT_PAYMENT', isoOf(effective));
    const hours = Math.min(40, dp.hoursPerWeek + this.rng.int(0, 6));
    const uplift = p.healthBody.healthTaskUplift;
    if (t.toVehicle === 'INTEGRATED_BUDGET') {
      const [councilShare, healthShare] = this.rng.pick(SHARE_SPLITS);
      t.shares = [
        { funderKind: 'COUNCIL', funderCode: p.council.gssCode, percentage: councilShare },
        { funderKind: 'HEALTH', funderCode: p.healthBody.odsCode, percentage: healthShare },
      ];
      t.newPlan = {
        weeklyAmount: round2((dpRate + uplift / 2) * hours),
        hourlyRate: null,
        hoursPerWeek: null,
        phbManagement: null,
        paymentSupport: dp.paymentSupport,
        paymentSupportProviderId: dp.paymentSupportProviderId,
      };
      return;
    }
    const hourlyRate = round2(dpRate + uplift);
    t.newPlan = {
      weeklyAmount: round2(hourlyRate * hours),
      hourlyRate,
      hoursPerWeek: hours,
      phbManagement: 'DIRECT_PAYMENT',
      paymentSupport: dp.paymentSupport,
      paymentSupportProviderId: dp.paymentSupportProviderId,
    };
  }

  // ---- Closed without a move -------------------------------------------------------------

  /** A proposal window in the past year or so, after the DP began; null if the DP is too new. */
  private pastProposal(c: Candidate): Day | null {
    const lo = Math.max(dayOf(c.dp.start) + 30, this.ctx.asOf - 420);
    const hi = this.ctx.asOf - 40;
    return lo <= hi ? this.rng.day(lo, hi) : null;
  }

  private rejected(c: Candidate, r: (typeof REJECTIONS)[number]): void {
    const { rng, ctx } = this;
    const proposedDay = this.pastProposal(c);
    if (proposedDay === null) return;
    const t = this.transition(c.p, c.dp, r.vehicle, proposedDay + rng.int(30, 90), c.codes, proposedDay, false);
    this.plannedMoney(t, c, dayOf(t.effectiveDate));
    const rejectDay = rng.day(proposedDay + 3, Math.min(proposedDay + 60, ctx.asOf - 1));
    const reject = this.response(t, r.by, 'REJECT', rejectDay, r.note);
    // The health body answers only after the council has agreed to let the funding go.
    t.responses =
      r.by === 'HEALTH'
        ? this.ordered([this.response(t, 'COUNCIL', 'AGREE', rng.day(proposedDay + 2, rejectDay - 1), null), reject])
        : [reject];
    t.status = 'REJECTED';
    t.statusReason = r.note;
    t.completedAt = reject.respondedAt.replace(/:00\.000Z$/, ':30.000Z');
  }

  private withdrawn(c: Candidate, w: (typeof WITHDRAWALS)[number]): void {
    const { rng, ctx } = this;
    const proposedDay = this.pastProposal(c);
    if (proposedDay === null) return;
    const t = this.transition(c.p, c.dp, w.vehicle, proposedDay + rng.int(30, 90), c.codes, proposedDay, false);
    this.plannedMoney(t, c, dayOf(t.effectiveDate));
    const withdrawnDay = rng.day(proposedDay + 4, Math.min(proposedDay + 60, ctx.asOf - 1));
    t.responses = w.councilAnswered ? [this.response(t, 'COUNCIL', 'AGREE', rng.day(proposedDay + 2, withdrawnDay - 1), null)] : [];
    t.status = 'WITHDRAWN';
    t.statusReason = w.reason;
    t.completedAt = at(withdrawnDay, rng.int(9 * 60, 17 * 60 - 1));
  }

  // ---- Shared ---------------------------------------------------------------------------

  /** A PROPOSED transition from the person's DP, with parties, added to the output. */
  private transition(
    p: PersonPlan,
    dp: DemoDirectPayment,
    vehicle: FundingVehicle,
    effective: Day,
    codes: readonly HealthTaskCode[],
    proposedDay: Day,
    proposedByHealth: boolean,
  ): DemoTransition {
    const number = this.out.length;
    const t: DemoTransition = {
      id: this.ctx.id('transition', p.index, number),
      personId: p.id,
      fromEpisodeId: dp.id,
      fromEpisodeType: 'DirectPayment',
      fromFunderKind: 'COUNCIL',
      fromFunderCode: dp.councilGssCode,
      fromEpisodeStart: dp.start,
      toVehicle: vehicle,
      toFunderKind: 'HEALTH',
      toFunderCode: p.healthBody.odsCode,
      effectiveDate: isoOf(effective),
      reason: reasonFor(vehicle, codes),
      shares: [],
      newPlan: {
        weeklyAmount: 0,
        hourlyRate: null,
        hoursPerWeek: null,
        phbManagement: null,
        paymentSupport: null,
        paymentSupportProviderId: null,
      },
      requiredCompetences: [...codes],
      parties: [
        { funderKind: 'COUNCIL', funderCode: dp.councilGssCode, role: 'CURRENT_FUNDER' },
        { funderKind: 'HEALTH', funderCode: p.healthBody.odsCode, role: 'NEW_FUNDER' },
      ],
      status: 'PROPOSED',
      statusReason: null,
      // Social workers raise most moves at the joint review; CHC moves follow the NHS's own assessment.
      proposedBy: proposedByHealth || this.rng.chance(0.2) ? p.healthBody.odsCode : dp.councilGssCode,
      proposedAt: at(proposedDay, this.rng.int(9 * 60, 17 * 60 - 1)),
      completedAt: null,
      newEpisodeId: null,
      newEpisodeType: null,
      responses: [],
    };
    this.out.push(t);
    return t;
  }

  private response(t: DemoTransition, kind: 'COUNCIL' | 'HEALTH', decision: Response['decision'], day: Day, note: string | null): Response {
    const funderCode = kind === 'COUNCIL' ? t.fromFunderCode : t.toFunderCode;
    const role = kind === 'COUNCIL' ? this.rng.pick(COUNCIL_ROLES) : (HEALTH_ROLE[t.toVehicle] ?? 'Personal health budget lead');
    return {
      funderKind: kind,
      funderCode,
      decision,
      respondedBy: `${this.staffName(funderCode, role)}, ${role}`,
      note,
      respondedAt: at(day, this.rng.int(9 * 60, 17 * 60 - 1)),
    };
  }

  /** A few named staff per organisation and role, so the same people answer several moves. */
  private staffName(funderCode: string, role: string): string {
    const key = `${funderCode}|${role}`;
    let names = this.staff.get(key);
    if (!names) {
      const welsh = funderCode === FLINTSHIRE || funderCode === '7A1' ? 0.35 : 0.01;
      names = [0, 1, 2].map(() => drawStaffName(this.rng, welsh));
      this.staff.set(key, names);
    }
    return this.rng.pick(names);
  }

  private ordered(responses: Response[]): Response[] {
    return responses.sort((a, b) => (a.respondedAt < b.respondedAt ? -1 : a.respondedAt > b.respondedAt ? 1 : 0));
  }
}

function isFeaturable(c: Candidate): boolean {
  return c.clean && c.lapsed === 1 && c.shaky === 1;
}
