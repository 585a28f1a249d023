import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import {
  freshIdentifier,
  freshIdentifierOutside,
  IDENTIFIERS,
  LINK,
  possibleMatches,
  region,
  REGISTER,
  REJECT,
  REOPEN,
  REVIEW,
  UNLINK,
  withoutNumber,
} from './matching-fixtures.ts';

const WHO = { by: 'A. Reviewer (Durham County Council)', reason: 'Checked with the care coordinator' };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('the review queue: link, not-a-match, unlink and reopen, each recorded and reversible', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  let people: () => Promise<number>;
  const reviewable = possibleMatches();
  const reviewed = new Set(reviewable.map((m) => m.person.id));
  // People for automatic links are kept apart from those the reviews name.
  const linkable = region.people.filter((p) => p.nhsNumberStatus === '01' && !reviewed.has(p.id));
  let next = 0;

  /** Registers a possible match of the next demo person: a review naming them. */
  async function openReview() {
    const { person, input } = reviewable[next++];
    const identifier = freshIdentifier();
    const res = await sg.execute(REGISTER, { input: { ...input, localIdentifiers: [identifier] } });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.registerPerson.outcome, 'SENT_TO_REVIEW');
    return { person, input, identifier, review: res.data.registerPerson.review };
  }

  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
    people = () => db.person.count();
  });
  afterAll(() => sg.stop());

  it('has possible matches to review in the demo region', () => {
    assert.ok(reviewable.length >= 10, `only ${reviewable.length} demo people have a variant matching sends to review`);
  });

  it('shows a review with the submitted identity and each candidate with score, contributions and reasons', async () => {
    const { person, input, identifier, review } = await openReview();
    assert.equal(review.status, 'OPEN');
    assert.equal(review.person, null);
    assert.deepEqual(review.decisions, []);
    assert.deepEqual(review.submitted, { ...input, nhsNumber: null, localIdentifiers: [identifier] });
    const candidate = review.candidates.find((c: any) => c.person.id === person.id);
    assert.ok(candidate);
    assert.equal(candidate.rule, null);
    assert.deepEqual(candidate.contributions.map((c: any) => c.field).sort(), [
      'DATE_OF_BIRTH',
      'FAMILY_NAME',
      'GIVEN_NAME',
      'NHS_NUMBER',
      'POSTCODE_DISTRICT',
    ]);
    assert.ok(candidate.contributions.some((c: any) => c.comparison === 'FUZZY' || c.comparison === 'DISAGREE'));
    const total = candidate.contributions.reduce((sum: number, c: any) => sum + c.weight, 0);
    assert.ok(Math.abs(total - candidate.score) < 1e-9, 'the contributions add up to the score');
    assert.ok(candidate.reasons.length > 0);
    const fetched = await sg.execute(REVIEW, { id: review.id });
    assert.deepEqual(fetched.data.matchReview, review);
  });

  it('links a review to a candidate, then unlinks it: identifiers move to a separate person, the history is kept', async () => {
    const { person, input, identifier, review } = await openReview();
    const before = await people();
    const linked = await sg.execute(LINK, { id: review.id, personId: person.id, ...WHO });
    assert.equal(linked.errors, undefined);
    assert.equal(linked.data.linkMatchReview.status, 'LINKED');
    assert.equal(linked.data.linkMatchReview.person.id, person.id);
    const held = await sg.execute(IDENTIFIERS, { id: person.id });
    assert.ok(held.data.person.localIdentifiers.some((l: any) => l.value === identifier.value));
    assert.equal(await people(), before);

    const unlinked = await sg.execute(UNLINK, { id: review.id, by: 'B. Senior', reason: 'Different person: confirmed by phone' });
    assert.equal(unlinked.errors, undefined);
    const r = unlinked.data.unlinkMatchReview;
    assert.equal(r.status, 'NOT_A_MATCH');
    assert.notEqual(r.person.id, person.id);
    assert.equal(await people(), before + 1);
    assert.deepEqual(
      r.decisions.map((d: any) => ({
        action: d.action,
        person: d.person?.id,
        from: d.fromPerson?.id ?? null,
        ids: d.localIdentifiers,
        by: d.decidedBy,
        reason: d.reason,
        automatic: d.automatic,
      })),
      [
        { action: 'LINK', person: person.id, from: null, ids: [identifier], by: WHO.by, reason: WHO.reason, automatic: false },
        {
          action: 'UNLINK',
          person: r.person.id,
          from: person.id,
          ids: [identifier],
          by: 'B. Senior',
          reason: 'Different person: confirmed by phone',
          automatic: false,
        },
      ],
    );
    assert.ok(r.decisions[0].decidedAt < r.decisions[1].decidedAt);
    const original = await sg.execute(IDENTIFIERS, { id: person.id });
    assert.deepEqual(original.data.person.localIdentifiers, person.localIdentifiers, 'the linked person keeps only what they had');
    const separate = await sg.execute(
      `query ($id: ID!) { person(id: $id) { givenName familyName dateOfBirth postcodeDistrict localIdentifiers { agency organisationCode value } } }`,
      { id: r.person.id },
    );
    assert.deepEqual(separate.data.person, { ...input, localIdentifiers: [identifier] });
  });

  it('unlinks an automatic link made at registration, keeping the NHS number with its holder', async () => {
    const p = linkable[0];
    const identifier = freshIdentifierOutside(p);
    const reg = await sg.execute(REGISTER, {
      input: {
        ...withoutNumber(p),
        nhsNumber: p.nhsNumber,
        nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
        localIdentifiers: [identifier],
      },
    });
    assert.equal(reg.data.registerPerson.outcome, 'LINKED');
    const before = await people();
    const res = await sg.execute(UNLINK, { id: reg.data.registerPerson.review.id, ...WHO });
    assert.equal(res.errors, undefined);
    const r = res.data.unlinkMatchReview;
    assert.deepEqual(
      r.decisions.map((d: any) => [d.action, d.automatic]),
      [
        ['LINK', true],
        ['UNLINK', false],
      ],
    );
    assert.equal(await people(), before + 1);
    const separate = await db.person.findUnique({ where: { id: r.person.id }, include: { localIdentifiers: true } });
    // Two people cannot hold one NHS number: the separate record is marked 05 (conflict to resolve).
    assert.equal(separate.nhsNumber, null);
    assert.equal(separate.nhsNumberStatus, '05');
    assert.deepEqual(
      separate.localIdentifiers.map((l: any) => l.value),
      [identifier.value],
    );
    const holder = await sg.execute(`query ($n: String) { person(nhsNumber: $n) { id } }`, { n: p.nhsNumber });
    assert.equal(holder.data.person.id, p.id);
  });

  it('not a match creates the person; reopening removes them and puts the review back in the queue', async () => {
    const { person, identifier, review } = await openReview();
    const before = await people();
    const rejected = await sg.execute(REJECT, { id: review.id, ...WHO });
    assert.equal(rejected.errors, undefined);
    const created = rejected.data.rejectMatchReview.person.id;
    assert.equal(rejected.data.rejectMatchReview.status, 'NOT_A_MATCH');
    assert.notEqual(created, person.id);
    assert.equal(await people(), before + 1);
    const held = await sg.execute(IDENTIFIERS, { id: created });
    assert.deepEqual(held.data.person.localIdentifiers, [identifier]);

    const reopened = await sg.execute(REOPEN, { id: review.id, by: 'B. Senior', reason: 'Decided too early' });
    assert.equal(reopened.errors, undefined);
    const r = reopened.data.reopenMatchReview;
    assert.equal(r.status, 'OPEN');
    assert.equal(r.person, null);
    assert.deepEqual(
      r.decisions.map((d: any) => d.action),
      ['NOT_A_MATCH', 'REOPEN'],
    );
    assert.equal(await people(), before);
    assert.equal(await db.localIdentifier.count({ where: { value: identifier.value } }), 0);

    // Back in the queue, it can be decided again.
    const linked = await sg.execute(LINK, { id: review.id, personId: person.id, ...WHO });
    assert.equal(linked.data.linkMatchReview.status, 'LINKED');
    assert.deepEqual(
      linked.data.linkMatchReview.decisions.map((d: any) => d.action),
      ['NOT_A_MATCH', 'REOPEN', 'LINK'],
    );
  });

  it('refuses to reopen when the created person has gained other agency identifiers', async () => {
    const { review } = await openReview();
    const rejected = await sg.execute(REJECT, { id: review.id, ...WHO });
    const created = rejected.data.rejectMatchReview.person.id;
    const added = await sg.execute(`mutation ($p: ID!, $i: LocalIdentifierInput!) { addLocalIdentifier(personId: $p, input: $i) { id } }`, {
      p: created,
      i: freshIdentifier('E08000021'),
    });
    assert.equal(added.errors, undefined);
    const res = await sg.execute(REOPEN, { id: review.id, ...WHO });
    assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
    assert.match(res.errors![0].extensions!.reason, /other agency identifiers/);
    assert.ok(await db.person.findUnique({ where: { id: created } }));
  });

  it('refuses decisions the status does not allow (CONFLICT) and bad arguments (BAD_USER_INPUT, NOT_FOUND), writing nothing', async () => {
    const { person, review } = await openReview();
    const decisions = () => db.matchDecision.count();
    const before = [await people(), await decisions()];
    const cases: [string, Record<string, unknown>, string, string][] = [
      [UNLINK, { id: review.id, ...WHO }, 'CONFLICT', 'id'],
      [REOPEN, { id: review.id, ...WHO }, 'CONFLICT', 'id'],
      [LINK, { id: review.id, personId: UNKNOWN, ...WHO }, 'BAD_USER_INPUT', 'personId'],
      [LINK, { id: review.id, personId: 'not-an-id', ...WHO }, 'BAD_USER_INPUT', 'personId'],
      [LINK, { id: review.id, personId: person.id, by: '  ', reason: WHO.reason }, 'BAD_USER_INPUT', 'decidedBy'],
      [REJECT, { id: review.id, by: WHO.by, reason: '' }, 'BAD_USER_INPUT', 'reason'],
      [REJECT, { id: UNKNOWN, ...WHO }, 'NOT_FOUND', 'id'],
      [REVIEW, { id: UNKNOWN }, 'NOT_FOUND', 'id'],
    ];
    for (const [query, variables, code, field] of cases) {
      const res = await sg.execute(query, variables);
      assert.equal(res.errors?.[0].extensions?.code, code, `${JSON.stringify(variables)}: ${JSON.stringify(res.errors)}`);
      assert.equal(res.errors?.[0].extensions?.field, field);
    }
    assert.deepEqual([await people(), await decisions()], before);
    await sg.execute(LINK, { id: review.id, personId: person.id, ...WHO });
    for (const query of [LINK, REJECT, REOPEN]) {
      const res = await sg.execute(query, { id: review.id, personId: person.id, ...WHO });
      assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
    }
    await sg.execute(UNLINK, { id: review.id, ...WHO });
    const reopen = await sg.execute(REOPEN, { id: review.id, ...WHO });
    assert.equal(reopen.errors?.[0].extensions?.code, 'CONFLICT', 'an unlinked review is not reopened');
  });

  it('lets exactly one of two concurrent decisions on a review win', async () => {
    const { person, review } = await openReview();
    const before = await people();
    const results = await Promise.all([
      sg.execute(LINK, { id: review.id, personId: person.id, ...WHO }),
      sg.execute(REJECT, { id: review.id, ...WHO }),
      sg.execute(LINK, { id: review.id, personId: person.id, ...WHO }),
    ]);
    const won = results.filter((r) => !r.errors);
    assert.equal(won.length, 1);
    const lost = results.filter((x) => x.errors);
    assert.equal(lost.length, 2);
    for (const r of lost) assert.equal(r.errors![0].extensions?.code, 'CONFLICT', JSON.stringify(r.errors));
    const after = await sg.execute(REVIEW, { id: review.id });
    assert.equal(after.data.matchReview.decisions.length, 1);
    const rejectWon = after.data.matchReview.status === 'NOT_A_MATCH';
    assert.equal(await people(), before + (rejectWon ? 1 : 0));
  });

  it('pages through the queue oldest first, by status', async () => {
    const q = `query ($status: MatchReviewStatus, $first: Int, $after: String) { matchReviews(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status createdAt } } } }`;
    await openReview();
    await openReview();
    const all = await sg.execute(q, { first: 100 });
    assert.equal(all.errors, undefined);
    const open = await db.matchReview.findMany({ where: { status: 'OPEN' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    assert.equal(all.data.matchReviews.totalCount, open.length);
    assert.deepEqual(
      all.data.matchReviews.edges.map((e: any) => e.node.id),
      open.map((r: any) => r.id),
    );
    const first = await sg.execute(q, { first: 2 });
    const second = await sg.execute(q, { first: 100, after: first.data.matchReviews.pageInfo.endCursor });
    assert.equal(first.data.matchReviews.pageInfo.hasNextPage, open.length > 2);
    assert.deepEqual(
      [...first.data.matchReviews.edges, ...second.data.matchReviews.edges].map((e: any) => e.node.id),
      open.map((r: any) => r.id),
    );
    const linked = await sg.execute(q, { status: 'LINKED', first: 100 });
    assert.ok(linked.data.matchReviews.edges.every((e: any) => e.node.status === 'LINKED'));
    assert.equal(linked.data.matchReviews.totalCount, await db.matchReview.count({ where: { status: 'LINKED' } }));
  });

  it('resolves MatchReview references for the gateway, null for an unknown id', async () => {
    const { review } = await openReview();
    const res = await sg.execute(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on MatchReview { id status } } }`, {
      r: [
        { __typename: 'MatchReview', id: review.id },
        { __typename: 'MatchReview', id: UNKNOWN },
      ],
    });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities, [{ id: review.id, status: 'OPEN' }, null]);
  });
});
