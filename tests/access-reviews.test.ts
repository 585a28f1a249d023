/**
 * A duplicate review holds the identity an organisation submitted (name, date of birth, NHS
 * number, its own identifier). It is that organisation's to see and decide — and anyone's who
 * may see the person or PA it names — never the whole region's work queue.
 */
import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, peopleRelatedTo, registerLead, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const NEWCASTLE = 'E08000021';
const newcastle = peopleRelatedTo(region, NEWCASTLE);
const durham = peopleRelatedTo(region, 'E06000047');
/** Someone Newcastle works with and Durham does not: a possible match only Newcastle may look at. */
const known = region.people.find((p) => p.nhsNumberStatus === '01' && newcastle.has(p.id) && !durham.has(p.id))!;

const REGISTER = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { outcome review { id submitted { submittedBy } } } }`;
const REVIEWS = `{ matchReviews(first: 100) { totalCount edges { node { id } } } }`;
const REVIEW = `query ($id: ID!) { matchReview(id: $id) { id status submitted { familyName } } }`;
const REJECT = `mutation ($id: ID!) { rejectMatchReview(id: $id, decidedBy: "someone@elsewhere", reason: "not ours to decide") { status } }`;

const PA_REGISTER = `mutation ($input: RegisterPersonalAssistantInput!) { registerPersonalAssistant(input: $input) { outcome personalAssistant { id } review { id } } }`;
const PA_REVIEWS = `{ paMatchReviews(first: 100) { totalCount edges { node { id } } } }`;
const PA_REVIEW = `query ($id: ID!) { paMatchReview(id: $id) { id status } }`;
const PA_REJECT = `mutation ($id: ID!) { rejectPaMatchReview(id: $id, decidedBy: "someone@elsewhere", reason: "not ours to decide") { status } }`;

const registers = region.supportOrganisations.filter((o) => o.areasServed.length > 0);

describe("duplicate reviews are their submitter's own", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("a person's review: the registering council sees and lists it, another council neither lists, reads nor decides it", async () => {
    const sent = (
      await gqlData(hub.as('social-worker.newcastle'), REGISTER, {
        input: {
          givenName: 'Xavierre',
          familyName: known.familyName,
          dateOfBirth: known.dateOfBirth,
          postcodeDistrict: known.postcodeDistrict,
          localIdentifiers: [{ agency: 'COUNCIL', organisationCode: NEWCASTLE, value: 'NCL-REVIEW-SCOPE-1' }],
        },
      })
    ).registerPerson;
    assert.equal(sent.outcome, 'SENT_TO_REVIEW');
    assert.equal(sent.review.submitted.submittedBy, NEWCASTLE);

    const own = (await gqlData(hub.as('social-worker.newcastle'), REVIEWS)).matchReviews;
    assert.ok(own.edges.some((e: any) => e.node.id === sent.review.id));
    assert.equal(own.totalCount, own.edges.length);

    const elsewhere = hub.as('social-worker.durham');
    const listed = (await gqlData(elsewhere, REVIEWS)).matchReviews;
    assert.ok(!listed.edges.some((e: any) => e.node.id === sent.review.id), "not in another council's queue");
    assert.equal(listed.totalCount, listed.edges.length, 'nor counted there');
    for (const [query, field] of [
      [REVIEW, 'matchReview'],
      [REJECT, 'rejectMatchReview'],
    ] as const) {
      const res = await elsewhere(query, { id: sent.review.id });
      assert.equal(res.data?.[field] ?? null, null);
      assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(res.errors));
      assert.doesNotMatch(JSON.stringify(res), new RegExp(known.familyName));
    }
    assert.equal(
      (await gqlData(hub.as('social-worker.newcastle'), REVIEW, { id: sent.review.id })).matchReview.status,
      'OPEN',
      'the refused decision changed nothing',
    );
  });

  it('a PA review: the submitting register sees it, another register neither lists, reads nor decides it', async () => {
    const [mine, theirs] = [registers[0]!, registers.find((o) => o.id !== registers[0]!.id)!];
    const identity = {
      registerOrganisationId: mine.id,
      givenName: 'Joanna',
      familyName: 'Scopewell',
      dateOfBirth: '1985-03-12',
      postcodeDistrict: 'NE6',
    };
    const lead = hub.as(registerLead(mine.id));
    const first = (await gqlData(lead, PA_REGISTER, { input: { ...identity, registerReference: 'S-1', niNumberSuffix: '42B' } }))
      .registerPersonalAssistant;
    assert.equal(first.outcome, 'CREATED');
    // Another PA by the same name and birth date with a different NI letter: possibly a twin, for review.
    const sent = (await gqlData(lead, PA_REGISTER, { input: { ...identity, registerReference: 'S-2', niNumberSuffix: '17C' } }))
      .registerPersonalAssistant;
    assert.notEqual(sent.outcome, 'LINKED');
    assert.ok(sent.review?.id);
    assert.ok((await gqlData(lead, PA_REVIEWS)).paMatchReviews.edges.some((e: any) => e.node.id === sent.review.id));

    const elsewhere = hub.as(registerLead(theirs.id));
    const listed = (await gqlData(elsewhere, PA_REVIEWS)).paMatchReviews;
    assert.ok(!listed.edges.some((e: any) => e.node.id === sent.review.id));
    assert.equal(listed.totalCount, listed.edges.length);
    for (const [query, field] of [
      [PA_REVIEW, 'paMatchReview'],
      [PA_REJECT, 'rejectPaMatchReview'],
    ] as const) {
      const res = await elsewhere(query, { id: sent.review.id });
      assert.equal(res.data?.[field] ?? null, null);
      assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(res.errors));
    }
    assert.equal((await gqlData(lead, PA_REVIEW, { id: sent.review.id })).paMatchReview.status, 'OPEN');
  });
});
