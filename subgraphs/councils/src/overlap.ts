import { isoDate } from '@continuum/runtime';
import type { Prisma } from './generated/prisma/client.ts';

export interface OverlappingEpisode {
  kind: 'DirectPayment' | 'IndividualServiceFund' | 'CommissionedPackage';
  id: string;
  start: string;
  end: string | null;
}

/**
 * The first of the person's social care episodes (of any kind) that shares a day with
 * [start, end]; an open end runs for ever.
 */
export async function findOverlappingEpisode(
  tx: Prisma.TransactionClient,
  personId: string,
  start: Date,
  end: Date | null,
): Promise<OverlappingEpisode | null> {
  const where = {
    personId,
    ...(end ? { start: { lte: end } } : {}),
    OR: [{ end: null }, { end: { gte: start } }],
  };
  const select = { id: true, start: true, end: true } as const;
  const orderBy = [{ start: 'asc' as const }, { id: 'asc' as const }];
  const [dp, isf, cp] = await Promise.all([
    tx.directPayment.findFirst({ where, select, orderBy }),
    tx.individualServiceFund.findFirst({ where, select, orderBy }),
    tx.commissionedPackage.findFirst({ where, select, orderBy }),
  ]);
  const found = dp
    ? { kind: 'DirectPayment' as const, ...dp }
    : isf
      ? { kind: 'IndividualServiceFund' as const, ...isf }
      : cp
        ? { kind: 'CommissionedPackage' as const, ...cp }
        : null;
  return found && { kind: found.kind, id: found.id, start: isoDate(found.start), end: isoDate(found.end) };
}
