/**
 * Comparing two identities field by field, the approved deterministic rules, and the
 * Fellegi–Sunter score with each field's contribution.
 */
import { formatNhsNumber } from '@continuum/runtime';
import { matchFields, weightTable } from './config.ts';
import type { FrequencyField, TermFrequencies } from './frequencies.ts';
import { normaliseIdentity } from './normalise.ts';
import { jaroWinkler, oneEditApart } from './normalise-text.ts';
import type { AnyIdentityRecord, FieldComparison, FieldContribution, MatchConfig, NormalisedIdentity, ScoredCandidate } from './types.ts';

/** Comparison levels, indexes into a field's level weights. */
export const AGREE = 0;
export const FUZZY = 1;
export const DISAGREE = 2;
export const MISSING = 3;
/** NHS number only: two verified numbers that differ (reported as DISAGREE, weighted apart). */
export const DISAGREE_VERIFIED = 4;
const LEVEL_NAMES: readonly FieldComparison[] = ['AGREE', 'FUZZY', 'DISAGREE', 'MISSING', 'DISAGREE'];

/** Names at or above this Jaro-Winkler similarity agree fuzzily. */
export const JARO_WINKLER_FUZZY = 0.92;

/** How a fuzzy (or failed) comparison came about, for the reasons shown to a reviewer. */
export const HOW_NONE = 0;
export const HOW_NICKNAME = 1;
export const HOW_FIRST_NAME = 2;
export const HOW_INITIAL = 3;
export const HOW_JARO_WINKLER = 4;
export const HOW_NAME_PART = 5;
export const HOW_TRANSPOSED = 6;
export const HOW_DAY_DIGIT = 7;
export const HOW_SAME_AREA = 8;
/** A name one slip from the other (a letter changed, dropped, added, or two swapped) that Jaro-Winkler puts below the cut. */
export const HOW_ONE_EDIT = 9;

/** One pair's comparison: a level per field (matchFields order) and how the names compared. */
export interface PairComparison {
  /** The identifier: NHS number or NI number suffix. */
  identifier: number;
  given: number;
  family: number;
  dob: number;
  postcode: number;
  sex: number;
  givenHow: number;
  givenSimilarity: number;
  familyHow: number;
  familySimilarity: number;
  dobHow: number;
  postcodeHow: number;
}

function compareGiven(a: NormalisedIdentity, b: NormalisedIdentity, out: PairComparison): void {
  out.givenHow = HOW_NONE;
  out.givenSimilarity = 0;
  if (!a.givenName || !b.givenName) {
    out.given = MISSING;
    return;
  }
  if (a.givenName === b.givenName) {
    out.given = AGREE;
    out.givenSimilarity = 1;
    return;
  }
  out.given = FUZZY;
  if (a.givenFirst === b.givenFirst) {
    out.givenHow = HOW_FIRST_NAME;
    return;
  }
  const ga = a.givenGroups;
  if (ga.length) {
    const gb = b.givenGroups;
    for (let i = 0; i < ga.length; i++) {
      if (gb.includes(ga[i]!)) {
        out.givenHow = HOW_NICKNAME;
        return;
      }
    }
  }
  if ((a.givenFirst.length === 1 || b.givenFirst.length === 1) && a.givenFirst[0] === b.givenFirst[0]) {
    out.givenHow = HOW_INITIAL;
    return;
  }
  const jw = jaroWinkler(a.givenFirst, b.givenFirst);
  out.givenSimilarity = jw;
  out.givenHow = HOW_JARO_WINKLER;
  if (jw >= JARO_WINKLER_FUZZY) return;
  if (oneEditApart(a.givenFirst, b.givenFirst)) out.givenHow = HOW_ONE_EDIT;
  else out.given = DISAGREE;
}

