/**
 * Recording, as a write happens, the relationships it creates. A write never opens access on its
 * own: what a user's write records is pending (it counts for nothing, and is listed for the data
 * protection officer) unless it is corroborated, by a relationship the user's organisation
 * already had with the person or PA, or by evidence the write names (a registration whose
 * verified NHS number, names and date of birth agree). The hub's own steps (transitions the
 * parties agreed, merges) are corroborated by what they carry out. A no-op where no access store
 * is configured (in-process tests of a subgraph's own logic).
 */
import { today, todayIso, isoDate } from '@continuum/runtime';
import type { Basis } from './decide-access.ts';
import { currentWrite, requestAccessOf } from './guard.ts';
import type { RequestAccess } from './request-access.ts';
import { ASSERTED_SOURCES, type RelationshipFact } from './store.ts';

type Day = Date | string | null | undefined;
const day = (d: Day): string | null => (d == null ? null : typeof d === 'string' ? d.slice(0, 10) : isoDate(d));

/** Whether a basis rests on the caller's own standing (not consent, break-glass, the DPO's office or a submission). */
function ownStanding(basis: Basis): boolean {
  if (basis.kind === 'EMPLOYER') return basis.through.kind === 'RELATIONSHIP' || basis.through.kind === 'OWN_RECORD';
  return basis.kind === 'RELATIONSHIP' || basis.kind === 'OWN_RECORD' || basis.kind === 'HUB_SERVICE';
}

/** Whether the caller's organisation had, before this write, a relationship of its own with the person or PA. */
async function hadRelationship(access: RequestAccess, kind: 'PERSON' | 'PA', id: string): Promise<boolean> {
  const decision = await access.decide(kind === 'PERSON' ? { personId: id } : { paId: id });
  return ownStanding(decision.basis);
}

const subjectWord = (kind: 'PERSON' | 'PA') => (kind === 'PERSON' ? 'person' : 'PA');

/** Who recorded a relationship, by which write, and whether it stands or waits for review. */
function attribution(access: RequestAccess, standing: boolean, corroboration: string | null, sourceType: string) {
  const { caller } = access;
  if (caller.role === 'HUB_SERVICE')
    return {
      pending: false,
      corroboration: 'a step the hub took for an agreed transition or a merge',
      forReview: false,
      assertedThrough: currentWrite(access),
    };
  return {
    pending: !standing,
    assertedByUserId: caller.userId,
    assertedBy: caller.name,
    assertedThrough: currentWrite(access),
    corroboration: standing ? corroboration : null,
    forReview: !standing || (ASSERTED_SOURCES as readonly string[]).includes(sourceType),
  };
}

/** Decisions made earlier in the request must not hide what the write established. */
function forgetDecisions(access: RequestAccess): void {
  access.decisions.person.clearAll();
  access.decisions.pa.clearAll();
}

/**
 * Records what a write implies. `corroboratedBy` names evidence the write itself carries; without
 * it each relationship stands only if the caller's organisation already had one with its subject.
 */
export async function recordRelationships(
  ctx: unknown,
  facts: (Omit<RelationshipFact, 'startsOn' | 'endsOn'> & { startsOn: Day; endsOn: Day })[],
  corroboratedBy: string | null = null,
): Promise<void> {
  const access = requestAccessOf(ctx);
  const store = access.store;
  const usable = facts.filter((f) => f.organisationCode && f.subjectId);
  if (!store || !usable.length) return;
  const hub = access.caller.role === 'HUB_SERVICE';
  // Decided for every subject before anything is recorded: what stood before this write.
  const standing = new Map<string, boolean>();
  for (const f of usable) {
    const key = `${f.subjectKind}:${f.subjectId}`;
    if (!standing.has(key))
      standing.set(key, hub || corroboratedBy !== null || (await hadRelationship(access, f.subjectKind, f.subjectId)));
  }
  const own = `${access.caller.organisationCode} already had a relationship with the`;
  await store.recordRelationships(
    usable.map((f) => ({
      ...f,
      startsOn: day(f.startsOn) ?? todayIso(),
      endsOn: day(f.endsOn),
      ...attribution(
        access,
        standing.get(`${f.subjectKind}:${f.subjectId}`)!,
        corroboratedBy ?? `${own} ${subjectWord(f.subjectKind)}`,
        f.sourceType,
      ),
    })),
  );
  forgetDecisions(access);
}

