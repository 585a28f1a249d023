export * from './caller.ts';
export * from './keys.ts';
export * from './tokens.ts';
export * from './identity-provider.ts';
export * from './demo-users.ts';
export * from './subgraph-auth.ts';
