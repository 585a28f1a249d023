import { lockName } from '@continuum/runtime';
import { overlappingEpisodesSql, type PersonReferences } from '@continuum/identity';
import type { Prisma } from '../generated/prisma/client.ts';

/**
 * The council's rows that name a person, and its rule for a clash: a person has at most one
 * social care episode (of any kind) on any day.
 */
export const COUNCIL_PERSON_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [
    { table: 'direct_payment', column: 'person_id' },
    { table: 'individual_service_fund', column: 'person_id' },
    { table: 'commissioned_package', column: 'person_id' },
    { table: 'care_plan', column: 'person_id' },
    { table: 'safeguarding_concern', column: 'person_id' },
    { table: 'safeguarding_follow_up', column: 'person_id' },
    { table: 'reablement_period', column: 'person_id' },
    { table: 'assessment_offer', column: 'person_id' },
    { table: 'domiciliary_care_request', column: 'person_id' },
  ],
  overlapsSql: overlappingEpisodesSql(
    [
      { table: 'direct_payment', start: 'start', end: 'end' },
      { table: 'individual_service_fund', start: 'start', end: 'end' },
      { table: 'commissioned_package', start: 'start', end: 'end' },
    ],
    'person_id',
    'person_repoint',
  ),
  // startDirectPayment serialises on the person id; a merge takes the same locks, in a fixed order.
  lockPeople: async (tx, personIds) => {
    for (const id of [...personIds].sort()) await lockName(tx, id);
  },
};
