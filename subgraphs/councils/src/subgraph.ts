import { defineSubgraph } from '@continuum/subgraph';
import { accessPolicy } from './access-policy.ts';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** councils: local authorities, their rates, social care funding episodes and care plan summaries. */
export const subgraph = defineSubgraph<PrismaClient, Context>(import.meta.url, {
  name: 'councils',
  resolvers,
  PrismaClient,
  createContext,
  accessPolicy,
  seed,
});
