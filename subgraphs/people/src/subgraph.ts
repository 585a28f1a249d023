import type { SubgraphModule } from '@continuum/kit';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gql } from 'graphql-tag';
import { createContext, type Context } from './context.ts';
import { PrismaClient } from './generated/prisma/client.ts';
import { resolvers } from './resolvers/index.ts';
import { seed } from './seed.ts';

/** people: the hub's own identity records (Person, NHS number, agencies' local identifiers). */
export const subgraph: SubgraphModule<PrismaClient, Context> = {
  name: 'people',
  typeDefs: gql(fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')),
  resolvers: resolvers as SubgraphModule<PrismaClient, Context>['resolvers'],
  migrationsDir: fileURLToPath(new URL('../prisma/migrations', import.meta.url)),
  PrismaClient,
  createContext,
  seed,
};
