/**
 * A noisy population with ground truth, for measuring the matcher (issue 4, "Measure").
 * Unique people first (UK names including Welsh and heritage names, dates of birth skewed to
 * the older adults social care serves, postcode districts, verified NHS numbers from the 999
 * test range), with hard negatives among them: members of one household (same family name and
 * postcode, different given names and dates of birth) and twins (same family name, date of
 * birth and postcode, different given names). Then duplicate records with the noise agencies
 * produce: one-edit typos, day and month transposed, a one-digit day slip, missing NHS numbers,
 * unverified statuses, mistyped numbers, nicknames and name variants, moved postcodes, and
 * formatting (case, accents, apostrophes, hyphens, Mc/Mac). Every record carries the person's
 * recorded sex, a duplicate now and then without it or miscoded (drawn from a stream of its own,
 * so the rest of the population is what it was before sex was recorded). `dense` adds namesakes
 * and marriages and doubles households and twins. Deterministic for a seed.
 */
import { DEMO_NAME_LISTS as DEMO_NAMES, type Sexed as DemoSexed } from '../names.ts';
import { Rng } from '../random.ts';
import { nhsCheckDigit } from '@continuum/runtime';
import { areNicknameVariants, nicknameVariants, jaroWinkler, normaliseName, type IdentityRecord } from '@continuum/identity';

export interface NoisyPopulationOptions {
  /** Unique true people (households and twins included). */
  people: number;
  seed: number;
  /** Duplicate records per person on average (0.3 -> 30 duplicates for every 100 people). */
  duplicateRate: number;
  /** Share of people who are a second member of an earlier person's household (default 0.08). */
  householdRate?: number;
  /** Share of people born a twin of the person before them (default 0.01). */
  twinRate?: number;
  /**
   * Lookalikes as dense as a real region's (default false): twice the households and twins,
   * namesakes (one person in 200 shares an earlier person's full name and date of birth, in another
   * district) and marriages among duplicates (a woman's later record under a new family name,
   * often with a nickname as well). The population without it is as it always was for a seed.
   */
  dense?: boolean;
}

export type PersonKind = 'PERSON' | 'HOUSEHOLD_MEMBER' | 'TWIN' | 'NAMESAKE';

export interface NoisyRecord extends IdentityRecord {
  recordId: string;
  /** The true person behind the record. */
  truthId: string;
  /** The noise applied to this record (empty for a person's clean record). */
  noise: readonly string[];
  /** Whether this is the person's clean (first-registered) record. */
  original: boolean;
  personKind: PersonKind;
}

export interface NoisyPopulation {
  records: NoisyRecord[];
  people: number;
  duplicates: number;
  householdMembers: number;
  twins: number;
  namesakes: number;
}

type Sex = 'F' | 'M';
type Sexed = { F: readonly string[]; M: readonly string[] };

/**
 * The benchmark draws from the demo's name lists (one copy, in ../names.ts) and more: the
 * commonest national family names first, so Zipf weights make them the commonest here too, and the
 * names the demo's North East and Flintshire lists lack (hyphens, apostrophes, diacritics, heritage
 * groups), which make lookalikes harder to tell apart.
 */
const MORE_GIVEN: Record<'before1950' | 'from1950To1979' | 'from1980' | 'welsh', Sexed> = {
  before1950: {
    F: ['Constance', 'Mabel', 'Annie', 'Lily', 'Hazel', 'June', 'Iris', 'Rose', 'Dora', 'Ruby'],
    M: ['Leslie', 'Victor', 'Reginald', 'Percy', 'Sydney', 'Horace', 'Clifford', 'Francis', 'Gerald', 'Hugh', 'Lawrence', 'Patrick'],
  },
  from1950To1979: {
    F: ['Judith', 'Marie', 'Tina', 'Valerie', 'Rosemary', 'Debra', 'Jennifer', 'Kathryn', 'Hilary', 'Pamela', 'Janice'],
    M: ['Peter', 'John', 'Timothy', 'Nicholas', 'Kenneth', 'Derek', 'Raymond', 'Roger', 'Howard', 'Julian', 'Dominic', 'Duncan'],
  },
  from1980: {
    F: ['Isla', 'Freya', 'Poppy', 'Evie', 'Jasmine', 'Caitlin', 'Niamh', 'Eleanor', 'Imogen', 'Phoebe'],
    M: ['Noah', 'Leo', 'Archie', 'Alfie', 'Freddie', 'Max', 'Toby', 'Finley', 'Harvey', 'Logan'],
  },
  welsh: { F: ['Siân'], M: ['Llŷr', 'Siôn'] },
};

