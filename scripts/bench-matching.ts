/**
 * Benchmark of identity matching (issue 4, "Measure"): generates a noisy population with ground
 * truth, runs every record through the blocking index in arrival order (candidates → decide →
 * a new identity for NEW and REVIEW, the linked person for LINK) and prints precision, recall,
 * the review share, throughput and peak memory against the targets.
 *
 *   npx tsx scripts/bench-matching.ts [options]   (--help lists them)
 */
import type { MatchingExample } from '@continuum/demo';
import type { LevelProbabilities, MatchConfig } from '@continuum/identity';
import { exitWithUsageError, parseCommandLine } from '@continuum/runtime/cli';

const { values } = parseCommandLine({
  command: 'npx tsx scripts/bench-matching.ts',
  usage: `Usage: npx tsx scripts/bench-matching.ts [options]

Measures identity matching on a generated population with ground truth: precision, recall, the
share sent to review, throughput and peak memory against the targets.

  --records <n>         records to generate (default 100000)
  --seed <n>            the population's seed (default 42)
  --duplicate-rate <r>  share of people arriving again as a further record (default 0.3)
  --examples <n>        wrong links and missed duplicates to print (default 0)
  --estimate            also estimate the m and u weights from the population's ground truth
  --em                  estimate m and u without the ground truth, by expectation–maximisation
                        (u from 1,000,000 random pairs, m over the pairs blocking finds, the
                        configured values as priors), print them, and measure with them
  --without-frequencies weigh every name and date of birth alike (the hub weighs agreement by
                        how common the value is among the records held)
  --json                the figures as JSON
  --pa                  the PA register's matching (NI number suffixes in place of NHS numbers)
  --dense               lookalikes as dense as a real region's: twice the households and twins,
                        namesakes (same full name and date of birth elsewhere) and marriages
  -h, --help            this help

Thresholds come from CONTINUUM_MATCH_LINK_THRESHOLD / CONTINUUM_MATCH_REVIEW_THRESHOLD
(CONTINUUM_PA_MATCH_... with --pa).`,
  options: {
    records: { type: 'string' },
    seed: { type: 'string' },
    'duplicate-rate': { type: 'string' },
    examples: { type: 'string' },
    estimate: { type: 'boolean', default: false },
    em: { type: 'boolean', default: false },
    'without-frequencies': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    pa: { type: 'boolean', default: false },
    dense: { type: 'boolean', default: false },
  },
});

// Loaded once the command line is read: --help and a mistyped option answer at once.
const { asPaPopulation, estimateWeights, MATCHING_TARGETS, noisyPopulation, runMatchingBenchmark } = await import('@continuum/demo');
const { blockedPairLevels, estimateByEm, levelShares, matchConfigFor, matchFields, MATCH_FIELDS, randomPairLevels, weightsFromEstimate } =
  await import('@continuum/identity');

function numberArg(name: 'records' | 'seed' | 'duplicate-rate' | 'examples', fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, ''));
  if (!Number.isFinite(n) || n < 0)
    exitWithUsageError('npx tsx scripts/bench-matching.ts', `--${name} must be a number, 0 or more, not "${raw}"`);
  return n;
}

const records = Math.round(numberArg('records', 100_000));
const seed = Math.round(numberArg('seed', 42));
const duplicateRate = numberArg('duplicate-rate', 0.3);
const examples = Math.round(numberArg('examples', 0));
const { estimate, json, dense } = values;
const identifierKind = values.pa ? 'NI_NUMBER_SUFFIX' : 'NHS_NUMBER';
const config = matchConfigFor(identifierKind);
const termFrequencies = !values['without-frequencies'];
const f3 = (x: number) => x.toPrecision(3);
const levels = (p: LevelProbabilities) => p.map(f3).join(' / ');

/** EM over this population without its ground truth; the weights it gives replace the configured ones. */
function estimateByEmAndReport(c: MatchConfig): MatchConfig['weights'] {
  const people = Math.max(1, Math.round(records / (1 + duplicateRate)));
  const population = noisyPopulation({ people, seed, duplicateRate, dense });
  const pop = identifierKind === 'NHS_NUMBER' ? population.records : asPaPopulation(population, seed);
  const t0 = performance.now();
  let s = seed >>> 0 || 1;
  // A seeded stream (xorshift) for the random pairs, so the estimate is the same every run.
  const random = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const strangers = levelShares(randomPairLevels(pop, c, 1_000_000, random), c);
  const blocked = blockedPairLevels(pop, c);
  // Within blocks non-matches agree far more often than random pairs do, so EM estimates both
  // classes there and m is taken from it; u is what random pairs show (as Splink does).
  const inBlocks = estimateByEm(blocked, c);
  const em = { ...inBlocks, fields: Object.fromEntries(matchFields(c).map((f) => [f, { ...inBlocks.fields[f]!, u: strangers[f]!.u }])) };
  const pairs = blocked.length / matchFields(c).length;
  console.log(
    `Estimated in ${((performance.now() - t0) / 1000).toFixed(1)} s: u from 1,000,000 random pairs, m by EM over ${pairs.toLocaleString('en-GB')} blocked pairs (${em.iterations} iterations${em.converged ? '' : ', not converged'}; ${(em.lambda * 100).toFixed(1)}% of them matches)`,
  );
  console.log('  field               m agree / fuzzy / disagree      u agree / fuzzy / disagree      (configured m / u)');
  for (const f of matchFields(c)) {
    const e = em.fields[f]!;
    const w = c.weights[f]!;
    console.log(
      `  ${f.padEnd(18)}  ${levels(e.m).padEnd(30)}  ${levels(e.u).padEnd(30)}  (${w.m}${w.mFuzzy !== undefined ? `, ${w.mFuzzy}` : ''} / ${w.u}${w.uFuzzy !== undefined ? `, ${w.uFuzzy}` : ''})`,
    );
  }
  console.log('');
  return weightsFromEstimate(c, em);
}