function compareFamily(a: NormalisedIdentity, b: NormalisedIdentity, out: PairComparison): void {
  out.familyHow = HOW_NONE;
  out.familySimilarity = 0;
  if (!a.familyName || !b.familyName) {
    out.family = MISSING;
    return;
  }
  if (a.familyName === b.familyName) {
    out.family = AGREE;
    out.familySimilarity = 1;
    return;
  }
  out.family = FUZZY;
  if (a.familyParts.length > 1 || b.familyParts.length > 1) {
    for (const p of a.familyParts) {
      if (p.length > 1 && b.familyParts.includes(p)) {
        out.familyHow = HOW_NAME_PART;
        return;
      }
    }
  }
  const jw = jaroWinkler(a.familyName, b.familyName);
  out.familySimilarity = jw;
  out.familyHow = HOW_JARO_WINKLER;
  if (jw >= JARO_WINKLER_FUZZY) return;
  if (oneEditApart(a.familyName, b.familyName)) out.familyHow = HOW_ONE_EDIT;
  else out.family = DISAGREE;
}

/** True when two day numbers differ in exactly one digit of their two-digit form (12 vs 13, 05 vs 15). */
function oneDigitApart(x: number, y: number): boolean {
  return (x % 10 === y % 10) !== (Math.floor(x / 10) === Math.floor(y / 10));
}

function compareDob(a: NormalisedIdentity, b: NormalisedIdentity, out: PairComparison): void {
  out.dobHow = HOW_NONE;
  if (!a.dateOfBirth || !b.dateOfBirth) out.dob = MISSING;
  else if (a.dateOfBirth === b.dateOfBirth) out.dob = AGREE;
  else if (a.birthYear === b.birthYear && a.birthMonth === b.birthDay && a.birthDay === b.birthMonth) {
    out.dob = FUZZY;
    out.dobHow = HOW_TRANSPOSED;
  } else if (a.birthYear === b.birthYear && a.birthMonth === b.birthMonth && oneDigitApart(a.birthDay, b.birthDay)) {
    out.dob = FUZZY;
    out.dobHow = HOW_DAY_DIGIT;
  } else out.dob = DISAGREE;
}

function comparePostcode(a: NormalisedIdentity, b: NormalisedIdentity, out: PairComparison): void {
  out.postcodeHow = HOW_NONE;
  if (!a.postcodeDistrict || !b.postcodeDistrict) out.postcode = MISSING;
  else if (a.postcodeDistrict === b.postcodeDistrict) out.postcode = AGREE;
  else if (a.postcodeArea === b.postcodeArea) {
    out.postcode = FUZZY;
    out.postcodeHow = HOW_SAME_AREA;
  } else out.postcode = DISAGREE;
}

function compareSex(a: NormalisedIdentity, b: NormalisedIdentity): number {
  if (!a.sex || !b.sex) return MISSING;
  return a.sex === b.sex ? AGREE : DISAGREE;
}

export function newComparison(): PairComparison {
  return {
    identifier: MISSING,
    given: MISSING,
    family: MISSING,
    dob: MISSING,
    postcode: MISSING,
    sex: MISSING,
    givenHow: 0,
    givenSimilarity: 0,
    familyHow: 0,
    familySimilarity: 0,
    dobHow: 0,
    postcodeHow: 0,
  };
}

/** Compares two normalised identities into `out` (a fresh comparison when omitted). */
export function compareIdentities(a: NormalisedIdentity, b: NormalisedIdentity, out: PairComparison = newComparison()): PairComparison {
  out.identifier =
    !a.identifier || !b.identifier
      ? MISSING
      : a.identifier === b.identifier
        ? AGREE
        : a.identifierVerified && b.identifierVerified
          ? DISAGREE_VERIFIED
          : DISAGREE;
  compareGiven(a, b, out);
  compareFamily(a, b, out);
  compareDob(a, b, out);
  comparePostcode(a, b, out);
  out.sex = compareSex(a, b);
  return out;
}

/** Levels in matchFields order. */
function levels(c: PairComparison): [number, number, number, number, number, number] {
  return [c.identifier, c.given, c.family, c.dob, c.postcode, c.sex];
}

/**
 * Term-frequency adjustments for one incoming record: bits added to the agreement weight of its
 * given name, family name and date of birth (an agreeing record holds the same value), with the
 * share of records holding each value. All 0 without frequencies.
 */
export interface Adjustments {
  given: number;
  family: number;
  dob: number;
  shares: Partial<Record<FrequencyField, number>>;
}

export const NO_ADJUSTMENTS: Adjustments = { given: 0, family: 0, dob: 0, shares: {} };

