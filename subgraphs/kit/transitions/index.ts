/** @continuum/transitions: the steps a funding move takes in each funder's subgraph (see README.md). */
export * from './src/episode-tables.ts';
export * from './src/episode-steps.ts';
export * from './src/funder-answer.ts';
export * from './src/transition-check.ts';
