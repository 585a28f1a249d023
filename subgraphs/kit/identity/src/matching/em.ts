/**
 * Estimating m and u from unlabelled pairs by expectation–maximisation (the Fellegi–Sunter
 * mixture: each pair is a match with probability λ, and its fields' levels are independent
 * given the class). The configured values are the priors: each class's estimate starts from
 * them and is pulled towards them by `priorStrength` pseudo-pairs, so a field the data say
 * little about keeps its configured value. As Splink does, u may be held fixed (estimated
 * beforehand from random pairs, nearly all of them strangers) while EM estimates m and λ over
 * the pairs blocking brings together.
 */
import { matchFields } from './config.ts';
import { AGREE, DISAGREE, DISAGREE_VERIFIED, FUZZY, MISSING } from './score.ts';
import type { FieldWeights, MatchConfig, MatchField } from './types.ts';

/** Shares of pairs at AGREE, FUZZY and DISAGREE (a field without a fuzzy level keeps 0 there). */
export type LevelProbabilities = [number, number, number];

export interface FieldEstimate {
  m: LevelProbabilities;
  u: LevelProbabilities;
  /** Pairs in which the field was held on both records. */
  pairs: number;
}

export interface EmEstimate {
  /** The share of pairs that are matches. */
  lambda: number;
  iterations: number;
  converged: boolean;
  fields: Partial<Record<MatchField, FieldEstimate>>;
}

export interface EmOptions {
  /** Pseudo-pairs per class the priors count as (default 100). */
  priorStrength?: number;
  /** Starting share of matches (default 0.1). */
  lambda?: number;
  maxIterations?: number;
  /** Stop when no probability moves by more than this (default 1e-7). */
  tolerance?: number;
  /** Keep u at these values (say, from randomPairShares) and estimate only m and λ. */
  fixedU?: Partial<Record<MatchField, LevelProbabilities>>;
}

/** A level as estimation sees it: the two kinds of disagreement are one; -1 for missing. */
const levelIndex = (level: number): number => (level === MISSING ? -1 : level === DISAGREE_VERIFIED ? DISAGREE : level);

/** The configured m or u of a field as level probabilities. */
export function configuredLevels(w: FieldWeights, which: 'm' | 'u'): LevelProbabilities {
  const agree = which === 'm' ? w.m : w.u;
  const fuzzy = (which === 'm' ? w.mFuzzy : w.uFuzzy) ?? 0;
  return [agree, fuzzy, 1 - agree - fuzzy];
}

/**
 * Pairs by their pattern of levels: `levels` holds `fields` levels per pair, in matchFields
 * order. Counting identical patterns once makes each iteration cost the number of distinct
 * patterns (a few thousand), however many million pairs there are.
 */
function patterns(levels: Uint8Array, fields: number): { keys: Int8Array[]; counts: number[] } {
  const byKey = new Map<string, number>();
  const keys: Int8Array[] = [];
  const counts: number[] = [];
  for (let i = 0; i < levels.length; i += fields) {
    const key = levels.subarray(i, i + fields).join(',');
    const at = byKey.get(key);
    if (at !== undefined) counts[at]!++;
    else {
      byKey.set(key, keys.length);
      keys.push(Int8Array.from(levels.subarray(i, i + fields), levelIndex));
      counts.push(1);
    }
  }
  return { keys, counts };
}

const clamp = (p: number) => Math.min(1 - 1e-9, Math.max(1e-9, p));