if (values.em) config.weights = estimateByEmAndReport(config);

const result = runMatchingBenchmark({ records, seed, duplicateRate, identifierKind, config, examples, termFrequencies, dense });

const pct = (x: number, d = 2) => `${(x * 100).toFixed(d)}%`;
const mark = (ok: boolean) => (ok ? 'ok  ' : 'MISS');

if (json) {
  const { falseLinks, missed, ...figures } = result;
  console.log(JSON.stringify({ ...figures, falseLinks: falseLinks.length, missed: missed.length }, null, 2));
} else {
  const t = MATCHING_TARGETS;
  console.log(
    `Identity matching benchmark (${identifierKind === 'NHS_NUMBER' ? 'people' : 'personal assistants'}) — seed ${seed}${dense ? ', dense lookalikes' : ''}, link threshold ${config.linkThreshold}, review threshold ${config.reviewThreshold}, ${values.em ? 'weights estimated by EM' : 'configured weights'}, ${termFrequencies ? 'weighed by frequency' : 'without frequencies'}`,
  );
  console.log(
    `  records                ${result.records.toLocaleString('en-GB')} (${result.people.toLocaleString('en-GB')} people, ${result.trueDuplicates.toLocaleString('en-GB')} arriving after their person)`,
  );
  console.log(
    `  generated in           ${result.generateSeconds.toFixed(1)} s; ${result.candidatesPerRecord.toFixed(1)} candidate records per record`,
  );
  console.log(
    `  automatic links        ${result.autoLinks.toLocaleString('en-GB')} (${Object.entries(result.linksByRule)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  );
  console.log(
    `${mark(result.precision >= t.precision)} precision (auto)      ${pct(result.precision, 3)}  (${result.autoLinks - result.correctAutoLinks} wrong; target ≥ ${pct(t.precision, 1)})`,
  );
  console.log(`     recall (auto)         ${pct(result.recallAuto)}`);
  console.log(
    `${mark(result.recallAutoPlusReview >= t.recallAutoPlusReview)} recall (auto+review)  ${pct(result.recallAutoPlusReview)}  (target ≥ ${pct(t.recallAutoPlusReview, 1)})`,
  );
  console.log(
    `${mark(result.reviewShare <= t.reviewShare)} sent to review        ${pct(result.reviewShare)}  (${result.reviews} records, ${result.reviewsOfNewPeople} of them new people; target ≤ ${pct(t.reviewShare, 0)})`,
  );
  console.log(`${mark(result.twinsAutoLinked === 0)} twins auto-linked     ${result.twinsAutoLinked}`);
  console.log(
    `${mark(result.recordsPerSecond >= t.recordsPerSecond)} throughput            ${Math.round(result.recordsPerSecond).toLocaleString('en-GB')} records/s (${result.matchSeconds.toFixed(1)} s; target ≥ ${Math.ceil(t.recordsPerSecond)} records/s)`,
  );
  console.log(`     peak RSS              ${result.peakRssMb.toFixed(0)} MB`);

  const show = (label: string, list: MatchingExample[]) => {
    if (!list.length) return;
    console.log(`\n${label}:`);
    for (const e of list) {
      const r = e.record;
      const o = e.outcome;
      const best = o.kind === 'LINK' ? o.candidate : o.candidates[0];
      console.log(
        `  ${r.recordId} ${r.truthId} [${r.noise.join('; ') || 'clean'}] ${r.givenName} ${r.familyName} ${r.dateOfBirth} ${r.postcodeDistrict} ${'niNumberSuffix' in r ? `NI …${r.niNumberSuffix ?? '-'}` : `${r.nhsNumber ?? '-'}/${r.nhsNumberStatus}`}`,
      );
      console.log(
        `    → ${o.kind}${best ? ` ${best.personId} (${e.linkedTruth}) score ${best.score.toFixed(1)} rule ${best.rule ?? '-'}: ${best.contributions.map((c) => `${c.field}=${c.comparison}`).join(' ')}` : ''}`,
      );
    }
  };
  show('Wrong automatic links', result.falseLinks);
  show('Missed duplicates', result.missed);
}

if (estimate && identifierKind === 'NHS_NUMBER') {
  // A fresh population (the benchmark's records carry ids now); same size and seed.
  const population = noisyPopulation({ people: result.people, seed, duplicateRate, dense });
  const est = estimateWeights(population.records, seed);
  console.log("\nEstimated from this population: m from pairs of one person's records, u from 1,000,000 random pairs of different people");
  console.log('(shares of pairs at AGREE / FUZZY / DISAGREE; missing left out). Compare with the configured weights:');
  for (const f of MATCH_FIELDS) {
    const { m, u } = est[f];
    const w = config.weights[f]!;
    const verified = m.disagreeVerified !== undefined ? `, both verified and differing ${f3(m.disagreeVerified)}` : '';
    console.log(
      `  ${f.padEnd(18)} m ${f3(m.agree)} / ${f3(m.fuzzy)} / ${f3(m.disagree)}${verified} (${m.pairs} pairs)   u ${f3(u.agree)} / ${f3(u.fuzzy)} / ${f3(u.disagree)} (${u.pairs} pairs)`,
    );
    console.log(
      `  ${''.padEnd(18)} configured m ${w.m} / ${w.mFuzzy ?? '-'}   u ${w.u} / ${w.uFuzzy ?? '-'}${w.mVerified !== undefined ? `   mVerified ${w.mVerified}` : ''}`,
    );
  }
}
