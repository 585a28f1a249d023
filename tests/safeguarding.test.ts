/**
 * Safeguarding concerns: the most restricted records in the hub. Only social workers see them,
 * each only their own council's — not other roles that may see the person, not the person, not
 * the data protection officer, not another council's social worker even under break-glass.
 * Anyone who may see the person may tell a council of a concern, and gets a receipt only.
 */
import { buildDemoRegion, demoDay } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, rowCounts, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const ELEANOR = region.featured.movedDirectPaymentToPhb;
const NEWCASTLE = 'E08000021';
const FLINTSHIRE = 'W06000005';
const CONCERNS = `query ($id: ID!) { person(id: $id) { id safeguardingConcerns { id category source status council { gssCode } raisedOn closedOn outcome } } }`;
const RAISE = `mutation ($input: RaiseSafeguardingConcernInput!) { raiseSafeguardingConcern(input: $input) { id council { gssCode } raisedOn } }`;
const START = `mutation ($id: ID!) { startSafeguardingEnquiry(id: $id) { id status enquiryStartedOn } }`;
const CLOSE = `mutation ($input: CloseSafeguardingConcernInput!) { closeSafeguardingConcern(input: $input) { id status outcome closedOn } }`;
const counted = (hub: TestHub) => rowCounts(hub, { councils: ['safeguarding_concern'] });

