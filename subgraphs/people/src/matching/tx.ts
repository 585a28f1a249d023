import type { Prisma } from '../generated/prisma/client.ts';

export type Tx = Prisma.TransactionClient;

/**
 * Registrations and decisions may queue behind one another (key locks, the review row lock):
 * room for a few of them before a transaction gives up.
 */
export const TRANSACTION_OPTIONS = { timeout: 30_000, maxWait: 30_000 } as const;
