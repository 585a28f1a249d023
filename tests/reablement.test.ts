/**
 * Reablement and step-down, over real HTTP through the gateway: a council's social workers start a
 * period for someone they may see and end it once, with where the person went next (audited with
 * the caller); only the holding council's social workers list or see the periods; commissioners
 * see the outcomes as suppressed counts. A start in the future, an end before the start, an outcome
 * recorded before the period has ended, a second open period or a second end is refused with
 * nothing written.
 */
import { buildDemoRegion } from '@continuum/demo';
import { publishCount } from '@continuum/access';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, rowCounts, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const ELEANOR = region.featured.movedDirectPaymentToPhb;
const NEWCASTLE = 'E08000021';
const FLINTSHIRE = 'W06000005';
const START = `mutation ($input: StartReablementInput!) { startReablement(input: $input) {
  id status startedOn startedBy council { gssCode } person { id } } }`;
const END = `mutation ($input: EndReablementInput!) { endReablement(input: $input) { id status endedOn endedBy outcome } }`;
const LIST = `query ($gss: String!, $status: ReablementStatus, $first: Int, $after: String) {
  reablementPeriods(councilGssCode: $gss, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id startedOn status endedOn outcome person { id } } } } }`;
const OF_PERSON = `query ($id: ID!) { person(id: $id) { id reablementPeriods { id outcome council { gssCode } } } }`;
const AGGREGATES = `query ($filter: AggregateFilter) { reablementOutcomeAggregates(filter: $filter) {
  from to started { display value suppressed } ended { display } openAtEnd { display }
  byOutcome { outcome periods { display value suppressed } } } }`;
const counted = (hub: TestHub) => rowCounts(hub, { councils: ['reablement_period'] });
const codeAndField = (res: any) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

async function listAll(hub: TestHub, user: string, gss: string, status: string | null) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = (await gqlData(hub.as(user), LIST, { gss, status, first: 7, after })).reablementPeriods;
    nodes.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) {
      assert.equal(nodes.length, page.totalCount, 'the pages add up to the total');
      return nodes;
    }
    after = page.pageInfo.endCursor;
  }
}

