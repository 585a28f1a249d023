/**
 * Every record a person holds, as the matching engine compares them, so that a link is judged
 * against all of it: the person's own identity with the agency identifiers they hold now, the
 * identities of people merged into them, and each identity linked to them (automatically or by
 * a reviewer) as it was submitted. A person holding a record with another verified NHS number,
 * or another client id on the incoming record's agency list, is then never joined automatically.
 */
import type { IdentityRecord } from '@continuum/identity';
import type { PersonModel } from '../generated/prisma/models.ts';
import { personIdentity } from './identity.ts';
import type { StoredIdentifier } from './stored.ts';
import type { Tx } from './tx.ts';

/** One query per chunk keeps within PostgreSQL's parameter limits on big imports. */
const CHUNK = 10_000;

interface LinkedRow {
  person_id: string;
  nhs_number: string | null;
  nhs_number_status: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  postcode_district: string | null;
  sex: string | null;
}

/** The held records of `people`, several per person, each filed under the person's id. */
export async function heldRecords(tx: Tx, people: readonly PersonModel[]): Promise<IdentityRecord[]> {
  const out: IdentityRecord[] = [];
  for (let i = 0; i < people.length; i += CHUNK) {
    const part = people.slice(i, i + CHUNK);
    const ids = part.map((p) => p.id);
    const identifiers = new Map<string, StoredIdentifier[]>();
    const rows = await tx.localIdentifier.findMany({ where: { personId: { in: ids } } });
    for (const r of rows) {
      const list = identifiers.get(r.personId);
      const l = { agency: r.agency as StoredIdentifier['agency'], organisationCode: r.organisationCode, value: r.value };
      if (list) list.push(l);
      else identifiers.set(r.personId, [l]);
    }
    for (const p of part) out.push(personIdentity(p, identifiers.get(p.id)));
    for (const retired of await tx.person.findMany({ where: { mergedInto: { in: ids } } })) {
      out.push({ ...personIdentity(retired), id: retired.mergedInto! });
    }
    const linked = await tx.$queryRawUnsafe<LinkedRow[]>(
      `SELECT person_id::text AS person_id, submitted->>'nhsNumber' AS nhs_number, submitted->>'nhsNumberStatus' AS nhs_number_status,
              submitted->>'givenName' AS given_name, submitted->>'familyName' AS family_name,
              submitted->>'dateOfBirth' AS date_of_birth, submitted->>'postcodeDistrict' AS postcode_district,
              submitted->>'sex' AS sex
         FROM match_review WHERE status = 'LINKED' AND person_id = ANY($1::uuid[])`,
      ids,
    );
    for (const r of linked) {
      out.push({
        id: r.person_id,
        nhsNumber: r.nhs_number,
        nhsNumberStatus: r.nhs_number_status,
        givenName: r.given_name,
        familyName: r.family_name,
        dateOfBirth: r.date_of_birth,
        postcodeDistrict: r.postcode_district,
        sex: r.sex,
      });
    }
  }
  return out;
}