describe('safeguarding concerns: the most restricted field set', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("a social worker of the holding council sees the person's concerns, as the demo region holds them", async () => {
    const expected = region.safeguardingConcerns.filter((c) => c.personId === ELEANOR && c.councilGssCode === NEWCASTLE);
    assert.ok(expected.length >= 1, 'Eleanor Robson has a concern from her four-week review call');
    const seen = (await gqlData(hub.as('social-worker.newcastle'), CONCERNS, { id: ELEANOR })).person.safeguardingConcerns;
    assert.deepEqual(
      seen.map((c: any) => [c.id, c.category, c.source, c.status, c.council.gssCode, c.closedOn, c.outcome]),
      expected.map((c) => [c.id, c.category, c.source, 'CLOSED', NEWCASTLE, c.closedOn, c.outcome]),
    );
    const ppe = region.safeguardingConcerns.find(
      (c) => c.councilGssCode === FLINTSHIRE && c.source === 'FAMILY_MEMBER' && c.raisedOn === demoDay(region.asOf, '2020-09-15'),
    )!; // the seed's PPE incident, where it falls in the anchored region
    const flintshire = (await gqlData(hub.as('social-worker.flintshire'), CONCERNS, { id: ppe.personId })).person.safeguardingConcerns;
    assert.ok(
      flintshire.some((c: any) => c.id === ppe.id && c.category === 'NEGLECT_AND_ACTS_OF_OMISSION' && c.outcome === 'ACTION_TAKEN'),
      "the programme's PPE incident",
    );
  });

  it('other roles that may see the person are refused the field, by role, and the rest of the record still answers', async () => {
    for (const user of ['phb-lead.icb', 'chc-nurse.icb', 'support-adviser.tyneside-payroll', 'person.eleanor-robson', 'dpo.continuum']) {
      const res = await hub.as(user)(CONCERNS, { id: ELEANOR });
      assert.equal(res.data?.person?.id, ELEANOR, `${user} sees the person`);
      assert.equal(res.data.person.safeguardingConcerns, null, user);
      assert.deepEqual(
        res.errors?.map((e) => [e.extensions?.code, e.extensions?.field]),
        [['FORBIDDEN', 'safeguardingConcerns']],
        user,
      );
      assert.doesNotMatch(JSON.stringify(res), /FINANCIAL_OR_MATERIAL|cash in hand/, `${user} learns nothing of the concern`);
    }
  });

  it("another council's social worker who breaks the glass sees the person, but none of the concerns Newcastle holds", async () => {
    const durham = hub.as('social-worker.durham');
    await gqlData(
      durham,
      `mutation ($p: ID!) { breakGlass(personId: $p, category: URGENT_HOSPITAL_DISCHARGE, reason: "Hospital discharge tonight and the funding council cannot be reached by phone", minutes: 30) { id } }`,
      { p: ELEANOR },
    );
    const seen = (await gqlData(durham, CONCERNS, { id: ELEANOR })).person;
    assert.equal(seen.id, ELEANOR);
    assert.deepEqual(seen.safeguardingConcerns, []);
  });

  it('anyone who may see the person raises a concern with a council and gets a receipt; the council then works it, others cannot', async () => {
    const nurse = hub.as('chc-nurse.icb');
    const receipt = (
      await gqlData(nurse, RAISE, {
        input: {
          personId: ELEANOR,
          councilGssCode: NEWCASTLE,
          source: 'NHS_STAFF',
          category: 'NEGLECT_AND_ACTS_OF_OMISSION',
          summary: 'Pressure sores seen at a home visit; PAs say the hoist has been broken for a week.',
        },
      })
    ).raiseSafeguardingConcern;
    assert.equal(receipt.council.gssCode, NEWCASTLE);
    // The nurse who raised it still cannot read it.
    assert.equal((await nurse(CONCERNS, { id: ELEANOR })).data.person.safeguardingConcerns, null);

    const newcastle = hub.as('social-worker.newcastle');
    const raised = (await gqlData(newcastle, CONCERNS, { id: ELEANOR })).person.safeguardingConcerns.find((c: any) => c.id === receipt.id);
    assert.deepEqual([raised.status, raised.source, raised.raisedOn], ['RAISED', 'NHS_STAFF', receipt.raisedOn]);

    const durham = hub.as('social-worker.durham');
    for (const [query, vars, field] of [
      [START, { id: receipt.id }, 'startSafeguardingEnquiry'],
      [CLOSE, { input: { id: receipt.id, outcome: 'NO_FURTHER_ACTION' } }, 'closeSafeguardingConcern'],
    ] as const) {
      const res = await durham(query, vars);
      assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND', `${field} by another council: ${JSON.stringify(res.errors)}`);
    }
    assert.equal((await gqlData(newcastle, START, { id: receipt.id })).startSafeguardingEnquiry.status, 'ENQUIRY');
    assert.equal((await newcastle(START, { id: receipt.id })).errors?.[0]?.extensions?.code, 'CONFLICT');
    const early = await newcastle(CLOSE, { input: { id: receipt.id, outcome: 'ACTION_TAKEN', closedOn: '2020-01-01' } });
    assert.deepEqual([early.errors?.[0]?.extensions?.code, early.errors?.[0]?.extensions?.field], ['BAD_USER_INPUT', 'input.closedOn']);
    const closed = (await gqlData(newcastle, CLOSE, { input: { id: receipt.id, outcome: 'ACTION_TAKEN' } })).closeSafeguardingConcern;
    assert.deepEqual([closed.status, closed.outcome], ['CLOSED', 'ACTION_TAKEN']);
    assert.equal(
      (await newcastle(CLOSE, { input: { id: receipt.id, outcome: 'ACTION_TAKEN' } })).errors?.[0]?.extensions?.code,
      'CONFLICT',
    );
  });

  it('refuses a concern about someone the caller may not see, or with a bad council or summary, writing nothing', async () => {
    const before = await counted(hub);
    const input = {
      personId: ELEANOR,
      councilGssCode: NEWCASTLE,
      source: 'PROVIDER',
      category: 'PHYSICAL',
      summary: 'Bruising noticed on both arms at the morning call.',
    };
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['social-worker.flintshire', input, 'NOT_FOUND', 'input.personId'],
      ['social-worker.newcastle', { ...input, summary: 'bruise' }, 'BAD_USER_INPUT', 'input.summary'],
      ['social-worker.newcastle', { ...input, councilGssCode: 'E09999999' }, 'NOT_FOUND', 'input.councilGssCode'],
      ['commissioner.icb', input, 'FORBIDDEN', 'raiseSafeguardingConcern'],
    ];
    for (const [user, vars, code, field] of cases) {
      const res = await hub.as(user)(RAISE, { input: vars });
      assert.deepEqual(
        [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field],
        [code, field],
        `${user}: ${JSON.stringify(res.errors)}`,
      );
    }
    assert.deepEqual(await counted(hub), before);
  });

  it("every read of a concern is in the person's access log, for the data protection officer", async () => {
    const log = (
      await gqlData(
        hub.as('dpo.continuum'),
        `query ($id: ID!) { person(id: $id) { accessLog(first: 100) { edges { node { userId recordType outcome service } } } } }`,
        { id: ELEANOR },
      )
    ).person.accessLog.edges.map((e: any) => e.node);
    assert.ok(
      log.some(
        (n: any) =>
          n.userId === 'social-worker.newcastle' &&
          n.recordType === 'SafeguardingConcern' &&
          n.outcome === 'ALLOWED' &&
          n.service === 'councils',
      ),
    );
    assert.ok(
      log.some((n: any) => n.userId === 'phb-lead.icb' && n.outcome === 'DENIED' && n.service === 'councils'),
      'refusals are recorded too',
    );
  });
});