/**
 * An employment links the PA to whoever may see the employer. Recorded by a user whose
 * organisation had no relationship of its own with both the employer and the PA, the link is
 * pending, and a relationship standing for it is listed for the data protection officer.
 */
export async function recordEmploymentLink(
  ctx: unknown,
  e: { id: string; employerPersonId: string; personalAssistantId: string; start: Day; end: Day },
): Promise<void> {
  const access = requestAccessOf(ctx);
  const store = access.store;
  if (!store) return;
  const hub = access.caller.role === 'HUB_SERVICE';
  const standing =
    hub || ((await hadRelationship(access, 'PERSON', e.employerPersonId)) && (await hadRelationship(access, 'PA', e.personalAssistantId)));
  await store.recordEmploymentLinks([
    {
      employmentId: e.id,
      personId: e.employerPersonId,
      paId: e.personalAssistantId,
      startsOn: day(e.start)!,
      endsOn: day(e.end),
      pending: !standing,
    },
  ]);
  if (!standing) {
    await store.recordRelationships([
      {
        organisationCode: access.caller.organisationCode,
        subjectKind: 'PA',
        subjectId: e.personalAssistantId,
        kind: 'EMPLOYMENT_RECORDED',
        startsOn: day(e.start)!,
        endsOn: day(e.end),
        sourceType: 'Employment',
        sourceId: e.id,
        ...attribution(access, false, null, 'Employment'),
      },
    ]);
  }
  forgetDecisions(access);
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
  const base = {
    subjectKind: 'PERSON' as const,
    subjectId: episode.personId,
    startsOn: episode.start,
    endsOn: episode.end,
    sourceType,
    sourceId: episode.id,
  };
  await recordRelationships(ctx, [
    ...[...new Set(funderCodes)].map((code) => ({ ...base, organisationCode: code, kind: 'FUNDER' })),
    ...(supportProviderId ? [{ ...base, organisationCode: supportProviderId, kind: 'EMPLOYER_SUPPORT' }] : []),
  ]);
}

/**
 * The organisation that registers someone, or decides a duplicate review that leaves the identity
 * with someone, is taking them on: a relationship it asserts itself. A registration names its
 * review; a decision is on the review itself. One that matched someone already held is listed
 * for the data protection officer's review (ASSERTED_SOURCES), and stands only when corroborated
 * (`corroboratedBy`, or the organisation's own relationship); creating someone new asserts
 * nothing about anyone held, so stands and is not listed.
 */
export async function recordRegistrationRelationship(
  ctx: unknown,
  r: { id: string; outcome?: string; review?: { id: string } | null },
  subject: { kind: 'PERSON' | 'PA'; id: string | null | undefined },
  relationshipKind: string,
  assertedSource: (typeof ASSERTED_SOURCES)[number],
  corroboratedBy: string | null = null,
): Promise<void> {
  const { caller } = requestAccessOf(ctx);
  if (!subject.id || caller.role === 'HUB_SERVICE') return;
  const sourceId = r.outcome ? (r.review?.id ?? subject.id) : r.id;
  const created = r.outcome === 'CREATED';
  await recordRelationships(
    ctx,
    [
      {
        organisationCode: caller.organisationCode,
        subjectKind: subject.kind,
        subjectId: subject.id,
        kind: relationshipKind,
        startsOn: today(),
        endsOn: null,
        sourceType: created ? 'CreatedRecord' : assertedSource,
        sourceId,
      },
    ],
    created ? 'the registration created the record' : corroboratedBy,
  );
}
