import type { Prisma } from '../generated/prisma/client.ts';

export type Tx = Prisma.TransactionClient;

/** Registrations, decisions and merges may queue behind one another (key and row locks): room for a few. */
export const TRANSACTION_OPTIONS = { timeout: 30_000, maxWait: 30_000 } as const;
