import type { Prisma } from '../generated/prisma/client.ts';
import { overlappingSpansSql, type PersonReferences } from '@continuum/identity';

/**
 * The rows here that name a person (as a PA's employer, and as the employer who requested a DBS
 * check), and the rule for a clash: an employer employs the same PA at most once on any day.
 * Employing several PAs at once is normal; several DBS checks requested by one employer are too.
 */
export const SUPPORT_PERSON_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [
    { table: 'employment', column: 'employer_person_id' },
    { table: 'dbs_check', column: 'requested_by_person_id' },
  ],
  overlapsSql: overlappingSpansSql('employment', 'employer_person_id', 'personal_assistant_id', 'person_repoint'),
};
