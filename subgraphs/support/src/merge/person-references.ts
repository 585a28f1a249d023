import type { Prisma } from '../generated/prisma/client.ts';
import { overlappingSpansSql, type PersonReferences } from '@continuum/identity';

/**
 * The rows here that name a person (as a PA's employer, the employer who requested a DBS check,
 * posted a vacancy, asked for cover, had a payroll run or re-enrolled PAs in a pension scheme, and the person a
 * register contact was asked for), and the
 * rule for a clash: an employer employs the same PA at most once on any day. Employing several PAs
 * at once is normal; several DBS checks, vacancies or cover requests of one employer are too.
 * A contingency plan and a payroll provider are keyed by the employer and are not moved: the
 * survivor keeps their own. Payroll runs and pension re-enrolment days move (several of one employer are fine).
 */
export const SUPPORT_PERSON_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [
    { table: 'employment', column: 'employer_person_id' },
    { table: 'dbs_check', column: 'requested_by_person_id' },
    { table: 'vacancy', column: 'employer_person_id' },
    { table: 'cover_request', column: 'employer_person_id' },
    { table: 'pa_contact', column: 'for_person_id' },
    { table: 'payroll_run', column: 'employer_person_id' },
    { table: 'pension_re_enrolment', column: 'employer_person_id' },
  ],
  overlapsSql: overlappingSpansSql('employment', 'employer_person_id', 'personal_assistant_id', 'person_repoint'),
};
