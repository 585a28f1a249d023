/** @continuum/identity: record linkage, review and merges (see README.md). */
export * from './src/matching/types.ts';
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
} from './src/matching/config.ts';
export {
  normaliseIdentity,
  normaliseNiNumberSuffix,
  normalisePostcodeDistrict,
  normaliseSex,
  parseBirthDate,
} from './src/matching/normalise.ts';
export { normaliseName, soundex, jaro, jaroWinkler } from './src/matching/normalise-text.ts';
export { areNicknameVariants, nicknameGroups, nicknameVariants } from './src/matching/nicknames.ts';
export {
  AGREE,
  FUZZY,
  DISAGREE,
  DISAGREE_VERIFIED,
  scorePair,
  compareIdentities,
  ruleFor,
  isPossibleTwin,
  evidenceBarrier,
  BARRIER_FAMILY_NAME,
  BARRIER_DATE_DIGIT,
  MATCH_RULES,
  PA_MATCH_RULES,
  JARO_WINKLER_FUZZY,
} from './src/matching/score.ts';
export { decide, AMBIGUITY_MARGIN, UNRECORDED_MOVE_MARGIN } from './src/matching/decide.ts';
export {
  TermFrequencies,
  MIN_RECORDS_FOR_FREQUENCIES,
  FREQUENCY_FIELDS,
  frequencyTerms,
  type FrequencyField,
} from './src/matching/frequencies.ts';
export {
  estimateByEm,
  levelShares,
  configuredLevels,
  weightsFromEstimate,
  type EmEstimate,
  type EmOptions,
  type FieldEstimate,
  type LevelProbabilities,
} from './src/matching/em.ts';
export { blockedPairLevels, randomPairLevels } from './src/matching/pair-levels.ts';
export { countTerms, loadTermFrequencies, recountTerms, termDeltas, type TermCountStore } from './src/matching/term-counts.ts';
export { blockingKeys, MatchIndex, type MatchIndexOptions } from './src/matching/blocking.ts';
export * from './src/matching/review.ts';
export * from './src/merge/repoint.ts';
export * from './src/merge/saga.ts';
export * from './src/merge/survivor-loader.ts';
export * from './src/import/csv.ts';
export * from './src/import/problems.ts';
export * from './src/import/values.ts';
export * from './src/import/check-rows.ts';
