/**
 * Contingency plans, cover events and PA vacancies for the demo region (brief W3, W15, D6).
 * Plans for the employers whose care plan says one is in place (73%, brief §4.2); cover events
 * over the six months to the as-of day met as the plans say (a back-up PA, family, a Flintshire
 * micro-care partner under the rule of four, an agency at a top-up, the council's in-house
 * team) or not met and escalated; vacancies over four months, the scarce ones (BSL, Bengali,
 * rural districts) filled least often, as the seeds report, so some stay open past four weeks.
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf, type Day } from './dates.ts';
import { Rng } from './random.ts';
import { FLINTSHIRE } from './reference-data.ts';
import type { DemoCarePlan, DemoEmployment, DemoMicroCareClient, DemoMicroEnterprise, DemoPerson } from './types.ts';

export type DemoCoverKind = 'BACKUP_PA' | 'MICRO_CARE_PARTNER' | 'FAMILY' | 'AGENCY' | 'COUNCIL_IN_HOUSE';

export interface DemoContingencyArrangement {
  kind: DemoCoverKind;
  personalAssistantId: string | null;
  microEnterpriseId: string | null;
  name: string | null;
  agencyTopUpPerHour: number | null;
}

export interface DemoContingencyPlan {
  employerPersonId: string;
  agreedByAll: boolean;
  testedOn: string | null;
  arrangements: DemoContingencyArrangement[];
}

export interface DemoCoverRequest {
  id: string;
  employmentId: string;
  employerPersonId: string;
  fromDay: string;
  toDay: string;
  reason: 'SICKNESS' | 'PLANNED_LEAVE' | 'UNPLANNED_LEAVE' | 'OTHER';
  requestedAt: string;
  /** How it was met; null while not (escalated once it is the day before it starts). */
  coveredBy: DemoContingencyArrangement | null;
  filledAt: string | null;
}

export interface DemoVacancySlot {
  day: string;
  period: string;
}

export interface DemoVacancy {
  id: string;
  employerPersonId: string;
  postedOn: string;
  postcodeDistrict: string;
  hoursPerWeek: number;
  slots: DemoVacancySlot[];
  services: string[];
  languages: string[];
  training: string[];
  hourlyRate: number;
  /** Minutes each visit lasts; short calls (30 or less) are the hardest to fill where supply is sparse. */
  visitMinutes: number;
  filledOn: string | null;
  filledByPaId: string | null;
  /** The appointed PA's application, for a filled vacancy. */
  appointedApplicationId: string | null;
}

export interface CoverAndRecruitment {
  contingencyPlans: DemoContingencyPlan[];
  coverRequests: DemoCoverRequest[];
  vacancies: DemoVacancy[];
}

