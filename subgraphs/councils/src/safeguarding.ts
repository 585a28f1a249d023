import type { SafeguardingConcernModel } from './generated/prisma/models.ts';
import type { Loaders } from './loaders.ts';

/** A concern with the GSS code of the council holding it: who may see it is decided by that code. */
export type HeldConcern = SafeguardingConcernModel & { councilGssCode: string };

export async function heldConcern(row: SafeguardingConcernModel, loaders: Loaders): Promise<HeldConcern> {
  const council = await loaders.council.load(row.councilId);
  if (!council) throw new Error(`council ${row.councilId} of safeguarding concern ${row.id} is missing`);
  return { ...row, councilGssCode: council.gssCode };
}
