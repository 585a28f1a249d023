import type { SubgraphModule } from '@continuum/kit';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** support: support organisations, the PA register and the employments between people and PAs. */
export const subgraph: SubgraphModule<PrismaClient, Context> = {
  name: 'support',
  typeDefs: gql(fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as SubgraphModule<PrismaClient, Context>['resolvers'],
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  PrismaClient,
  createContext,
  seed,
};
