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
 * postcode district +7.2 / +0.3 same area / −3.1. Missing fields weigh 0.
 *
 * Thresholds were tuned with the benchmark against issue 4's targets (precision ≥ 99.9 %,
 * recall of automatic links plus review ≥ 99 %, review ≤ 3 %): 20 keeps namesakes with a
 * near date of birth in review, 13 sends twins already told apart by verified numbers (≈12.8)
 * to NEW rather than review.
 */
import type { FieldWeights, MatchConfig, MatchField } from './types.ts';

export const MATCH_FIELDS: readonly MatchField[] = ['NHS_NUMBER', 'GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH', 'POSTCODE_DISTRICT'];

export const DEFAULT_LINK_THRESHOLD = 20;
export const DEFAULT_REVIEW_THRESHOLD = 13;

export function defaultWeights(): Record<MatchField, FieldWeights> {
  return {
    NHS_NUMBER: { m: 0.99, u: 0.00001, mVerified: 0.9995 },
    GIVEN_NAME: { m: 0.85, u: 0.003, mFuzzy: 0.12, uFuzzy: 0.002 },
    FAMILY_NAME: { m: 0.9, u: 0.009, mFuzzy: 0.08, uFuzzy: 0.002 },
    DATE_OF_BIRTH: { m: 0.92, u: 0.00003, mFuzzy: 0.07, uFuzzy: 0.0004 },
    POSTCODE_DISTRICT: { m: 0.75, u: 0.005, mFuzzy: 0.15, uFuzzy: 0.12 },
  };
}

function thresholdFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number (log2 weight), got "${raw}"`);
  return value;
}

/**
 * The configuration in force: default weights, thresholds from CONTINUUM_MATCH_LINK_THRESHOLD
 * and CONTINUUM_MATCH_REVIEW_THRESHOLD when set (log2 likelihood ratios).
 */
export function defaultMatchConfig(): MatchConfig {
  const linkThreshold = thresholdFromEnv('CONTINUUM_MATCH_LINK_THRESHOLD', DEFAULT_LINK_THRESHOLD);
  const reviewThreshold = thresholdFromEnv('CONTINUUM_MATCH_REVIEW_THRESHOLD', DEFAULT_REVIEW_THRESHOLD);
  if (reviewThreshold > linkThreshold) {
    throw new Error(`the review threshold (${reviewThreshold}) must not exceed the link threshold (${linkThreshold})`);
  }
  return { linkThreshold, reviewThreshold, weights: defaultWeights(), maxCandidates: 5 };
}

/**
 * log2 weights per comparison level: [agree, fuzzy, disagree, missing, disagree with both
 * verified]. The last is the NHS number's; for other fields it equals disagree.
 */
export type LevelWeights = readonly [number, number, number, number, number];

export function levelWeights(w: FieldWeights): LevelWeights {
  const mF = w.mFuzzy ?? 0;
  const uF = w.uFuzzy ?? 0;
  const agree = Math.log2(w.m / w.u);
  // A field compared without a fuzzy level never reports FUZZY; its slot is never read.
  const fuzzy = mF > 0 && uF > 0 ? Math.log2(mF / uF) : 0;
  const disagree = Math.log2((1 - w.m - mF) / (1 - w.u - uF));
  const disagreeVerified = w.mVerified !== undefined ? Math.log2((1 - w.mVerified) / (1 - w.u)) : disagree;
  return [agree, fuzzy, disagree, 0, disagreeVerified];
}

const tableCache = new WeakMap<MatchConfig, { values: number[]; table: LevelWeights[] }>();

/** The numbers the table is built from, to notice a config whose weights were changed in place. */
function weightValues(weights: Record<MatchField, FieldWeights>, out: number[]): number[] {
  let i = 0;
  for (const f of MATCH_FIELDS) {
    const w = weights[f];
    out[i++] = w.m;
    out[i++] = w.u;
    out[i++] = w.mFuzzy ?? -1;
    out[i++] = w.uFuzzy ?? -1;
    out[i++] = w.mVerified ?? -1;
  }
  return out;
}

const scratch: number[] = [];

/** Level weights for the five fields in MATCH_FIELDS order (cached per config, rebuilt if its weights change). */
export function weightTable(config: MatchConfig): LevelWeights[] {
  const values = weightValues(config.weights, scratch);
  const hit = tableCache.get(config);
  if (hit && hit.values.every((v, i) => v === values[i])) return hit.table;
  const table = MATCH_FIELDS.map((f) => levelWeights(config.weights[f]));
  tableCache.set(config, { values: values.slice(), table });
  return table;
}
