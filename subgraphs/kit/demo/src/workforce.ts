/**
 * Personal assistants and who employs them. Each employer has a number of PA "slots";
 * PAs fill one slot in their home council and ~15% of them a second or third, some across
 * a council border. Employments start around the employer's funding, a share end (PA
 * turnover), and every employer still funded keeps at least one PA.
 */
import type { DemoEmployment, DemoPersonalAssistant } from './types.ts';
import type { BuildContext } from './context.ts';
import { addYears, dayOf, isoOf, type Day } from './dates.ts';
import { Rng } from './random.ts';
import { drawName } from './names.ts';
import { apportion } from './people.ts';
import { FLINTSHIRE, NEWCASTLE, type CouncilSeed } from './reference-data.ts';
import type { PersonPlan } from './plan.ts';

export interface PaPlan {
  index: number;
  id: string;
  /** Council of the PA's first employer: where they live. */
  council: CouncilSeed;
  dateOfBirth: Day;
  employments: EmploymentPlan[];
  featured: boolean;
}

export interface EmploymentPlan {
  employer: PersonPlan;
  pa: PaPlan;
  start: Day;
  end: Day | null;
  record: DemoEmployment;
}

export interface Workforce {
  pas: PaPlan[];
  /** The PA records, in the same order as `pas`. */
  records: DemoPersonalAssistant[];
  employments: EmploymentPlan[];
  crossBorderPaId: string;
}

/** The featured person's three PAs, and when each started (all before the DP ended on 31 March 2025). */
interface FeaturedPa {
  givenName: string;
  familyName: string;
  start: string;
  role: string;
  hoursPerWeek: number;
  language: string | null;
}
const FEATURED_PAS: readonly FeaturedPa[] = [
  {
    givenName: 'Aisha',
    familyName: 'Khan',
    start: '2023-05-15',
    role: 'Personal assistant (health tasks)',
    hoursPerWeek: 12,
    language: 'Urdu',
  },
  { givenName: 'Daniel', familyName: 'Charlton', start: '2023-09-04', role: 'Personal assistant', hoursPerWeek: 10, language: null },
  {
    givenName: 'Kerry',
    familyName: 'Armstrong',
    start: '2024-06-17',
    role: 'Night-time personal assistant',
    hoursPerWeek: 8,
    language: null,
  },
];

/** Ages 18-70, centred on the 40s-50s (the NE seed notes a lack of younger PAs). */
const PA_AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 24], 0.08],
  [[25, 34], 0.17],
  [[35, 44], 0.22],
  [[45, 54], 0.26],
  [[55, 64], 0.21],
  [[65, 70], 0.06],
];

const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
const PERIODS = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT'] as const;
/**
 * The 28 availability slots in day-then-period order. They are frozen and shared between PAs:
 * 5,000 PAs would otherwise carry ~37,000 identical little objects.
 */
const SLOTS = DAYS.flatMap((day) => PERIODS.map((period) => Object.freeze({ day, period })));
const SLOT_INDICES = SLOTS.map((_, i) => i);
const SERVICE_ORDER: readonly DemoPersonalAssistant['services'][number][] = [
  'PERSONAL_CARE',
  'DOMESTIC_SUPPORT',
  'SOCIAL_AND_LEISURE',
  'HEALTH_TASKS',
  'SLEEP_IN',
  'DRIVING',
  'BSL_COMMUNICATION',
];
/** A PA's services with one more added, kept in the canonical order. */
export function withService(
  services: DemoPersonalAssistant['services'],
  extra: DemoPersonalAssistant['services'][number],
): DemoPersonalAssistant['services'] {
  return SERVICE_ORDER.filter((s) => s === extra || services.includes(s));
}

const LANGUAGE_ORDER = ['English', 'Welsh', 'Polish', 'Urdu', 'Punjabi', 'Bengali', 'BSL'];

/** Job titles; night-time and health-task roles are also chosen from the employer's needs (see role()). */
const ROLES = [
  ['Personal assistant', 0.76],
  ['Personal assistant (weekends)', 0.09],
  ['Personal assistant and driver', 0.06],
  ['Support worker', 0.05],
  ['Night-time personal assistant', 0.04],
] as const;

/** Most PAs have a clear DBS check; a very few had information disclosed (brief W5). */
const DBS_STATUSES = [
  ['CLEAR', 0.86],
  ['NOT_CHECKED', 0.06],
  ['IN_PROGRESS', 0.07],
  ['INFORMATION_DISCLOSED', 0.01],
] as const;

/** PA turnover is 16.7% a year (brief §4.1); ended employments are kept for about two years. */
const ANNUAL_TURNOVER = 0.167;
const HISTORY_YEARS = 1.5;

