/**
 * Domiciliary care waiting for a provider, over real HTTP through the gateway: commissioners see
 * the hours and requests waiting at the period's end and the previous period's, days waited and
 * how requests closed, suppressed and matching the demo region; a council's social workers record
 * a request for someone they may see and close it once (allocated or withdrawn), audited with the
 * caller; only the holding council's social workers list, record or close them. A request in the
 * future, hours out of range, a close before the request or in the future, a second waiting
 * request or a second close is refused with nothing written.
 */
import { buildDemoRegion } from '@continuum/demo';
import { median, publishAmount, publishCount } from '@continuum/access';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, rowCounts, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const NEWCASTLE = 'E08000021';
const FLINTSHIRE = 'W06000005';
const RECORD = `mutation ($input: RecordDomiciliaryCareRequestInput!) { recordDomiciliaryCareRequest(input: $input) {
  id status hoursPerWeek requestedOn requestedBy daysWaiting council { gssCode } person { id } } }`;
const CLOSE = `mutation ($input: CloseDomiciliaryCareRequestInput!) { closeDomiciliaryCareRequest(input: $input) {
  id status closedOn closedBy outcome daysWaiting } }`;
const LIST = `query ($gss: String!, $status: DomiciliaryCareRequestStatus, $first: Int, $after: String) {
  domiciliaryCareRequests(councilGssCode: $gss, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id requestedOn status hoursPerWeek person { id } } } } }`;
const AMOUNT = '{ display value suppressed }';
const AGGREGATES = `query ($filter: AggregateFilter) { domiciliarySupplyAggregates(filter: $filter) {
  from to previousTo unallocatedHours ${AMOUNT} requestsWaiting ${AMOUNT} previousUnallocatedHours ${AMOUNT}
  previousRequestsWaiting ${AMOUNT} requestsMade ${AMOUNT} medianDaysWaiting ${AMOUNT} medianDaysToAllocate ${AMOUNT}
  closedByOutcome { key label count ${AMOUNT} }
  byCouncil { councilGssCode councilName requestsWaiting ${AMOUNT} unallocatedHours ${AMOUNT} } } }`;
const counted = (hub: TestHub) => rowCounts(hub, { councils: ['domiciliary_care_request'] });
const codeAndField = (res: any) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

type Request = (typeof region.domiciliaryCareRequests)[number];
const waitingOn = (day: string) => (r: Request) => r.requestedOn <= day && (r.closedOn === null || r.closedOn > day);
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
const hoursOf = (rows: Request[]) =>
  publishAmount(
    rows.reduce((s, r) => s + r.hoursPerWeek, 0),
    new Set(rows.map((r) => r.personId)).size,
    10,
    (n) => `${n.toLocaleString('en-GB')} hours`,
  );

