/**
 * Break-glass is for emergencies: a category and a reason of substance, no renewing a grant back
 * to back (not while one runs, nor within the cool-off after it until a data protection officer
 * has reviewed it), a few grants per user a day, and every grant listed for the officer.
 */
import { demoUser, buildDemoRegion } from '@continuum/demo';
import type { Caller } from '@continuum/runtime';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
/** People Betsi Cadwaladr has no relationship with. */
const betsi = peopleRelatedTo(region, '7A1');
const STRANGERS = region.people
  .filter((p) => !betsi.has(p.id))
  .slice(0, 6)
  .map((p) => p.id);
const REASON = 'Admitted unconscious to the emergency department; the ward needs her care plan and medicines tonight';
const BREAK = `mutation ($p: ID!, $c: BreakGlassCategory!, $r: String!, $m: Int) { breakGlass(personId: $p, category: $c, reason: $r, minutes: $m) { id personId userId category reason active reviewed } }`;
const LIST = `query ($all: Boolean, $user: String, $first: Int, $after: String) { breakGlassGrants(unreviewedOnly: $all, userId: $user, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id personId userId userName organisationCode role category reason grantedAt expiresAt active reviewed reviewedBy } } } }`;
const REVIEW = `mutation ($id: ID!) { reviewBreakGlass(id: $id, note: "Emergency admission confirmed with the ward sister") { id reviewed } }`;

/** A nurse of the Welsh health board of their own (each test its own, so limits do not mix). */
const nurse = (n: number): Caller => ({ ...demoUser('chc-nurse.betsi'), userId: `chc-nurse-${n}.betsi`, name: `Nurse ${n}` });

