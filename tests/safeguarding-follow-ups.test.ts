/**
 * Safeguarding follow-ups (e.g. the four-week review call after a new placement), over real HTTP
 * through the gateway: scheduled and recorded done only by social workers of the council holding
 * them, audited with the caller; listed for that council as overdue, due or done, a page at a
 * time; a concern raised at one linked to it; a day in the future, a second record, or a concern
 * that is not the person's refused with nothing written.
 */
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, rowCounts, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const ELEANOR = region.featured.movedDirectPaymentToPhb;
const NEWCASTLE = 'E08000021';
const DURHAM = 'E06000047';
const SCHEDULE = `mutation ($input: ScheduleSafeguardingFollowUpInput!) { scheduleSafeguardingFollowUp(input: $input) {
  id kind dueOn status scheduledBy council { gssCode } person { id } } }`;
const DONE = `mutation ($input: RecordSafeguardingFollowUpDoneInput!) { recordSafeguardingFollowUpDone(input: $input) {
  id status doneOn doneBy outcome concern { id category } } }`;
const LIST = `query ($gss: String!, $status: SafeguardingFollowUpStatus, $first: Int, $after: String) {
  safeguardingFollowUps(councilGssCode: $gss, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id dueOn status doneOn outcome } } } }`;
const RAISE = `mutation ($input: RaiseSafeguardingConcernInput!) { raiseSafeguardingConcern(input: $input) { id } }`;
const counted = (hub: TestHub) => rowCounts(hub, { councils: ['safeguarding_follow_up', 'safeguarding_concern'] });

