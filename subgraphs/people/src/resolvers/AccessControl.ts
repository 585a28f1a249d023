import { badUserInput, conflict, forbidden, isoDate, notFound, requestAccessOf, requireId, requireText, today, type AccessStore, type ConsentRow } from '@continuum/kit';
import { randomUUID } from 'node:crypto';
import type { AssertedRelationshipResolvers, BreakGlassGrantResolvers, ConsentRecordResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';

/** The longest break-glass grant, in minutes: long enough for an emergency, short enough to need asking again. */
const MAX_BREAK_GLASS_MINUTES = 240;
/** Roles that may break the glass: those who give direct care. */
const BREAK_GLASS_ROLES = new Set(['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD']);

function storeOf(ctx: Context): AccessStore {
  const store = requestAccessOf(ctx).store;
  if (!store) throw new Error('no access store configured');
  return store;
}

function requireRole(ctx: Context, roles: Set<string>, field: string, what: string) {
  const { caller } = requestAccessOf(ctx);
  if (!roles.has(caller.role)) throw forbidden(`${what} is not available to the ${caller.role} role`, field, `for ${[...roles].join(', ')} only`);
  return caller;
}

export const ConsentRecord: ConsentRecordResolvers = {
  kind: (c) => c.kind,
  purpose: (c) => c.purpose as never,
  organisationCodes: (c) => c.organisation_codes,
  validFrom: (c) => new Date(c.valid_from),
  validTo: (c) => (c.valid_to ? new Date(c.valid_to) : null),
  recordedBy: (c) => c.recorded_by,
  recordedByOrganisation: (c) => c.recorded_by_organisation,
  recordedAt: (c) => c.recorded_at,
  withdrawnAt: (c) => c.withdrawn_at,
  withdrawnBy: (c) => c.withdrawn_by,
  active: (c: ConsentRow) => {
    const day = isoDate(today());
    return !c.withdrawn_at && c.valid_from <= day && (c.valid_to === null || c.valid_to >= day);
  },
};

export const BreakGlassGrant: BreakGlassGrantResolvers = {
  personId: (g) => g.person_id,
  userId: (g) => g.user_id,
  userName: (g) => g.user_name,
  organisationCode: (g) => g.organisation_code,
  grantedAt: (g) => g.granted_at,
  expiresAt: (g) => g.expires_at,
  reviewedAt: (g) => g.reviewed_at,
  reviewedBy: (g) => g.reviewed_by,
  reviewNote: (g) => g.review_note,
};

export const AssertedRelationship: AssertedRelationshipResolvers = {
  subjectKind: (r) => r.subject_kind,
  subjectId: (r) => r.subject_id,
  organisationCode: (r) => r.organisation_code,
  sourceId: (r) => r.source_id,
  sourceType: (r) => r.source_type,
  status: (r) => (r.revoked_at ? 'REVOKED' : r.pending ? 'PENDING' : 'STANDING'),
  startsOn: (r) => new Date(r.starts_on),
  endsOn: (r) => (r.ends_on ? new Date(r.ends_on) : null),
  assertedBy: (r) => r.asserted_by,
  assertedByUserId: (r) => r.asserted_by_user_id,
  assertedThrough: (r) => r.asserted_through,
  assertedAt: (r) => r.recorded_at,
  reviewedAt: (r) => r.reviewed_at,
  reviewedBy: (r) => r.reviewed_by,
  reviewNote: (r) => r.review_note,
  revokedAt: (r) => r.revoked_at,
};

const DPO_ONLY = new Set(['DATA_PROTECTION_OFFICER']);

export const AccessControlQuery: QueryResolvers = {
  assertedRelationships: async (_parent, { unreviewedOnly, pendingOnly }, ctx) => {
    requireRole(ctx, DPO_ONLY, 'assertedRelationships', 'Reviewing asserted relationships');
    return storeOf(ctx).assertedRelationships(unreviewedOnly ?? true, pendingOnly ?? false);
  },
  breakGlassGrants: async (_parent, { unreviewedOnly }, ctx) => {
    requireRole(ctx, new Set(['DATA_PROTECTION_OFFICER']), 'breakGlassGrants', 'Reviewing break-glass access');
    return storeOf(ctx).breakGlassGrants(unreviewedOnly ?? true);
  },
};

export const AccessControlMutation: MutationResolvers = {
  recordConsent: async (_parent, { input }, ctx) => {
    const { caller } = requestAccessOf(ctx);
    const personId = requireId(input.personId, 'input.personId');
    const person = await ctx.loaders.person.load(personId);
    if (!person) throw notFound('Person', 'input.personId', input.personId);
    if (input.validTo && input.validTo.getTime() < input.validFrom.getTime()) throw badUserInput('input.validTo', 'must be on or after validFrom');
    const codes = [...new Set((input.organisationCodes ?? []).map((c, i) => requireText(c, `input.organisationCodes[${i}]`, 64)))];
    return storeOf(ctx).addConsent({
      id: randomUUID(),
      person_id: person.id,
      kind: input.kind,
      purpose: input.purpose,
      organisation_codes: codes,
      valid_from: isoDate(input.validFrom),
      valid_to: input.validTo ? isoDate(input.validTo) : null,
      recorded_by: caller.name,
      recorded_by_organisation: caller.organisationCode,
    });
  },

  withdrawConsent: async (_parent, { id }, ctx) => {
    const access = requestAccessOf(ctx);
    const consentId = requireId(id, 'id');
    const store = storeOf(ctx);
    const held = await store.consent(consentId);
    // A consent of a person the caller may not see is answered as not held.
    if (!held || !(await access.decide({ personId: held.person_id })).visible) throw notFound('ConsentRecord', 'id', id);
    access.note({ action: 'WRITE', outcome: 'ALLOWED', recordType: 'withdrawConsent', recordId: consentId, subject: { personId: held.person_id }, fields: ['id'], breakGlassId: null });
    return (await store.withdrawConsent(consentId, access.caller.name))!;
  },

  breakGlass: async (_parent, { personId, reason, minutes }, ctx) => {
    const caller = requireRole(ctx, BREAK_GLASS_ROLES, 'breakGlass', 'Break-glass access');
    const id = requireId(personId, 'personId');
    const text = requireText(reason, 'reason', 1000);
    if (text.length < 10) throw badUserInput('reason', 'state the reason in at least 10 characters');
    const span = minutes ?? 60;
    if (!Number.isInteger(span) || span < 1 || span > MAX_BREAK_GLASS_MINUTES) throw badUserInput('minutes', `must be a whole number from 1 to ${MAX_BREAK_GLASS_MINUTES}`);
    const person = await ctx.loaders.person.load(id);
    if (!person) throw notFound('Person', 'personId', personId);
    const grant = await storeOf(ctx).grantBreakGlass(
      { id: randomUUID(), user_id: caller.userId, user_name: caller.name, organisation_code: caller.organisationCode, role: caller.role, person_id: person.id, reason: text },
      span,
    );
    requestAccessOf(ctx).note({ action: 'WRITE', outcome: 'ALLOWED', recordType: 'breakGlass', recordId: grant.id, subject: { personId: person.id }, fields: ['reason', 'minutes'], breakGlassId: grant.id });
    return grant;
  },

  reviewAssertedRelationship: async (_parent, { id, decision, note }, ctx) => {
    const caller = requireRole(ctx, DPO_ONLY, 'reviewAssertedRelationship', 'Reviewing asserted relationships');
    if (!/^\d{1,18}$/.test(id)) throw badUserInput('id', 'not the id of an asserted relationship');
    const reviewed = await storeOf(ctx).reviewAssertedRelationship(id, caller.name, requireText(note, 'note', 2000), decision === 'REVOKE');
    if (!reviewed) throw notFound('AssertedRelationship', 'id', id);
    if (!reviewed.reviewed) throw conflict('id', `already reviewed by ${reviewed.row.reviewed_by} on ${isoDate(reviewed.row.reviewed_at)}`);
    return reviewed.row;
  },
  reviewBreakGlass: async (_parent, { id, note }, ctx) => {
    const caller = requireRole(ctx, new Set(['DATA_PROTECTION_OFFICER']), 'reviewBreakGlass', 'Reviewing break-glass access');
    const grant = await storeOf(ctx).reviewBreakGlass(requireId(id, 'id'), caller.name, requireText(note, 'note', 2000));
    if (!grant) throw notFound('BreakGlassGrant', 'id', id);
    return grant;
  },
};
