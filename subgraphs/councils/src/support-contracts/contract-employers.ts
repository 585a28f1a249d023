/**
 * The employers behind each contract, from the council's own direct payments in the period: those
 * of the contract's council (whose payslips the contract's organisation may run), and those whose
 * payments go into a managed account the organisation holds. Keyed by council and organisation,
 * so two contracts between the same pair count their employers once.
 */
import type { PrismaClient } from '../generated/prisma/client.ts';

export const pairKey = (councilId: string, organisationId: string) => `${councilId}:${organisationId}`;

export interface PairEmployers {
  councilId: string;
  organisationId: string;
  /** Employers with a direct payment of the council on any day of the period. */
  employers: Set<string>;
  /** Of those, employers whose direct payment went into a managed account the organisation holds. */
  managedAccounts: Set<string>;
}

export async function employersByPair(
  db: PrismaClient,
  pairs: { councilId: string; organisationId: string }[],
  from: Date,
  to: Date,
): Promise<Map<string, PairEmployers>> {
  const councilIds = [...new Set(pairs.map((p) => p.councilId))];
  const payments = councilIds.length
    ? await db.directPayment.findMany({
        where: { councilId: { in: councilIds }, start: { lte: to }, OR: [{ end: null }, { end: { gte: from } }] },
        select: { personId: true, councilId: true, paymentSupport: true, paymentSupportProviderId: true },
      })
    : [];
  const out = new Map<string, PairEmployers>();
  for (const { councilId, organisationId } of pairs) {
    const key = pairKey(councilId, organisationId);
    if (out.has(key)) continue;
    const ofCouncil = payments.filter((p) => p.councilId === councilId);
    out.set(key, {
      councilId,
      organisationId,
      employers: new Set(ofCouncil.map((p) => p.personId)),
      managedAccounts: new Set(
        ofCouncil
          .filter(
            (p) => p.paymentSupport === 'MANAGED_ACCOUNT' && p.paymentSupportProviderId?.toLowerCase() === organisationId.toLowerCase(),
          )
          .map((p) => p.personId),
      ),
    });
  }
  return out;
}
