import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** The demo region's course sessions and employers' training funding claims (after the courses, for the foreign keys). */
export async function seedSessionsAndClaims(db: PrismaClient, region: DemoRegion): Promise<void> {
  await insertRows(
    db,
    'course_session',
    ['id', 'course_id', 'venue', 'starts_at', 'ends_at', 'scheduled_by'],
    region.courseSessions.map((s) => [s.id, s.courseId, s.venue, s.startsAt, s.endsAt, 'Demo region']),
  );
  await insertRows(
    db,
    'training_funding_claim',
    ['id', 'employer_person_id', 'course_id', 'fund', 'amount', 'claimed_through_id', 'claimed_on', 'status', 'settled_on', 'recorded_by'],
    region.trainingFundingClaims.map((c) => [
      c.id,
      c.employerPersonId,
      c.courseId,
      c.fund,
      c.amount,
      c.claimedThroughId,
      c.claimedOn,
      c.status,
      c.settledOn,
      'Demo region',
    ]),
  );
}
