import type { PersonalAssistantModel } from '../generated/prisma/models.ts';
import type { Tx } from './tx.ts';

/** A merge chain is short; this bounds a bad one. */
export const MAX_MERGE_HOPS = 10;

/** The PA a record id stands for now: itself, or the survivor it was merged into. */
export async function currentPersonalAssistant(tx: Tx, id: string): Promise<PersonalAssistantModel> {
  let pa = await tx.personalAssistant.findUniqueOrThrow({ where: { id } });
  for (let hops = 0; pa.mergedInto && hops < MAX_MERGE_HOPS; hops++)
    pa = await tx.personalAssistant.findUniqueOrThrow({ where: { id: pa.mergedInto } });
  return pa;
}
