/**
 * Domiciliary supply and demand (dashboard D2), over real HTTP through the gateway, in one hub.
 *
 * Care at home waiting for a provider (councils): commissioners see
 * the hours and requests waiting at the period's end and the previous period's, days waited and
 * how requests closed, suppressed and matching the demo region; a council's social workers record
 * a request for someone they may see and close it once (allocated or withdrawn), audited with the
 * caller; only the holding council's social workers list, record or close them. A request in the
 * future, hours out of range, a close before the request or in the future, a second waiting
 * request or a second close is refused with nothing written.
 *
 * People waiting in hospital or a step-up bed for care at home (health): the same, for an NHS
 * body's CHC nurses and the people waiting, delayed and discharged.
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
const RECORD_WAIT = `mutation ($input: RecordDischargeWaitInput!) { recordDischargeWait(input: $input) {
  id setting admittedOn readyOn recordedBy daysDelayed healthBody { odsCode } person { id } } }`;
const DISCHARGE = `mutation ($input: RecordDischargeInput!) { recordDischarge(input: $input) { id dischargedOn dischargedBy daysDelayed } }`;
const WAITS = `query ($ods: String!, $waiting: Boolean) { dischargeWaits(healthBodyOdsCode: $ods, waiting: $waiting) { id readyOn person { id } } }`;
const WAIT_AGGREGATES = `query ($filter: AggregateFilter) { dischargeWaitAggregates(filter: $filter) {
  from to previousTo waiting ${AMOUNT} waitingInHospital ${AMOUNT} waitingInStepUpBeds ${AMOUNT} previousWaiting ${AMOUNT}
  medianDaysDelayed ${AMOUNT} discharged ${AMOUNT} medianDaysDelayedDischarged ${AMOUNT} } }`;
const ICB = 'QHM';
const counted = (hub: TestHub) => rowCounts(hub, { councils: ['domiciliary_care_request'], health: ['discharge_wait'] });
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

describe('supply and demand: care at home waiting for a provider, and people waiting in a bed for it', () => {
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

  it("commissioners see the people waiting in a hospital or step-up bed at the period's end and the previous period's, delayed and discharged", async () => {
    const from = dayFromToday(-89);
    const to = dayFromToday(0);
    const previousTo = dayFromToday(-90);
    type Wait = (typeof region.dischargeWaits)[number];
    const waitingOn = (day: string) => (w: Wait) => w.readyOn <= day && (w.dischargedOn === null || w.dischargedOn > day);
    const peopleOf = (rows: Wait[]) => publishCount(new Set(rows.map((w) => w.personId)).size);
    const agg = (await gqlData(hub.as('commissioner.icb'), WAIT_AGGREGATES, { filter: { from, to } })).dischargeWaitAggregates;
    const all = region.dischargeWaits;
    const waiting = all.filter(waitingOn(to));
    assert.ok(waiting.length >= 5, 'people are waiting in the demo region');
    assert.equal(agg.previousTo, previousTo);
    assert.deepEqual(agg.waiting, peopleOf(waiting));
    assert.deepEqual(agg.waitingInStepUpBeds, peopleOf(waiting.filter((w) => w.setting === 'STEP_UP_BED')));
    assert.deepEqual(agg.previousWaiting, peopleOf(all.filter(waitingOn(previousTo))));
    assert.equal(agg.medianDaysDelayed.value, Math.round(median(waiting.map((w) => days(w.readyOn, to)))));
    const discharged = all.filter((w) => w.dischargedOn !== null && w.dischargedOn >= from && w.dischargedOn <= to);
    assert.deepEqual(agg.discharged, peopleOf(discharged));
    assert.equal(agg.medianDaysDelayedDischarged.value, Math.round(median(discharged.map((w) => days(w.readyOn, w.dischargedOn!)))));
    // Each wait is a domiciliary care request made for someone in a bed: ready the day it was asked, home the day it closed.
    const requestOf = new Map(region.domiciliaryCareRequests.map((r) => [`${r.personId}|${r.requestedOn}`, r]));
    for (const w of all) assert.equal(requestOf.get(`${w.personId}|${w.readyOn}`)?.closedOn, w.dischargedOn);
    // A council counts the people living in its area, whichever NHS body holds them.
    const districts = new Set(region.councils.find((c) => c.gssCode === FLINTSHIRE)!.postcodeDistricts);
    const living = new Set(region.people.filter((p) => districts.has(p.postcodeDistrict)).map((p) => p.id));
    const flintshire = (await gqlData(hub.as('commissioner.icb'), WAIT_AGGREGATES, { filter: { councilGssCode: FLINTSHIRE, from, to } }))
      .dischargeWaitAggregates;
    assert.deepEqual(flintshire.waiting, peopleOf(waiting.filter((w) => living.has(w.personId))));
    for (const [filter, code, field] of [
      [{ icbOdsCode: 'ZZZ' }, 'NOT_FOUND', 'filter.icbOdsCode'],
      [{ councilGssCode: 'E08999999' }, 'NOT_FOUND', 'filter.councilGssCode'],
      [{ areaCode: 'Flintshire' }, 'BAD_USER_INPUT', 'filter.areaCode'],
    ] as const) {
      const res = await hub.as('commissioner.icb')(WAIT_AGGREGATES, { filter });
      assert.deepEqual(codeAndField(res), [code, field], JSON.stringify(res.errors));
    }
  });

  it("an ICB's CHC nurse records a person waiting in a bed and their discharge once, audited; bad days and other callers are refused, writing nothing", async () => {
    const chc = () => hub.as('chc-nurse.icb');
    const person = region.featured.movedDirectPaymentToPhb;
    const already = region.dischargeWaits.find((w) => w.personId === person && w.healthBodyOdsCode === ICB && w.dischargedOn === null);
    if (already) await gqlData(chc(), DISCHARGE, { input: { id: already.id } });
    const recorded = (
      await gqlData(chc(), RECORD_WAIT, {
        input: {
          personId: person,
          healthBodyOdsCode: ICB,
          setting: 'STEP_UP_BED',
          admittedOn: dayFromToday(-12),
          readyOn: dayFromToday(-10),
        },
      })
    ).recordDischargeWait;
    assert.deepEqual(
      [recorded.setting, recorded.readyOn, recorded.daysDelayed, recorded.healthBody.odsCode, recorded.person.id],
      ['STEP_UP_BED', dayFromToday(-10), 10, ICB, person],
    );
    assert.ok((await gqlData(chc(), WAITS, { ods: ICB, waiting: true })).dischargeWaits.some((w: any) => w.id === recorded.id));
    const before = await counted(hub);
    const wait = (input: Record<string, unknown>) => ({ personId: person, healthBodyOdsCode: ICB, setting: 'HOSPITAL', ...input });
    const cases: [string, Record<string, unknown>, string, string][] = [
      [RECORD_WAIT, wait({ admittedOn: dayFromToday(-3) }), 'CONFLICT', 'input.personId'],
      [RECORD_WAIT, wait({ admittedOn: dayFromToday(1) }), 'BAD_USER_INPUT', 'input.admittedOn'],
      [RECORD_WAIT, wait({ admittedOn: dayFromToday(-3), readyOn: dayFromToday(-5) }), 'BAD_USER_INPUT', 'input.readyOn'],
      [RECORD_WAIT, wait({ admittedOn: dayFromToday(-3), personId: 'someone' }), 'BAD_USER_INPUT', 'input.personId'],
      [DISCHARGE, { id: recorded.id, dischargedOn: dayFromToday(1) }, 'BAD_USER_INPUT', 'input.dischargedOn'],
      [DISCHARGE, { id: recorded.id, dischargedOn: dayFromToday(-11) }, 'BAD_USER_INPUT', 'input.dischargedOn'],
      [DISCHARGE, { id: '0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c' }, 'NOT_FOUND', 'input.id'],
    ];
    for (const [query, input, code, field] of cases) {
      const res = await chc()(query, { input });
      assert.deepEqual(codeAndField(res), [code, field], JSON.stringify(res.errors));
    }
    for (const user of [
      'phb-lead.icb',
      'social-worker.newcastle',
      'support-adviser.tyneside-payroll',
      'commissioner.icb',
      'person.eleanor-robson',
    ]) {
      for (const [query, vars] of [
        [RECORD_WAIT, { input: wait({ admittedOn: dayFromToday(-3) }) }],
        [DISCHARGE, { input: { id: recorded.id } }],
        [WAITS, { ods: ICB }],
      ] as const) {
        const res = await hub.as(user)(query, vars);
        assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${user}: ${JSON.stringify(res.errors)}`);
      }
    }
    const betsi = hub.as('chc-nurse.betsi');
    assert.deepEqual(codeAndField(await betsi(DISCHARGE, { input: { id: recorded.id } })), ['NOT_FOUND', 'input.id']);
    assert.deepEqual(await counted(hub), before);

    const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    const done = (await gqlData(chc(), DISCHARGE, { input: { id: recorded.id, dischargedOn: dayFromToday(-1) } })).recordDischarge;
    assert.deepEqual([done.dischargedOn, done.daysDelayed, done.dischargedBy.length > 0], [dayFromToday(-1), 9, true]);
    const audit = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2 AND outcome = $3', [
      lastAudit,
      'WRITE',
      'ALLOWED',
    ]);
    assert.ok(audit.rows.some((a: any) => a.user_id === 'chc-nurse.icb' && a.record_type === 'recordDischarge'));
    assert.deepEqual(codeAndField(await chc()(DISCHARGE, { input: { id: recorded.id } })), ['CONFLICT', 'input.id'], 'discharged once');
  });
});
