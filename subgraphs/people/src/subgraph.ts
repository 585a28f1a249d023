import { defineSubgraph } from '@continuum/kit';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** people: the hub's own identity records (Person, NHS number, agencies' local identifiers). */
export const subgraph = defineSubgraph<PrismaClient, Context>(import.meta.url, {
  name: 'people',
  resolvers,
  PrismaClient,
  createContext,
  seed,
});
