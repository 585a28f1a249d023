import type { PersonReferences } from '@continuum/identity';
import type { Prisma } from '../generated/prisma/client.ts';

/**
 * The rows here that name a person: training funding claims, by their employer. An employer makes
 * several claims, so two records' claims held by one person are no clash and nothing is reported.
 */
export const TRAINING_PERSON_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [{ table: 'training_funding_claim', column: 'employer_person_id' }],
  overlapsSql: `SELECT "id"::text AS "id" FROM "training_funding_claim" WHERE false AND "employer_person_id" = $1::uuid AND $2::uuid IS NOT NULL`,
};
