/** Assessments and enrolments as served: with the employer and PA whose record they are (for the access rules). */
import type { Prisma } from '../generated/prisma/client.ts';
import type { PensionAssessmentModel, PensionEnrolmentModel } from '../generated/prisma/models.ts';

export interface Parties {
  employerPersonId: string;
  personalAssistantId: string;
}
export type AssessmentView = PensionAssessmentModel & Parties;
export type EnrolmentView = PensionEnrolmentModel & Parties;

type Db = Pick<Prisma.TransactionClient, 'employment'>;

/** The employer and PA of each employment named, in one read. */
export async function partiesOf(db: Db, employmentIds: string[]): Promise<Map<string, Parties>> {
  const rows = await db.employment.findMany({
    where: { id: { in: [...new Set(employmentIds)] } },
    select: { id: true, employerPersonId: true, personalAssistantId: true },
  });
  return new Map(rows.map((r) => [r.id, { employerPersonId: r.employerPersonId, personalAssistantId: r.personalAssistantId }]));
}

/** Rows of one employment's, or of several, with their parties. */
export async function withParties<T extends { employmentId: string }>(db: Db, rows: T[]): Promise<(T & Parties)[]> {
  const parties = await partiesOf(
    db,
    rows.map((r) => r.employmentId),
  );
  return rows.map((r) => ({ ...r, ...parties.get(r.employmentId)! }));
}
