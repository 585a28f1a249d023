export * from './suppression.ts';
export * from './filter.ts';
export * from './attack.ts';