/** The commonest family names in England and Wales, most frequent first. */
const NATIONAL_COMMON_FAMILY_NAMES: readonly string[] = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Wood',
  'Jackson',
  'Clarke',
  'Patel',
  'Khan',
  'Lewis',
  'James',
  'Phillips',
  'Mason',
  'Mitchell',
  'Rose',
  'Davis',
  'Rodgers',
  'Harrison',
  'Martin',
  'Turner',
  'Cooper',
  'Hill',
  'Ward',
  'Morris',
  'Moore',
  'Clark',
  'Lee',
  'King',
  'Baker',
  'Harris',
  'Morgan',
  'Allen',
  'Young',
  'Scott',
  'Anderson',
  'Hughes',
  'Edwards',
];

const MORE_FAMILY_NAMES: readonly string[] = [
  'MacDonald',
  "O'Brien",
  'MacKenzie',
  'Lloyd-Jones',
  'Owen-Smith',
  'Vaughan-Thomas',
  'Bell-Robson',
  "D'Arcy",
  'St John',
  'Ferguson',
  'Campbell',
  'Paterson',
  'Hamilton',
  'Nowak',
  'Kowalczyk',
  'Lewandowski',
  'Wozniak',
  'Ahmed',
  'Hussain',
  'Ali',
  'Mahmood',
  'Iqbal',
  'Akhtar',
  'Singh',
  'Kaur',
  'Sandhu',
  'Gill',
  'Miah',
  'Rahman',
  'Begum',
  'Chowdhury',
  'Uddin',
  'Islam',
];

const MORE_WELSH_FAMILY_NAMES: readonly string[] = ['ap Rhys', 'Bowen-Jones', 'Gruffudd', 'Llwyd', 'Ifans'];

const widen = (demo: DemoSexed, more: Sexed): Sexed => ({
  F: [...new Set([...demo.female, ...more.F])],
  M: [...new Set([...demo.male, ...more.M])],
});

const BORN_BEFORE_1950 = widen(DEMO_NAMES.BORN_BEFORE_1950, MORE_GIVEN.before1950);
const BORN_1950_TO_1979 = widen(DEMO_NAMES.BORN_1950_TO_1979, MORE_GIVEN.from1950To1979);
const BORN_1980_ONWARDS = widen(DEMO_NAMES.BORN_1980_ONWARDS, MORE_GIVEN.from1980);
const WELSH_GIVEN = widen(DEMO_NAMES.WELSH_GIVEN, MORE_GIVEN.welsh);

/** Common UK family names, most frequent first (drawn with Zipf-like weights). */
const FAMILY_NAMES: readonly string[] = [...new Set([...NATIONAL_COMMON_FAMILY_NAMES, ...DEMO_NAMES.FAMILY_NAMES, ...MORE_FAMILY_NAMES])];

const WELSH_FAMILY_NAMES: readonly string[] = [...DEMO_NAMES.WELSH_FAMILY_NAMES, ...MORE_WELSH_FAMILY_NAMES];