describe('domiciliary care waiting for a provider: recorded, allocated once, counted for commissioners', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("commissioners see the region's waiting hours and requests at the period's end and the previous period's, suppressed", async () => {
    const from = dayFromToday(-89);
    const to = dayFromToday(0);
    const previousTo = dayFromToday(-90);
    const agg = (await gqlData(hub.as('commissioner.icb'), AGGREGATES, { filter: { from, to } })).domiciliarySupplyAggregates;
    const all = region.domiciliaryCareRequests;
    const waiting = all.filter(waitingOn(to));
    assert.equal(agg.previousTo, previousTo);
    assert.deepEqual(agg.unallocatedHours, hoursOf(waiting));
    assert.deepEqual(agg.requestsWaiting, publishCount(waiting.length));
    assert.deepEqual(agg.previousUnallocatedHours, hoursOf(all.filter(waitingOn(previousTo))));
    assert.deepEqual(agg.requestsMade, publishCount(all.filter((r) => r.requestedOn >= from && r.requestedOn <= to).length));
    assert.equal(agg.medianDaysWaiting.value, Math.round(median(waiting.map((r) => days(r.requestedOn, to)))));
    const closed = all.filter((r) => r.closedOn !== null && r.closedOn >= from && r.closedOn <= to);
    for (const row of agg.closedByOutcome) assert.deepEqual(row.count, publishCount(closed.filter((r) => r.outcome === row.key).length));
    const allocated = closed.filter((r) => r.outcome !== 'WITHDRAWN');
    assert.equal(agg.medianDaysToAllocate.value, Math.round(median(allocated.map((r) => days(r.requestedOn, r.closedOn!)))));
    // Every council listed, most hours waiting first; Flintshire's queue is the seed's 630 hours scaled to its 500 people.
    assert.equal(agg.byCouncil.length, region.councils.length);
    const flintshire = agg.byCouncil.find((c: any) => c.councilGssCode === FLINTSHIRE);
    assert.deepEqual(flintshire.unallocatedHours, hoursOf(waiting.filter((r) => r.councilGssCode === FLINTSHIRE)));
    assert.ok(flintshire.unallocatedHours.value >= 80 && flintshire.unallocatedHours.value <= 200, flintshire.unallocatedHours.display);
    const shown = agg.byCouncil.map((c: any) => c.unallocatedHours.value ?? 0);
    assert.deepEqual(
      shown,
      [...shown].sort((a, b) => b - a),
      'most hours first',
    );
    // A council's filter counts its own requests; closed requests it holds are the only ones by outcome.
    const one = (await gqlData(hub.as('commissioner.icb'), AGGREGATES, { filter: { councilGssCode: FLINTSHIRE, from, to } }))
      .domiciliarySupplyAggregates;
    assert.deepEqual(
      one.byCouncil.map((c: any) => c.councilGssCode),
      [FLINTSHIRE],
    );
    assert.deepEqual(one.unallocatedHours, flintshire.unallocatedHours);
    assert.ok(
      one.closedByOutcome.find((o: any) => o.key === 'MICRO_CARER').count.display !== '0',
      'micro-carers take requests in Flintshire',
    );
    // An area counts the people living in it, whoever holds their request.
    const districts = new Set(region.councils.find((c) => c.gssCode === NEWCASTLE)!.postcodeDistricts);
    const living = new Set(region.people.filter((p) => districts.has(p.postcodeDistrict)).map((p) => p.id));
    const area = (await gqlData(hub.as('commissioner.icb'), AGGREGATES, { filter: { areaCode: NEWCASTLE, from, to } }))
      .domiciliarySupplyAggregates;
    assert.deepEqual(area.unallocatedHours, hoursOf(waiting.filter((r) => living.has(r.personId))));
    const bad = await hub.as('commissioner.icb')(AGGREGATES, { filter: { councilGssCode: 'Flintshire' } });
    assert.deepEqual(codeAndField(bad), ['BAD_USER_INPUT', 'filter.councilGssCode']);
  });

  it('a Newcastle social worker records a request and allocates it once, audited; the list shows it to Newcastle', async () => {
    const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    const person = region.featured.movedDirectPaymentToPhb;
    const waiting = region.domiciliaryCareRequests.find((r) => r.personId === person && r.closedOn === null);
    if (waiting) await gqlData(newcastle(), CLOSE, { input: { id: waiting.id, outcome: 'WITHDRAWN' } });
    const recorded = (
      await gqlData(newcastle(), RECORD, {
        input: { personId: person, councilGssCode: NEWCASTLE, hoursPerWeek: 10.5, requestedOn: dayFromToday(-20) },
      })
    ).recordDomiciliaryCareRequest;
    assert.deepEqual(
      [recorded.status, recorded.hoursPerWeek, recorded.requestedOn, recorded.daysWaiting, recorded.council.gssCode, recorded.person.id],
      ['WAITING', 10.5, dayFromToday(-20), 20, NEWCASTLE, person],
    );
    const before = await counted(hub);
    const second = await newcastle()(RECORD, { input: { personId: person, councilGssCode: NEWCASTLE, hoursPerWeek: 7 } });
    assert.deepEqual(codeAndField(second), ['CONFLICT', 'input.personId'], 'one waiting request per person and council');
    assert.deepEqual(await counted(hub), before);
    const listed = (await gqlData(newcastle(), LIST, { gss: NEWCASTLE, status: 'WAITING', first: 100 })).domiciliaryCareRequests;
    assert.ok(listed.edges.some((e: any) => e.node.id === recorded.id));
    const starts = listed.edges.map((e: any) => e.node.requestedOn);
    assert.deepEqual(starts, [...starts].sort(), 'oldest asked first');

    const closed = (
      await gqlData(newcastle(), CLOSE, { input: { id: recorded.id, closedOn: dayFromToday(-2), outcome: 'PERSONAL_ASSISTANT' } })
    ).closeDomiciliaryCareRequest;
    assert.deepEqual(
      [closed.status, closed.closedOn, closed.outcome, closed.daysWaiting],
      ['CLOSED', dayFromToday(-2), 'PERSONAL_ASSISTANT', 18],
    );
    const audit = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2 AND outcome = $3', [
      lastAudit,
      'WRITE',
      'ALLOWED',
    ]);
    const written = audit.rows.filter((a: any) => a.user_id === 'social-worker.newcastle' && a.record_type.includes('DomiciliaryCare'));
    assert.ok(written.some((a: any) => a.record_type === 'recordDomiciliaryCareRequest'));
    assert.ok(written.some((a: any) => a.record_type === 'closeDomiciliaryCareRequest'));
    const again = await newcastle()(CLOSE, { input: { id: recorded.id, outcome: 'AGENCY' } });
    assert.deepEqual(codeAndField(again), ['CONFLICT', 'input.id'], 'closed once');
  });

  it('refuses bad days and hours, and an unknown request, writing nothing', async () => {
    const before = await counted(hub);
    const person = region.featured.movedDirectPaymentToPhb;
    const open = region.domiciliaryCareRequests.find((r) => r.councilGssCode === NEWCASTLE && r.closedOn === null)!;
    const record = (input: Record<string, unknown>) => ({ personId: person, councilGssCode: NEWCASTLE, hoursPerWeek: 7, ...input });
    const cases: [string, Record<string, unknown>, string, string][] = [
      [RECORD, record({ requestedOn: dayFromToday(1) }), 'BAD_USER_INPUT', 'input.requestedOn'],
      [RECORD, record({ hoursPerWeek: 0 }), 'BAD_USER_INPUT', 'input.hoursPerWeek'],
      [RECORD, record({ hoursPerWeek: 169 }), 'BAD_USER_INPUT', 'input.hoursPerWeek'],
      [RECORD, record({ hoursPerWeek: 7.125 }), 'BAD_USER_INPUT', 'input.hoursPerWeek'],
      [RECORD, record({ personId: 'someone' }), 'BAD_USER_INPUT', 'input.personId'],
      [CLOSE, { id: open.id, closedOn: dayFromToday(2), outcome: 'AGENCY' }, 'BAD_USER_INPUT', 'input.closedOn'],
      [CLOSE, { id: open.id, closedOn: '2000-01-01', outcome: 'AGENCY' }, 'BAD_USER_INPUT', 'input.closedOn'],
      [CLOSE, { id: '0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c', outcome: 'AGENCY' }, 'NOT_FOUND', 'input.id'],
    ];
    for (const [query, input, code, field] of cases) {
      const res = await newcastle()(query, { input });
      assert.deepEqual(codeAndField(res), [code, field], JSON.stringify(res.errors));
    }
    assert.deepEqual(await counted(hub), before);
  });

  it("only the holding council's social workers record, close or list requests; others are refused, writing nothing", async () => {
    const before = await counted(hub);
    const open = region.domiciliaryCareRequests.find((r) => r.councilGssCode === NEWCASTLE && r.closedOn === null)!;
    const record = { input: { personId: region.featured.movedDirectPaymentToPhb, councilGssCode: NEWCASTLE, hoursPerWeek: 7 } };
    const close = { input: { id: open.id, outcome: 'AGENCY' } };
    for (const user of ['phb-lead.icb', 'chc-nurse.icb', 'support-adviser.tyneside-payroll', 'commissioner.icb', 'person.eleanor-robson']) {
      for (const [query, vars] of [
        [RECORD, record],
        [CLOSE, close],
        [LIST, { gss: NEWCASTLE }],
      ] as const) {
        const res = await hub.as(user)(query, vars);
        assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${user}: ${JSON.stringify(res.errors)}`);
      }
    }
    const durham = hub.as('social-worker.durham');
    assert.deepEqual(codeAndField(await durham(RECORD, record)), ['FORBIDDEN', 'input.councilGssCode']);
    assert.deepEqual(codeAndField(await durham(CLOSE, close)), ['NOT_FOUND', 'input.id']);
    assert.equal((await durham(LIST, { gss: NEWCASTLE })).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(await counted(hub), before);
  });
});
