/**
 * Who is asking: the user (or hub service) behind a request, as the gateway authenticated them.
 * Travels from the gateway to every subgraph inside a short-lived token the gateway signs.
 */

/** What a user does; decides which kinds of a person's data they may see (see access/field-classes.ts). */
export const ROLES = [
  'SOCIAL_WORKER',
  'CHC_NURSE',
  'PHB_LEAD',
  'SUPPORT_ADVISER',
  'TRAINER',
  'COMMISSIONER',
  'PERSONAL_ASSISTANT',
  'DATA_PROTECTION_OFFICER',
  'PERSON',
  'HUB_SERVICE',
  /** No token: public directory data only. */
  'PUBLIC',
] as const;
export type Role = (typeof ROLES)[number];

/** Why the data is being used (purpose of use); consent and objections name one. */
export const PURPOSES = [
  'DIRECT_CARE',
  'PAYMENT_ADMINISTRATION',
  'TRAINING_ADMINISTRATION',
  'COMMISSIONING',
  'DATA_PROTECTION',
  'OWN_RECORD',
  'HUB_OPERATION',
  'PUBLIC_INFORMATION',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const ORGANISATION_KINDS = ['COUNCIL', 'HEALTH', 'SUPPORT_ORGANISATION', 'TRAINING_PROVIDER', 'HUB', 'INDIVIDUAL', 'NONE'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Caller {
  /** The user id from the identity provider, or `service:<name>` for the hub's own services. */
  userId: string;
  name: string;
  /** GSS code of a council, ODS code of an NHS body, hub id of another organisation; `CONTINUUM` for the hub itself. */
  organisationCode: string;
  organisationKind: OrganisationKind;
  role: Role;
  purpose: Purpose;
  /** A PA acting on their own record. */
  personalAssistantId?: string;
  /** A person acting on their own record. */
  personId?: string;
  /** A hub service acting for a user (a report computed for them, their answer driving a transition): that user. */
  onBehalfOf?: Actor;
}

/** The user a hub service acts for, as the audit trail names them. */
export interface Actor {
  userId: string;
  name: string;
  organisationCode: string;
  role: Role;
}

/** The user behind a call: the caller, or whom the calling service acts for; null for the hub's own housekeeping and public callers. */
export function actorOf(caller: Caller): Actor | null {
  if (caller.role === 'HUB_SERVICE') return caller.onBehalfOf ?? null;
  if (caller.role === 'PUBLIC') return null;
  return { userId: caller.userId, name: caller.name, organisationCode: caller.organisationCode, role: caller.role };
}

function actorFromClaim(value: unknown): Actor | string {
  const v = (value ?? {}) as Record<string, unknown>;
  const str = (k: string) => (typeof v[k] === 'string' && (v[k] as string).length > 0 ? (v[k] as string) : undefined);
  const role = str('role') as Role | undefined;
  if (!str('sub') || !str('org') || !role || !ROLES.includes(role) || role === 'HUB_SERVICE' || role === 'PUBLIC')
    return 'the on_behalf_of claim must name a user (sub), their organisation (org) and role';
  return { userId: str('sub')!, name: str('name') ?? str('sub')!, organisationCode: str('org')!, role };
}

/** The hub's own services (the transition coordinator, merges) calling the graph. */
export function hubServiceCaller(service: string): Caller {
  return {
    userId: `service:${service}`,
    name: `Continuum ${service} service`,
    organisationCode: 'CONTINUUM',
    organisationKind: 'HUB',
    role: 'HUB_SERVICE',
    purpose: 'HUB_OPERATION',
  };
}

/** A request with no token: it may read public directory data and nothing else. */
export const PUBLIC_CALLER: Caller = {
  userId: 'anonymous',
  name: 'anonymous',
  organisationCode: 'NONE',
  organisationKind: 'NONE',
  role: 'PUBLIC',
  purpose: 'PUBLIC_INFORMATION',
};

export function isHubService(caller: Caller | null | undefined): boolean {
  return caller?.role === 'HUB_SERVICE';
}

/** Checks the shape of caller claims from a verified token; returns a reason when they do not fit. */
export function callerFromClaims(claims: Record<string, unknown>): Caller | string {
  const str = (k: string) => (typeof claims[k] === 'string' && (claims[k] as string).length > 0 ? (claims[k] as string) : undefined);
  const userId = str('sub');
  const organisationCode = str('org');
  const organisationKind = str('org_kind') as OrganisationKind | undefined;
  const role = str('role') as Role | undefined;
  const purpose = str('purpose') as Purpose | undefined;
  if (!userId) return 'the token names no user (sub)';
  if (!organisationCode) return 'the token names no organisation (org)';
  if (!organisationKind || !ORGANISATION_KINDS.includes(organisationKind)) return 'the token has no known organisation kind (org_kind)';
  if (!role || !ROLES.includes(role)) return 'the token has no known role (role)';
  if (!purpose || !PURPOSES.includes(purpose)) return 'the token has no known purpose of use (purpose)';
  const caller: Caller = { userId, name: str('name') ?? userId, organisationCode, organisationKind, role, purpose };
  if (str('pa_id')) caller.personalAssistantId = str('pa_id');
  if (str('person_id')) caller.personId = str('person_id');
  if (role === 'PERSONAL_ASSISTANT' && !caller.personalAssistantId) return 'a PA token must name the PA (pa_id)';
  if (role === 'PERSON' && !caller.personId) return 'a person token must name the person (person_id)';
  if (claims.on_behalf_of !== undefined) {
    // Only the hub's own services act for someone else.
    if (role !== 'HUB_SERVICE') return 'only a hub service token may act on behalf of a user (on_behalf_of)';
    const actor = actorFromClaim(claims.on_behalf_of);
    if (typeof actor === 'string') return actor;
    caller.onBehalfOf = actor;
  }
  return caller;
}

/** Caller claims for a token (the inverse of callerFromClaims, without sub). */
export function claimsFromCaller(caller: Caller): Record<string, unknown> {
  const claims: Record<string, unknown> = {
    name: caller.name,
    org: caller.organisationCode,
    org_kind: caller.organisationKind,
    role: caller.role,
    purpose: caller.purpose,
  };
  if (caller.personalAssistantId) claims.pa_id = caller.personalAssistantId;
  if (caller.personId) claims.person_id = caller.personId;
  if (caller.onBehalfOf)
    claims.on_behalf_of = {
      sub: caller.onBehalfOf.userId,
      name: caller.onBehalfOf.name,
      org: caller.onBehalfOf.organisationCode,
      role: caller.onBehalfOf.role,
    };
  return claims;
}
