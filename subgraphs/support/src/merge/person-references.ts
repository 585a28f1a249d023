import type { Prisma } from '../generated/prisma/client.ts';
import { overlappingSpansSql, type PersonReferences } from '@continuum/identity';
import { samePlaceTwiceSql } from './same-place-twice.ts';

/**
 * The rows here that name a person (as a PA's employer, the employer who requested a DBS check,
 * posted a vacancy, asked for cover, had a payroll run or re-enrolled PAs in a pension scheme, and the person a
 * register contact was asked for), and the
 * rule for a clash: an employer employs the same PA at most once on any day. Employing several PAs
 * at once is normal; several DBS checks, vacancies or cover requests of one employer are too.
 * A contingency plan and a payroll provider are keyed by the employer and are not moved: the
 * survivor keeps their own. Payroll runs and pension re-enrolment days move (several of one employer are fine).
 * A place on a council's mentor directory moves too, and the mentor offers made to the person; a
 * survivor already on the same council's directory keeps both places, and the merge reports the pair.
 * An employment's terms, payslips and pension assessments and enrolments hang on the employment and follow it.
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
    { table: 'dp_mentor', column: 'mentor_person_id' },
    { table: 'dp_mentor_offer', column: 'employer_person_id' },
  ],
  movedFromColumn: { dp_mentor: 'moved_from_person_id' },
  overlapsSql: `
    SELECT "id" FROM (${overlappingSpansSql('employment', 'employer_person_id', 'personal_assistant_id', 'person_repoint')}) employments
    UNION
    SELECT "id" FROM (${samePlaceTwiceSql('dp_mentor', 'mentor_person_id', 'council_gss_code', 'person_repoint')}) mentors
    ORDER BY "id"`,
};
