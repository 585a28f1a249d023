import type { AssessmentOfferModel } from '../generated/prisma/models.ts';
import type { Loaders } from '../loaders.ts';

/** An assessment's options with the GSS code of the council that assessed: who may see it is decided by that code. */
export type HeldAssessmentOffer = AssessmentOfferModel & { councilGssCode: string };

export async function heldAssessmentOffer(row: AssessmentOfferModel, loaders: Loaders): Promise<HeldAssessmentOffer> {
  const council = await loaders.council.load(row.councilId);
  if (!council) throw new Error(`council ${row.councilId} of assessment offer ${row.id} is missing`);
  return { ...row, councilGssCode: council.gssCode };
}