/** Every follow-up of a list, page by page (small pages, to walk the cursor). */
async function listAll(hub: TestHub, user: string, status: string | null) {
  const ids: any[] = [];
  let after: string | null = null;
  let total: number;
  for (;;) {
    const page: any = (await gqlData(hub.as(user), LIST, { gss: NEWCASTLE, status, first: 3, after })).safeguardingFollowUps;
    total = page.totalCount;
    ids.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  assert.equal(ids.length, total, 'the pages add up to the total');
  return ids;
}

describe('safeguarding follow-ups: scheduled, listed overdue, recorded done once', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  let overdueId = '';
  let dueId = '';
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("the council's overdue list is exactly the demo region's review calls past their day and not done, a page at a time", async () => {
    const today = dayFromToday(0);
    const held = region.safeguardingFollowUps.filter((f) => f.councilGssCode === NEWCASTLE);
    const overdue = held.filter((f) => f.doneOn === null && f.dueOn < today);
    assert.ok(overdue.length >= 1 && held.some((f) => f.doneOn !== null), 'the demo region holds overdue and done calls for Newcastle');
    const listed = await listAll(hub, 'social-worker.newcastle', 'OVERDUE');
    assert.deepEqual(listed.map((f) => f.id).sort(), overdue.map((f) => f.id).sort());
    const done = await listAll(hub, 'social-worker.newcastle', 'DONE');
    assert.deepEqual(
      done.map((f) => f.id).sort(),
      held
        .filter((f) => f.doneOn !== null)
        .map((f) => f.id)
        .sort(),
    );
  });

  it("a Newcastle social worker schedules follow-ups, audited; the council's list shows them overdue or due, earliest first, a page at a time", async () => {
    const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    const input = { personId: ELEANOR, councilGssCode: NEWCASTLE, kind: 'FOUR_WEEK_REVIEW_CALL' };
    const overdue = (await gqlData(newcastle(), SCHEDULE, { input: { ...input, dueOn: dayFromToday(-9) } })).scheduleSafeguardingFollowUp;
    const due = (await gqlData(newcastle(), SCHEDULE, { input: { ...input, kind: 'PLACEMENT_REVIEW', dueOn: dayFromToday(5) } }))
      .scheduleSafeguardingFollowUp;
    assert.deepEqual(
      [overdue.status, overdue.dueOn, overdue.council.gssCode, overdue.person.id, due.status],
      ['OVERDUE', dayFromToday(-9), NEWCASTLE, ELEANOR, 'DUE'],
    );
    overdueId = overdue.id;
    dueId = due.id;
    const audit = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2', [lastAudit, 'WRITE']);
    assert.equal(
      audit.rows.filter(
        (a: any) => a.user_id === 'social-worker.newcastle' && a.outcome === 'ALLOWED' && a.record_type === 'scheduleSafeguardingFollowUp',
      ).length,
      2,
      JSON.stringify(audit.rows),
    );

    const overdueList = await listAll(hub, 'social-worker.newcastle', 'OVERDUE');
    assert.ok(overdueList.some((f) => f.id === overdueId));
    assert.ok(!overdueList.some((f) => f.id === dueId));
    assert.ok(overdueList.every((f) => f.status === 'OVERDUE' && f.dueOn < dayFromToday(0) && f.doneOn === null));
    const dueOns = overdueList.map((f) => f.dueOn);
    assert.deepEqual(dueOns, [...dueOns].sort(), 'earliest due first');
    const dueList = await listAll(hub, 'social-worker.newcastle', 'DUE');
    assert.ok(dueList.some((f) => f.id === dueId) && dueList.every((f) => f.status === 'DUE' && f.dueOn >= dayFromToday(0)));
    const all = await listAll(hub, 'social-worker.newcastle', null);
    const done = await listAll(hub, 'social-worker.newcastle', 'DONE');
    assert.equal(all.length, overdueList.length + dueList.length + done.length);
  });

  it('recording done: before the due day is fine; a concern raised at it is linked; a second record is refused', async () => {
    const early = (await gqlData(newcastle(), DONE, { input: { id: dueId, outcome: 'NO_CONCERNS' } })).recordSafeguardingFollowUpDone;
    assert.deepEqual([early.status, early.doneOn, early.outcome, early.concern], ['DONE', dayFromToday(0), 'NO_CONCERNS', null]);
    const concern = (
      await gqlData(newcastle(), RAISE, {
        input: {
          personId: ELEANOR,
          councilGssCode: NEWCASTLE,
          source: 'REVIEW_CALL',
          category: 'FINANCIAL_OR_MATERIAL',
          summary: 'At the review call the PA said she is paid cash in hand by a relative.',
        },
      })
    ).raiseSafeguardingConcern;
    const raised = (
      await gqlData(newcastle(), DONE, {
        input: { id: overdueId, doneOn: dayFromToday(-2), outcome: 'CONCERN_RAISED', concernId: concern.id },
      })
    ).recordSafeguardingFollowUpDone;
    assert.deepEqual(
      [raised.status, raised.doneOn, raised.outcome, raised.concern.id, raised.doneBy.length > 0],
      ['DONE', dayFromToday(-2), 'CONCERN_RAISED', concern.id, true],
    );
    assert.ok(!(await listAll(hub, 'social-worker.newcastle', 'OVERDUE')).some((f) => f.id === overdueId));
    assert.ok((await listAll(hub, 'social-worker.newcastle', 'DONE')).some((f) => f.id === overdueId));
    const before = await counted(hub);
    const again = await newcastle()(DONE, { input: { id: dueId, outcome: 'NOT_REACHED' } });
    assert.deepEqual([again.errors?.[0]?.extensions?.code, again.errors?.[0]?.extensions?.field], ['CONFLICT', 'input.id']);
    assert.deepEqual(await counted(hub), before);
  });

  it('refuses a day in the future, a concern missing or not the follow-up’s, field by field, writing nothing', async () => {
    const fresh = (
      await gqlData(newcastle(), SCHEDULE, {
        input: { personId: ELEANOR, councilGssCode: NEWCASTLE, kind: 'OTHER', dueOn: dayFromToday(-1) },
      })
    ).scheduleSafeguardingFollowUp;
    const otherPersons = region.safeguardingConcerns.find((c) => c.councilGssCode === NEWCASTLE && c.personId !== ELEANOR)!;
    const before = await counted(hub);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ id: fresh.id, doneOn: dayFromToday(1), outcome: 'NO_CONCERNS' }, 'BAD_USER_INPUT', 'input.doneOn'],
      [{ id: fresh.id, outcome: 'CONCERN_RAISED' }, 'BAD_USER_INPUT', 'input.concernId'],
      [{ id: fresh.id, outcome: 'NO_CONCERNS', concernId: otherPersons.id }, 'BAD_USER_INPUT', 'input.concernId'],
      [{ id: fresh.id, outcome: 'CONCERN_RAISED', concernId: otherPersons.id }, 'NOT_FOUND', 'input.concernId'],
    ];
    for (const [input, code, field] of cases) {
      const res = await newcastle()(DONE, { input });
      assert.deepEqual([res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field], [code, field], JSON.stringify(res.errors));
    }
    const bad = await newcastle()(SCHEDULE, {
      input: { personId: ELEANOR, councilGssCode: NEWCASTLE, kind: 'OTHER', dueOn: '2026-02-30' },
    });
    assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(await counted(hub), before);
    const still = (await listAll(hub, 'social-worker.newcastle', 'OVERDUE')).find((f) => f.id === fresh.id);
    assert.deepEqual([still?.status, still?.doneOn], ['OVERDUE', null]);
  });

  it("only the holding council's social workers schedule, record or list them; others are refused, writing nothing", async () => {
    const before = await counted(hub);
    const input = { personId: ELEANOR, councilGssCode: NEWCASTLE, kind: 'OTHER', dueOn: dayFromToday(3) };
    for (const user of ['phb-lead.icb', 'chc-nurse.icb', 'support-adviser.tyneside-payroll', 'person.eleanor-robson', 'dpo.continuum']) {
      for (const [query, vars] of [
        [SCHEDULE, { input }],
        [DONE, { input: { id: overdueId, outcome: 'NO_CONCERNS' } }],
        [LIST, { gss: NEWCASTLE }],
      ] as const) {
        const res = await hub.as(user)(query, vars);
        assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${user}: ${JSON.stringify(res.errors)}`);
      }
    }
    const durham = hub.as('social-worker.durham');
    const forNewcastle = await durham(SCHEDULE, { input });
    assert.deepEqual(
      [forNewcastle.errors?.[0]?.extensions?.code, forNewcastle.errors?.[0]?.extensions?.field],
      ['FORBIDDEN', 'input.councilGssCode'],
    );
    const recordNewcastles = await durham(DONE, { input: { id: dueId, outcome: 'NO_CONCERNS' } });
    assert.deepEqual(
      [recordNewcastles.errors?.[0]?.extensions?.code, recordNewcastles.errors?.[0]?.extensions?.field],
      ['NOT_FOUND', 'input.id'],
    );
    const listNewcastles = await durham(LIST, { gss: NEWCASTLE });
    assert.equal(listNewcastles.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const ownList = (await gqlData(durham, LIST, { gss: DURHAM, first: 100 })).safeguardingFollowUps;
    assert.ok(!ownList.edges.some((e: any) => [overdueId, dueId].includes(e.node.id)), "Durham's list holds none of Newcastle's");
    assert.deepEqual(await counted(hub), before);
  });
});
