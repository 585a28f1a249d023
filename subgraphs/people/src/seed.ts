import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from './generated/prisma/client.ts';
import { matchKeys } from './matching/keys.ts';
import { countPeople } from './matching/term-counts.ts';
import { seedTransitions } from './transitions/seed.ts';

/** Writes the demo region's people, their agency identifiers and match keys, and the transitions the hub coordinated. */
export async function seed(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const people = region.people;
  await insertRows(
    db,
    'person',
    ['id', 'nhs_number', 'nhs_number_status', 'given_name', 'family_name', 'date_of_birth', 'postcode_district'],
    people.map((p) => [p.id, p.nhsNumber, p.nhsNumberStatus, p.givenName, p.familyName, p.dateOfBirth, p.postcodeDistrict]),
    (done) => progress?.('people', done, people.length),
  );
  const identifiers = people.flatMap((p) => p.localIdentifiers.map((l) => [p.id, l.agency, l.organisationCode, l.value]));
  await insertRows(db, 'local_identifier', ['person_id', 'agency', 'organisation_code', 'value'], identifiers, (done) =>
    progress?.('agency identifiers', done, identifiers.length),
  );
  // Every person is findable by their blocking keys from the start.
  const keys = people.flatMap((p) => matchKeys(p).map((key) => [p.id, key]));
  await insertRows(db, 'person_match_key', ['person_id', 'key'], keys, (done) => progress?.('match keys', done, keys.length));
  // How common each name and date of birth is, for matching's frequency-aware weights.
  await countPeople(db, people);
  await seedTransitions(db, region, progress);
}
