/**
 * Whether a caller may see a person or a PA, as a pure function of plain facts as of one day (and,
 * for break-glass, one instant): no store, no loaders. decisions.ts fetches the facts and asks
 * here; the unit tests ask here directly. Deny by default; an objection overrides relationships
 * and consent, and break-glass overrides an objection.
 */
import { isId, type Caller, type Role } from '@continuum/runtime';
import { roleMaySee, type FieldClass } from './field-classes.ts';
import type { Subject } from './policy.ts';
import type { ConsentRow } from './store.ts';

/** Why a person may be seen. */
export type PersonBasis =
  | { kind: 'HUB_SERVICE' }
  | { kind: 'OWN_RECORD' }
  | { kind: 'DATA_PROTECTION' }
  /** `relationship` is its kind in the access store (FUNDER, CHC_ASSESSMENT, PA_REGISTER, …). */
  | { kind: 'RELATIONSHIP'; relationship: string }
  | { kind: 'CONSENT'; consentId: string }
  | { kind: 'BREAK_GLASS'; breakGlassId: string };

/** Why a record may be seen. */
export type Allowed =
  | PersonBasis
  /** The record is an identity the caller's organisation submitted. */
  | { kind: 'SUBMITTED_BY' }
  /** A PA seen because the caller may see one of the people who employ (or recently employed) them. */
  | { kind: 'EMPLOYER'; employerId: string; through: PersonBasis };

/** Why a record may not be seen. */
export type Refused =
  /** No relationship, consent or grant; also every subject a role may never see. */
  | { kind: 'NO_RELATIONSHIP' }
  | { kind: 'OBJECTION'; objectionId: string }
  /** The role lacks the record's field class, or the type's own condition (`onlyFor`) fails. */
  | { kind: 'ROLE' }
  /** The record names no person or PA (or only ids that are not UUIDs). */
  | { kind: 'NO_SUBJECT' };

export type Basis = Allowed | Refused;

export type Decision<A extends Allowed = Allowed> =
  { visible: true; basis: A; breakGlassId?: string } | { visible: false; basis: Refused; breakGlassId?: undefined };

/** A relationship between an organisation and a person or PA, as the access store holds it. */
export interface RelationshipRow {
  organisationCode: string;
  subjectKind: 'PERSON' | 'PA';
  subjectId: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  /** Recorded by a user's write and not corroborated. */
  pending: boolean;
  revoked: boolean;
}

export interface BreakGlassGrant {
  id: string;
  userId: string;
  personId: string;
  expiresAt: Date;
}

export interface EmploymentLink {
  paId: string;
  personId: string;
  endsOn: string | null;
  pending: boolean;
}

export interface AccessFacts {
  relationships: readonly RelationshipRow[];
  /** Consents and objections. */
  consents: readonly ConsentRow[];
  breakGlass: readonly BreakGlassGrant[];
  employments: readonly EmploymentLink[];
}

export interface BusinessDay {
  /** YYYY-MM-DD. */
  day: string;
  /** How long an ended relationship or employment still counts. */
  recentMonths: number;
}

/** Break-glass runs in real time (the access store's clock), not in business days. */
export type AsOf = BusinessDay & { instant: Date };

/** What is asked of the record beyond its subject. */
export interface Asked {
  fieldClass?: FieldClass;
  /** The type rule's further condition (`onlyFor`), which consent and break-glass do not lift. */
  onlyFor?: () => boolean;
}

const refuse = (basis: Refused): Decision<never> => ({ visible: false, basis });
const NO_RELATIONSHIP = refuse({ kind: 'NO_RELATIONSHIP' });

/** An allowed decision; one resting on break-glass names the grant, for the audit row. */
function allow<A extends Allowed>(basis: A): Decision<A> {
  const b: Allowed = basis;
  const grant = b.kind === 'BREAK_GLASS' ? b : b.kind === 'EMPLOYER' && b.through.kind === 'BREAK_GLASS' ? b.through : null;
  return grant ? { visible: true, basis, breakGlassId: grant.breakGlassId } : { visible: true, basis };
}

