/**
 * Matching configuration: Fellegi–Sunter m and u per field and the two thresholds (log2).
 *
 * u comes from random pairs of different people in the generated population (rounded;
 * `npx tsx scripts/bench-matching.ts --estimate` prints the estimates beside these values).
 * m is set nearer what registers show than the generator's deliberately heavy noise
 * (which would put a fuzzy name almost level with an exact one). The NHS number's
 * mVerified gives two different traced numbers their own, strongly negative, weight.
 *
 * Resulting weights: NHS number +16.6 / −6.6 (−11.0 both verified); given name +8.1 / +5.9
 * fuzzy / −5.1; family name +6.6 / +5.3 / −5.6; date of birth +14.9 / +7.5 / −6.6;
 * postcode district +7.2 / +0.3 same area / −3.1; sex 0 / −4.6. Missing fields weigh 0.
 *
 * Thresholds were tuned with the benchmark against issue 4's targets (precision ≥ 99.9 %,
 * recall of automatic links plus review ≥ 99 %, review ≤ 3 %): 20 keeps namesakes with a
 * near date of birth in review, 13 sends twins already told apart by verified numbers (≈12.8)
 * to NEW rather than review.
 */
import type { FieldWeights, IdentifierKind, MatchConfig, MatchField } from './types.ts';

export const MATCH_FIELDS: readonly MatchField[] = ['NHS_NUMBER', 'GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH', 'POSTCODE_DISTRICT', 'SEX'];
const PA_MATCH_FIELDS: readonly MatchField[] = [
  'NI_NUMBER_SUFFIX',
  'GIVEN_NAME',
  'FAMILY_NAME',
  'DATE_OF_BIRTH',
  'POSTCODE_DISTRICT',
  'SEX',
];

/** The fields a config compares, identifier first (the order of scores, contributions and weight tables). */
export function matchFields(config: Pick<MatchConfig, 'identifierKind'>): readonly MatchField[] {
  return (config.identifierKind ?? 'NHS_NUMBER') === 'NHS_NUMBER' ? MATCH_FIELDS : PA_MATCH_FIELDS;
}

export const DEFAULT_LINK_THRESHOLD = 20;
export const DEFAULT_REVIEW_THRESHOLD = 13;

export function defaultWeights(): Record<Exclude<MatchField, 'NI_NUMBER_SUFFIX'>, FieldWeights> {
  return {
    NHS_NUMBER: { m: 0.99, u: 0.00001, mVerified: 0.9995 },
    GIVEN_NAME: { m: 0.85, u: 0.003, mFuzzy: 0.12, uFuzzy: 0.002 },
    FAMILY_NAME: { m: 0.9, u: 0.009, mFuzzy: 0.08, uFuzzy: 0.002 },
    DATE_OF_BIRTH: { m: 0.92, u: 0.00003, mFuzzy: 0.07, uFuzzy: 0.0004 },
    POSTCODE_DISTRICT: { m: 0.75, u: 0.005, mFuzzy: 0.15, uFuzzy: 0.12 },
    // Recorded wrongly about once in fifty; strangers agree half the time. Agreement follows from
    // the given name's, so only a disagreement counts (twins told apart by their numbers stay NEW).
    SEX: { m: 0.98, u: 0.5, neutralAgreement: true },
  };
}

/**
 * Personal assistants: the same name, date and postcode weights, and the NI number suffix in the
 * identifier's place. u 0.001: three characters of two digits and a letter A-D, about one in a
 * thousand strangers share them. m 0.95: a register sometimes mistypes or lacks them. Resulting
 * weights +9.9 / −4.3; never verified, so never a link on their own.
 */
export function defaultPaWeights(): { [F in MatchField]?: FieldWeights } {
  const { NHS_NUMBER: _nhs, ...names } = defaultWeights();
  return { NI_NUMBER_SUFFIX: { m: 0.95, u: 0.001 }, ...names };
}

function thresholdFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number (log2 weight), got "${raw}"`);
  return value;
}

function thresholdsFromEnv(prefix: string, link: number, review: number): Pick<MatchConfig, 'linkThreshold' | 'reviewThreshold'> {
  const linkThreshold = thresholdFromEnv(`${prefix}_LINK_THRESHOLD`, link);
  const reviewThreshold = thresholdFromEnv(`${prefix}_REVIEW_THRESHOLD`, review);
  if (reviewThreshold > linkThreshold) {
    throw new Error(`the review threshold (${reviewThreshold}) must not exceed the link threshold (${linkThreshold})`);
  }
  return { linkThreshold, reviewThreshold };
}

/**
 * The configuration in force: default weights, thresholds from CONTINUUM_MATCH_LINK_THRESHOLD
 * and CONTINUUM_MATCH_REVIEW_THRESHOLD when set (log2 likelihood ratios).
 */
export function defaultMatchConfig(): MatchConfig {
  return {
    ...thresholdsFromEnv('CONTINUUM_MATCH', DEFAULT_LINK_THRESHOLD, DEFAULT_REVIEW_THRESHOLD),
    weights: defaultWeights(),
    maxCandidates: 5,
  };
}

/** PAs link at the people's thresholds by default: the NI suffix adds less than a verified NHS number ever could. */
export const DEFAULT_PA_LINK_THRESHOLD = DEFAULT_LINK_THRESHOLD;
export const DEFAULT_PA_REVIEW_THRESHOLD = DEFAULT_REVIEW_THRESHOLD;

/**
 * The PA register's configuration: PA weights, thresholds from CONTINUUM_PA_MATCH_LINK_THRESHOLD
 * and CONTINUUM_PA_MATCH_REVIEW_THRESHOLD when set.
 */
export function defaultPaMatchConfig(): MatchConfig {
  return {
    identifierKind: 'NI_NUMBER_SUFFIX',
    ...thresholdsFromEnv('CONTINUUM_PA_MATCH', DEFAULT_PA_LINK_THRESHOLD, DEFAULT_PA_REVIEW_THRESHOLD),
    weights: defaultPaWeights(),
    maxCandidates: 5,
  };
}

/** The default configuration for an identifier kind. */
export function matchConfigFor(kind: IdentifierKind): MatchConfig {
  return kind === 'NHS_NUMBER' ? defaultMatchConfig() : defaultPaMatchConfig();
}

/**
 * log2 weights per comparison level: [agree, fuzzy, disagree, missing, disagree with both
 * verified]. The last is the NHS number's; for other fields it equals disagree.
 */
export type LevelWeights = readonly [number, number, number, number, number];

export function levelWeights(w: FieldWeights): LevelWeights {
  const mF = w.mFuzzy ?? 0;
  const uF = w.uFuzzy ?? 0;
  const agree = w.neutralAgreement ? 0 : Math.log2(w.m / w.u);
  // A field compared without a fuzzy level never reports FUZZY; its slot is never read.
  const fuzzy = mF > 0 && uF > 0 ? Math.log2(mF / uF) : 0;
  const disagree = Math.log2((1 - w.m - mF) / (1 - w.u - uF));
  const disagreeVerified = w.mVerified !== undefined ? Math.log2((1 - w.mVerified) / (1 - w.u)) : disagree;
  return [agree, fuzzy, disagree, 0, disagreeVerified];
}

const tableCache = new WeakMap<MatchConfig, { values: number[]; table: LevelWeights[] }>();

/** The numbers the table is built from, to notice a config whose weights were changed in place. */
function weightValues(config: MatchConfig, out: number[]): number[] {
  let i = 0;
  for (const f of matchFields(config)) {
    const w = fieldWeights(config, f);
    out[i++] = w.m;
    out[i++] = w.u;
    out[i++] = w.mFuzzy ?? -1;
    out[i++] = w.uFuzzy ?? -1;
    out[i++] = w.mVerified ?? -1;
    out[i++] = w.neutralAgreement ? 1 : 0;
  }
  return out;
}

function fieldWeights(config: MatchConfig, field: MatchField): FieldWeights {
  const w = config.weights[field];
  if (!w) throw new Error(`the matching configuration has no weights for ${field}`);
  return w;
}

const scratch: number[] = [];

/** Level weights for the five fields in matchFields order (cached per config, rebuilt if its weights change). */
export function weightTable(config: MatchConfig): LevelWeights[] {
  const values = weightValues(config, scratch);
  const hit = tableCache.get(config);
  if (hit && hit.values.every((v, i) => v === values[i])) return hit.table;
  const table = matchFields(config).map((f) => levelWeights(fieldWeights(config, f)));
  tableCache.set(config, { values: values.slice(), table });
  return table;
}
