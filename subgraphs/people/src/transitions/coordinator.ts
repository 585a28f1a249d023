import { GraphRefusedError, GraphUnavailableError, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** What advancing a transition needs: the hub's own database and the rest of the graph. */
export interface Coordinator {
  db: PrismaClient;
  graph: GraphClient;
}

/** Errors that mean "the graph could not help this time"; the background loop tries again. */
export function isGraphError(err: unknown): err is GraphUnavailableError | GraphRefusedError {
  return err instanceof GraphUnavailableError || err instanceof GraphRefusedError;
}
