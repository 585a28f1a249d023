import type { Prisma } from '../generated/prisma/client.ts';

/**
 * Keeps the PA's DBS status (the register's summary, which searches and aggregates read) in step
 * with their checks: a new certificate replaces an older one's status; an application in
 * progress shows only while the PA holds nothing else.
 */
export async function updatePaSummary(
  tx: Prisma.TransactionClient,
  paId: string,
  check: { certificateIssuedOn: Date | null; result: string | null },
): Promise<void> {
  if (check.certificateIssuedOn === null || check.result === null) {
    await tx.personalAssistant.updateMany({ where: { id: paId, dbsStatus: 'NOT_CHECKED' }, data: { dbsStatus: 'IN_PROGRESS' } });
    return;
  }
  await tx.personalAssistant.updateMany({
    where: { id: paId, OR: [{ dbsCheckedOn: null }, { dbsCheckedOn: { lte: check.certificateIssuedOn } }] },
    data: { dbsStatus: check.result, dbsCheckedOn: check.certificateIssuedOn },
  });
}
