import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { defaultMatchConfig, matchFields } from '../config.ts';
import { estimateByEm, levelShares, weightsFromEstimate, type LevelProbabilities } from '../em.ts';
import { AGREE, DISAGREE, DISAGREE_VERIFIED, FUZZY, MISSING } from '../score.ts';
import type { MatchField } from '../types.ts';

/** A seeded stream in [0, 1) (mulberry32), so the population is the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Known parameters, deliberately away from the configured priors: [agree, fuzzy, disagree] and the share missing. */
const TRUE_M: Record<MatchField, LevelProbabilities> = {
  NHS_NUMBER: [0.95, 0, 0.05],
  NI_NUMBER_SUFFIX: [0.9, 0, 0.1],
  GIVEN_NAME: [0.7, 0.22, 0.08],
  FAMILY_NAME: [0.8, 0.12, 0.08],
  DATE_OF_BIRTH: [0.88, 0.09, 0.03],
  POSTCODE_DISTRICT: [0.6, 0.25, 0.15],
  SEX: [0.96, 0, 0.04],
};
const TRUE_U: Record<MatchField, LevelProbabilities> = {
  NHS_NUMBER: [0.002, 0, 0.998],
  NI_NUMBER_SUFFIX: [0.01, 0, 0.99],
  GIVEN_NAME: [0.05, 0.03, 0.92],
  FAMILY_NAME: [0.1, 0.04, 0.86],
  DATE_OF_BIRTH: [0.02, 0.03, 0.95],
  POSTCODE_DISTRICT: [0.2, 0.3, 0.5],
  SEX: [0.5, 0, 0.5],
};
const MISSING_SHARE: Record<MatchField, number> = {
  NHS_NUMBER: 0.4,
  NI_NUMBER_SUFFIX: 0.1,
  GIVEN_NAME: 0,
  FAMILY_NAME: 0,
  DATE_OF_BIRTH: 0.01,
  POSTCODE_DISTRICT: 0.1,
  SEX: 0.3,
};
const LEVELS = [AGREE, FUZZY, DISAGREE];

/** `pairs` pairs drawn from the mixture: a share `lambda` matches, each field independent given the class. */
function population(pairs: number, lambda: number, seed: number, missingOverride: Partial<Record<MatchField, number>> = {}) {
  const fields = matchFields(defaultMatchConfig());
  const next = random(seed);
  const out = new Uint8Array(pairs * fields.length);
  for (let p = 0; p < pairs; p++) {
    const match = next() < lambda;
    fields.forEach((f, i) => {
      if (next() < (missingOverride[f] ?? MISSING_SHARE[f])) {
        out[p * fields.length + i] = MISSING;
        return;
      }
      const probs = (match ? TRUE_M : TRUE_U)[f];
      let x = next();
      let level = DISAGREE;
      for (let l = 0; l < 3; l++) {
        if (x < probs[l]!) {
          level = LEVELS[l]!;
          break;
        }
        x -= probs[l]!;
      }
      // Two verified numbers that differ are one kind of disagreement to estimation.
      out[p * fields.length + i] = f === 'NHS_NUMBER' && level === DISAGREE && next() < 0.5 ? DISAGREE_VERIFIED : level;
    });
  }
  return out;
}

const near = (got: number, want: number, within: number, what: string) =>
  assert.ok(Math.abs(got - want) <= within, `${what}: estimated ${got.toFixed(4)}, true ${want}`);

describe('m and u estimated by expectation–maximisation from unlabelled pairs', () => {
  it('recovers known m, u and the share of matches from 200,000 pairs, starting from the configured priors', () => {
    const config = defaultMatchConfig();
    const estimate = estimateByEm(population(200_000, 0.08, 1), config, { priorStrength: 10 });
    assert.ok(estimate.converged, `converged in ${estimate.iterations} iterations`);
    near(estimate.lambda, 0.08, 0.004, 'share of matches');
    for (const f of matchFields(config)) {
      const e = estimate.fields[f]!;
      for (let l = 0; l < 3; l++) {
        near(e.m[l]!, TRUE_M[f][l]!, 0.015, `${f} m[${l}]`);
        near(e.u[l]!, TRUE_U[f][l]!, 0.005, `${f} u[${l}]`);
      }
    }
    assert.equal(estimate.fields.NHS_NUMBER!.m[FUZZY], 0, 'a field compared without a fuzzy level never gains one');
  });

  it('with u held at the shares of random pairs, estimates m alone', () => {
    const config = defaultMatchConfig();
    // Random pairs: all strangers here, as nearly all are in a register.
    const strangers = levelShares(population(100_000, 0, 2), config);
    const fixedU = Object.fromEntries(Object.entries(strangers).map(([f, e]) => [f, e.u]));
    for (const f of matchFields(config)) near(fixedU[f]![AGREE]!, TRUE_U[f][AGREE]!, 0.005, `${f} u from random pairs`);
    const estimate = estimateByEm(population(100_000, 0.2, 3), config, { fixedU, priorStrength: 10 });
    near(estimate.lambda, 0.2, 0.006, 'share of matches');
    for (const f of matchFields(config)) {
      assert.deepEqual(estimate.fields[f]!.u, fixedU[f], `${f} u kept`);
      near(estimate.fields[f]!.m[AGREE], TRUE_M[f][AGREE]!, 0.015, `${f} m`);
    }
  });

  it('keeps the prior for a field the pairs never hold, and turns the estimate into weights', () => {
    const config = defaultMatchConfig();
    const estimate = estimateByEm(population(50_000, 0.1, 4, { SEX: 1 }), config);
    const sex = config.weights.SEX!;
    assert.equal(estimate.fields.SEX!.pairs, 0);
    [sex.m, 0, 1 - sex.m].forEach((p, l) => near(estimate.fields.SEX!.m[l]!, p, 1e-12, `SEX m[${l}]`));
    [sex.u, 0, 1 - sex.u].forEach((p, l) => near(estimate.fields.SEX!.u[l]!, p, 1e-12, `SEX u[${l}]`));
    const weights = weightsFromEstimate(config, estimate);
    assert.equal(weights.GIVEN_NAME!.m, estimate.fields.GIVEN_NAME!.m[AGREE]);
    assert.equal(weights.GIVEN_NAME!.uFuzzy, estimate.fields.GIVEN_NAME!.u[FUZZY]);
    assert.equal(weights.NHS_NUMBER!.mVerified, config.weights.NHS_NUMBER!.mVerified, 'the verified disagreement keeps its own weight');
    assert.equal(weights.NHS_NUMBER!.mFuzzy, undefined);
    assert.equal(weights.SEX!.neutralAgreement, true);
  });
});
