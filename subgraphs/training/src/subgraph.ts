import type { SubgraphModule } from '@continuum/kit';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** training: training providers, their courses, and the training personal assistants completed. */
export const subgraph: SubgraphModule<PrismaClient, Context> = {
  name: 'training',
  typeDefs: gql(fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as SubgraphModule<PrismaClient, Context>['resolvers'],
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  PrismaClient,
  createContext,
  seed,
};