/** YYYY-MM-DD moved back by whole months, the day held to the month's last (as PostgreSQL does). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const recent = (endsOn: string | null, asOf: BusinessDay) => endsOn === null || endsOn >= monthsBefore(asOf.day, asOf.recentMonths);

/** A relationship counts from its first day until `recentMonths` after its end, once corroborated and unless revoked. */
export function relationshipHolds(r: RelationshipRow, asOf: BusinessDay): boolean {
  return !r.revoked && !r.pending && r.startsOn <= asOf.day && recent(r.endsOn, asOf);
}

/** An employment links a PA to the employer while it runs and `recentMonths` after, once confirmed. */
export function employmentCounts(l: EmploymentLink, asOf: BusinessDay): boolean {
  return !l.pending && recent(l.endsOn, asOf);
}

/**
 * Is a consent or objection in force today? A consent counts only as recorded under the hub's
 * rules: who gave it and how, named organisations, and an end date. One recorded before those
 * rules (none of that held) opens nothing; an objection always counts, as it only narrows access.
 */
export function consentInForce(row: ConsentRow, today: string): boolean {
  if (row.withdrawn_at) return false;
  if (row.valid_from > today || (row.valid_to !== null && row.valid_to < today)) return false;
  if (row.kind === 'CONSENT' && (row.method === null || row.organisation_codes.length === 0 || row.valid_to === null)) return false;
  return true;
}

/** Does a consent or objection row apply to this caller today? An objection naming no organisation covers every one. */
export function consentApplies(row: ConsentRow, caller: Caller, today: string): boolean {
  if (!consentInForce(row, today)) return false;
  if (row.purpose !== caller.purpose) return false;
  return row.organisation_codes.length === 0 || row.organisation_codes.includes(caller.organisationCode);
}

/** Roles whose decision on a subject rests on facts; every other role is decided by role alone. */
const DECIDED_BY_FACTS: Record<'PERSON' | 'PA', readonly Role[]> = {
  PERSON: ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER'],
  PA: ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER', 'TRAINER', 'PERSON'],
};

/** Callers who may see every person, so a list need not be narrowed for them. */
export function seesEveryPerson(caller: Caller): boolean {
  return caller.role === 'HUB_SERVICE' || caller.role === 'DATA_PROTECTION_OFFICER';
}

/** The decision when the role alone settles it (no facts need fetching), else null. */
export function decidedByRole(caller: Caller, kind: 'PERSON' | 'PA', id: string): Decision<PersonBasis> | null {
  const { role } = caller;
  if (DECIDED_BY_FACTS[kind].includes(role)) return null;
  if (role === 'HUB_SERVICE') return allow({ kind: 'HUB_SERVICE' });
  if (kind === 'PERSON' && role === 'DATA_PROTECTION_OFFICER') return allow({ kind: 'DATA_PROTECTION' });
  const own =
    kind === 'PERSON' ? role === 'PERSON' && id === caller.personId : role === 'PERSONAL_ASSISTANT' && id === caller.personalAssistantId;
  return own ? allow({ kind: 'OWN_RECORD' }) : NO_RELATIONSHIP;
}

function relationshipOf(
  caller: Caller,
  kind: 'PERSON' | 'PA',
  id: string,
  facts: Pick<AccessFacts, 'relationships'>,
  asOf: BusinessDay,
): RelationshipRow | undefined {
  return facts.relationships.find(
    (r) => r.organisationCode === caller.organisationCode && r.subjectKind === kind && r.subjectId === id && relationshipHolds(r, asOf),
  );
}