export function adjustmentsFor(a: NormalisedIdentity, config: MatchConfig, frequencies: TermFrequencies | undefined): Adjustments {
  if (!frequencies) return NO_ADJUSTMENTS;
  const shares: Adjustments['shares'] = {};
  const one = (field: FrequencyField) => {
    const share = frequencies.share(field, a);
    if (share === null) return 0;
    shares[field] = share;
    return frequencies.adjustment(field, a, config.weights[field]!.u);
  };
  return { given: one('GIVEN_NAME'), family: one('FAMILY_NAME'), dob: one('DATE_OF_BIRTH'), shares };
}

/**
 * The score: field weights summed in matchFields order (the same order the contributions list
 * them, so the contributions add up to exactly this number), agreement on a name or date of
 * birth adjusted for how common it is.
 */
export function scoreComparison(c: PairComparison, table: ReturnType<typeof weightTable>, adj: Adjustments = NO_ADJUSTMENTS): number {
  let s = table[0]![c.identifier]!;
  s += table[1]![c.given]! + (c.given === AGREE ? adj.given : 0);
  s += table[2]![c.family]! + (c.family === AGREE ? adj.family : 0);
  s += table[3]![c.dob]! + (c.dob === AGREE ? adj.dob : 0);
  s += table[4]![c.postcode]!;
  s += table[5]![c.sex]!;
  return s;
}

export const RULE_VERIFIED_NHS_NUMBER = 'VERIFIED_NHS_NUMBER';
export const RULE_NAMES_DOB_POSTCODE = 'NAMES_DOB_POSTCODE';
export const RULE_NHS_NUMBER_NAMES_DOB = 'NHS_NUMBER_NAMES_DOB';
export const RULE_NI_SUFFIX_NAMES_DOB = 'NI_SUFFIX_NAMES_DOB';

/** The approved deterministic rules, in the order they are tried, with what each requires. */
export const MATCH_RULES: readonly { id: string; description: string }[] = [
  {
    id: RULE_VERIFIED_NHS_NUMBER,
    description: 'the same NHS number, verified (status 01) on both records, unless the date of birth and the given name both disagree',
  },
  {
    id: RULE_NAMES_DOB_POSTCODE,
    description:
      'given name, family name, date of birth and postcode district, at most one of the first three fuzzy (never a date one digit out, nor a given name one letter out: a twin’s name may be), in the same district or a recorded move, sex not differing; never when both NHS numbers are verified and differ',
  },
  {
    id: RULE_NHS_NUMBER_NAMES_DOB,
    description: 'the same NHS number (verified or not) with given name, family name and date of birth, at most one of the three fuzzy',
  },
];

/** The approved rules for personal assistants: no national number, so names and date of birth always take part. */
export const PA_MATCH_RULES: readonly { id: string; description: string }[] = [
  {
    id: RULE_NAMES_DOB_POSTCODE,
    description:
      'given name, family name, date of birth and postcode district, at most one of the first three fuzzy (never a date one digit out, nor a given name one letter out: a twin’s name may be), in the same district or a recorded move, sex not differing; never when the NI number suffixes differ',
  },
  {
    id: RULE_NI_SUFFIX_NAMES_DOB,
    description:
      'the same last three characters of the NI number with given name, family name and date of birth, at most one of the three fuzzy',
  },
];

const ruleDescription = (rule: string, kind: NormalisedIdentity['identifierKind']) =>
  (kind === 'NHS_NUMBER' ? MATCH_RULES : PA_MATCH_RULES).find((r) => r.id === rule)?.description;

const ok = (level: number) => level === AGREE || level === FUZZY;

/**
 * Identifiers that say two people: two verified NHS numbers that differ, or two NI number
 * suffixes that differ (two NI numbers; a mistyped one is for a reviewer to judge). Such a
 * pair is never linked by a rule or by the score.
 */
export function identifiersApart(a: NormalisedIdentity, c: PairComparison): boolean {
  return c.identifier === DISAGREE_VERIFIED || (a.identifierKind === 'NI_NUMBER_SUFFIX' && c.identifier === DISAGREE);
}

