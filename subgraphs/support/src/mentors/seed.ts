import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** The demo region's mentor directories and the offers made to new direct payment recipients. */
export async function seedDpMentors(db: PrismaClient, region: DemoRegion): Promise<void> {
  await insertRows(
    db,
    'dp_mentor',
    ['id', 'mentor_person_id', 'first_name', 'council_gss_code', 'joined_on', 'registered_by'],
    region.dpMentors.map((m) => [m.id, m.personId, m.firstName, m.councilGssCode, m.joinedOn, 'Demo region']),
  );
  await insertRows(
    db,
    'dp_mentor_offer',
    ['id', 'employer_person_id', 'council_gss_code', 'offered_on', 'mentor_id', 'recorded_by'],
    region.dpMentorOffers.map((o) => [o.id, o.employerPersonId, o.councilGssCode, o.offeredOn, o.mentorId, 'Demo region']),
  );
}
