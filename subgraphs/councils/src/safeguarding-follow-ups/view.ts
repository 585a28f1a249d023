import type { SafeguardingFollowUpModel } from '../generated/prisma/models.ts';
import type { Loaders } from '../loaders.ts';

/** A follow-up with the GSS code of the council holding it: who may see it is decided by that code. */
export type HeldFollowUp = SafeguardingFollowUpModel & { councilGssCode: string };

export async function heldFollowUp(row: SafeguardingFollowUpModel, loaders: Loaders): Promise<HeldFollowUp> {
  const council = await loaders.council.load(row.councilId);
  if (!council) throw new Error(`council ${row.councilId} of safeguarding follow-up ${row.id} is missing`);
  return { ...row, councilGssCode: council.gssCode };
}

/** Overdue, due or done, on a given day: the status is derived, never stored, so it moves with the clock. */
export function followUpStatus(f: { doneOn: Date | null; dueOn: Date }, onDay: Date): 'OVERDUE' | 'DUE' | 'DONE' {
  if (f.doneOn) return 'DONE';
  return f.dueOn.getTime() < onDay.getTime() ? 'OVERDUE' : 'DUE';
}