export function buildWorkforce(ctx: BuildContext, plans: readonly PersonPlan[], paTarget: number): Workforce {
  const rng = Rng.derive(ctx.seed, 'workforce');
  const asOf = ctx.asOf;

  // 1. Employer slots per council; the featured person's first so their PAs are set.
  const slotsByCouncil = ctx.councils.map((c) => {
    const employers = plans.filter((p) => p.employsPas && p.council === c);
    const featured = employers.filter((p) => p.featured).flatMap((p) => Array<PersonPlan>(p.paCount).fill(p));
    const others = rng.shuffle(employers.filter((p) => !p.featured).flatMap((p) => Array<PersonPlan>(p.paCount).fill(p)));
    return [...featured, ...others];
  });
  const totalSlots = slotsByCouncil.reduce((a, s) => a + s.length, 0);
  const pasPerCouncil =
    totalSlots >= paTarget
      ? apportion(
          paTarget,
          slotsByCouncil.map((s) => s.length),
        )
      : slotsByCouncil.map((s) => s.length);
  // The featured person's PAs are three different people even in a tiny region.
  slotsByCouncil.forEach((slots, c) => {
    const need = slots.filter((p) => p.featured).length;
    while ((pasPerCouncil[c] ?? 0) < need) {
      const donor = pasPerCouncil.indexOf(Math.max(...pasPerCouncil));
      pasPerCouncil[donor] = (pasPerCouncil[donor] ?? 0) - 1;
      pasPerCouncil[c] = (pasPerCouncil[c] ?? 0) + 1;
    }
  });

  // 2. Each PA takes one slot in their home council.
  const pas: PaPlan[] = [];
  const pasByCouncil = new Map<string, PaPlan[]>();
  const pairs: { employer: PersonPlan; pa: PaPlan }[] = [];
  const newPa = (council: CouncilSeed, featured: boolean): PaPlan => {
    const pa: PaPlan = {
      index: pas.length,
      id: ctx.id('personal-assistant', pas.length),
      council,
      dateOfBirth: 0,
      employments: [],
      featured,
    };
    pas.push(pa);
    const list = pasByCouncil.get(council.gssCode) ?? [];
    list.push(pa);
    pasByCouncil.set(council.gssCode, list);
    return pa;
  };
  const employersOf = new Map<PaPlan, Set<PersonPlan>>();
  const link = (employer: PersonPlan, pa: PaPlan) => {
    pairs.push({ employer, pa });
    const set = employersOf.get(pa) ?? new Set<PersonPlan>();
    set.add(employer);
    employersOf.set(pa, set);
  };
  ctx.councils.forEach((council, c) => {
    const slots = slotsByCouncil[c] ?? [];
    for (let j = 0; j < (pasPerCouncil[c] ?? 0); j++) {
      const employer = slots[j];
      if (!employer) break;
      link(employer, newPa(council, employer.featured));
    }
  });
  // More PAs than slots: the rest are on registers looking for work.
  const weights = ctx.councils.map((c) => c.population);
  while (pas.length < paTarget) newPa(ctx.councils[pickIndex(rng, weights)] ?? ctx.councils[0]!, false);

  // 3. Leftover slots go to PAs already working, a quarter of them from a neighbouring council.
  ctx.councils.forEach((council, c) => {
    for (const employer of (slotsByCouncil[c] ?? []).slice(pasPerCouncil[c] ?? 0)) {
      const ok = (pa: PaPlan, cap: number) => !employersOf.get(pa)?.has(employer) && (employersOf.get(pa)?.size ?? 0) < cap;
      let chosen: PaPlan | undefined;
      for (let attempt = 0; attempt < 20 && !chosen; attempt++) {
        const neighbours = council.neighbours.filter((g) => (pasByCouncil.get(g)?.length ?? 0) > 0);
        const home = pasByCouncil.get(council.gssCode) ?? [];
        const pool =
          neighbours.length > 0 && (home.length === 0 || rng.chance(0.25)) ? (pasByCouncil.get(rng.pick(neighbours)) ?? []) : home;
        if (pool.length === 0) break;
        const pa = rng.pick(pool);
        if (!pa.featured && ok(pa, 3)) chosen = pa;
      }
      chosen ??= pas.find((pa) => !pa.featured && ok(pa, Infinity));
      if (chosen) link(employer, chosen);
    }
  });

  // 4. The README's cross-border PA: one with still-funded employers in two councils, kept in post.
  //    A small region may have none by chance, so then one PA also takes a job across the border.
  const stillFunded = (pa: PaPlan) => [...(employersOf.get(pa) ?? [])].filter((e) => e.fundingEnd === null);
  let crossBorder = pas.find((pa) => !pa.featured && new Set(stillFunded(pa).map((e) => e.council.gssCode)).size >= 2);
  for (const pa of crossBorder ? [] : pas) {
    if (pa.featured || stillFunded(pa).length === 0) continue;
    const across = plans.find(
      (p) => p.employsPas && !p.featured && p.fundingEnd === null && pa.council.neighbours.includes(p.council.gssCode),
    );
    if (across) {
      link(across, pa);
      crossBorder = pa;
      break;
    }
  }

  // 5. Dates, hours and roles.
  const employments: EmploymentPlan[] = [];
  const byEmployer = new Map<PersonPlan, PaPlan[]>();
  for (const { employer, pa } of pairs) {
    const team = byEmployer.get(employer);
    if (team) team.push(pa);
    else byEmployer.set(employer, [pa]);
  }
  const crossBorderCouncils = new Set<string>();
  for (const employer of plans) {
    const team = byEmployer.get(employer);
    if (!team) continue;
    const mine = team.map((pa, i) => {
      let forceActive = employer.featured;
      if (
        crossBorder === pa &&
        employer.fundingEnd === null &&
        !crossBorderCouncils.has(employer.council.gssCode) &&
        crossBorderCouncils.size < 2
      ) {
        crossBorderCouncils.add(employer.council.gssCode);
        forceActive = true;
      }
      return { pa, ...employmentDates(rng, asOf, employer, i, forceActive) };
    });
    // Someone still funded always has at least one PA in post: the latest starter stays.
    if (employer.fundingEnd === null && mine.every((e) => e.end !== null)) {
      const latest = mine.reduce((a, b) => (b.start > a.start ? b : a));
      latest.end = null;
    }
    const active = mine.filter((e) => e.end === null).length || mine.length;
    mine.forEach(({ pa, start, end }, i) => {
      const featured = FEATURED_PAS[i];
      const hours = Math.max(4, Math.min(40, Math.round((employer.hoursPerWeek / active) * (0.7 + rng.next() * 0.6))));
      const record: DemoEmployment = {
        id: ctx.id('employment', employer.index, pa.index),
        employerPersonId: employer.id,
        personalAssistantId: pa.id,
        start: isoOf(start),
        end: end === null ? null : isoOf(end),
        hoursPerWeek: employer.featured && featured ? featured.hoursPerWeek : hours,
        role: employer.featured && featured ? featured.role : role(rng, employer),
        contractSigned: employer.featured || rng.chance(employer.council.contractRate),
      };
      const employment: EmploymentPlan = { employer, pa, start, end, record };
      pa.employments.push(employment);
      employments.push(employment);
    });
  }

  // 6. PA details, now that the earliest start (and so the latest possible birth date) is known.
  let featuredSeen = 0;
  const records = pas.map((pa) => paRecord(ctx, rng, pa, pa.featured ? FEATURED_PAS[featuredSeen++] : undefined));

  const fallback = pas.find((pa) => new Set(pa.employments.map((e) => e.employer.council.gssCode)).size >= 2) ?? pas[0];
  return { pas, records, employments, crossBorderPaId: (crossBorder ?? fallback)?.id ?? '' };
}

