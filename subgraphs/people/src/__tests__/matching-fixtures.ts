import { buildDemoRegion, type DemoPerson } from '@continuum/demo';
import { decide, defaultMatchConfig, MatchIndex } from '@continuum/identity';
import { nhsCheckDigit } from '@continuum/runtime';

export const region = buildDemoRegion();

const REVIEW_FIELDS = `id status createdAt
  submitted { nhsNumber { value verificationCode } givenName familyName dateOfBirth postcodeDistrict localIdentifiers { agency organisationCode value } }
  candidates { person { id } score rule contributions { field comparison weight detail } reasons }
  decisions { action person { id } fromPerson { id } localIdentifiers { agency organisationCode value } automatic decidedBy reason decidedAt }
  person { id }`;

export const REGISTER = `mutation ($input: RegisterPersonInput!, $key: String) {
  registerPerson(input: $input, idempotencyKey: $key) {
    outcome matchedBy
    person { id givenName familyName nhsNumber { value verificationStatus } localIdentifiers { agency organisationCode value } }
    review { ${REVIEW_FIELDS} }
  }
}`;

export const REVIEW = `query ($id: ID!) { matchReview(id: $id) { ${REVIEW_FIELDS} } }`;

export const LINK = `mutation ($id: ID!, $personId: ID!, $by: String!, $reason: String!) { linkMatchReview(id: $id, personId: $personId, decidedBy: $by, reason: $reason) { ${REVIEW_FIELDS} } }`;
export const REJECT = `mutation ($id: ID!, $by: String!, $reason: String!) { rejectMatchReview(id: $id, decidedBy: $by, reason: $reason) { ${REVIEW_FIELDS} } }`;
export const UNLINK = `mutation ($id: ID!, $by: String!, $reason: String!) { unlinkMatchReview(id: $id, decidedBy: $by, reason: $reason) { ${REVIEW_FIELDS} } }`;
export const REOPEN = `mutation ($id: ID!, $by: String!, $reason: String!) { reopenMatchReview(id: $id, decidedBy: $by, reason: $reason) { ${REVIEW_FIELDS} } }`;

export const IDENTIFIERS = `query ($id: ID!) { person(id: $id) { id localIdentifiers { agency organisationCode value } } }`;

/** Demo people with a verified NHS number and names long enough to take a one-letter typo. */
export function verifiedPeople(): DemoPerson[] {
  return region.people.filter((p) => p.nhsNumberStatus === '01' && p.familyName.length >= 8 && p.givenName.length >= 6);
}

/** One letter changed near the end of a name: the kind of slip Jaro-Winkler still sees as close. */
export function typo(name: string): string {
  const i = name.length - 2;
  return name.slice(0, i) + (name[i] === 'e' ? 'a' : 'e') + name.slice(i + 1);
}

/** The demo person's identity as an agency would submit it, without their NHS number. */
export function withoutNumber(p: DemoPerson) {
  return { givenName: p.givenName, familyName: p.familyName, dateOfBirth: p.dateOfBirth, postcodeDistrict: p.postcodeDistrict };
}

let counter = 0;
/** A council case number no one holds yet. */
export function freshIdentifier(organisationCode = 'E06000047') {
  counter += 1;
  return { agency: 'COUNCIL', organisationCode, value: `MATCH-${process.pid}-${counter}` };
}

/** A council case number no one holds yet, on a council list that does not hold `p` (one list holding a person twice is for a reviewer). */
export function freshIdentifierOutside(p: DemoPerson) {
  const held = new Set(p.localIdentifiers.map((l) => l.organisationCode));
  return freshIdentifier(['E06000047', 'E08000021', 'E06000057'].find((code) => !held.has(code))!);
}

/** Valid NHS numbers in the test range that no demo person holds. */
export function unheldNhsNumbers(count: number, from = 0): string[] {
  const held = new Set(region.people.map((p) => p.nhsNumber));
  const out: string[] = [];
  for (let n = 999_987_000 + from; out.length < count; n++) {
    const check = nhsCheckDigit(String(n));
    const number = `${n}${check}`;
    if (check !== null && !held.has(number)) out.push(number);
  }
  return out;
}

/** Ways a known person's identity may come back from another agency, each close enough to be possibly them. */
const VARIANTS: ((p: DemoPerson) => ReturnType<typeof withoutNumber>)[] = [
  (p) => ({ ...withoutNumber(p), givenName: typo(p.givenName), postcodeDistrict: 'ZE1' }),
  (p) => ({ ...withoutNumber(p), familyName: typo(p.familyName), postcodeDistrict: 'ZE1' }),
  (p) => ({ ...withoutNumber(p), givenName: typo(p.givenName), familyName: typo(p.familyName) }),
  (p) => ({ ...withoutNumber(p), givenName: typo(p.givenName), familyName: typo(p.familyName), postcodeDistrict: 'ZE1' }),
  (p) => ({
    ...withoutNumber(p),
    dateOfBirth: `${p.dateOfBirth.slice(0, 4)}-${p.dateOfBirth.slice(8)}-${p.dateOfBirth.slice(5, 7)}`,
    postcodeDistrict: 'ZE1',
  }),
  // Known by another given name (a middle name, an anglicised name).
  (p) => ({ ...withoutNumber(p), givenName: 'Xavierre' }),
];

/**
 * Demo people with a variant of their identity that matching, as configured, sends to review
 * naming them: chosen with the engine itself, so the queue's tests hold whatever the tuned
 * weights and thresholds are.
 */
export function possibleMatches(limit = 30): { person: DemoPerson; input: ReturnType<typeof withoutNumber> }[] {
  const config = defaultMatchConfig();
  const index = new MatchIndex();
  for (const p of region.people) index.add(p);
  const found: { person: DemoPerson; input: ReturnType<typeof withoutNumber> }[] = [];
  for (const person of verifiedPeople()) {
    if (found.length === limit) break;
    for (const variant of VARIANTS) {
      const input = variant(person);
      const incoming = { ...input, nhsNumber: null, nhsNumberStatus: '07' };
      const outcome = decide(incoming, index.candidates(incoming), config);
      if (outcome.kind === 'REVIEW' && outcome.candidates.some((c) => c.personId === person.id)) {
        found.push({ person, input });
        break;
      }
    }
  }
  return found;
}
