/** @continuum/subgraph: serving one subgraph (see README.md). */
export * from './src/subgraph.ts';
export * from './src/standalone.ts';
