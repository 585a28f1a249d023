/**
 * Registering someone who is already held gives the registering organisation a relationship
 * with them at once: self-asserted, like a self-claimed legitimate relationship. Each is listed
 * for a data protection officer, who confirms or revokes it; a revoked one counts for nothing.
 */
import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const DURHAM = 'E06000047';
const durham = peopleRelatedTo(region, DURHAM);
/** Someone held with a verified NHS number whom Durham does not work with. */
const someone = region.people.find((p) => p.nhsNumberStatus === '01' && p.nhsNumber && !durham.has(p.id))!;

const REGISTER = `mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { outcome person { id } review { id } } }`;
const SEE = `query ($id: ID!) { person(id: $id) { id familyName } }`;
const LIST = `query ($all: Boolean) { assertedRelationships(unreviewedOnly: $all) { id subjectKind subjectId organisationCode kind sourceId assertedAt reviewedAt reviewedBy reviewNote revokedAt } }`;
const REVIEW = `mutation ($id: ID!, $d: AssertedRelationshipDecision!, $note: String!) { reviewAssertedRelationship(id: $id, decision: $d, note: $note) { id reviewedBy reviewNote revokedAt } }`;

describe('relationships asserted by registration are reviewed by the data protection officer', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('a registration that links to someone held opens their record to the council, lists the relationship for review, and a revocation closes it again', async () => {
    const social = hub.as('social-worker.durham');
    assert.equal((await social(SEE, { id: someone.id })).errors?.[0]?.extensions?.code, 'NOT_FOUND', "out of Durham's scope at first");
    const registered = (
      await gqlData(social, REGISTER, {
        input: {
          nhsNumber: someone.nhsNumber,
          nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
          givenName: someone.givenName,
          familyName: someone.familyName,
          dateOfBirth: someone.dateOfBirth,
          postcodeDistrict: someone.postcodeDistrict,
          localIdentifiers: [{ agency: 'COUNCIL', organisationCode: DURHAM, value: 'DUR-ASSERT-1' }],
        },
      })
    ).registerPerson;
    assert.deepEqual([registered.outcome, registered.person.id], ['LINKED', someone.id]);
    assert.equal((await gqlData(social, SEE, { id: someone.id })).person.id, someone.id, 'the registration opened the record');

    const dpo = hub.as('dpo.continuum');
    const listed = (await gqlData(dpo, LIST, {})).assertedRelationships.find(
      (r: any) => r.subjectId === someone.id && r.organisationCode === DURHAM,
    );
    assert.ok(listed, 'listed for review');
    assert.deepEqual(
      [listed.subjectKind, listed.kind, listed.sourceId, listed.reviewedAt, listed.revokedAt],
      ['PERSON', 'REGISTERED', registered.review.id, null, null],
    );

    const revoked = (
      await gqlData(dpo, REVIEW, { id: listed.id, d: 'REVOKE', note: 'No referral or funding from Durham for this person.' })
    ).reviewAssertedRelationship;
    assert.equal(revoked.reviewedBy, 'Nadia Hussain (data protection officer)');
    assert.ok(revoked.revokedAt);
    const after = await social(SEE, { id: someone.id });
    assert.equal(after.errors?.[0]?.extensions?.code, 'NOT_FOUND', 'revoked: out of scope again');
    assert.doesNotMatch(JSON.stringify(after), new RegExp(someone.familyName));

    assert.ok(!(await gqlData(dpo, LIST, {})).assertedRelationships.some((r: any) => r.id === listed.id), 'no longer waiting for review');
    assert.ok(
      (await gqlData(dpo, LIST, { all: false })).assertedRelationships.some((r: any) => r.id === listed.id && r.revokedAt),
      'kept, with its review',
    );
    const again = await dpo(REVIEW, { id: listed.id, d: 'CONFIRM', note: 'second thoughts' });
    assert.deepEqual([again.errors?.[0]?.extensions?.code, again.errors?.[0]?.extensions?.field], ['CONFLICT', 'id']);
  });

  it('only a data protection officer lists or reviews them; bad ids are named', async () => {
    for (const user of ['social-worker.durham', 'person.eleanor-robson']) {
      const res = await hub.as(user)(LIST, {});
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${user}: ${JSON.stringify(res.errors)}`);
    }
    const dpo = hub.as('dpo.continuum');
    const bad = await dpo(REVIEW, { id: 'x1', d: 'CONFIRM', note: 'fine' });
    assert.deepEqual([bad.errors?.[0]?.extensions?.code, bad.errors?.[0]?.extensions?.field], ['BAD_USER_INPUT', 'id']);
    const unknown = await dpo(REVIEW, { id: '999999999', d: 'CONFIRM', note: 'fine' });
    assert.deepEqual([unknown.errors?.[0]?.extensions?.code, unknown.errors?.[0]?.extensions?.field], ['NOT_FOUND', 'id']);
  });
});
