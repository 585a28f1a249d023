import type { SubgraphModule } from '@continuum/kit';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** councils: local authorities, their rates, social care funding episodes and care plan summaries. */
export const subgraph: SubgraphModule<PrismaClient, Context> = {
  name: 'councils',
  typeDefs: gql(fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as SubgraphModule<PrismaClient, Context>['resolvers'],
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  PrismaClient,
  createContext,
  seed,
};
