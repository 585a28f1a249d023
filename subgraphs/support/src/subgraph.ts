import { defineSubgraph } from '@continuum/subgraph';
import { accessPolicy } from './access-policy.ts';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';
import { startSupportBackground } from './background.ts';

/** support: support organisations, the PA register (one record per PA: matching, review, merges) and the employments between people and PAs. */
export const subgraph = defineSubgraph<PrismaClient, Context>(import.meta.url, {
  name: 'support',
  resolvers,
  PrismaClient,
  createContext,
  accessPolicy,
  seed,
  // PA match keys for records held before matching; PA merges left pending while training was down.
  background: startSupportBackground,
});