/** Why a pair may not be linked automatically, whatever it scores (see evidenceBarrier). */
export const BARRIER_FAMILY_NAME = 'FAMILY_NAME_DIFFERS';
export const BARRIER_DATE_DIGIT = 'DATE_OF_BIRTH_ONE_DIGIT_OUT';

/**
 * Evidence that keeps a pair out of automatic linking, by rule or by score, unless the
 * identifier (NHS number or NI suffix) agrees: a family name that plainly differs (a marriage,
 * or a stranger: given name and date of birth alone never outweigh it), or a date of birth with
 * one digit of the day out (a namesake born nine days apart looks the same). Null when nothing
 * stands in the way.
 */
export function evidenceBarrier(c: PairComparison): string | null {
  if (c.identifier === AGREE) return null;
  if (c.family === DISAGREE) return BARRIER_FAMILY_NAME;
  if (c.dobHow === HOW_DAY_DIGIT) return BARRIER_DATE_DIGIT;
  return null;
}

/**
 * The deterministic rule this pair satisfies, or null. Uniqueness across candidates, and what
 * the candidate's other records say, are decide's concern. The names rule needs the same
 * postcode district or a recorded move (`moveRecorded`: decide's finding that the person already
 * holds the incoming record's own agency entry, so the agency itself recorded the new address);
 * a move it cannot vouch for is left to the score.
 */
export function ruleFor(a: NormalisedIdentity, b: NormalisedIdentity, c: PairComparison, moveRecorded = false): string | null {
  const ni = a.identifierKind === 'NI_NUMBER_SUFFIX';
  const bothVerified = a.identifierVerified && b.identifierVerified;
  if (bothVerified && c.identifier === AGREE) {
    return c.dob === DISAGREE && c.given === DISAGREE ? null : RULE_VERIFIED_NHS_NUMBER;
  }
  if (identifiersApart(a, c)) return null;
  // A differing sex is left to the score, which weighs it.
  if (c.sex === DISAGREE) return null;
  if (!ok(c.given) || !ok(c.family) || !ok(c.dob)) return null;
  const fuzzyNames = (c.given === FUZZY ? 1 : 0) + (c.family === FUZZY ? 1 : 0) + (c.dob === FUZZY ? 1 : 0);
  const placed = c.postcode === AGREE || (moveRecorded && c.postcode !== MISSING);
  // A given name one slip out may be a twin's (Eric and Erin): only the identifier links that.
  if (placed && fuzzyNames <= 1 && evidenceBarrier(c) === null && c.givenHow !== HOW_ONE_EDIT) return RULE_NAMES_DOB_POSTCODE;
  if (c.identifier === AGREE && fuzzyNames <= 1) return ni ? RULE_NI_SUFFIX_NAMES_DOB : RULE_NHS_NUMBER_NAMES_DOB;
  return null;
}

/**
 * Twins: same family name and date of birth (exactly or nearly), given names that differ
 * (neither nickname variants nor within Jaro-Winkler 0.92; one slip apart counts too, as twins
 * are given names like Eric and Erin). Only a verified NHS number may link such a pair
 * automatically.
 */
export function isPossibleTwin(c: PairComparison): boolean {
  return (c.given === DISAGREE || c.givenHow === HOW_ONE_EDIT) && ok(c.dob) && ok(c.family);
}

const pct = (x: number) => x.toFixed(2);

function givenDetail(c: PairComparison, a: AnyIdentityRecord, b: AnyIdentityRecord): string | null {
  switch (c.givenHow) {
    case HOW_FIRST_NAME:
      return `first given name agrees (${a.givenName.trim()} / ${b.givenName.trim()})`;
    case HOW_NICKNAME:
      return `nickname ${a.givenName.trim()} ~ ${b.givenName.trim()}`;
    case HOW_INITIAL:
      return `initial ${a.givenName.trim()} / ${b.givenName.trim()}`;
    case HOW_JARO_WINKLER:
      return `Jaro-Winkler ${pct(c.givenSimilarity)} (${a.givenName.trim()} / ${b.givenName.trim()})`;
    case HOW_ONE_EDIT:
      return `one letter out (${a.givenName.trim()} / ${b.givenName.trim()})`;
    default:
      return null;
  }
}