/** Runs EM over pairs' levels (`fields` per pair, matchFields order of `config`) from the configured priors. */
export function estimateByEm(levels: Uint8Array, config: MatchConfig, options: EmOptions = {}): EmEstimate {
  const fieldNames = matchFields(config);
  const F = fieldNames.length;
  const alpha = options.priorStrength ?? 100;
  const tolerance = options.tolerance ?? 1e-7;
  const maxIterations = options.maxIterations ?? 200;
  const priorM = fieldNames.map((f) => configuredLevels(config.weights[f]!, 'm'));
  const priorU = fieldNames.map((f) => configuredLevels(config.weights[f]!, 'u'));
  const fixedU = options.fixedU;
  const m = priorM.map((p) => [...p]);
  const u = fieldNames.map((f, i) => [...(fixedU?.[f] ?? priorU[i]!)]);
  let lambda = options.lambda ?? 0.1;
  const { keys, counts } = patterns(levels, F);
  const total = counts.reduce((a, b) => a + b, 0);
  const held = fieldNames.map((_, f) => keys.reduce((n, k, i) => n + (k[f]! >= 0 ? counts[i]! : 0), 0));

  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const mTally = fieldNames.map(() => [0, 0, 0]);
    const uTally = fieldNames.map(() => [0, 0, 0]);
    let matches = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      let logRatio = Math.log(lambda) - Math.log(1 - lambda);
      for (let f = 0; f < F; f++) {
        const l = k[f]!;
        if (l >= 0) logRatio += Math.log(clamp(m[f]![l]!)) - Math.log(clamp(u[f]![l]!));
      }
      const p = 1 / (1 + Math.exp(-logRatio));
      const c = counts[i]!;
      matches += p * c;
      for (let f = 0; f < F; f++) {
        const l = k[f]!;
        if (l < 0) continue;
        mTally[f]![l]! += p * c;
        uTally[f]![l]! += (1 - p) * c;
      }
    }
    let moved = Math.abs(matches / total - lambda);
    lambda = clamp(matches / total);
    const update = (target: number[][], tally: number[][], prior: LevelProbabilities[]) => {
      for (let f = 0; f < F; f++) {
        const sum = tally[f]![AGREE]! + tally[f]![FUZZY]! + tally[f]![DISAGREE]!;
        for (let l = 0; l < 3; l++) {
          const next = (tally[f]![l]! + alpha * prior[f]![l]!) / (sum + alpha);
          moved = Math.max(moved, Math.abs(next - target[f]![l]!));
          target[f]![l] = next;
        }
      }
    };
    update(m, mTally, priorM);
    if (!fixedU) update(u, uTally, priorU);
    converged = moved < tolerance;
  }
  const fields: EmEstimate['fields'] = {};
  fieldNames.forEach((f, i) => {
    fields[f] = { m: m[i] as LevelProbabilities, u: u[i] as LevelProbabilities, pairs: held[i]! };
  });
  return { lambda, iterations, converged, fields };
}

/** Shares of levels over pairs of strangers (random pairs, say): u as the data give it, with the pairs counted. */
export function levelShares(levels: Uint8Array, config: MatchConfig): Partial<Record<MatchField, FieldEstimate>> {
  const fieldNames = matchFields(config);
  const F = fieldNames.length;
  const out: Partial<Record<MatchField, FieldEstimate>> = {};
  fieldNames.forEach((f, i) => {
    const t = [0, 0, 0];
    for (let p = i; p < levels.length; p += F) {
      const l = levelIndex(levels[p]!);
      if (l >= 0) t[l]!++;
    }
    const n = t[0]! + t[1]! + t[2]!;
    const shares = (n ? t.map((x) => x / n) : configuredLevels(config.weights[f]!, 'u')) as LevelProbabilities;
    out[f] = { m: configuredLevels(config.weights[f]!, 'm'), u: shares, pairs: n };
  });
  return out;
}

/** The config's weights with m (and u) replaced by an estimate's; mVerified and neutral agreement kept. */
export function weightsFromEstimate(config: MatchConfig, estimate: EmEstimate): MatchConfig['weights'] {
  const out: MatchConfig['weights'] = {};
  for (const f of matchFields(config)) {
    const w = config.weights[f]!;
    const e = estimate.fields[f];
    if (!e) {
      out[f] = w;
      continue;
    }
    const fuzzy = w.mFuzzy !== undefined;
    out[f] = {
      ...w,
      m: e.m[AGREE],
      u: e.u[AGREE],
      ...(fuzzy ? { mFuzzy: e.m[FUZZY], uFuzzy: e.u[FUZZY] } : {}),
    };
  }
  return out;
}