function pickIndex(rng: Rng, weights: readonly number[]): number {
  return rng.weighted(weights.map((w, i) => [i, w] as const));
}

/** When the PA in `slot` of an employer's team started and (perhaps) left. */
function employmentDates(rng: Rng, asOf: Day, employer: PersonPlan, slot: number, forceActive: boolean): { start: Day; end: Day | null } {
  const featured = employer.featured ? FEATURED_PAS[slot] : undefined;
  const lo = employer.fundingStart;
  // Movers' PAs were all taken on before the move; that is what "keeping the same PAs" means.
  const hiStart = employer.transition !== null ? employer.transition - 1 : Math.min(employer.fundingEnd ?? asOf - 1, asOf - 1);
  const adult = addYears(employer.dateOfBirth, 18);
  let start: Day;
  if (featured) start = dayOf(featured.start);
  else if (rng.chance(slot === 0 ? 0.2 : 0.1))
    start = Math.max(adult, lo - rng.int(7, 90)); // already known to the family
  else if (slot === 0) start = Math.min(hiStart, lo + rng.int(0, 45));
  else start = rng.day(lo, hiStart);

  let end: Day | null = null;
  if (!forceActive) {
    const years = Math.min(HISTORY_YEARS, (asOf - start) / 365.25);
    const turnover = rng.chance(1 - Math.pow(1 - ANNUAL_TURNOVER, years));
    if (employer.fundingEnd !== null) {
      // Funding stopped, so every employment ended by then.
      end = turnover ? rng.day(Math.min(start + 30, employer.fundingEnd), employer.fundingEnd) : employer.fundingEnd;
    } else if (turnover) {
      const horizon = employer.transition !== null ? employer.transition - 1 : asOf - 1;
      const from = Math.max(start + 60, horizon - 730);
      if (from <= horizon) end = rng.day(from, horizon);
    }
  }
  return { start, end };
}

