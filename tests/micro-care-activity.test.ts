import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { dayFromToday } from '@continuum/dev/testing';
import { partnerSdl, startPartnerHub, type PartnerHub } from './partner-helpers.ts';

/**
 * Current micro-care figures come from the Flintshire partner subgraph, their one owner, through
 * the gateway: businesses, people supported and hours by kind and funding route valued at the
 * rates in force; the hours returns behind them are recorded by Flintshire County Council.
 */
const SOCIAL_WORKER = 'social-worker.flintshire';
const COMMISSIONER = 'commissioner.icb';
const ACTIVITY = `query ($filter: AggregateFilter) { microCareActivityAggregates(filter: $filter) {
  from to businesses { display value } peopleSupported { display value }
  totalHours { display value suppressed } totalValue { display value suppressed }
  byCategory { key hours { value } } byFundingRoute { key people { display } hours { value } value { value } }
  ratesInForce { route hourlyRate effectiveFrom }
} }`;
const RECORD = `mutation ($input: RecordMicroCareHoursInput!) { recordMicroCareHours(input: $input) { id deliveredOn category hours client { id } } }`;
const roundUp5 = (n: number) => Math.ceil(n / 5) * 5;

describe('micro-care activity through the gateway, from the partner subgraph', () => {
  let ph: PartnerHub;
  let unpublished: any;
  beforeAll(async () => {
    ph = await startPartnerHub({ timeoutMs: 30_000 });
    unpublished = await ph.hub.as(COMMISSIONER)(ACTIVITY, { filter: { areaCode: 'W06000005' } });
    assert.ok((await ph.publish(partnerSdl())).published);
  });
  afterAll(() => ph?.stop());

  it('is not in the graph while the partner is not part of it: the field is unknown, never zeros', () => {
    assert.equal(unpublished.data, undefined);
    assert.match(unpublished.errors[0].message, /Cannot query field "microCareActivityAggregates"/);
  });

  it("gives a commissioner the partner's current clients, businesses and hours by kind and funding route, valued at Flintshire's rates", async () => {
    const carers = await ph.hub.as(SOCIAL_WORKER)(
      '{ microCarers(first: 100) { totalCount edges { node { capacity { careClients otherClients } } } } }',
    );
    const current = carers.data.microCarers.edges.reduce(
      (n: number, e: any) => n + e.node.capacity.careClients + e.node.capacity.otherClients,
      0,
    );
    assert.ok(current >= 60, `the partner's ${current} current clients`);
    const res = await ph.hub.as(COMMISSIONER)(ACTIVITY, {
      filter: { areaCode: 'W06000005', from: dayFromToday(-89), to: dayFromToday(0) },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const a = res.data.microCareActivityAggregates;
    assert.equal(a.peopleSupported.value, roundUp5(current));
    assert.equal(a.businesses.value, roundUp5(carers.data.microCarers.totalCount));
    assert.equal(a.totalHours.suppressed, false);
    assert.ok(a.totalHours.value > 500, `hours in the quarter: ${a.totalHours.display}`);
    assert.equal(
      a.byCategory.reduce((n: number, c: any) => n + c.hours.value, 0) - a.totalHours.value <= 20,
      true,
      'the kinds of care add up to the total, within rounding',
    );
    assert.deepEqual(
      a.byFundingRoute.map((f: any) => f.key),
      ['PRIVATE', 'DIRECT_PAYMENT', 'DIRECT_COMMISSIONING'],
    );
    const dc = a.byFundingRoute.find((f: any) => f.key === 'DIRECT_COMMISSIONING');
    assert.equal(dc.people.display, '5', "the council's first directly commissioned packages, one for each ready micro-carer");
    assert.deepEqual(
      a.ratesInForce.map((r: any) => [r.route, r.hourlyRate]),
      [
        ['PRIVATE', 14.58],
        ['DIRECT_PAYMENT', 14.58],
        ['COMMISSIONED_SOLE_TRADER', 16],
        ['COMMISSIONED_WITH_EMPLOYEES', 16.5],
      ],
    );
    const elsewhere = (await ph.hub.as(COMMISSIONER)(ACTIVITY, { filter: { icbOdsCode: 'QHM' } })).data.microCareActivityAggregates;
    assert.deepEqual([elsewhere.businesses.display, elsewhere.peopleSupported.display, elsewhere.totalHours.display], ['0', '0', '0']);
  });

  it("records an hours return only for Flintshire County Council's social workers, audited; others are refused and nothing is written", async () => {
    const clients = await ph.hub.as(SOCIAL_WORKER)(
      '{ microCarers(first: 100) { edges { node { clients { id personalCare person { id } } } } } }',
    );
    const client = clients.data.microCarers.edges.flatMap((e: any) => e.node.clients).find((c: any) => c.person && c.personalCare);
    assert.ok(client, 'a client the social worker may see');
    const input = { clientId: client.id, deliveredOn: dayFromToday(0), category: 'PERSONAL_CARE', hours: 1.5 };
    const pool = ph.hub.accessStore.pool;
    const lastAudit = (await pool.query('SELECT coalesce(max(id), 0) AS id FROM audit_event')).rows[0].id;
    for (const [user, code] of [
      ['social-worker.newcastle', 'NOT_FOUND'],
      ['chc-nurse.betsi', 'FORBIDDEN'],
      [COMMISSIONER, 'FORBIDDEN'],
    ]) {
      const refused = await ph.hub.as(user)(RECORD, { input });
      assert.equal(refused.errors?.[0].extensions?.code, code, `${user}: ${JSON.stringify(refused.errors)}`);
    }
    const made = await ph.hub.as(SOCIAL_WORKER)(RECORD, { input });
    assert.equal(made.errors, undefined, 'the refusals wrote nothing: the same return is taken once, without CONFLICT');
    assert.deepEqual(
      { ...made.data.recordMicroCareHours, id: undefined },
      { id: undefined, deliveredOn: input.deliveredOn, category: 'PERSONAL_CARE', hours: 1.5, client: { id: client.id } },
    );
    const again = await ph.hub.as(SOCIAL_WORKER)(RECORD, { input });
    assert.equal(again.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(again.errors?.[0].extensions?.field, 'input.deliveredOn');
    const audit = await pool.query(
      "SELECT user_id, outcome FROM audit_event WHERE id > $1 AND action = 'WRITE' AND record_type = 'recordMicroCareHours' ORDER BY id",
      [lastAudit],
    );
    // Every attempt is in the audit trail under its caller; the second, refused as a CONFLICT, as denied.
    assert.deepEqual(
      audit.rows.map((r: any) => [r.user_id, r.outcome]),
      [
        ['social-worker.newcastle', 'DENIED'],
        ['chc-nurse.betsi', 'DENIED'],
        [COMMISSIONER, 'DENIED'],
        [SOCIAL_WORKER, 'ALLOWED'],
        [SOCIAL_WORKER, 'DENIED'],
      ],
    );
  });
});
