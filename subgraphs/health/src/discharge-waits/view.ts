import type { DischargeWaitModel } from '../generated/prisma/models.ts';
import type { Loaders } from '../loaders.ts';

/** A discharge wait with the ODS code of the NHS body holding it: who may see it is decided by that code. */
export type HeldWait = DischargeWaitModel & { healthBodyOdsCode: string };

export async function heldWait(row: DischargeWaitModel, loaders: Loaders): Promise<HeldWait> {
  const body = await loaders.healthBody.load(row.healthBodyId);
  if (!body) throw new Error(`health body ${row.healthBodyId} of discharge wait ${row.id} is missing`);
  return { ...row, healthBodyOdsCode: body.odsCode };
}