const FAMILY = ['Daughter', 'Son', 'Partner', 'Sister', 'Neighbour'];
const AGENCIES = ['Bluebird Care', 'Home Instead', 'Helping Hands', 'Radis Community Care'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const PERIODS = ['MORNING', 'AFTERNOON', 'EVENING'];
const REASONS = [
  ['SICKNESS', 5],
  ['PLANNED_LEAVE', 3],
  ['UNPLANNED_LEAVE', 2],
  ['OTHER', 1],
] as const;
/** Cover events start over the six months to the as-of day; vacancies are posted over four. */
const COVER_DAYS = 182;
const VACANCY_DAYS = 120;
const COVER_EVENTS = 420;
const VACANCIES = 240;
/** Cover asked for in the coming fortnight, not yet met. */
const UPCOMING_COVER = 12;
const RULE_OF_FOUR = 4;
const DAY_MS = 86_400_000;

const instant = (day: Day, hour: number) => new Date(day * DAY_MS + hour * 3_600_000).toISOString();
const money = (n: number) => Math.round(n * 100) / 100;

export function buildCoverAndRecruitment(
  ctx: BuildContext,
  people: readonly DemoPerson[],
  carePlans: readonly DemoCarePlan[],
  employments: readonly DemoEmployment[],
  microEnterprises: readonly DemoMicroEnterprise[],
  microCareClients: readonly DemoMicroCareClient[],
  ruralDistricts: ReadonlySet<string>,
  /** The featured person, whose plan, cover and vacancies the walkthroughs record themselves. */
  featuredPersonId: string,
): CoverAndRecruitment {
  const rng = new Rng(ctx.seed ^ 0x5c0e);
  const asOf = ctx.asOf;
  const personById = new Map(people.map((p) => [p.id, p]));
  const current = employments
    .filter((e) => dayOf(e.start) <= asOf && (e.end === null || dayOf(e.end) >= asOf) && e.employerPersonId !== featuredPersonId)
    .sort((a, b) => a.id.localeCompare(b.id));
  const employers = [...new Set(current.map((e) => e.employerPersonId))].sort();
  const withPlan = new Set(carePlans.filter((c) => c.contingencyPlanInPlace).map((c) => c.personId));
  // PAs working in each district today, for back-up PAs from the employer's own area.
  const pasIn = new Map<string, string[]>();
  for (const e of current) {
    const district = personById.get(e.employerPersonId)?.postcodeDistrict;
    if (!district) continue;
    const list = pasIn.get(district) ?? pasIn.set(district, []).get(district)!;
    if (!list.includes(e.personalAssistantId)) list.push(e.personalAssistantId);
  }
  const flintshireBusinesses = microEnterprises.filter((m) => m.councilGssCode === FLINTSHIRE).sort((a, b) => a.id.localeCompare(b.id));

  const contingencyPlans: DemoContingencyPlan[] = [];
  for (const personId of employers) {
    if (!withPlan.has(personId)) continue;
    const person = personById.get(personId);
    const own = new Set(current.filter((e) => e.employerPersonId === personId).map((e) => e.personalAssistantId));
    const arrangements: DemoContingencyArrangement[] = [];
    const backups = (pasIn.get(person?.postcodeDistrict ?? '') ?? []).filter((id) => !own.has(id));
    if (backups.length > 0 && rng.chance(0.6))
      arrangements.push({
        kind: 'BACKUP_PA',
        personalAssistantId: rng.pick(backups),
        microEnterpriseId: null,
        name: null,
        agencyTopUpPerHour: null,
      });
    if (person?.councilGssCode === FLINTSHIRE && flintshireBusinesses.length > 0 && rng.chance(0.5)) {
      const business = rng.pick(flintshireBusinesses);
      arrangements.push({
        kind: 'MICRO_CARE_PARTNER',
        personalAssistantId: null,
        microEnterpriseId: business.id,
        name: business.tradingName,
        agencyTopUpPerHour: null,
      });
    }
    if (rng.chance(0.5))
      arrangements.push({
        kind: 'FAMILY',
        personalAssistantId: null,
        microEnterpriseId: null,
        name: rng.pick(FAMILY),
        agencyTopUpPerHour: null,
      });
    if (rng.chance(0.35))
      arrangements.push({
        kind: 'AGENCY',
        personalAssistantId: null,
        microEnterpriseId: null,
        name: rng.pick(AGENCIES),
        agencyTopUpPerHour: money(2.5 + rng.int(0, 14) * 0.25),
      });
    if (arrangements.length === 0 || rng.chance(0.2))
      arrangements.push({
        kind: 'COUNCIL_IN_HOUSE',
        personalAssistantId: null,
        microEnterpriseId: null,
        name: 'In-house home care team',
        agencyTopUpPerHour: null,
      });
    contingencyPlans.push({
      employerPersonId: personId,
      agreedByAll: rng.chance(0.8),
      testedOn: rng.chance(0.3) ? isoOf(asOf - rng.int(20, 400)) : null,
      arrangements,
    });
  }

  const planOf = new Map(contingencyPlans.map((p) => [p.employerPersonId, p]));
  /** Each micro-care business's clients and the cover it gives, so none supports more than four people in a period (rule of four). */
  const busy = new Map<string, [Day, Day][]>();
  for (const c of microCareClients) {
    const spans = busy.get(c.enterpriseId) ?? busy.set(c.enterpriseId, []).get(c.enterpriseId)!;
    spans.push([dayOf(c.start), c.end === null ? Number.POSITIVE_INFINITY : dayOf(c.end)]);
  }
  const coverRequests: DemoCoverRequest[] = [];
  const addCover = (employment: DemoEmployment, from: Day, upcoming: boolean) => {
    const to =
      from +
      rng.weighted([
        [0, 5],
        [1, 3],
        [4, 2],
        [13, 1],
      ]);
    const lead = rng.weighted([
      [0, 4],
      [1, 3],
      [7, 2],
      [21, 1],
    ]);
    const requested = Math.min(from - lead, asOf);
    const plan = planOf.get(employment.employerPersonId);
    let coveredBy: DemoContingencyArrangement | null = null;
    // Without a plan most requests go unmet; with one, the first arrangement that can cover does.
    if (!upcoming && plan && rng.chance(0.9)) {
      // A micro-care partner is asked first where there is one (the council's Flintshire scheme); otherwise any.
      const order = rng
        .shuffle([...plan.arrangements])
        .sort((a, b) => Number(b.kind === 'MICRO_CARE_PARTNER') - Number(a.kind === 'MICRO_CARE_PARTNER'));
      for (const a of order) {
        if (a.kind === 'MICRO_CARE_PARTNER') {
          const spans = busy.get(a.microEnterpriseId!) ?? [];
          if (spans.filter(([f, t]) => f <= to && t >= from).length >= RULE_OF_FOUR) continue;
          busy.set(a.microEnterpriseId!, [...spans, [from, to]]);
        }
        coveredBy = a;
        break;
      }
    } else if (!upcoming && !plan && rng.chance(0.45)) {
      coveredBy = {
        kind: 'COUNCIL_IN_HOUSE',
        personalAssistantId: null,
        microEnterpriseId: null,
        name: 'In-house home care team',
        agencyTopUpPerHour: null,
      };
    }
    coverRequests.push({
      id: ctx.id('cover-request', coverRequests.length),
      employmentId: employment.id,
      employerPersonId: employment.employerPersonId,
      fromDay: isoOf(from),
      toDay: isoOf(to),
      reason: rng.weighted(REASONS),
      requestedAt: instant(requested, 9),
      coveredBy,
      filledAt: coveredBy
        ? instant(
            requested,
            9 +
              rng.weighted([
                [2, 5],
                [6, 3],
                [24, 2],
                [48, 1],
              ]),
          )
        : null,
    });
  };
  // Flintshire's employers with a micro-care partner ask for cover as often as anyone; they are few, so some are picked on purpose.
  const withPartner = current.filter((e) => planOf.get(e.employerPersonId)?.arrangements.some((a) => a.kind === 'MICRO_CARE_PARTNER'));
  for (let i = 0; i < COVER_EVENTS; i++) {
    const employment = withPartner.length > 0 && i % 12 === 0 ? rng.pick(withPartner) : rng.pick(current);
    addCover(employment, asOf - rng.int(1, COVER_DAYS), false);
  }
  for (let i = 0; i < UPCOMING_COVER; i++) addCover(rng.pick(current), asOf + rng.int(0, 14), true);

  const vacancies: DemoVacancy[] = [];
  const employerPool = employers.filter((id) => personById.get(id)?.postcodeDistrict);
  for (let i = 0; i < VACANCIES; i++) {
    const employerPersonId = rng.pick(employerPool);
    const district = personById.get(employerPersonId)!.postcodeDistrict!;
    const languages = rng.chance(0.08) ? ['BSL'] : rng.chance(0.06) ? ['Bengali'] : rng.chance(0.05) ? ['Urdu'] : [];
    const services = [
      'PERSONAL_CARE',
      ...(rng.chance(0.4) ? ['DOMESTIC_SUPPORT'] : []),
      ...(languages[0] === 'BSL' ? ['BSL_COMMUNICATION'] : []),
    ];
    const training = rng.chance(0.5) ? ['MOVING_AND_POSITIONING'] : rng.chance(0.2) ? ['MEDICATION'] : [];
    const slots = rng
      .shuffle(DAYS.flatMap((day) => PERIODS.map((period) => ({ day, period }))))
      .slice(0, rng.int(2, 6))
      .sort((a, b) => DAYS.indexOf(a.day) - DAYS.indexOf(b.day) || PERIODS.indexOf(a.period) - PERIODS.indexOf(b.period));
    const posted = asOf - rng.int(1, VACANCY_DAYS);
    const age = asOf - posted;
    const rural = ruralDistricts.has(district);
    const visitMinutes = rng.chance(rural ? 0.5 : 0.2) ? rng.pick([15, 30]) : rng.pick([45, 60, 90, 120]);
    // Scarce skills, rural districts and short calls there are filled least often: the shortages the seeds describe.
    const scarce = (languages.length > 0 ? 1 : 0) + (rural ? 1 : 0) + (rural && visitMinutes <= 30 ? 1 : 0);
    const fillAfter = rng.int(8, 45) * (1 + scarce);
    const filled = fillAfter < age && rng.chance(scarce > 0 ? 0.35 : 0.8);
    const pas = pasIn.get(district) ?? [];
    vacancies.push({
      id: ctx.id('vacancy', i),
      employerPersonId,
      postedOn: isoOf(posted),
      postcodeDistrict: district,
      hoursPerWeek: rng.int(3, 15) * 2,
      slots,
      services,
      languages,
      training,
      hourlyRate: money(11.5 + rng.int(0, 10) * 0.25),
      visitMinutes,
      filledOn: filled && pas.length > 0 ? isoOf(posted + fillAfter) : null,
      filledByPaId: filled && pas.length > 0 ? rng.pick(pas) : null,
      appointedApplicationId: filled && pas.length > 0 ? ctx.id('vacancy-application', i) : null,
    });
  }
  return { contingencyPlans, coverRequests, vacancies };
}
