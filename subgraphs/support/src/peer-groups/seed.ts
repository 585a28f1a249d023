import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { PrismaClient } from '../generated/prisma/client.ts';

/** The demo region's PA peer groups, their meetings and who came (after the organisations and PAs, for the foreign keys). */
export async function seedPeerGroups(db: PrismaClient, region: DemoRegion): Promise<void> {
  await insertRows(
    db,
    'peer_group',
    ['id', 'name', 'organiser_id', 'council_gss_code', 'frequency', 'registered_by'],
    region.peerGroups.map((g) => [g.id, g.name, g.organiserId, g.councilGssCode, g.frequency, 'Demo region']),
  );
  await insertRows(
    db,
    'peer_group_meeting',
    ['id', 'peer_group_id', 'held_on', 'paid_to_attend', 'hourly_rate', 'recorded_by'],
    region.peerGroupMeetings.map((m) => [m.id, m.peerGroupId, m.heldOn, m.paidToAttend, m.hourlyRate, 'Demo region']),
  );
  await insertRows(
    db,
    'peer_group_attendance',
    ['meeting_id', 'personal_assistant_id'],
    region.peerGroupMeetings.flatMap((m) => m.attendeeIds.map((pa) => [m.id, pa])),
  );
}
