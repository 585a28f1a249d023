/**
 * Who lives in the demo region: how many people per council, their ages, how each is
 * funded, their health needs and whether they employ PAs; then their identity records
 * (names, NHS numbers, agency case numbers) once funding is known.
 */
import type { DemoPerson, NhsNumberStatusCode } from './types.ts';
import { nhsCheckDigit } from '@continuum/runtime';
import type { BuildContext } from './context.ts';
import { addYears, dayOf, isoOf, type Day } from './dates.ts';
import { Rng } from './random.ts';
import { drawName } from './names.ts';
import { FLINTSHIRE, NEWCASTLE, type CouncilSeed } from './reference-data.ts';
import { HEALTH_TASK_WEIGHTS } from './care-needs.ts';
import type { HealthTaskCode } from './courses.ts';
import { MOVES, type PersonPlan, type Scenario } from './plan.ts';

/** The person the README follows from a council DP to an ICB PHB (brief W8). */
export const FEATURED_PERSON = {
  givenName: 'Eleanor',
  familyName: 'Robson',
  dateOfBirth: '1961-08-14',
  postcodeDistrict: 'NE3',
  /** Fixed so the README can quote it whatever the seed; 999 numbers are never issued. */
  nhsNumber: '9991112227',
} as const;

/**
 * Funding mix. Most people on council DPs (Oxfordshire: 58% DP vs 42% intermediaries),
 * a smaller NHS-funded group, and ~3% who moved DP -> PHB. Flintshire has no ISF provider
 * but commissions micro-carers directly (brief W12).
 */
const SCENARIOS_ENGLAND: readonly (readonly [Scenario, number])[] = [
  ['DP', 0.7],
  ['ISF', 0.08],
  ['COMMISSIONED', 0.09],
  ['PHB', 0.04],
  ['CHC', 0.02],
  ['DP_TO_PHB', 0.03],
  ['DP_TO_INTEGRATED', 0.012],
  ['DP_TO_CHC', 0.01],
];
const SCENARIOS_WALES: readonly (readonly [Scenario, number])[] = [
  ['DP', 0.66],
  ['COMMISSIONED', 0.22],
  ['PHB', 0.03],
  ['CHC', 0.03],
  ['DP_TO_PHB', 0.03],
  ['DP_TO_INTEGRATED', 0.012],
  ['DP_TO_CHC', 0.01],
];

/** Adults 18-95, skewed older: most people with care packages are over 65. */
const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 29], 0.07],
  [[30, 44], 0.11],
  [[45, 64], 0.24],
  [[65, 79], 0.3],
  [[80, 95], 0.28],
];

/** How health-only PHBs are held: mostly as a direct payment (those holders employ PAs). */
const PHB_MANAGEMENT = [
  ['DIRECT_PAYMENT', 0.55],
  ['NOTIONAL', 0.3],
  ['THIRD_PARTY', 0.15],
] as const;

/** PAs each employer has over time: mean ~1.88, the 2020 national ratio (brief §4.6 note 8). */
const PA_COUNT: readonly (readonly [number, number])[] = [
  [1, 0.49],
  [2, 0.29],
  [3, 0.12],
  [4, 0.06],
  [5, 0.03],
  [6, 0.01],
];

/** Employment slots per PA: the extra ~15% go to PAs with more than one employer. */
export const SLOTS_PER_PA = 1.15;

/** No funding episode starts before the 2016/17 financial year. */
export const FIRST_EPISODE = dayOf('2016-04-04');

/** Earliest day a funding episode can start for someone born on `dob`. */
export function earliestEpisode(dob: Day): Day {
  return Math.max(FIRST_EPISODE, addYears(dob, 18));
}

/** Splits `total` across weights so the parts add up exactly (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** Flintshire is held at 1 in 12 people (~500 of 6,000); the NE councils share the rest by population. */
function peoplePerCouncil(councils: readonly CouncilSeed[], total: number): number[] {
  const flintshire = Math.round(total / 12);
  const ne = apportion(
    total - flintshire,
    councils.map((c) => (c.gssCode === FLINTSHIRE ? 0 : c.population)),
  );
  return councils.map((c, i) => (c.gssCode === FLINTSHIRE ? flintshire : (ne[i] ?? 0)));
}

