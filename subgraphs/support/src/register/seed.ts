import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { loadCentroids } from './centroids.ts';
import { slotMask, type Slot } from './slots.ts';

/** register_entry's columns in the order the seed and a bulk load write them. */
export const REGISTER_ENTRY_COLUMNS = [
  'id',
  'personal_assistant_id',
  'postcode_district',
  'services',
  'languages',
  'gender',
  'slot_mask',
  'short_notice',
  'hours_per_week',
  'share_dbs',
  'training',
  'care_certificate',
  'care_groups',
  'drives',
  'public_transport',
  'max_travel_miles',
  'consent_given_on',
  'published_by',
];

/** The demo region's district centroids, the entries its PAs chose to publish and the contacts register hosts made through them. */
export async function seedFindableRegister(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  await loadCentroids(db, region.districtCentroids);
  const entries = region.registerEntries;
  await insertRows(
    db,
    'register_entry',
    REGISTER_ENTRY_COLUMNS,
    entries.map((e) => [
      e.id,
      e.personalAssistantId,
      e.postcodeDistrict,
      e.services,
      e.languages,
      e.gender,
      slotMask(e.availability as Slot[]).toString(),
      e.shortNotice,
      e.hoursPerWeek,
      e.shareDbs,
      e.training,
      e.careCertificate,
      e.careGroups,
      e.drives,
      e.publicTransport,
      e.maxTravelMiles,
      e.consentGivenOn,
      'the PA, through their register',
    ]),
    (done) => progress?.('register entries', done, entries.length),
  );
  const contacts = region.registerContacts;
  await insertRows(
    db,
    'pa_contact',
    [
      'id',
      'register_entry_id',
      'personal_assistant_id',
      'for_person_id',
      'requested_by',
      'requested_by_organisation',
      'message',
      'status',
      'requested_at',
      'answered_at',
    ],
    contacts.map((c) => [
      c.id,
      c.registerEntryId,
      c.personalAssistantId,
      c.forPersonId,
      c.requestedBy,
      c.requestedByOrganisation,
      c.message,
      c.status,
      c.requestedAt,
      c.answeredAt,
    ]),
  );
}