function familyDetail(c: PairComparison, a: AnyIdentityRecord, b: AnyIdentityRecord): string | null {
  if (c.familyHow === HOW_NAME_PART) return `one part of a family name agrees (${a.familyName.trim()} / ${b.familyName.trim()})`;
  if (c.familyHow === HOW_JARO_WINKLER) return `Jaro-Winkler ${pct(c.familySimilarity)} (${a.familyName.trim()} / ${b.familyName.trim()})`;
  if (c.familyHow === HOW_ONE_EDIT) return `one letter out (${a.familyName.trim()} / ${b.familyName.trim()})`;
  return null;
}

function identifierDetail(level: number, a: NormalisedIdentity, b: NormalisedIdentity): string | null {
  if (level === MISSING) return !a.identifier && !b.identifier ? 'absent or invalid on both records' : 'absent or invalid on one record';
  // An NI suffix is a restricted field: the reasons say how it compared, never what it is.
  if (a.identifierKind === 'NI_NUMBER_SUFFIX')
    return level === AGREE ? 'the same on both records (never verified)' : level === DISAGREE ? 'different on the two records' : null;
  if (level === AGREE) return a.identifierVerified && b.identifierVerified ? 'verified on both records' : 'not verified on both records';
  return level === DISAGREE_VERIFIED ? 'both numbers verified' : null;
}

function frequencyDetail(share: number, adjusted: number): string {
  const oneIn = Math.max(1, Math.round(1 / share));
  const bits = `${adjusted >= 0 ? '+' : ''}${adjusted.toFixed(1)}`;
  return `${adjusted < 0 ? 'common' : 'rare'}: held by 1 record in ${oneIn.toLocaleString('en-GB')} (${bits} for its frequency)`;
}

function contributionsOf(
  c: PairComparison,
  a: NormalisedIdentity,
  b: NormalisedIdentity,
  ra: AnyIdentityRecord,
  rb: AnyIdentityRecord,
  config: MatchConfig,
  adj: Adjustments,
): FieldContribution[] {
  const lv = levels(c);
  const table = weightTable(config);
  return matchFields(config)
    .map((field, i) => {
      const level = lv[i]!;
      let detail: string | null = null;
      const adjusted = level === AGREE ? (i === 1 ? adj.given : i === 2 ? adj.family : i === 3 ? adj.dob : 0) : 0;
      if (i === 0) {
        detail = identifierDetail(level, a, b);
      } else if (field === 'GIVEN_NAME') {
        if (level !== AGREE && level !== MISSING) detail = givenDetail(c, ra, rb);
      } else if (field === 'FAMILY_NAME') {
        if (level !== AGREE && level !== MISSING) detail = familyDetail(c, ra, rb);
      } else if (field === 'DATE_OF_BIRTH') {
        if (c.dobHow === HOW_TRANSPOSED) detail = 'day and month transposed';
        else if (c.dobHow === HOW_DAY_DIGIT) detail = 'day differs by one digit';
      } else if (field === 'POSTCODE_DISTRICT') {
        if (level === FUZZY) detail = `moved within ${a.postcodeArea} (${a.postcodeDistrict} / ${b.postcodeDistrict})`;
        else if (level === DISAGREE) detail = `moved (${a.postcodeDistrict} / ${b.postcodeDistrict})`;
      } else if (field === 'SEX') {
        if (level === DISAGREE) detail = `${a.sex} / ${b.sex}`;
      }
      const share = adj.shares[field as FrequencyField];
      if (adjusted !== 0 && share !== undefined) detail = frequencyDetail(share, adjusted);
      return { field, comparison: LEVEL_NAMES[level]!, weight: table[i]![level]! + adjusted, detail };
    })
    .filter((k) => k.field !== 'SEX' || k.comparison !== 'MISSING');
}

const FIELD_WORDS: Record<string, string> = {
  NHS_NUMBER: 'NHS number',
  NI_NUMBER_SUFFIX: 'NI number suffix',
  GIVEN_NAME: 'given name',
  FAMILY_NAME: 'family name',
  DATE_OF_BIRTH: 'date of birth',
  POSTCODE_DISTRICT: 'postcode district',
  SEX: 'sex',
};