function drawHealthTasks(rng: Rng, count: number): HealthTaskCode[] {
  const tasks: HealthTaskCode[] = [];
  while (tasks.length < count) {
    const t = rng.weighted(HEALTH_TASK_WEIGHTS);
    if (!tasks.includes(t)) tasks.push(t);
  }
  return tasks;
}

function isNhsFunded(s: Scenario): boolean {
  return s === 'PHB' || s === 'CHC' || MOVES.includes(s);
}

/** First pass: everything about each person that later stages depend on. */
export function draftPeople(ctx: BuildContext, total: number, paTarget: number): PersonPlan[] {
  const rng = Rng.derive(ctx.seed, 'people');
  const counts = peoplePerCouncil(ctx.councils, total);
  const plans: PersonPlan[] = [];
  ctx.councils.forEach((council, c) => {
    const healthBody = ctx.healthBodyByOds.get(council.healthBodyOds);
    if (!healthBody) throw new Error(`no health body ${council.healthBodyOds}`);
    for (let j = 0; j < (counts[c] ?? 0); j++) {
      const featured = council.gssCode === NEWCASTLE && j === 0;
      const index = plans.length;
      const [minAge, maxAge] = rng.weighted(AGE_BANDS);
      // Keep everyone at least 18 years and two months old so a first episode always fits before asOf.
      const dob = featured
        ? dayOf(FEATURED_PERSON.dateOfBirth)
        : Math.min(addYears(ctx.asOf, -rng.int(minAge, maxAge)) - rng.int(0, 364), addYears(ctx.asOf, -18) - 60);
      let scenario: Scenario = featured ? 'DP_TO_PHB' : rng.weighted(council.nation === 'WALES' ? SCENARIOS_WALES : SCENARIOS_ENGLAND);
      // A move needs a DP of at least six months first, and the move itself by three weeks before asOf.
      if (MOVES.includes(scenario) && earliestEpisode(dob) + 240 > ctx.asOf - 21) scenario = 'DP';
      const nhs = isNhsFunded(scenario);
      const healthTaskShare = nhs ? 1 : scenario === 'DP' ? 0.07 : 0.04;
      const healthTasks: HealthTaskCode[] = featured
        ? ['HT-PEG', 'HT-STOMA']
        : rng.chance(healthTaskShare)
          ? drawHealthTasks(rng, nhs && rng.chance(0.35) ? 2 : 1)
          : [];
      plans.push({
        index,
        id: ctx.id('person', index),
        council,
        healthBody,
        dateOfBirth: dob,
        scenario,
        featured,
        phbManagement: scenario === 'PHB' ? rng.weighted(PHB_MANAGEMENT) : null,
        employsPas: false,
        paCount: featured ? 3 : rng.weighted(PA_COUNT),
        healthTasks,
        medication: featured || rng.chance(nhs ? 0.5 : scenario === 'DP' ? 0.15 : 0.1),
        // The featured person has a night-time PA, so their plan includes sleep-ins.
        sleepIn: featured || rng.chance(0.1),
        fundingStart: 0,
        fundingEnd: null,
        transition: null,
        hoursPerWeek: 0,
        hasCouncilEpisode: false,
        hasHealthFunding: false,
        hasChcDecision: false,
      });
    }
  });
  ensureAnIntegratedBudget(ctx, plans);
  chooseEmployers(rng, plans, paTarget);
  return plans;
}

/** The README names someone on an integrated budget, so there is always at least one. */
function ensureAnIntegratedBudget(ctx: BuildContext, plans: PersonPlan[]): void {
  if (plans.some((p) => p.scenario === 'DP_TO_INTEGRATED')) return;
  const candidate = plans.find((p) => p.scenario === 'DP' && earliestEpisode(p.dateOfBirth) + 240 <= ctx.asOf - 21);
  if (!candidate) throw new Error('demo region too small for an integrated budget');
  candidate.scenario = 'DP_TO_INTEGRATED';
  if (candidate.healthTasks.length === 0) candidate.healthTasks = ['HT-CATH'];
}

/**
 * Movers and PHB direct-payment holders always employ PAs (keeping them is the point of W8).
 * Other DP holders are added in random order until there are enough employment slots for
 * the requested number of PAs; the rest use their DP for agencies or micro-carers.
 */
