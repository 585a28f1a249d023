import type { DomiciliaryCareRequestModel } from '../generated/prisma/models.ts';
import type { Loaders } from '../loaders.ts';

/** A domiciliary care request with the GSS code of the council holding it: who may see it is decided by that code. */
export type HeldRequest = DomiciliaryCareRequestModel & { councilGssCode: string };

export async function heldRequest(row: DomiciliaryCareRequestModel, loaders: Loaders): Promise<HeldRequest> {
  const council = await loaders.council.load(row.councilId);
  if (!council) throw new Error(`council ${row.councilId} of domiciliary care request ${row.id} is missing`);
  return { ...row, councilGssCode: council.gssCode };
}
