import {
  badUserInput,
  conflict,
  decodeCursor,
  encodeCursor,
  isoDate,
  notFound,
  pageSize,
  requireId,
  requireText,
  today,
} from '@continuum/runtime';
import { consentInForce, forbidden, requestAccessOf, type AccessStore, type ConsentRow } from '@continuum/access';
import { randomUUID } from 'node:crypto';
import type {
  AssertedRelationshipResolvers,
  BreakGlassGrantResolvers,
  ConsentRecordResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import { breakGlassLimits, reasonProblem, refusalError } from '../access-control/break-glass-rules.ts';
import { consentRow } from '../access-control/consent-input.ts';

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
  if (!roles.has(caller.role))
    throw forbidden(`${what} is not available to the ${caller.role} role`, field, `for ${[...roles].join(', ')} only`);
  return caller;
}

/** A page of rows as a connection; the cursor is the row's id. */
function page<T extends { id: string }>(found: { rows: T[]; total: number } | null, size: number) {
  if (!found) throw badUserInput('after', 'the cursor names a record no longer held');
  const rows = found.rows.slice(0, size);
  return {
    edges: rows.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: { hasNextPage: found.rows.length > size, endCursor: rows.length ? encodeCursor(rows[rows.length - 1].id) : null },
    totalCount: found.total,
  };
}

/** A cursor handed out by a list of consents or grants: a hub id. */
function afterId(after: string | null | undefined): string | null {
  const id = decodeCursor(after);
  if (id !== null && !/^[0-9a-f-]{36}$/.test(id)) throw badUserInput('after', 'not a cursor returned by this API');
  return id;
}

export const ConsentRecord: ConsentRecordResolvers = {
  personId: (c) => c.person_id,
  kind: (c) => c.kind,
  purpose: (c) => c.purpose as never,
  organisationCodes: (c) => c.organisation_codes,
  validFrom: (c) => new Date(c.valid_from),
  validTo: (c) => (c.valid_to ? new Date(c.valid_to) : null),
  givenBy: (c) => c.given_by,
  representativeName: (c) => c.representative_name,
  representativeRelationship: (c) => c.representative_relationship,
  method: (c) => c.method as never,
  evidenceReference: (c) => c.evidence_reference,
  recordedBy: (c) => c.recorded_by,
  recordedByUserId: (c) => c.recorded_by_user_id,
  recordedByRole: (c) => c.recorded_by_role,
  recordedByOrganisation: (c) => c.recorded_by_organisation,
  recordedAt: (c) => c.recorded_at,
  withdrawnAt: (c) => c.withdrawn_at,
  withdrawnBy: (c) => c.withdrawn_by,
  active: (c: ConsentRow) => consentInForce(c, isoDate(today())),
};

export const BreakGlassGrant: BreakGlassGrantResolvers = {
  personId: (g) => g.person_id,
  userId: (g) => g.user_id,
  userName: (g) => g.user_name,
  organisationCode: (g) => g.organisation_code,
  category: (g) => g.category as never,
  grantedAt: (g) => g.granted_at,
  expiresAt: (g) => g.expires_at,
  reviewed: (g) => g.reviewed_at !== null,
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
  breakGlassGrants: async (_parent, { unreviewedOnly, personId, userId, first, after }, ctx) => {
    requireRole(ctx, DPO_ONLY, 'breakGlassGrants', 'Reviewing break-glass access');
    const size = pageSize(first, 50);
    const filter = {
      unreviewedOnly: unreviewedOnly ?? true,
      personId: personId ? requireId(personId, 'personId') : null,
      userId: userId ? requireText(userId, 'userId') : null,
    };
    return page(await storeOf(ctx).breakGlassPage(filter, size, afterId(after)), size);
  },
  consentRecords: async (_parent, { filter, first, after }, ctx) => {
    requireRole(ctx, DPO_ONLY, 'consentRecords', 'Reviewing consent records');
    const size = pageSize(first, 50);
    const found = await storeOf(ctx).consentPage(
      {
        personId: filter?.personId ? requireId(filter.personId, 'filter.personId') : null,
        kind: filter?.kind ?? null,
        activeOn: filter?.activeOnly ? isoDate(today()) : null,
        recordedByOrganisation: filter?.recordedByOrganisation
          ? requireText(filter.recordedByOrganisation, 'filter.recordedByOrganisation', 64)
          : null,
      },
      size,
      afterId(after),
    );
    return page(found, size);
  },
};

export const AccessControlMutation: MutationResolvers = {
  recordConsent: async (_parent, { input }, ctx) => {
    const { caller } = requestAccessOf(ctx);
    const personId = requireId(input.personId, 'input.personId');
    const person = await ctx.loaders.person.load(personId);
    if (!person) throw notFound('Person', 'input.personId', input.personId);
    // Who gave it, how, for whom and until when: checked in full before anything is written.
    return storeOf(ctx).addConsent(consentRow(input, person.id, caller, randomUUID()));
  },

  withdrawConsent: async (_parent, { id }, ctx) => {
    const access = requestAccessOf(ctx);
    const consentId = requireId(id, 'id');
    const store = storeOf(ctx);
    const held = await store.consent(consentId);
    // A consent of a person the caller may not see is answered as not held.
    if (!held || !(await access.decide({ personId: held.person_id })).visible) throw notFound('ConsentRecord', 'id', id);
    access.note({
      action: 'WRITE',
      outcome: 'ALLOWED',
      recordType: 'withdrawConsent',
      recordId: consentId,
      subject: { personId: held.person_id },
      fields: ['id'],
      breakGlassId: null,
    });
    return (await store.withdrawConsent(consentId, access.caller.name))!;
  },

  breakGlass: async (_parent, { personId, category, reason, minutes }, ctx) => {
    const caller = requireRole(ctx, BREAK_GLASS_ROLES, 'breakGlass', 'Break-glass access');
    const id = requireId(personId, 'personId');
    const text = requireText(reason, 'reason', 1000).replace(/\s+/g, ' ');
    const problem = reasonProblem(text);
    if (problem) throw badUserInput('reason', problem);
    const span = minutes ?? 60;
    if (!Number.isInteger(span) || span < 1 || span > MAX_BREAK_GLASS_MINUTES)
      throw badUserInput('minutes', `must be a whole number from 1 to ${MAX_BREAK_GLASS_MINUTES}`);
    const person = await ctx.loaders.person.load(id);
    if (!person) throw notFound('Person', 'personId', personId);
    const outcome = await storeOf(ctx).grantBreakGlass(
      {
        id: randomUUID(),
        user_id: caller.userId,
        user_name: caller.name,
        organisation_code: caller.organisationCode,
        role: caller.role,
        person_id: person.id,
        category,
        reason: text,
      },
      span,
      breakGlassLimits(),
    );
    if (!('grant' in outcome)) throw refusalError(outcome);
    const { grant } = outcome;
    requestAccessOf(ctx).note({
      action: 'WRITE',
      outcome: 'ALLOWED',
      recordType: 'breakGlass',
      recordId: grant.id,
      subject: { personId: person.id },
      fields: ['category', 'reason', 'minutes'],
      breakGlassId: grant.id,
    });
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
    const caller = requireRole(ctx, DPO_ONLY, 'reviewBreakGlass', 'Reviewing break-glass access');
    const grant = await storeOf(ctx).reviewBreakGlass(requireId(id, 'id'), caller.name, requireText(note, 'note', 2000));
    if (!grant) throw notFound('BreakGlassGrant', 'id', id);
    return grant;
  },
};