describe('reablement and step-down: started, ended once with an outcome, counted for commissioners', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  let periodId = '';
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("the council's list is the demo region's periods, latest started first, each followed by the funding the graph holds", async () => {
    const held = region.reablementPeriods.filter((r) => r.councilGssCode === NEWCASTLE);
    const listed = await listAll(hub, 'social-worker.newcastle', NEWCASTLE, null);
    assert.deepEqual(listed.map((r) => r.id).sort(), held.map((r) => r.id).sort());
    const starts = listed.map((r) => r.startedOn);
    assert.deepEqual(starts, [...starts].sort().reverse(), 'latest started first');
    const open = await listAll(hub, 'social-worker.newcastle', NEWCASTLE, 'OPEN');
    assert.deepEqual(
      open.map((r) => r.id).sort(),
      held
        .filter((r) => r.endedOn === null)
        .map((r) => r.id)
        .sort(),
    );
    // A step into a direct payment: the person's direct payment began the day after reablement ended.
    const toDp = held.find((r) => r.outcome === 'DIRECT_PAYMENT')!;
    const dayAfter = (d: { start: string }) => Date.parse(d.start) - Date.parse(toDp.endedOn!) === 86_400_000;
    assert.ok(region.directPayments.some((d) => d.personId === toDp.personId && d.councilGssCode === NEWCASTLE && dayAfter(d)));
    const flintshire = await listAll(hub, 'social-worker.flintshire', FLINTSHIRE, 'ENDED');
    assert.equal(
      flintshire.filter((r) => r.outcome === 'PRIVATE_MICRO_CARE').length,
      2,
      "Flintshire's private support calls after reablement",
    );
  });

  it('a Newcastle social worker starts a period and ends it with an outcome, audited; the person shows it to Newcastle alone', async () => {
    const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    const started = (
      await gqlData(newcastle(), START, { input: { personId: ELEANOR, councilGssCode: NEWCASTLE, startedOn: dayFromToday(-40) } })
    ).startReablement;
    assert.deepEqual(
      [started.status, started.startedOn, started.council.gssCode, started.person.id, started.startedBy.length > 0],
      ['OPEN', dayFromToday(-40), NEWCASTLE, ELEANOR, true],
    );
    periodId = started.id;
    const before = await counted(hub);
    const second = await newcastle()(START, { input: { personId: ELEANOR, councilGssCode: NEWCASTLE } });
    assert.deepEqual(codeAndField(second), ['CONFLICT', 'input.personId'], 'one open period per person and council');
    assert.deepEqual(await counted(hub), before);

    const ended = (await gqlData(newcastle(), END, { input: { id: periodId, endedOn: dayFromToday(-1), outcome: 'PRIVATE_MICRO_CARE' } }))
      .endReablement;
    assert.deepEqual([ended.status, ended.endedOn, ended.outcome], ['ENDED', dayFromToday(-1), 'PRIVATE_MICRO_CARE']);
    const audit = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2 AND outcome = $3', [
      lastAudit,
      'WRITE',
      'ALLOWED',
    ]);
    assert.deepEqual(
      audit.rows
        .filter((a: any) => a.user_id === 'social-worker.newcastle' && a.record_type.endsWith('Reablement'))
        .map((a: any) => a.record_type)
        .sort(),
      ['endReablement', 'startReablement'],
    );
    const own = (await gqlData(newcastle(), OF_PERSON, { id: ELEANOR })).person.reablementPeriods;
    assert.ok(own.some((r: any) => r.id === periodId && r.outcome === 'PRIVATE_MICRO_CARE'));
    // Eleanor's ICB may see her, but not the council's reablement casework.
    const icb = await gqlData(hub.as('phb-lead.icb'), OF_PERSON, { id: ELEANOR });
    assert.deepEqual(icb.person.reablementPeriods, []);
  });

  it('refuses a start in the future, an end before the start, an outcome before the period ends and a second end, writing nothing', async () => {
    const before = await counted(hub);
    const cases: [string, Record<string, unknown>, string, string][] = [
      [START, { personId: ELEANOR, councilGssCode: NEWCASTLE, startedOn: dayFromToday(1) }, 'BAD_USER_INPUT', 'input.startedOn'],
      [END, { id: periodId, outcome: 'NO_FURTHER_SUPPORT' }, 'CONFLICT', 'input.id'],
    ];
    const open = region.reablementPeriods.find((r) => r.councilGssCode === NEWCASTLE && r.endedOn === null)!;
    cases.push(
      [END, { id: open.id, endedOn: dayFromToday(3), outcome: 'DIRECT_PAYMENT' }, 'BAD_USER_INPUT', 'input.endedOn'],
      [END, { id: open.id, endedOn: '2000-01-01', outcome: 'DIRECT_PAYMENT' }, 'BAD_USER_INPUT', 'input.endedOn'],
      [END, { id: '0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c', outcome: 'DIRECT_PAYMENT' }, 'NOT_FOUND', 'input.id'],
    );
    for (const [query, input, code, field] of cases) {
      const res = await newcastle()(query, { input });
      assert.deepEqual(codeAndField(res), [code, field], JSON.stringify(res.errors));
    }
    assert.deepEqual(await counted(hub), before);
    const still = (await listAll(hub, 'social-worker.newcastle', NEWCASTLE, 'OPEN')).find((r) => r.id === open.id);
    assert.deepEqual([still?.status, still?.outcome], ['OPEN', null]);
  });

  it("only the holding council's social workers start, end or list periods; others are refused, writing nothing", async () => {
    const before = await counted(hub);
    const open = region.reablementPeriods.find((r) => r.councilGssCode === NEWCASTLE && r.endedOn === null)!;
    const start = { input: { personId: ELEANOR, councilGssCode: NEWCASTLE } };
    const end = { input: { id: open.id, outcome: 'NO_FURTHER_SUPPORT' } };
    for (const user of ['phb-lead.icb', 'chc-nurse.icb', 'support-adviser.tyneside-payroll', 'commissioner.icb', 'person.eleanor-robson']) {
      for (const [query, vars] of [
        [START, start],
        [END, end],
        [LIST, { gss: NEWCASTLE }],
      ] as const) {
        const res = await hub.as(user)(query, vars);
        assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${user}: ${JSON.stringify(res.errors)}`);
      }
    }
    const durham = hub.as('social-worker.durham');
    assert.deepEqual(codeAndField(await durham(START, start)), ['FORBIDDEN', 'input.councilGssCode']);
    assert.deepEqual(codeAndField(await durham(END, end)), ['NOT_FOUND', 'input.id']);
    assert.equal((await durham(LIST, { gss: NEWCASTLE })).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(await counted(hub), before);
  });

  it('commissioners see outcomes per period as suppressed counts, matching the demo region and the period written here', async () => {
    const from = dayFromToday(-364);
    const to = dayFromToday(0);
    const agg = (await gqlData(hub.as('commissioner.icb'), AGGREGATES, { filter: { from, to } })).reablementOutcomeAggregates;
    const inPeriod = (d: string | null) => d !== null && d >= from && d <= to;
    const periods = [
      ...region.reablementPeriods,
      { endedOn: dayFromToday(-1), startedOn: dayFromToday(-40), outcome: 'PRIVATE_MICRO_CARE' },
    ];
    for (const { outcome, periods: published } of agg.byOutcome) {
      const expected = publishCount(periods.filter((r) => r.outcome === outcome && inPeriod(r.endedOn)).length);
      assert.deepEqual(published, expected, outcome);
    }
    assert.deepEqual(agg.started, publishCount(periods.filter((r) => inPeriod(r.startedOn)).length));
    assert.equal(agg.byOutcome.find((o: any) => o.outcome === 'PRIVATE_MICRO_CARE').periods.value, null, 'three private step-downs: "<5"');
    const flintshire = (await gqlData(hub.as('commissioner.icb'), AGGREGATES, { filter: { councilGssCode: FLINTSHIRE, from, to } }))
      .reablementOutcomeAggregates;
    assert.deepEqual(flintshire.byOutcome.find((o: any) => o.outcome === 'PRIVATE_MICRO_CARE').periods, {
      display: '<5',
      value: null,
      suppressed: true,
    });
  });
});
