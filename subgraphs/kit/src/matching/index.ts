/** Record linkage for people registered by any agency: see types.ts for the order of evidence. */
export * from './types.ts';
export {
  defaultMatchConfig,
  defaultPaMatchConfig,
  defaultWeights,
  defaultPaWeights,
  levelWeights,
  matchConfigFor,
  matchFields,
  MATCH_FIELDS,
  DEFAULT_LINK_THRESHOLD,
  DEFAULT_REVIEW_THRESHOLD,
  DEFAULT_PA_LINK_THRESHOLD,
  DEFAULT_PA_REVIEW_THRESHOLD,
} from './config.ts';
export { normaliseIdentity, normaliseNiNumberSuffix, normalisePostcodeDistrict, parseBirthDate } from './normalise.ts';
export { normaliseName, soundex, jaro, jaroWinkler } from './normalise-text.ts';
export { areNicknameVariants, nicknameGroups, nicknameVariants } from './nicknames.ts';
export { scorePair, compareIdentities, ruleFor, isPossibleTwin, MATCH_RULES, PA_MATCH_RULES, JARO_WINKLER_FUZZY } from './score.ts';
export { decide, AMBIGUITY_MARGIN } from './decide.ts';
export { blockingKeys, MatchIndex, type MatchIndexOptions } from './blocking.ts';
export { noisyPopulation, type NoisyPopulationOptions, type NoisyRecord, type NoisyPopulation, type PersonKind } from './noisy-population.ts';
export { asPaPopulation, type NoisyPaRecord } from './pa-population.ts';
export { runMatchingBenchmark, type BenchmarkRecord, estimateWeights, MATCHING_TARGETS, type MatchingBenchmarkOptions, type MatchingBenchmarkResult, type MatchingExample, type LevelShares } from './benchmark.ts';
export * from './review.ts';