function chooseEmployers(rng: Rng, plans: PersonPlan[], paTarget: number): void {
  const target = Math.round(paTarget * SLOTS_PER_PA);
  let slots = 0;
  for (const p of plans) {
    if (MOVES.includes(p.scenario) || p.phbManagement === 'DIRECT_PAYMENT') {
      p.employsPas = true;
      slots += p.paCount;
    }
  }
  for (const p of rng.shuffle(plans.filter((x) => x.scenario === 'DP'))) {
    if (slots >= target) break;
    p.employsPas = true;
    slots += p.paCount;
  }
}

function drawNhsNumber(rng: Rng, used: Set<string>): string {
  for (;;) {
    const firstNine = `999${String(rng.int(0, 999_999)).padStart(6, '0')}`;
    const check = nhsCheckDigit(firstNine);
    if (check === null) continue; // a remainder of 10 cannot end a valid number
    const value = `${firstNine}${check}`;
    if (used.has(value)) continue;
    used.add(value);
    return value;
  }
}

/**
 * Identity records, once funding is known. ~95% have a verified NHS number (01); the rest
 * are untraced (02) or need a trace (03), and ~1% have none. Anyone the NHS funds or has
 * assessed for CHC is verified, since the health body works from the traced number.
 */
export function personRecords(ctx: BuildContext, plans: readonly PersonPlan[]): DemoPerson[] {
  const rng = Rng.derive(ctx.seed, 'identities');
  if (nhsCheckDigit(FEATURED_PERSON.nhsNumber.slice(0, 9)) !== Number(FEATURED_PERSON.nhsNumber[9])) {
    throw new Error('featured NHS number is not check-digit valid');
  }
  const usedNhs = new Set<string>([FEATURED_PERSON.nhsNumber]);
  const usedCase = new Set<string>();
  return plans.map((p) => {
    const welsh = p.council.gssCode === FLINTSHIRE ? 0.3 : 0.01;
    const drawn = drawName(rng, Number(isoOf(p.dateOfBirth).slice(0, 4)), { female: 0.58, welsh, heritage: 0.03 });
    let nhsNumber: string | null;
    let nhsNumberStatus: NhsNumberStatusCode = '01';
    const r = rng.next();
    if (p.featured) nhsNumber = FEATURED_PERSON.nhsNumber;
    else if (p.hasHealthFunding || p.hasChcDecision || r >= 0.05) nhsNumber = drawNhsNumber(rng, usedNhs);
    else if (r < 0.01) {
      nhsNumber = null;
      nhsNumberStatus = rng.chance(0.6) ? '07' : '03';
    } else {
      nhsNumber = drawNhsNumber(rng, usedNhs);
      nhsNumberStatus = rng.chance(0.6) ? '02' : '03';
    }
    const localIdentifiers: DemoPerson['localIdentifiers'] = [];
    if (p.hasCouncilEpisode) {
      localIdentifiers.push({
        agency: 'COUNCIL',
        organisationCode: p.council.gssCode,
        value: uniqueRef(rng, usedCase, p.council.casePrefix),
      });
    }
    if (p.hasHealthFunding) {
      localIdentifiers.push({
        agency: 'HEALTH',
        organisationCode: p.healthBody.odsCode,
        value: uniqueRef(rng, usedCase, p.healthBody.odsCode),
      });
    }
    return {
      id: p.id,
      nhsNumber,
      nhsNumberStatus,
      givenName: p.featured ? FEATURED_PERSON.givenName : drawn.givenName,
      familyName: p.featured ? FEATURED_PERSON.familyName : drawn.familyName,
      dateOfBirth: isoOf(p.dateOfBirth),
      postcodeDistrict: p.featured ? FEATURED_PERSON.postcodeDistrict : rng.pick(p.council.postcodeDistricts),
      councilGssCode: p.council.gssCode,
      localIdentifiers,
    };
  });
}

/** A case reference such as NCL-004512 or QHM-218734, unique across the region. */
function uniqueRef(rng: Rng, used: Set<string>, prefix: string): string {
  for (;;) {
    const value = `${prefix}-${String(rng.int(1, 999_999)).padStart(6, '0')}`;
    if (!used.has(value)) {
      used.add(value);
      return value;
    }
  }
}
