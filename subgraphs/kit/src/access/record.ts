/**
 * Recording, as a write happens, the relationships it creates. A no-op where no access store is
 * configured (in-process tests of a subgraph's own logic).
 */
import { today, todayIso } from '../clock.ts';
import { isoDate } from '../dates.ts';
import { requestAccessOf } from './guard.ts';
import type { ASSERTED_SOURCES, RelationshipFact } from './store.ts';

type Day = Date | string | null | undefined;
const day = (d: Day): string | null => (d == null ? null : typeof d === 'string' ? d.slice(0, 10) : isoDate(d));

export async function recordRelationships(ctx: unknown, facts: (Omit<RelationshipFact, 'startsOn' | 'endsOn'> & { startsOn: Day; endsOn: Day })[]): Promise<void> {
  const store = requestAccessOf(ctx).store;
  const usable = facts.filter((f) => f.organisationCode && f.subjectId);
  if (!store || !usable.length) return;
  await store.recordRelationships(usable.map((f) => ({ ...f, startsOn: day(f.startsOn) ?? todayIso(), endsOn: day(f.endsOn) })));
}

export async function recordEmploymentLink(ctx: unknown, e: { id: string; employerPersonId: string; personalAssistantId: string; start: Day; end: Day }): Promise<void> {
  const store = requestAccessOf(ctx).store;
  if (!store) return;
  await store.recordEmploymentLinks([{ employmentId: e.id, personId: e.employerPersonId, paId: e.personalAssistantId, startsOn: day(e.start)!, endsOn: day(e.end) }]);
}

export async function endRelationshipsFrom(ctx: unknown, sourceId: string, lastDay: Day): Promise<void> {
  const store = requestAccessOf(ctx).store;
  if (store && day(lastDay)) await store.endRelationshipsFrom(sourceId, day(lastDay)!);
}

/** A funding episode makes its funders, and the organisation supporting the employer, party to the person's care while it runs. */
export async function recordFundingRelationships(
  ctx: unknown,
  episode: { id: string; personId: string; start: Day; end: Day },
  funderCodes: string[],
  supportProviderId: string | null | undefined,
  sourceType: string,
): Promise<void> {
  const base = { subjectKind: 'PERSON' as const, subjectId: episode.personId, startsOn: episode.start, endsOn: episode.end, sourceType, sourceId: episode.id };
  await recordRelationships(ctx, [
    ...[...new Set(funderCodes)].map((code) => ({ ...base, organisationCode: code, kind: 'FUNDER' })),
    ...(supportProviderId ? [{ ...base, organisationCode: supportProviderId, kind: 'EMPLOYER_SUPPORT' }] : []),
  ]);
}

/**
 * The organisation that registers someone, or decides a duplicate review that leaves the identity
 * with someone, is taking them on: a relationship it asserts itself. A registration names its
 * review; a decision is on the review itself. One that matched someone already held is listed
 * for the data protection officer's review (ASSERTED_SOURCES); creating someone new asserts
 * nothing about anyone held, so is not.
 */
export async function recordRegistrationRelationship(
  ctx: unknown,
  r: { id: string; outcome?: string; review?: { id: string } | null },
  subject: { kind: 'PERSON' | 'PA'; id: string | null | undefined },
  relationshipKind: string,
  assertedSource: (typeof ASSERTED_SOURCES)[number],
): Promise<void> {
  const { caller } = requestAccessOf(ctx);
  if (!subject.id || caller.role === 'HUB_SERVICE') return;
  const sourceId = r.outcome ? (r.review?.id ?? subject.id) : r.id;
  await recordRelationships(ctx, [
    {
      organisationCode: caller.organisationCode,
      subjectKind: subject.kind,
      subjectId: subject.id,
      kind: relationshipKind,
      startsOn: today(),
      endsOn: null,
      sourceType: r.outcome === 'CREATED' ? 'CreatedRecord' : assertedSource,
      sourceId,
    },
  ]);
}
