import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday, inProcessSubgraph, migratedDatabase } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { demoId, seed } from '../seed.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const ACTIVITY = `query ($filter: AggregateFilter) { microCareActivityAggregates(filter: $filter) {
  from to businesses { display value } peopleSupported { display value }
  totalHours { display value suppressed } totalValue { display value suppressed }
  byCategory { key people { value } hours { value } value { value } }
  byFundingRoute { key people { value } hours { value } value { value } }
  ratesInForce { route hourlyRate effectiveFrom }
} }`;
const RECORD = `mutation ($input: RecordMicroCareHoursInput!) { recordMicroCareHours(input: $input) {
  id deliveredOn category hours client { id }
} }`;
const roundTo = (n: number, base: number) => Math.round(n / base) * base;
const roundUp5 = (n: number) => Math.ceil(n / 5) * 5;

type Row = {
  id: string;
  micro_carer_id: string;
  person_id: string;
  funding: string;
  business_form: string;
  category: string;
  hours: string;
  delivered_on: Date;
};

describe('micro-care activity: hours delivered, valued at the rate in force on each day', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  const db = () => sg.database.client as any;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph, await migratedDatabase(subgraph));
    await seed(sg.database.client as never, region);
  });
  afterAll(() => sg.stop());

  const activity = async (filter: Record<string, unknown>) => {
    const res = await sg.execute(ACTIVITY, { filter });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data.microCareActivityAggregates;
  };

  it("counts the partner's current clients, its businesses and their hours by kind and funding route, worked out here from its tables", async () => {
    const period = { from: dayFromToday(-89), to: dayFromToday(0) };
    const a = await activity(period);
    const rows: Row[] = await db().$queryRawUnsafe(
      `SELECT c.id, c.micro_carer_id, c.person_id, c.funding, m.business_form, h.category, h.hours::text AS hours, h.delivered_on
         FROM micro_care_hours h JOIN micro_care_client c ON c.id = h.client_id JOIN micro_carer m ON m.id = c.micro_carer_id
        WHERE h.delivered_on BETWEEN $1::date AND $2::date`,
      period.from,
      period.to,
    );
    const current = await db().microCareClient.count({ where: { end: null } });
    assert.ok(current >= 60, `the partner's current clients (${current}) appear`);
    assert.equal(a.peopleSupported.value, roundUp5(current));
    assert.equal(a.businesses.value, roundUp5(await db().microCarer.count()));
    const total = rows.reduce((n, r) => n + Number(r.hours), 0);
    assert.ok(total > 500, `hours delivered in the quarter: ${total}`);
    assert.equal(a.totalHours.value, roundTo(total, 10));
    // One rate card is in force over the quarter on the demo data: the April 2022 uplift.
    const rate = (funding: string, form: string) =>
      funding === 'DIRECT_COMMISSIONING' ? (form === 'LIMITED_COMPANY' ? 16.5 : 16.0) : 14.58;
    const value = rows.reduce((n, r) => n + Number(r.hours) * rate(r.funding, r.business_form), 0);
    assert.equal(a.totalValue.value, roundTo(value, 100));
    for (const key of ['PERSONAL_CARE', 'SUPPORT', 'WELL_BEING']) {
      const of = rows.filter((r) => r.category === key);
      assert.equal(
        a.byCategory.find((c: any) => c.key === key).hours.value,
        roundTo(
          of.reduce((n, r) => n + Number(r.hours), 0),
          10,
        ),
        key,
      );
    }
    const dp = rows.filter((r) => r.funding === 'DIRECT_PAYMENT');
    assert.equal(
      a.byFundingRoute.find((f: any) => f.key === 'DIRECT_PAYMENT').hours.value,
      roundTo(
        dp.reduce((n, r) => n + Number(r.hours), 0),
        10,
      ),
    );
    assert.deepEqual(
      a.ratesInForce.map((r: any) => [r.route, r.hourlyRate]),
      [
        ['PRIVATE', 14.58],
        ['DIRECT_PAYMENT', 14.58],
        ['COMMISSIONED_SOLE_TRADER', 16],
        ['COMMISSIONED_WITH_EMPLOYEES', 16.5],
      ],
    );
  });

  it('values each hour at the rate in force on its day: a new direct-payment rate from mid-period applies from that day only', async () => {
    const period = { from: dayFromToday(-89), to: dayFromToday(0) };
    const before = await activity(period);
    const from = dayFromToday(-14);
    await db().microCareRate.create({
      data: { fundingRoute: 'DIRECT_PAYMENT', effectiveFrom: new Date(`${from}T00:00:00Z`), hourlyRate: 24.58 },
    });
    try {
      const after = await activity(period);
      const dpHoursSince: { h: string }[] = await db().$queryRawUnsafe(
        `SELECT COALESCE(SUM(h.hours), 0)::text AS h FROM micro_care_hours h JOIN micro_care_client c ON c.id = h.client_id
          WHERE c.funding = 'DIRECT_PAYMENT' AND h.delivered_on BETWEEN $1::date AND $2::date`,
        from,
        period.to,
      );
      const rise = Number(dpHoursSince[0].h) * 10;
      assert.ok(rise > 0);
      const dpBefore = before.byFundingRoute.find((f: any) => f.key === 'DIRECT_PAYMENT').value.value;
      const dpAfter = after.byFundingRoute.find((f: any) => f.key === 'DIRECT_PAYMENT').value.value;
      assert.ok(Math.abs(dpAfter - dpBefore - rise) <= 100, `£${dpBefore} + £${rise} ≈ £${dpAfter}`);
      assert.deepEqual(
        after.ratesInForce.filter((r: any) => r.route === 'DIRECT_PAYMENT').map((r: any) => [r.hourlyRate, r.effectiveFrom]),
        [
          [14.58, before.ratesInForce.find((r: any) => r.route === 'DIRECT_PAYMENT').effectiveFrom],
          [24.58, from],
        ],
      );
      assert.equal(after.totalHours.value, before.totalHours.value, 'the hours themselves do not change');
    } finally {
      await db().microCareRate.delete({
        where: { fundingRoute_effectiveFrom: { fundingRoute: 'DIRECT_PAYMENT', effectiveFrom: new Date(`${from}T00:00:00Z`) } },
      });
    }
  });

  it('counts none for a council or NHS body outside Flintshire, and all of them for Flintshire, its health board or their areas', async () => {
    const all = await activity({});
    for (const filter of [{ councilGssCode: 'W06000005' }, { icbOdsCode: '7A1' }, { areaCode: 'W06000005' }, { areaCode: '7a1' }])
      assert.deepEqual(await activity(filter), all, JSON.stringify(filter));
    const none = await activity({ councilGssCode: 'E08000021' });
    assert.equal(none.businesses.display, '0');
    assert.equal(none.totalHours.display, '0');
    assert.deepEqual(none.ratesInForce, []);
    assert.equal((await activity({ icbOdsCode: 'QHM' })).peopleSupported.display, '0');
    const bad = await sg.execute(ACTIVITY, { filter: { councilGssCode: 'Flintshire' } });
    assert.equal(bad.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(bad.errors?.[0].extensions?.field, 'filter.councilGssCode');
  });

  it('records a day of hours and counts it; refuses bad input naming the field, and writes nothing', async () => {
    const clientId = demoId('client/0/0');
    const client = await db().microCareClient.findUnique({ where: { id: clientId } });
    const supportOnly = await db().microCareClient.findFirst({ where: { personalCare: false } });
    const today = dayFromToday(0);
    const count = () => db().microCareHours.count();
    const n = await count();
    const refusals: [Record<string, unknown>, string, string][] = [
      [{ clientId, deliveredOn: dayFromToday(1), category: 'SUPPORT', hours: 1 }, 'BAD_USER_INPUT', 'input.deliveredOn'],
      [{ clientId, deliveredOn: dayFromToday(-400), category: 'SUPPORT', hours: 1 }, 'BAD_USER_INPUT', 'input.deliveredOn'],
      [{ clientId, deliveredOn: today, category: 'SUPPORT', hours: 0 }, 'BAD_USER_INPUT', 'input.hours'],
      [{ clientId, deliveredOn: today, category: 'SUPPORT', hours: 25 }, 'BAD_USER_INPUT', 'input.hours'],
      [{ clientId, deliveredOn: today, category: 'SUPPORT', hours: 1.1 }, 'BAD_USER_INPUT', 'input.hours'],
      [{ clientId: supportOnly.id, deliveredOn: today, category: 'PERSONAL_CARE', hours: 1 }, 'BAD_USER_INPUT', 'input.category'],
      [{ clientId: 'not-an-id', deliveredOn: today, category: 'SUPPORT', hours: 1 }, 'BAD_USER_INPUT', 'input.clientId'],
      [{ clientId: demoId('no-such-client'), deliveredOn: today, category: 'SUPPORT', hours: 1 }, 'NOT_FOUND', 'input.clientId'],
    ];
    for (const [input, code, field] of refusals) {
      const res = await sg.execute(RECORD, { input });
      assert.equal(res.errors?.[0].extensions?.code, code, JSON.stringify(input));
      assert.equal(res.errors?.[0].extensions?.field, field, JSON.stringify(input));
    }
    assert.equal(await count(), n, 'nothing written');
    const input = { clientId, deliveredOn: today, category: 'PERSONAL_CARE', hours: 7.75 };
    const made = await sg.execute(RECORD, { input });
    assert.equal(made.errors, undefined, JSON.stringify(made.errors));
    assert.deepEqual(
      { ...made.data.recordMicroCareHours, id: undefined },
      { id: undefined, deliveredOn: today, category: 'PERSONAL_CARE', hours: 7.75, client: { id: clientId } },
    );
    assert.equal(client.personalCare, true);
    const twice = await sg.execute(RECORD, { input });
    assert.equal(twice.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(twice.errors?.[0].extensions?.field, 'input.deliveredOn');
    assert.equal(await count(), n + 1, 'the second entry of the same return is not added');
    const stored = await db().microCareHours.findMany({ where: { clientId, deliveredOn: new Date(`${today}T00:00:00Z`) } });
    assert.deepEqual(
      stored.map((h: any) => [h.category, Number(h.hours)]),
      [['PERSONAL_CARE', 7.75]],
    );
  });
});