function role(rng: Rng, employer: PersonPlan): string {
  if (employer.sleepIn && rng.chance(0.5)) return 'Night-time personal assistant';
  if (employer.healthTasks.length > 0 && rng.chance(0.5)) return 'Personal assistant (health tasks)';
  return rng.weighted(ROLES);
}

function paRecord(ctx: BuildContext, rng: Rng, pa: PaPlan, featured: FeaturedPa | undefined): DemoPersonalAssistant {
  const asOf = ctx.asOf;
  const firstStart = pa.employments.reduce((a, e) => Math.min(a, e.start), asOf);
  // Old enough: 18 by their first job (with a day to spare: moving the region to its anchor can
  // shift an 18th birthday by a leap day), and at least 18 years and two months today.
  const latestDob = Math.min(addYears(firstStart, -18) - 1, addYears(asOf, -18) - 60);
  const [minAge, maxAge] = rng.weighted(PA_AGE_BANDS);
  let dob = addYears(asOf, -rng.int(minAge, maxAge)) - rng.int(0, 364);
  if (dob > latestDob) dob = latestDob - rng.int(0, 3 * 365);
  pa.dateOfBirth = dob;

  const welshArea = pa.council.gssCode === FLINTSHIRE;
  const drawn = drawName(rng, Number(isoOf(dob).slice(0, 4)), { female: 0.8, welsh: welshArea ? 0.3 : 0.01, heritage: 0.06 });
  const languages = new Set(['English']);
  if (welshArea && rng.chance(0.3)) languages.add('Welsh');
  const heritageLanguage = featured ? featured.language : drawn.language;
  if (heritageLanguage && rng.chance(featured ? 1 : 0.8)) languages.add(heritageLanguage);
  if (rng.chance(0.01)) languages.add('Polish');
  if (rng.chance(0.008)) languages.add(pa.council.gssCode === NEWCASTLE ? 'Bengali' : 'Urdu');
  if (rng.chance(0.005)) languages.add('Punjabi');
  if (rng.chance(0.02)) languages.add('BSL');

  const services = new Set<DemoPersonalAssistant['services'][number]>();
  if (rng.chance(0.85)) services.add('PERSONAL_CARE');
  if (rng.chance(0.6)) services.add('DOMESTIC_SUPPORT');
  if (rng.chance(0.65)) services.add('SOCIAL_AND_LEISURE');
  if (pa.employments.some((e) => e.employer.sleepIn) || rng.chance(0.08)) services.add('SLEEP_IN');
  if (rng.chance(0.35)) services.add('DRIVING');
  if (languages.has('BSL')) services.add('BSL_COMMUNICATION');
  if (services.size === 0) services.add('PERSONAL_CARE');

  const availability = rng
    .sample(SLOT_INDICES, rng.int(3, 12))
    .sort((a, b) => a - b)
    .map((i) => SLOTS[i] ?? SLOTS[0]!);

  // DBS: mostly clear, checked within five years (those over three years old are no longer "current").
  const adult = addYears(dob, 18);
  const dbsStatus = pa.featured ? 'CLEAR' : rng.weighted(DBS_STATUSES);
  let dbsCheckedOn: Day | null = null;
  if (dbsStatus === 'CLEAR' || dbsStatus === 'INFORMATION_DISCLOSED') {
    const recent = pa.featured || rng.chance(0.72);
    const lo = Math.max(adult, recent ? addYears(asOf, -3) + 1 : addYears(asOf, -5));
    const hi = recent ? asOf - 14 : addYears(asOf, -3);
    dbsCheckedOn = lo <= hi ? rng.day(lo, hi) : rng.day(adult, asOf - 14);
  }

  const hosts = ctx.orgsServing('PA_REGISTER_HOST', pa.council.gssCode);
  return {
    id: pa.id,
    givenName: featured?.givenName ?? drawn.givenName,
    familyName: featured?.familyName ?? drawn.familyName,
    dateOfBirth: isoOf(dob),
    niNumberSuffix: `${String(rng.int(0, 99)).padStart(2, '0')}${rng.pick(['A', 'B', 'C', 'D'])}`,
    employmentStatus: rng.chance(0.1) ? 'SELF_EMPLOYED' : 'EMPLOYED',
    postcodeDistrict: rng.pick(pa.council.postcodeDistricts),
    dbsStatus,
    dbsCheckedOn: dbsCheckedOn === null ? null : isoOf(dbsCheckedOn),
    services: SERVICE_ORDER.filter((s) => services.has(s)),
    languages: LANGUAGE_ORDER.filter((l) => languages.has(l)),
    availability,
    registerOrganisationId: hosts.length > 0 && rng.chance(0.85) ? rng.pick(hosts).id : null,
  };
}
