import type { GraphClient } from '@continuum/runtime';
import type { SubgraphServices } from '@continuum/subgraph';
import type { PrismaClient } from './generated/prisma/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  db: PrismaClient;
  loaders: Loaders;
  /** The rest of the graph, through the gateway (checking a transition before answering it). */
  graph: GraphClient;
}

export function createContext(db: PrismaClient, services: SubgraphServices): Context {
  return { db, loaders: createLoaders(db), graph: services.graph };
}
