import type { ReablementPeriodModel } from '../generated/prisma/models.ts';
import type { Loaders } from '../loaders.ts';

/** A reablement period with the GSS code of the council holding it: who may see it is decided by that code. */
export type HeldReablement = ReablementPeriodModel & { councilGssCode: string };

export async function heldReablement(row: ReablementPeriodModel, loaders: Loaders): Promise<HeldReablement> {
  const council = await loaders.council.load(row.councilId);
  if (!council) throw new Error(`council ${row.councilId} of reablement period ${row.id} is missing`);
  return { ...row, councilGssCode: council.gssCode };
}