function barrierWords(barrier: string, kind: NormalisedIdentity['identifierKind']): string {
  const same = kind === 'NHS_NUMBER' ? 'the same NHS number' : 'the same NI number suffix';
  if (barrier === BARRIER_FAMILY_NAME)
    return `Family name differs (possibly a change of name, such as on marriage): given name and date of birth alone never link without ${same}`;
  return `Date of birth one digit out: never linked automatically without ${same}`;
}

function reasonsOf(
  contributions: FieldContribution[],
  rule: string | null,
  c: PairComparison,
  a: NormalisedIdentity,
  b: NormalisedIdentity,
  moveRecorded: boolean,
): string[] {
  const reasons: string[] = [];
  if (rule === RULE_VERIFIED_NHS_NUMBER) reasons.push(`Same verified NHS number ${formatNhsNumber(a.identifier!)} on both records`);
  else if (rule) reasons.push(`Approved rule ${rule}: ${ruleDescription(rule, a.identifierKind)}`);
  for (const k of contributions) {
    const words = FIELD_WORDS[k.field]!;
    const w = `${k.weight >= 0 ? '+' : ''}${k.weight.toFixed(1)}`;
    const level =
      k.comparison === 'AGREE'
        ? 'agrees'
        : k.comparison === 'FUZZY'
          ? 'nearly agrees'
          : k.comparison === 'DISAGREE'
            ? 'differs'
            : 'missing';
    reasons.push(`${words[0]!.toUpperCase()}${words.slice(1)} ${level}${k.detail ? `: ${k.detail}` : ''} (${w})`);
  }
  if (c.identifier === AGREE && a.identifierKind === 'NI_NUMBER_SUFFIX') {
    reasons.push('The NI number suffix is weak evidence (about one person in a thousand shares it) and never links records on its own');
  } else if (c.identifier === AGREE && !(a.identifierVerified && b.identifierVerified)) {
    reasons.push('The NHS number is not verified on both records, so it cannot link them on its own');
  } else if (c.identifier === AGREE && rule !== RULE_VERIFIED_NHS_NUMBER) {
    reasons.push(
      'Same verified NHS number, but the date of birth and the given name both differ: possibly a mistyped number; not linked automatically',
    );
  }
  const barrier = rule ? null : evidenceBarrier(c);
  if (barrier) reasons.push(barrierWords(barrier, a.identifierKind));
  if (moveRecorded && (c.postcode === FUZZY || c.postcode === DISAGREE))
    reasons.push('A recorded move: the person already holds this agency record, now at another address');
  if (rule !== RULE_VERIFIED_NHS_NUMBER && isPossibleTwin(c)) {
    reasons.push('Possible twin or namesake: same family name and date of birth but a different given name; never linked automatically');
  }
  return reasons;
}

/** A scored candidate from a comparison already made (used by decide for the candidates it reports). */
export function materialise(
  incoming: AnyIdentityRecord,
  known: AnyIdentityRecord,
  c: PairComparison,
  config: MatchConfig,
  rule: string | null,
  personId = known.id ?? '',
  moveRecorded = false,
  adj: Adjustments = NO_ADJUSTMENTS,
): ScoredCandidate {
  const a = normaliseIdentity(incoming);
  const b = normaliseIdentity(known);
  const contributions = contributionsOf(c, a, b, incoming, known, config, adj);
  let score = 0;
  for (const k of contributions) score += k.weight;
  return { personId, score, rule, contributions, reasons: reasonsOf(contributions, rule, c, a, b, moveRecorded) };
}

/**
 * Scores one incoming record against one known record: each field's comparison and weight,
 * their sum, and the deterministic rule the pair satisfies (if any). With `frequencies`,
 * agreement on a common name or date of birth counts for less than on a rare one.
 */
export function scorePair(
  incoming: AnyIdentityRecord,
  known: AnyIdentityRecord,
  config: MatchConfig,
  frequencies?: TermFrequencies,
): ScoredCandidate {
  const a = normaliseIdentity(incoming);
  const b = normaliseIdentity(known);
  const c = compareIdentities(a, b);
  return materialise(incoming, known, c, config, ruleFor(a, b, c), known.id ?? '', false, adjustmentsFor(a, config, frequencies));
}
