import { defineSubgraph } from '@continuum/kit';
import { accessPolicy } from './access-policy.ts';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** support: support organisations, the PA register and the employments between people and PAs. */
export const subgraph = defineSubgraph<PrismaClient, Context>(import.meta.url, {
  name: 'support',
  resolvers,
  PrismaClient,
  createContext,
  accessPolicy,
  seed,
});
