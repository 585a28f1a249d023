import type { PrismaClient } from './generated/prisma/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface Context {
  db: PrismaClient;
  loaders: Loaders;
}

/** A fresh context, and so fresh DataLoaders, for every request. */
export function createContext(db: PrismaClient): Context {
  return { db, loaders: createLoaders(db) };
}