describe('break-glass governance', () => {
  let hub: TestHub;
  const grantsOf = async (userId: string) =>
    (await hub.accessStore.pool.query('SELECT count(*)::int AS n FROM break_glass WHERE user_id = $1', [userId])).rows[0].n as number;
  /** Moves a grant back in time: it ended `hoursAgo` hours ago. */
  const endedHoursAgo = (id: string, hoursAgo: number) =>
    hub.accessStore.pool.query(
      `UPDATE break_glass SET granted_at = now() - make_interval(hours => $2) - interval '1 hour', expires_at = now() - make_interval(hours => $2) WHERE id = $1`,
      [id, hoursAgo],
    );
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const junk: [string, string][] = [
    ['ten characters', 'urgent!!!!'],
    ['one word repeated', 'emergency emergency emergency emergency emergency emergency'],
    ['a row of one key', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
    ['keyboard mash', 'qwrtp sdfgh zxcvb hjklm wrtps dfghj xcvbn mnbvc'],
    ['mostly numbers', 'ref 1234567890 1234567890 1234567890 99 88 77 66'],
    ['fewer than six words', 'Unconscious patient needs immediatemedicationhistoryreview'],
  ];
  for (const [what, reason] of junk) {
    it(`refuses a junk reason (${what}) with BAD_USER_INPUT on reason, and grants nothing`, async () => {
      const user = nurse(1);
      const res = await hub.as(user)(BREAK, { p: STRANGERS[0], c: 'CLINICAL_EMERGENCY', r: reason });
      assert.deepEqual(
        [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field],
        ['BAD_USER_INPUT', 'reason'],
        JSON.stringify(res.errors),
      );
      assert.match(String(res.errors?.[0]?.extensions?.reason), /reason/);
      assert.equal(res.data?.breakGlass ?? null, null);
      assert.equal(await grantsOf(user.userId), 0);
    });
  }

  it('refuses break-glass without a category (BAD_USER_INPUT), and one that is not on the list', async () => {
    const user = nurse(1);
    for (const vars of [
      { p: STRANGERS[0], r: REASON },
      { p: STRANGERS[0], c: 'CURIOSITY', r: REASON },
    ]) {
      const res = await hub.as(user)(BREAK, vars);
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res.errors));
    }
    assert.equal(await grantsOf(user.userId), 0);
  });

  it('cannot be renewed back to back: refused while a grant runs and within the cool-off until reviewed, then allowed', async () => {
    const user = nurse(2);
    const as = hub.as(user);
    const first = (await gqlData(as, BREAK, { p: STRANGERS[1], c: 'IMMEDIATE_RISK_TO_LIFE', r: REASON, m: 30 })).breakGlass;
    assert.deepEqual([first.category, first.active, first.reviewed], ['IMMEDIATE_RISK_TO_LIFE', true, false]);

    const whileActive = await as(BREAK, { p: STRANGERS[1], c: 'IMMEDIATE_RISK_TO_LIFE', r: REASON, m: 30 });
    assert.deepEqual(
      [whileActive.errors?.[0]?.extensions?.code, whileActive.errors?.[0]?.extensions?.field],
      ['CONFLICT', 'personId'],
      JSON.stringify(whileActive.errors),
    );
    assert.match(String(whileActive.errors?.[0]?.extensions?.reason), /already hold a break-glass grant/);

    await endedHoursAgo(first.id, 0);
    const rightAfter = await as(BREAK, { p: STRANGERS[1], c: 'IMMEDIATE_RISK_TO_LIFE', r: REASON, m: 30 });
    assert.deepEqual(
      [rightAfter.errors?.[0]?.extensions?.code, rightAfter.errors?.[0]?.extensions?.field],
      ['CONFLICT', 'personId'],
      JSON.stringify(rightAfter.errors),
    );
    assert.match(String(rightAfter.errors?.[0]?.extensions?.reason), /not been reviewed by a data protection officer/);
    await endedHoursAgo(first.id, 23);
    assert.equal(
      (await as(BREAK, { p: STRANGERS[1], c: 'IMMEDIATE_RISK_TO_LIFE', r: REASON })).errors?.[0]?.extensions?.code,
      'CONFLICT',
      'still within the 24-hour cool-off',
    );
    assert.equal(await grantsOf(user.userId), 1, 'no refused attempt left a grant');

    // Another person is not held back by this one.
    await gqlData(as, BREAK, { p: STRANGERS[2], c: 'CARE_BREAKDOWN', r: REASON });

    await gqlData(hub.as('dpo.continuum'), REVIEW, { id: first.id });
    const renewed = (await gqlData(as, BREAK, { p: STRANGERS[1], c: 'IMMEDIATE_RISK_TO_LIFE', r: REASON })).breakGlass;
    assert.notEqual(renewed.id, first.id);
  });

  it('after the cool-off, a grant no one has reviewed yet no longer holds the user back', async () => {
    const user = nurse(3);
    const first = (await gqlData(hub.as(user), BREAK, { p: STRANGERS[3], c: 'SAFEGUARDING_EMERGENCY', r: REASON })).breakGlass;
    await endedHoursAgo(first.id, 25);
    await gqlData(hub.as(user), BREAK, { p: STRANGERS[3], c: 'SAFEGUARDING_EMERGENCY', r: REASON });
  });

  it('caps grants at 3 per user in 24 hours: the fourth is FORBIDDEN and grants nothing', async () => {
    const user = nurse(4);
    for (const p of STRANGERS.slice(0, 3)) await gqlData(hub.as(user), BREAK, { p, c: 'URGENT_HOSPITAL_DISCHARGE', r: REASON });
    const fourth = await hub.as(user)(BREAK, { p: STRANGERS[3], c: 'URGENT_HOSPITAL_DISCHARGE', r: REASON });
    assert.deepEqual(
      [fourth.errors?.[0]?.extensions?.code, fourth.errors?.[0]?.extensions?.field],
      ['FORBIDDEN', 'breakGlass'],
      JSON.stringify(fourth.errors),
    );
    assert.match(String(fourth.errors?.[0]?.extensions?.reason), /at most 3 break-glass grants per user in 24 hours/);
    assert.equal(await grantsOf(user.userId), 3);
    // Another user is not held back by this one's grants.
    await gqlData(hub.as(nurse(5)), BREAK, { p: STRANGERS[3], c: 'URGENT_HOSPITAL_DISCHARGE', r: REASON });
  });

  it('lists every grant for the data protection officer with its category, reason and whether reviewed, page by page', async () => {
    const dpo = hub.as('dpo.continuum');
    const all = (await gqlData(dpo, LIST, { all: false, user: nurse(4).userId, first: 2 })).breakGlassGrants;
    assert.deepEqual([all.totalCount, all.edges.length, all.pageInfo.hasNextPage], [3, 2, true]);
    const rest = (await gqlData(dpo, LIST, { all: false, user: nurse(4).userId, first: 2, after: all.pageInfo.endCursor }))
      .breakGlassGrants;
    assert.deepEqual([rest.edges.length, rest.pageInfo.hasNextPage], [1, false]);
    const nodes = [...all.edges, ...rest.edges].map((e: any) => e.node);
    assert.deepEqual(nodes.map((n: any) => n.personId).sort(), STRANGERS.slice(0, 3).sort());
    for (const n of nodes) {
      assert.deepEqual(
        [n.userId, n.userName, n.organisationCode, n.role, n.category, n.reason, n.active, n.reviewed, n.reviewedBy],
        [nurse(4).userId, 'Nurse 4', '7A1', 'CHC_NURSE', 'URGENT_HOSPITAL_DISCHARGE', REASON, true, false, null],
      );
    }
    assert.ok(
      nodes.every((n: any, i: number) => i === 0 || n.grantedAt <= nodes[i - 1].grantedAt),
      'newest first',
    );
    const reviewed = (await gqlData(dpo, LIST, { all: false, user: nurse(2).userId })).breakGlassGrants.edges.map((e: any) => e.node);
    assert.deepEqual(reviewed.map((n: any) => n.reviewed).sort(), [false, false, true], 'reviewed and unreviewed alike, each marked');
    const unreviewed = (await gqlData(dpo, LIST, { user: nurse(2).userId })).breakGlassGrants;
    assert.equal(unreviewed.totalCount, 2, 'by default only those awaiting review');
  });
});
