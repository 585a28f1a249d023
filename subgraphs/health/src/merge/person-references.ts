import type { Prisma } from '../generated/prisma/client.ts';
import { overlappingEpisodesSql, type PersonReferences } from '@continuum/identity';

/**
 * The NHS body's rows that name a person, and its rule for a clash: a person has at most one
 * NHS funding episode (of any kind) on any day.
 */
export const HEALTH_PERSON_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [
    { table: 'personal_health_budget', column: 'person_id' },
    { table: 'chc_package', column: 'person_id' },
    { table: 'integrated_budget', column: 'person_id' },
    { table: 'chc_decision', column: 'person_id' },
    { table: 'health_plan', column: 'person_id' },
    { table: 'discharge_wait', column: 'person_id' },
  ],
  overlapsSql: overlappingEpisodesSql(
    [
      { table: 'personal_health_budget', start: 'start_date', end: 'end_date' },
      { table: 'chc_package', start: 'start_date', end: 'end_date' },
      { table: 'integrated_budget', start: 'start_date', end: 'end_date' },
    ],
    'person_id',
    'person_repoint',
  ),
};
