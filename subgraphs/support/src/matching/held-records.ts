/**
 * Every record a PA holds, as the matching engine compares them, so that a link is judged
 * against all of it: the PA's own identity with the register references they hold, the
 * identities of PAs merged into them, and each identity linked to them (automatically or by a
 * reviewer) as it was submitted. A PA holding a record with another NI number suffix, or another
 * reference from the submitting register, is then never joined automatically.
 */
import type { PaIdentityRecord } from '@continuum/identity';
import type { PersonalAssistantModel } from '../generated/prisma/models.ts';
import { paIdentity } from './identity.ts';
import type { StoredPaIdentifier } from './stored.ts';
import type { Tx } from './tx.ts';

interface LinkedRow {
  pa_id: string;
  ni_number_suffix: string | null;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  postcode_district: string | null;
  sex: string | null;
}

/** The held records of `pas`, several per PA, each filed under the PA's id. */
export async function heldPaRecords(tx: Tx, pas: readonly PersonalAssistantModel[]): Promise<PaIdentityRecord[]> {
  if (!pas.length) return [];
  const ids = pas.map((p) => p.id);
  const references = new Map<string, StoredPaIdentifier[]>();
  for (const r of await tx.paLocalIdentifier.findMany({ where: { personalAssistantId: { in: ids } } })) {
    const list = references.get(r.personalAssistantId);
    const l = { organisationId: r.organisationId, value: r.value };
    if (list) list.push(l);
    else references.set(r.personalAssistantId, [l]);
  }
  const out: PaIdentityRecord[] = pas.map((p) => paIdentity(p, references.get(p.id)));
  for (const retired of await tx.personalAssistant.findMany({ where: { mergedInto: { in: ids } } })) {
    out.push({ ...paIdentity(retired), id: retired.mergedInto! });
  }
  const linked = await tx.$queryRawUnsafe<LinkedRow[]>(
    `SELECT personal_assistant_id::text AS pa_id, submitted->>'niNumberSuffix' AS ni_number_suffix,
            submitted->>'givenName' AS given_name, submitted->>'familyName' AS family_name,
            submitted->>'dateOfBirth' AS date_of_birth, submitted->>'postcodeDistrict' AS postcode_district,
            submitted->>'sex' AS sex
       FROM pa_match_review WHERE status = 'LINKED' AND personal_assistant_id = ANY($1::uuid[])`,
    ids,
  );
  for (const r of linked) {
    out.push({
      id: r.pa_id,
      niNumberSuffix: r.ni_number_suffix,
      givenName: r.given_name,
      familyName: r.family_name,
      dateOfBirth: r.date_of_birth,
      postcodeDistrict: r.postcode_district,
      sex: r.sex,
    });
  }
  return out;
}
