import { defineSubgraph } from '@continuum/subgraph';
import { accessPolicy } from './access-policy.ts';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';
import { startReconcileLoop } from './reconcile-loop.ts';

/** people: the hub's own identity records (Person, NHS number, agencies' local identifiers) and the transition coordinator. */
export const subgraph = defineSubgraph<PrismaClient, Context>(import.meta.url, {
  name: 'people',
  resolvers,
  PrismaClient,
  createContext,
  accessPolicy,
  seed,
  // Carries transitions and merges forward when no one asks: new answers, readiness met, steps left pending.
  background: startReconcileLoop,
});