/** Break-glass first, then an objection, then a relationship, then consent. */
export function decidePerson(caller: Caller, personId: string, facts: Omit<AccessFacts, 'employments'>, asOf: AsOf): Decision<PersonBasis> {
  const byRole = decidedByRole(caller, 'PERSON', personId);
  if (byRole) return byRole;
  const grant = facts.breakGlass.findLast(
    (g) => g.userId === caller.userId && g.personId === personId && g.expiresAt.getTime() > asOf.instant.getTime(),
  );
  if (grant) return allow({ kind: 'BREAK_GLASS', breakGlassId: grant.id });
  const mine = facts.consents.filter((row) => row.person_id === personId && consentApplies(row, caller, asOf.day));
  const objection = mine.find((row) => row.kind === 'OBJECTION');
  if (objection) return refuse({ kind: 'OBJECTION', objectionId: objection.id });
  const relationship = relationshipOf(caller, 'PERSON', personId, facts, asOf);
  if (relationship) return allow({ kind: 'RELATIONSHIP', relationship: relationship.kind });
  const consent = mine.find((row) => row.kind === 'CONSENT');
  return consent ? allow({ kind: 'CONSENT', consentId: consent.id }) : NO_RELATIONSHIP;
}

/** The people whose decisions a PA's rests on: those who employ, or recently employed, them. */
export function employersOf(paId: string, employments: readonly EmploymentLink[], asOf: BusinessDay): string[] {
  return employments.filter((l) => l.paId === paId && employmentCounts(l, asOf)).map((l) => l.personId);
}

/** A relationship of the caller's organisation with the PA, else whoever may see one of their employers (`employerDecisions`, from decidePerson). */
export function decidePa(
  caller: Caller,
  paId: string,
  facts: Pick<AccessFacts, 'relationships' | 'employments'>,
  asOf: BusinessDay,
  employerDecisions: ReadonlyMap<string, Decision<PersonBasis>>,
): Decision {
  const byRole = decidedByRole(caller, 'PA', paId);
  if (byRole) return byRole;
  const relationship = relationshipOf(caller, 'PA', paId, facts, asOf);
  if (relationship) return allow({ kind: 'RELATIONSHIP', relationship: relationship.kind });
  for (const employerId of employersOf(paId, facts.employments, asOf)) {
    const d = employerDecisions.get(employerId);
    if (d?.visible) return allow({ kind: 'EMPLOYER', employerId, through: d.basis });
  }
  return NO_RELATIONSHIP;
}

/** What is settled before any subject is looked at: the role's field classes, the type's own condition, the hub, an organisation's own submission. */
export function decidedBeforeLookup(caller: Caller, subject: Subject, asked: Asked = {}): Decision | null {
  if (asked.fieldClass && !roleMaySee(caller.role, asked.fieldClass)) return refuse({ kind: 'ROLE' });
  if (caller.role === 'HUB_SERVICE') return allow({ kind: 'HUB_SERVICE' });
  if (asked.onlyFor && !asked.onlyFor()) return refuse({ kind: 'ROLE' });
  if (subject.organisationCodes?.includes(caller.organisationCode)) return allow({ kind: 'SUBMITTED_BY' });
  return null;
}

/** The person and PA a subject names, lower-cased; an id that is not a UUID names no one. */
export function namedIds(subject: Subject): { personId?: string; paId?: string } {
  const id = (v: string | null | undefined) => (v && isId(v) ? v.toLowerCase() : undefined);
  return { personId: id(subject.personId), paId: id(subject.paId) };
}

/** A record naming a person and a PA is visible if either is; else the first refusal. */
export function eitherDecision(decisions: readonly Decision[]): Decision {
  return decisions.find((d) => d.visible) ?? decisions[0] ?? refuse({ kind: 'NO_SUBJECT' });
}

export interface AccessQuestion extends Asked {
  caller: Caller;
  subject: Subject;
  facts: AccessFacts;
  asOf: AsOf;
}

/** The whole decision from plain facts; RequestAccess.decide composes the same steps over the store's loaders. */
export function decideAccess(q: AccessQuestion): Decision {
  const early = decidedBeforeLookup(q.caller, q.subject, q);
  if (early) return early;
  const { personId, paId } = namedIds(q.subject);
  const decisions: Decision[] = [];
  if (personId) decisions.push(decidePerson(q.caller, personId, q.facts, q.asOf));
  if (paId) {
    const employers = new Map(employersOf(paId, q.facts.employments, q.asOf).map((p) => [p, decidePerson(q.caller, p, q.facts, q.asOf)]));
    decisions.push(decidePa(q.caller, paId, q.facts, q.asOf, employers));
  }
  return eitherDecision(decisions);
}
