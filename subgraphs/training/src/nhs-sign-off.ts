import { forbidden, requestAccessOf } from '@continuum/access';
import { isId, todayIso, type Caller } from '@continuum/runtime';
import type { Context } from './context.ts';

const FIELD = 'input.signedOffBy.nhsStaff';

/** An NHS organisation: an NHS body's own staff, or a training provider that is an NHS trust. */
async function isNhsOrganisation(caller: Caller, ctx: Context): Promise<boolean> {
  if (caller.organisationKind === 'HEALTH') return true;
  if (caller.organisationKind !== 'TRAINING_PROVIDER' || !isId(caller.organisationCode)) return false;
  return (await ctx.loaders.trainingProvider.load(caller.organisationCode.toLowerCase()))?.kind === 'NHS_TRUST';
}

/** Whether the caller's organisation already trains the PA, or their employer (a relationship of kind TRAINER that stands). */
async function trains(caller: Caller, paId: string, ctx: Context): Promise<boolean> {
  const store = requestAccessOf(ctx).store;
  if (!store) return false;
  const today = todayIso();
  if ((await store.relatedSubjects(caller.organisationCode, 'PA', [paId], today, ['TRAINER'])).has(paId)) return true;
  const employers = (await store.employersOf([paId], today)).get(paId) ?? [];
  return employers.length > 0 && (await store.relatedSubjects(caller.organisationCode, 'PERSON', employers, today, ['TRAINER'])).size > 0;
}

/**
 * A record "signed off by NHS staff" (a health-task competence such as catheter care, which
 * unblocks a move to NHS funding) is attested by a trainer of an NHS organisation that already
 * trains the PA or their employer; a PA, a person, or anyone else never records one. Checked
 * before the record is written.
 */
export async function mayAttestNhsSignOff(
  input: { personalAssistantId: string; signedOffBy?: { nhsStaff?: boolean | null } | null },
  ctx: Context,
): Promise<void> {
  if (!input.signedOffBy?.nhsStaff) return;
  const { caller } = requestAccessOf(ctx);
  if (caller.role === 'HUB_SERVICE') return;
  if (caller.role !== 'TRAINER')
    throw forbidden(
      `Only an NHS trainer records training as signed off by NHS staff, not the ${caller.role} role`,
      FIELD,
      'an NHS sign-off is attested by a trainer of an NHS organisation',
    );
  if (!(await isNhsOrganisation(caller, ctx)))
    throw forbidden(
      'Only a trainer of an NHS organisation records training as signed off by NHS staff',
      FIELD,
      "the trainer's organisation is not an NHS trust or NHS body",
    );
  if (!(await trains(caller, input.personalAssistantId.toLowerCase(), ctx))) {
    throw forbidden(
      'An NHS sign-off is recorded by a trainer who already trains the PA or their employer',
      FIELD,
      "the trainer's organisation has no training relationship with the PA or their employer",
    );
  }
}

/** Who attested an NHS sign-off, and on whose behalf, as the record keeps it. */
export function attestation(caller: Caller, nhsStaff: boolean) {
  if (!nhsStaff || caller.role === 'HUB_SERVICE') return { attestedBy: null, attestedByUserId: null, onBehalfOf: null };
  return { attestedBy: caller.name, attestedByUserId: caller.userId, onBehalfOf: caller.organisationCode };
}
