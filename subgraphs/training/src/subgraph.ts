import { defineSubgraph } from '@continuum/subgraph';
import { accessPolicy } from './access-policy.ts';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** training: training providers, their courses, and the training personal assistants completed. */
export const subgraph = defineSubgraph<PrismaClient, Context>(import.meta.url, {
  name: 'training',
  resolvers,
  PrismaClient,
  createContext,
  accessPolicy,
  seed,
});
