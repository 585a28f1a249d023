import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
/** A person two agencies fund, so a link shows one record with both agencies' facts. */
const funded = region.people.find((p) => p.nhsNumberStatus === '01' && region.directPayments.some((d) => d.personId === p.id))!;
/** Registered and reviewed by Newcastle's social worker, so the possible match is someone Newcastle works with. */
const newcastle = peopleRelatedTo(region, 'E08000021');
const other = region.people.filter((p) => p.nhsNumberStatus === '01' && p.id !== funded.id && newcastle.has(p.id))[5];

const REGISTER = `mutation ($input: RegisterPersonInput!, $key: String) {
  registerPerson(input: $input, idempotencyKey: $key) {
    outcome matchedBy
    person { id localIdentifiers { value } socialCareFunding { id } }
    review { id status candidates { person { id familyName } score rule contributions { field comparison weight detail } reasons } }
  }
}`;
const DECISIONS = `status person { id } decisions { action person { id } fromPerson { id } decidedBy reason automatic }`;
const COUNT = `{ people(first: 1) { totalCount } }`;

describe('registration through matching, and the review queue, through the gateway', () => {
  let hub: TestHub;
  let count: () => Promise<number>;
  beforeAll(async () => {
    hub = await startTestHub();
    // People held, counted by the data protection officer, who may look anyone up.
    count = async () => (await hub.as('dpo.continuum')(COUNT)).data.people.totalCount;
  });
  afterAll(() => hub.stop());

  const gql = (query: string, variables?: Record<string, unknown>) => hub.as('social-worker.newcastle')(query, variables);

  it('links a council registration with a verified NHS number to the one person, whose funding the graph already joins', async () => {
    const before = await count();
    const res = await gql(REGISTER, {
      input: {
        nhsNumber: funded.nhsNumber,
        nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
        givenName: funded.givenName,
        familyName: funded.familyName,
        dateOfBirth: funded.dateOfBirth,
        postcodeDistrict: funded.postcodeDistrict,
        localIdentifiers: [{ agency: 'COUNCIL', organisationCode: 'E08000021', value: 'GW-LINK-1' }],
      },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const r = res.data.registerPerson;
    assert.deepEqual([r.outcome, r.matchedBy, r.person.id], ['LINKED', 'VERIFIED_NHS_NUMBER', funded.id]);
    assert.ok(r.person.localIdentifiers.some((l: any) => l.value === 'GW-LINK-1'));
    const episodes = new Set(r.person.socialCareFunding.map((e: any) => e.id));
    for (const dp of region.directPayments.filter((d) => d.personId === funded.id))
      assert.ok(episodes.has(dp.id), `direct payment ${dp.id} is on the linked person`);
    assert.equal(await count(), before);
  });

  it('sends a possible match to review, and a reviewer links then unlinks it, each decision recorded', async () => {
    const before = await count();
    const res = await gql(REGISTER, {
      // Known here by another given name: the same family name, date of birth and postcode, so possibly them (or a twin).
      input: {
        givenName: 'Xavierre',
        familyName: other.familyName,
        dateOfBirth: other.dateOfBirth,
        postcodeDistrict: other.postcodeDistrict,
        localIdentifiers: [{ agency: 'HEALTH', organisationCode: 'X2C4Y', value: 'GW-REVIEW-1' }],
      },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const { outcome, review } = res.data.registerPerson;
    assert.equal(outcome, 'SENT_TO_REVIEW', JSON.stringify(res.data.registerPerson));
    const candidate = review.candidates.find((c: any) => c.person.id === other.id);
    assert.equal(candidate.person.familyName, other.familyName);
    assert.equal(candidate.contributions.length, 5);

    const queue = await gql(`{ matchReviews(first: 100) { totalCount edges { node { id } } } }`);
    assert.ok(queue.data.matchReviews.edges.some((e: any) => e.node.id === review.id));

    const linked = await gql(
      `mutation ($id: ID!, $p: ID!) { linkMatchReview(id: $id, personId: $p, decidedBy: "CHC nurse", reason: "Same person, known by her middle name") { ${DECISIONS} } }`,
      { id: review.id, p: other.id },
    );
    assert.equal(linked.errors, undefined, JSON.stringify(linked.errors));
    assert.equal(linked.data.linkMatchReview.status, 'LINKED');
    const unlinked = await gql(
      `mutation ($id: ID!) { unlinkMatchReview(id: $id, decidedBy: "PHB lead", reason: "Different person") { ${DECISIONS} } }`,
      { id: review.id },
    );
    assert.equal(unlinked.errors, undefined, JSON.stringify(unlinked.errors));
    const r = unlinked.data.unlinkMatchReview;
    assert.equal(r.status, 'NOT_A_MATCH');
    assert.deepEqual(r.decisions, [
      {
        action: 'LINK',
        person: { id: other.id },
        fromPerson: null,
        decidedBy: 'CHC nurse',
        reason: 'Same person, known by her middle name',
        automatic: false,
      },
      {
        action: 'UNLINK',
        person: { id: r.person.id },
        fromPerson: { id: other.id },
        decidedBy: 'PHB lead',
        reason: 'Different person',
        automatic: false,
      },
    ]);
    assert.equal(await count(), before + 1);
  });

  it('answers a repeated idempotency key with the same registration and no second person', async () => {
    const input = { givenName: 'Gateway', familyName: 'Idempotent', dateOfBirth: '1948-02-02', postcodeDistrict: 'NE6' };
    const before = await count();
    const first = await gql(REGISTER, { input, key: 'gw-reg-1' });
    const second = await gql(REGISTER, { input, key: 'gw-reg-1' });
    assert.equal(first.data.registerPerson.outcome, 'CREATED');
    assert.deepEqual(second.data, first.data);
    assert.equal(await count(), before + 1);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ['an NHS number with a bad check digit', { nhsNumber: '9990000019' }, 'input.nhsNumber'],
    ['a date of birth in the future', { dateOfBirth: '2999-01-01' }, 'input.dateOfBirth'],
    ['an empty given name', { givenName: ' ' }, 'input.givenName'],
  ];
  for (const [what, override, field] of bad) {
    it(`refuses a registration with ${what} (BAD_USER_INPUT on ${field}), writing nothing`, async () => {
      const before = await count();
      const res = await gql(REGISTER, { input: { givenName: 'Bad', familyName: 'Input', dateOfBirth: '1960-01-01', ...override } });
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(res.errors?.[0].extensions?.field, field);
      assert.equal(await count(), before);
    });
  }
});