/** Postcode areas with their number of districts and a population weight. */
const AREAS: readonly (readonly [string, number, number])[] = [
  ['NE', 66, 30],
  ['DH', 9, 8],
  ['SR', 8, 6],
  ['TS', 29, 8],
  ['DL', 17, 4],
  ['CA', 28, 3],
  ['CH', 8, 7],
  ['LL', 78, 6],
  ['CF', 48, 6],
  ['SA', 73, 4],
  ['LS', 29, 5],
  ['M', 46, 5],
  ['L', 40, 4],
  ['B', 99, 4],
];

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'qwsz',
  b: 'vghn',
  c: 'xdfv',
  d: 'serfcx',
  e: 'wsdr',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  i: 'ujko',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  m: 'njk',
  n: 'bhjm',
  o: 'iklp',
  p: 'ol',
  q: 'wa',
  r: 'edft',
  s: 'awedxz',
  t: 'rfgy',
  u: 'yhji',
  v: 'cfgb',
  w: 'qase',
  x: 'zsdc',
  y: 'tghu',
  z: 'asx',
};

interface Person {
  truthId: string;
  kind: PersonKind;
  sex: Sex;
  givenName: string;
  familyName: string;
  year: number;
  month: number;
  day: number;
  area: string;
  district: string;
  nhsNumber: string;
  welsh: boolean;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysIn(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const iso = (y: number, m: number, d: number) => `${y}-${pad2(m)}-${pad2(d)}`;

/** Zipf-like weights: the k-th name is drawn in proportion to 1 / (k + 4)^0.9. */
function zipf(items: readonly string[]): (readonly [string, number])[] {
  return items.map((name, i) => [name, 1 / Math.pow(i + 5, 0.9)] as const);
}

class Generator {
  readonly rng: Rng;
  readonly usedNhs = new Set<string>();
  readonly family = zipf(FAMILY_NAMES);
  readonly welshFamily = zipf(WELSH_FAMILY_NAMES);
  readonly areas = AREAS.map(([a, , w]) => [a, w] as const);
  readonly districtCount = new Map(AREAS.map(([a, n]) => [a, n]));

  constructor(seed: number, label: string) {
    this.rng = Rng.derive(seed, label);
  }

  birthDate(): { year: number; month: number; day: number } {
    const r = this.rng;
    const u = r.next();
    const year = u < 0.6 ? r.int(1925, 1960) : u < 0.85 ? r.int(1961, 1999) : r.int(2000, 2012);
    const month = r.int(1, 12);
    return { year, month, day: r.int(1, daysIn(year, month)) };
  }

  givenName(sex: Sex, year: number, welsh: boolean): string {
    const r = this.rng;
    if (welsh && r.chance(0.6)) return r.pick(WELSH_GIVEN[sex]);
    const list = year < 1950 ? BORN_BEFORE_1950 : year < 1980 ? BORN_1950_TO_1979 : BORN_1980_ONWARDS;
    // Popular names are more popular: a mild skew towards the head of each list.
    const items = list[sex];
    return items[Math.floor(Math.pow(r.next(), 1.4) * items.length)]!;
  }

  familyName(welsh: boolean): string {
    return welsh ? this.rng.weighted(this.welshFamily) : this.rng.weighted(this.family);
  }

  district(area?: string): { area: string; district: string } {
    const r = this.rng;
    const a = area ?? r.weighted(this.areas);
    let n = this.districtCount.get(a)!;
    let from = 1;
    if (a === 'CH') from = 5; // Flintshire's districts
    n = Math.max(n, from);
    const k = from + Math.floor(Math.pow(r.next(), 1.3) * (n - from + 1));
    return { area: a, district: `${a}${k}` };
  }

  nhsNumber(): string {
    for (;;) {
      const nine = `999${String(this.rng.int(0, 999_999)).padStart(6, '0')}`;
      const check = nhsCheckDigit(nine);
      if (check === null) continue;
      const number = `${nine}${check}`;
      if (this.usedNhs.has(number)) continue;
      this.usedNhs.add(number);
      return number;
    }
  }

  /** A different given name for a sibling or spouse: not the same, not a nickname variant, not one typo away. */
  otherGivenName(sex: Sex, year: number, welsh: boolean, avoid: string): string {
    for (let i = 0; i < 50; i++) {
      const g = this.givenName(sex, year, welsh);
      if (normaliseName(g) === normaliseName(avoid) || areNicknameVariants(g, avoid)) continue;
      if (jaroWinkler(normaliseName(g), normaliseName(avoid)) >= 0.92) continue;
      return g;
    }
    return sex === 'F' ? 'Philippa' : 'Benedict';
  }
}

/** One edit: a neighbouring key, a dropped or doubled letter, or two letters swapped. */
function typo(rng: Rng, name: string): string {
  const chars = [...name];
  const letters = chars.map((c, i) => (/[A-Za-zÀ-ž]/.test(c) ? i : -1)).filter((i) => i >= 0);
  if (letters.length < 3) return name;
  for (let attempt = 0; attempt < 10; attempt++) {
    // Typos at the first letter are rarer than later ones.
    const pos = rng.chance(0.08) ? letters[0]! : letters[1 + Math.floor(rng.next() * (letters.length - 1))]!;
    const c = chars[pos]!;
    const lower = c.toLowerCase();
    const upper = c !== lower;
    const out = chars.slice();
    const kind = rng.int(0, 3);
    if (kind === 0) {
      const nb = KEYBOARD_NEIGHBOURS[lower] ?? 'e';
      const sub = nb[Math.floor(rng.next() * nb.length)]!;
      out[pos] = upper ? sub.toUpperCase() : sub;
    } else if (kind === 1) {
      if (letters.length < 4) continue;
      out.splice(pos, 1);
      if (pos === 0 && out[0]) out[0] = out[0].toUpperCase();
    } else if (kind === 2) {
      out.splice(pos + 1, 0, lower);
    } else {
      const next = pos + 1;
      if (next >= chars.length || !/[a-z]/i.test(chars[next]!)) continue;
      out[pos] = upper ? chars[next]!.toUpperCase() : chars[next]!;
      out[next] = upper ? lower : c;
    }
    const result = out.join('');
    if (normaliseName(result) !== normaliseName(name)) return result;
  }
  return name;
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** How an agency's system happens to hold a name: case, accents, apostrophes, hyphens, Mc/Mac. */
function format(rng: Rng, name: string, family: boolean): string {
  let s = name;
  if (s !== stripAccents(s) && rng.chance(0.5)) s = stripAccents(s);
  if (family) {
    if (s.includes("'") && rng.chance(0.4)) s = rng.chance(0.5) ? s.replace("'", '') : s.replace("'", ' ');
    if (/^Mac/.test(s) && rng.chance(0.3)) s = s.replace(/^Mac/, 'Mc');
    else if (/^Mc/.test(s) && rng.chance(0.3)) s = s.replace(/^Mc/, 'Mac');
    if (s.includes('-') && rng.chance(0.3)) s = s.replace('-', ' ');
  }
  const u = rng.next();
  if (u < 0.08) s = s.toUpperCase();
  else if (u < 0.11) s = s.toLowerCase();
  if (rng.chance(0.02)) s = ` ${s}  `;
  return s;
}

const UNVERIFIED_STATUSES = ['02', '02', '02', '03', '04', '05', '06', '08'] as const;

type NoiseOp = 'GIVEN_TYPO' | 'FAMILY_TYPO' | 'NICKNAME' | 'DOB_TRANSPOSED' | 'DOB_DAY_DIGIT' | 'MOVED' | 'NO_POSTCODE' | 'MARRIED';
const NOISE_OPS: readonly (readonly [NoiseOp, number])[] = [
  ['GIVEN_TYPO', 2],
  ['FAMILY_TYPO', 2],
  ['NICKNAME', 3],
  ['DOB_TRANSPOSED', 2],
  ['DOB_DAY_DIGIT', 1],
  ['MOVED', 3],
  ['NO_POSTCODE', 0.5],
];

/** The dense population's noise: marriages as well, as often as a family-name typo. */
const DENSE_NOISE_OPS: readonly (readonly [NoiseOp, number])[] = [...NOISE_OPS, ['MARRIED', 2]];

const NOISE_FIELD: Record<NoiseOp, string> = {
  GIVEN_TYPO: 'given',
  NICKNAME: 'given',
  FAMILY_TYPO: 'family',
  DOB_TRANSPOSED: 'dob',
  DOB_DAY_DIGIT: 'dob',
  MOVED: 'postcode',
  NO_POSTCODE: 'postcode',
  MARRIED: 'family',
};

/**
 * Generates `people` true people and about `people × duplicateRate` duplicate records, ordered
 * as agencies would register them: a person's first record usually (not always) before the
 * duplicates. The same options always give the same records.
 */
export function noisyPopulation(options: NoisyPopulationOptions): NoisyPopulation {
  const { people, seed, duplicateRate } = options;
  const dense = options.dense ?? false;
  const householdRate = options.householdRate ?? (dense ? 0.16 : 0.08);
  const twinRate = options.twinRate ?? (dense ? 0.02 : 0.01);
  const g = new Generator(seed, 'matching/people');
  const rng = g.rng;
  // Namesakes are drawn from a stream of their own, consulted only for a dense population.
  const nrng = Rng.derive(seed, 'matching/namesakes');
  const persons: Person[] = [];
  let householdMembers = 0;
  let twins = 0;
  let namesakes = 0;

  while (persons.length < people) {
    const i = persons.length;
    const truthId = `P${i + 1}`;
    const prev = persons[i - 1];
    if (dense && i > 10 && nrng.chance(NAMESAKE_RATE)) {
      // Someone else with an earlier person's full name and date of birth, living elsewhere.
      const other = persons[nrng.int(0, i - 1)]!;
      const place = g.district(nrng.chance(0.5) ? other.area : undefined);
      if (place.district === other.district) continue;
      persons.push({ ...other, truthId, kind: 'NAMESAKE', ...place, nhsNumber: g.nhsNumber() });
      namesakes++;
      continue;
    }
    if (prev && prev.kind !== 'TWIN' && rng.chance(twinRate)) {
      const sex: Sex = rng.chance(0.5) ? prev.sex : prev.sex === 'F' ? 'M' : 'F';
      persons.push({
        ...prev,
        truthId,
        kind: 'TWIN',
        sex,
        givenName: g.otherGivenName(sex, prev.year, prev.welsh, prev.givenName),
        nhsNumber: g.nhsNumber(),
      });
      twins++;
      continue;
    }
    if (i > 10 && rng.chance(householdRate)) {
      const head = persons[rng.int(Math.max(0, i - 2000), i - 1)]!;
      const sex: Sex = rng.chance(0.5) ? 'F' : 'M';
      const rel = rng.next();
      const year = rel < 0.5 ? head.year + rng.int(-6, 6) : rel < 0.8 ? head.year + rng.int(20, 35) : head.year - rng.int(20, 35);
      const clamped = Math.min(2012, Math.max(1920, year));
      const month = rng.int(1, 12);
      const day = rng.int(1, daysIn(clamped, month));
      if (clamped === head.year && month === head.month && day === head.day) continue;
      persons.push({
        truthId,
        kind: 'HOUSEHOLD_MEMBER',
        sex,
        givenName: g.otherGivenName(sex, clamped, head.welsh, head.givenName),
        familyName: head.familyName,
        year: clamped,
        month,
        day,
        area: head.area,
        district: head.district,
        nhsNumber: g.nhsNumber(),
        welsh: head.welsh,
      });
      householdMembers++;
      continue;
    }
    const dob = g.birthDate();
    const place = g.district();
    const welsh = (place.area === 'CH' || place.area === 'LL' || place.area === 'CF' || place.area === 'SA') && rng.chance(0.45);
    const sex: Sex = rng.chance(0.58) ? 'F' : 'M';
    persons.push({
      truthId,
      kind: 'PERSON',
      sex,
      givenName: g.givenName(sex, dob.year, welsh),
      familyName: g.familyName(welsh),
      ...dob,
      ...place,
      nhsNumber: g.nhsNumber(),
      welsh,
    });
  }

  // Duplicates: each assigned to a person at random, so some people have several.
  const drng = Rng.derive(seed, 'matching/duplicates');
  const dupCount = Math.round(people * duplicateRate);
  const dupsOf = new Map<number, number>();
  for (let k = 0; k < dupCount; k++) {
    const p = Math.floor(drng.next() * people);
    dupsOf.set(p, (dupsOf.get(p) ?? 0) + 1);
  }

  const timed: { t: number; record: Omit<NoisyRecord, 'recordId'> }[] = [];
  const postcodeText = (district: string) => {
    const u = drng.next();
    if (u < 0.04)
      return `${district} ${drng.int(1, 9)}${'ABDEFGHJLNPQRSTUWXYZ'[drng.int(0, 19)]}${'ABDEFGHJLNPQRSTUWXYZ'[drng.int(0, 19)]}`;
    if (u < 0.07) return district.toLowerCase();
    return district;
  };

  for (let i = 0; i < persons.length; i++) {
    const p = persons[i]!;
    const first = i / persons.length;
    timed.push({
      t: first,
      record: {
        truthId: p.truthId,
        nhsNumber: p.nhsNumber,
        nhsNumberStatus: '01',
        givenName: format(drng, p.givenName, false),
        familyName: format(drng, p.familyName, true),
        dateOfBirth: iso(p.year, p.month, p.day),
        postcodeDistrict: postcodeText(p.district),
        noise: [],
        original: true,
        personKind: p.kind,
      },
    });
    const n = dupsOf.get(i) ?? 0;
    for (let k = 0; k < n; k++) {
      // Mostly later than the first record; now and then an agency registered them first.
      const t = drng.chance(0.03) ? first - drng.next() * 0.05 : first + drng.next() * 0.4;
      timed.push({ t, record: duplicateOf(p, persons, g, drng, postcodeText, dense ? DENSE_NOISE_OPS : NOISE_OPS) });
    }
  }

  timed.sort((x, y) => x.t - y.t);
  const srng = Rng.derive(seed, 'matching/sex');
  const sexOf = new Map(persons.map((p) => [p.truthId, p.sex]));
  const records: NoisyRecord[] = timed.map((x, i) => {
    const truth = sexOf.get(x.record.truthId)!;
    const sex = x.record.original ? truth : recordedSex(srng, truth);
    const noise = sex === truth ? x.record.noise : [...x.record.noise, sex ? 'sex miscoded' : 'no sex recorded'];
    return { recordId: `R${i + 1}`, ...x.record, noise, sex };
  });
  return { records, people: persons.length, duplicates: dupCount, householdMembers, twins, namesakes };
}

/** Share of a dense population's people who are a namesake of an earlier person. */
const NAMESAKE_RATE = 0.005;

/** Shares of a duplicate record's sex noise: not recorded, or recorded as the other sex. */
const SEX_MISSING = 0.05;
const SEX_MISCODED = 0.01;

function recordedSex(rng: Rng, sex: Sex): Sex | null {
  const u = rng.next();
  if (u < SEX_MISSING) return null;
  if (u < SEX_MISSING + SEX_MISCODED) return sex === 'F' ? 'M' : 'F';
  return sex;
}

function duplicateOf(
  p: Person,
  persons: readonly Person[],
  g: Generator,
  rng: Rng,
  postcodeText: (d: string) => string,
  ops: readonly (readonly [NoiseOp, number])[],
): Omit<NoisyRecord, 'recordId'> {
  const noise: string[] = [];
  let givenName = p.givenName;
  let familyName = p.familyName;
  const { year } = p;
  let { month, day } = p;
  let district: string | null = p.district;

  const u = rng.next();
  const opCount = u < 0.25 ? 0 : u < 0.7 ? 1 : u < 0.92 ? 2 : 3;
  // At most one slip per field: a nickname or a typo in the given name, one date error, one postcode change.
  const done = new Set<string>();
  for (let k = 0; k < opCount; k++) {
    let op = rng.weighted(ops);
    for (let tries = 0; done.has(NOISE_FIELD[op]) && tries < 10; tries++) op = rng.weighted(ops);
    if (done.has(NOISE_FIELD[op])) continue;
    done.add(NOISE_FIELD[op]);
    if (op === 'NICKNAME') {
      const variants = nicknameVariants(p.givenName);
      if (variants.length === 0) op = 'GIVEN_TYPO';
      else {
        const v = rng.pick(variants);
        givenName = v[0]!.toUpperCase() + v.slice(1);
        noise.push(`nickname ${givenName}`);
        continue;
      }
    }
    if (op === 'MARRIED') {
      // Mostly women taking a spouse's name; now and then a man does.
      const other = g.familyName(p.welsh);
      if ((p.sex === 'F' || rng.chance(0.1)) && normaliseName(other) !== normaliseName(p.familyName)) {
        familyName = other;
        noise.push(`married name ${other}`);
        continue;
      }
      op = 'FAMILY_TYPO';
    }
    if (op === 'GIVEN_TYPO') {
      const t = typo(rng, givenName);
      if (t !== givenName) noise.push(`given typo ${t}`);
      givenName = t;
    } else if (op === 'FAMILY_TYPO') {
      const t = typo(rng, familyName);
      if (t !== familyName) noise.push(`family typo ${t}`);
      familyName = t;
    } else if (op === 'DOB_TRANSPOSED' && day <= 12 && day !== month) {
      [month, day] = [day, month];
      noise.push('day and month transposed');
    } else if (op === 'DOB_TRANSPOSED' || op === 'DOB_DAY_DIGIT') {
      const options: number[] = [];
      for (let d = 1; d <= daysIn(year, month); d++) {
        if (d !== day && (d % 10 === day % 10) !== (Math.floor(d / 10) === Math.floor(day / 10))) options.push(d);
      }
      if (options.length) {
        day = rng.pick(options);
        noise.push('day one digit out');
      }
    } else if (op === 'MOVED') {
      const moved = g.district(rng.chance(0.7) ? p.area : undefined);
      if (moved.district !== p.district) {
        district = moved.district;
        noise.push(`moved to ${district}`);
      }
    } else if (op === 'NO_POSTCODE') {
      district = null;
      noise.push('no postcode');
    }
  }

  let nhsNumber: string | null = p.nhsNumber;
  let nhsNumberStatus = '01';
  if (rng.chance(0.3)) {
    nhsNumber = null;
    nhsNumberStatus = rng.chance(0.5) ? '03' : '07';
    noise.push('no NHS number');
  } else if (rng.chance(0.0005)) {
    // A valid number belonging to someone else, recorded as verified: the case the
    // verified-number rule guards against.
    nhsNumber = rng.pick(persons).nhsNumber;
    noise.push('another person’s verified NHS number');
  } else if (rng.chance(0.012)) {
    nhsNumber = mistype(rng, p.nhsNumber);
    nhsNumberStatus = '02';
    noise.push('mistyped NHS number');
  } else if (rng.chance(0.2)) {
    nhsNumberStatus = rng.pick(UNVERIFIED_STATUSES);
    noise.push(`NHS number status ${nhsNumberStatus}`);
  }
  if (nhsNumber && rng.chance(0.2)) nhsNumber = `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`;

  return {
    truthId: p.truthId,
    nhsNumber,
    nhsNumberStatus,
    givenName: format(rng, givenName, false),
    familyName: format(rng, familyName, true),
    dateOfBirth: iso(year, month, day),
    postcodeDistrict: district === null ? null : postcodeText(district),
    noise,
    original: false,
    personKind: p.kind,
  };
}

/**
 * A mistyped number: one digit changed. The check digit catches most (the number is then
 * invalid and ignored); now and then a second slip lands on another valid number.
 */
function mistype(rng: Rng, number: string): string {
  for (;;) {
    const pos = rng.int(3, 8);
    const digits = number.slice(0, 9).split('');
    digits[pos] = String((Number(digits[pos]) + rng.int(1, 9)) % 10);
    const nine = digits.join('');
    if (rng.chance(0.7)) return `${nine}${number[9]}`;
    const check = nhsCheckDigit(nine);
    if (check !== null) return `${nine}${check}`;
  }
}
