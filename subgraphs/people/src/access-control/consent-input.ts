/**
 * What a consent or objection must say before it is recorded. A consent widens who sees a
 * person, so it names who gave it (the person, or a named representative), how (and the evidence
 * when there is a document), at least one organisation, and an end date at most 12 months after
 * its start. An objection only narrows access: it may cover every organisation and last until
 * withdrawn. Every refusal is BAD_USER_INPUT naming the field; nothing is written.
 */
import { badUserInput, isId, isoDate, requireText, type Caller } from '@continuum/runtime';
import type { ConsentRow } from '@continuum/access';

/** The longest a consent runs, in months from its first day. */
export const CONSENT_MAX_MONTHS = 12;
/** Organisations one record may name. */
const MAX_ORGANISATIONS = 20;
/** A GSS code (E08000021), an ODS code (QHM, 7A1), or a hub id. */
const ORGANISATION_CODE = /^[A-Z0-9]{1,9}$/;
/** Methods that rest on a document, whose reference is required. */
const DOCUMENTED = new Set(['WRITTEN', 'LASTING_POWER_OF_ATTORNEY', 'COURT_APPOINTED_DEPUTY']);
/** Methods that are a representative's authority to act for the person. */
const REPRESENTATIVE_AUTHORITY = new Set(['LASTING_POWER_OF_ATTORNEY', 'COURT_APPOINTED_DEPUTY']);

export interface ConsentInput {
  kind: 'CONSENT' | 'OBJECTION';
  purpose: string;
  organisationCodes?: string[] | null;
  validFrom: Date;
  validTo?: Date | null;
  givenBy: 'PERSON' | 'REPRESENTATIVE';
  representativeName?: string | null;
  representativeRelationship?: string | null;
  method: string;
  evidenceReference?: string | null;
}

/** The same day `months` later; a day the month lacks becomes its last (29 February → 28 February), as PostgreSQL adds months. */
export function addMonths(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), lastDay)));
}

function organisationCodes(input: ConsentInput): string[] {
  const codes = (input.organisationCodes ?? []).map((raw, i) => {
    const field = `input.organisationCodes[${i}]`;
    const text = requireText(raw, field, 64);
    if (isId(text)) return text.toLowerCase();
    if (!ORGANISATION_CODE.test(text)) throw badUserInput(field, `"${raw}" is not a GSS code, an ODS code or a hub id`);
    return text;
  });
  const unique = [...new Set(codes)];
  if (unique.length > MAX_ORGANISATIONS) throw badUserInput('input.organisationCodes', `name at most ${MAX_ORGANISATIONS} organisations`);
  if (input.kind === 'CONSENT' && unique.length === 0)
    throw badUserInput('input.organisationCodes', 'a consent names at least one organisation; it never covers every organisation');
  return unique;
}

function period(input: ConsentInput): { from: string; to: string | null } {
  const from = input.validFrom;
  const to = input.validTo ?? null;
  if (to && to.getTime() < from.getTime()) throw badUserInput('input.validTo', 'must be on or after validFrom');
  if (input.kind === 'CONSENT') {
    const latest = addMonths(from, CONSENT_MAX_MONTHS);
    if (!to)
      throw badUserInput(
        'input.validTo',
        `a consent needs an end date, at most ${CONSENT_MAX_MONTHS} months after validFrom (${isoDate(latest)} at the latest)`,
      );
    if (to.getTime() > latest.getTime())
      throw badUserInput('input.validTo', `must be at most ${CONSENT_MAX_MONTHS} months after validFrom: ${isoDate(latest)} at the latest`);
  }
  return { from: isoDate(from), to: to ? isoDate(to) : null };
}

function giver(input: ConsentInput, caller: Caller): Pick<ConsentRow, 'given_by' | 'representative_name' | 'representative_relationship'> {
  const self = caller.role === 'PERSON';
  if (self && input.givenBy !== 'PERSON')
    throw badUserInput('input.givenBy', 'signed in as the person, you record your own consent: givenBy must be PERSON');
  if (input.givenBy === 'PERSON') {
    if (input.representativeName != null) throw badUserInput('input.representativeName', 'only when a representative gave it');
    if (input.representativeRelationship != null)
      throw badUserInput('input.representativeRelationship', 'only when a representative gave it');
    if (REPRESENTATIVE_AUTHORITY.has(input.method))
      throw badUserInput('input.givenBy', `${input.method} is a representative's authority: givenBy must be REPRESENTATIVE, named`);
    return { given_by: 'PERSON', representative_name: null, representative_relationship: null };
  }
  if (input.representativeName == null) throw badUserInput('input.representativeName', 'name the representative who gave it');
  if (input.representativeRelationship == null)
    throw badUserInput('input.representativeRelationship', "say the representative's relationship to the person (e.g. daughter, attorney)");
  return {
    given_by: 'REPRESENTATIVE',
    representative_name: requireText(input.representativeName, 'input.representativeName', 200),
    representative_relationship: requireText(input.representativeRelationship, 'input.representativeRelationship', 100),
  };
}

function method(input: ConsentInput, caller: Caller): Pick<ConsentRow, 'method' | 'evidence_reference'> {
  const self = caller.role === 'PERSON';
  if (self && input.method !== 'SIGNED_IN_PERSON')
    throw badUserInput('input.method', 'signed in as the person, your own record is the evidence: method must be SIGNED_IN_PERSON');
  if (!self && input.method === 'SIGNED_IN_PERSON')
    throw badUserInput('input.method', 'only the person, signed in as themselves, records with SIGNED_IN_PERSON');
  if (DOCUMENTED.has(input.method)) {
    if (input.evidenceReference == null)
      throw badUserInput(
        'input.evidenceReference',
        `${input.method} rests on a document: give its reference (the signed form, the LPA or the court order)`,
      );
    return { method: input.method, evidence_reference: requireText(input.evidenceReference, 'input.evidenceReference', 200) };
  }
  return {
    method: input.method,
    evidence_reference: input.evidenceReference == null ? null : requireText(input.evidenceReference, 'input.evidenceReference', 200),
  };
}

/** The row to record for this input and caller; throws BAD_USER_INPUT on the first field that does not hold. */
export function consentRow(
  input: ConsentInput,
  personId: string,
  caller: Caller,
  id: string,
): Omit<ConsentRow, 'recorded_at' | 'withdrawn_at' | 'withdrawn_by'> {
  const codes = organisationCodes(input);
  const { from, to } = period(input);
  return {
    id,
    person_id: personId,
    kind: input.kind,
    purpose: input.purpose,
    organisation_codes: codes,
    valid_from: from,
    valid_to: to,
    ...giver(input, caller),
    ...method(input, caller),
    recorded_by: caller.name,
    recorded_by_user_id: caller.userId,
    recorded_by_role: caller.role,
    recorded_by_organisation: caller.organisationCode,
  };
}
