import { defineSubgraph } from '@continuum/subgraph';
import { accessPolicy } from './access-policy.ts';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** health: NHS commissioners (ICBs, Welsh health boards) and the care they fund (PHBs, CHC, integrated budgets). */
export const subgraph = defineSubgraph<PrismaClient, Context>(import.meta.url, {
  name: 'health',
  resolvers,
  PrismaClient,
  createContext,
  accessPolicy,
  seed,
});
