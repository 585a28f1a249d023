import { overlappingSpansSql, type PersonReferences } from '@continuum/identity';
import type { Prisma } from '../generated/prisma/client.ts';
import { samePlaceTwiceSql } from '../merge/same-place-twice.ts';

/** SUPPORT: employments and the finding-and-cover rows on this register, moved here directly; TRAINING: training records and competences, through the graph. */
export const PA_MERGE_STEP_ORDER = ['SUPPORT', 'TRAINING'] as const;

/**
 * The rows here that name a PA: employments, register contacts, vacancy applications, vacancies
 * the PA filled, cover the PA gave and contingency plans naming the PA as back-up. The register
 * entry is the register's own and moves with the merge itself (see local-moves.ts). The rule for a
 * clash once two PA records are one: the same employer employing "both" on the same day is one
 * employment recorded twice. Both records' applications to one vacancy are kept (told apart by
 * moved_from_pa_id); a plan naming both as back-ups keeps both positions. Peer-group meetings the
 * retired PA attended move too; a meeting both records attended keeps both attendances (told apart
 * by moved_from_pa_id) and the merge reports the pair.
 */
export const SUPPORT_PA_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [
    { table: 'employment', column: 'personal_assistant_id' },
    { table: 'pa_contact', column: 'personal_assistant_id' },
    { table: 'vacancy_application', column: 'personal_assistant_id' },
    { table: 'vacancy', column: 'filled_by_pa_id' },
    { table: 'cover_request', column: 'covered_by_pa_id' },
    { table: 'contingency_arrangement', column: 'personal_assistant_id' },
    { table: 'peer_group_attendance', column: 'personal_assistant_id' },
  ],
  movedFromColumn: { vacancy_application: 'moved_from_pa_id', peer_group_attendance: 'moved_from_pa_id' },
  overlapsSql: `
    SELECT "id" FROM (${overlappingSpansSql('employment', 'personal_assistant_id', 'employer_person_id', 'pa_repoint')}) employments
    UNION
    SELECT "id" FROM (${samePlaceTwiceSql('peer_group_attendance', 'personal_assistant_id', 'meeting_id', 'pa_repoint')}) attended
    ORDER BY "id"`,
};
