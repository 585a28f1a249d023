import type { PrismaClient } from '../generated/prisma/client.ts';
import type { AssessmentOfferModel } from '../generated/prisma/models.ts';

/** Each person's latest assessment in [from, to] by the councils named (every council when null): what they were last offered. */
export async function latestOffers(db: PrismaClient, councilIds: string[] | null, from: Date, to: Date): Promise<AssessmentOfferModel[]> {
  return db.assessmentOffer.findMany({
    where: { assessedOn: { gte: from, lte: to }, ...(councilIds ? { councilId: { in: councilIds } } : {}) },
    orderBy: [{ personId: 'asc' }, { assessedOn: 'desc' }, { createdAt: 'desc' }],
    distinct: ['personId'],
  });
}
