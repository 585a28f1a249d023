import { overlappingSpansSql, type PersonReferences } from '@continuum/identity';
import type { Prisma } from '../generated/prisma/client.ts';

/** SUPPORT: employments on this register, moved here directly; TRAINING: training records and competences, through the graph. */
export const PA_MERGE_STEP_ORDER = ['SUPPORT', 'TRAINING'] as const;

/**
 * The rows here that name a PA (employments), and the rule for a clash once two PA records are
 * one: the same employer employing "both" on the same day is one employment recorded twice.
 */
export const SUPPORT_PA_REFERENCES: PersonReferences<Prisma.TransactionClient> = {
  tables: [{ table: 'employment', column: 'personal_assistant_id' }],
  overlapsSql: overlappingSpansSql('employment', 'personal_assistant_id', 'employer_person_id', 'pa_repoint'),
};
