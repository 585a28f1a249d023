import { defineSubgraph } from '@continuum/subgraph';
import { accessPolicy } from './access-policy.ts';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** flintshire-microcare: Flintshire Micro-care Support's subgraph, on the kit's runtime like every subgraph of the graph. */
export const subgraph = defineSubgraph<PrismaClient, Context>(import.meta.url, {
  name: 'flintshire-microcare',
  resolvers,
  PrismaClient,
  createContext,
  accessPolicy,
  seed,
});
