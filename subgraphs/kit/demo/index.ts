/** @continuum/demo (development only): the demo region, its users and the benchmarks' populations (see README.md). */
export * from './src/region.ts';
export type * from './src/types.ts';
export * from './src/demo-users.ts';
export * from './src/seed-once.ts';
export * from './src/seed-marker.ts';
export * from './src/region-relationships.ts';
export * from './src/access-seed.ts';
export {
  noisyPopulation,
  type NoisyPopulationOptions,
  type NoisyRecord,
  type NoisyPopulation,
  type PersonKind,
} from './src/populations/noisy-population.ts';
export { asPaPopulation, type NoisyPaRecord } from './src/populations/pa-population.ts';
export {
  runMatchingBenchmark,
  type BenchmarkRecord,
  estimateWeights,
  MATCHING_TARGETS,
  type MatchingBenchmarkOptions,
  type MatchingBenchmarkResult,
  type MatchingExample,
  type LevelShares,
} from './src/populations/benchmark.ts';
