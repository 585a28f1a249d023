import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { peopleFreeToMove, proposalInput, transitionRow } from './transitions-fixtures.ts';

const region = buildDemoRegion();
const movers = peopleFreeToMove(region, 12);

const PROPOSE = `mutation ($input: ProposeTransitionInput!, $key: String) { proposeTransition(input: $input, idempotencyKey: $key) { id status } }`;
const WITHDRAW = `mutation ($id: ID!, $reason: String!, $key: String) { withdrawTransition(id: $id, reason: $reason, idempotencyKey: $key) { id status statusReason completedAt } }`;
const RECONCILE = `mutation ($id: ID!) { reconcileTransition(id: $id) { id status steps { name state attempts lastError } } }`;

describe('transition coordinator: proposing and withdrawing (no graph reachable)', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const count = () => db.transition.count();
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  afterAll(() => sg.stop());

  const dp = (over: Record<string, unknown> = {}) => ({
    toVehicle: 'DIRECT_PAYMENT',
    toFunderCode: 'E08000021',
    newPlan: { weeklyAmount: 300, hourlyRate: 12, hoursPerWeek: 25, ...over },
  });
  const phb = (over: Record<string, unknown> = {}) => ({
    newPlan: { weeklyAmount: 300, hourlyRate: 12, hoursPerWeek: 25, phbManagement: 'NOTIONAL', ...over },
  });
  const integrated = (shares: unknown) => ({ toVehicle: 'INTEGRATED_BUDGET', toFunderCode: 'QHM', shares });
  const badProposals: [string, Record<string, unknown>, string, string, string?][] = [
    ['a malformed person id', { personId: 'someone' }, 'BAD_USER_INPUT', 'input.personId'],
    ['a malformed episode id', { fromEpisodeId: 'dp-1' }, 'BAD_USER_INPUT', 'input.fromEpisodeId'],
    ['a GSS code for an NHS vehicle', { toFunderCode: 'E08000021' }, 'BAD_USER_INPUT', 'input.toFunderCode'],
    [
      'an ODS code for a council vehicle',
      { ...dp({ paymentSupport: 'SELF_MANAGED' }), toFunderCode: 'QHM' },
      'BAD_USER_INPUT',
      'input.toFunderCode',
    ],
    [
      'shares for a personal health budget',
      { shares: [{ funderKind: 'HEALTH', funderCode: 'QHM', percentage: 100 }] },
      'BAD_USER_INPUT',
      'input.shares',
    ],
    ['an integrated budget without shares', integrated(undefined), 'BAD_USER_INPUT', 'input.shares'],
    [
      'shares that do not add up to 100',
      integrated([
        { funderKind: 'HEALTH', funderCode: 'QHM', percentage: 50 },
        { funderKind: 'COUNCIL', funderCode: 'E08000021', percentage: 40 },
      ]),
      'BAD_USER_INPUT',
      'input.shares',
      'shares add up to 90%, not 100%',
    ],
    [
      'an NHS share from another body',
      integrated([
        { funderKind: 'HEALTH', funderCode: '7A1', percentage: 60 },
        { funderKind: 'COUNCIL', funderCode: 'E08000021', percentage: 40 },
      ]),
      'BAD_USER_INPUT',
      'input.shares',
    ],
    ['no council share', integrated([{ funderKind: 'HEALTH', funderCode: 'QHM', percentage: 99 }]), 'BAD_USER_INPUT', 'input.shares'],
    [
      'a 100% share',
      integrated([
        { funderKind: 'HEALTH', funderCode: 'QHM', percentage: 100 },
        { funderKind: 'COUNCIL', funderCode: 'E08000021', percentage: 0 },
      ]),
      'BAD_USER_INPUT',
      'input.shares[0].percentage',
    ],
    ['a PHB without a management type', phb({ phbManagement: null }), 'BAD_USER_INPUT', 'input.newPlan.phbManagement'],
    ['a PHB without an hourly rate', phb({ hourlyRate: null }), 'BAD_USER_INPUT', 'input.newPlan.hourlyRate'],
    [
      'a self-managed direct payment naming a provider',
      dp({ paymentSupport: 'SELF_MANAGED', paymentSupportProviderId: randomUUID() }),
      'BAD_USER_INPUT',
      'input.newPlan.paymentSupportProviderId',
    ],
    [
      'an individual service fund without the organisation holding it',
      { toVehicle: 'INDIVIDUAL_SERVICE_FUND', toFunderCode: 'E08000021', newPlan: { weeklyAmount: 300 } },
      'BAD_USER_INPUT',
      'input.newPlan.paymentSupportProviderId',
    ],
    [
      'a management type for a CHC package',
      { toVehicle: 'CONTINUING_HEALTHCARE', newPlan: { weeklyAmount: 300, phbManagement: 'NOTIONAL' } },
      'BAD_USER_INPUT',
      'input.newPlan.phbManagement',
    ],
    ['a direct payment without payment support', dp(), 'BAD_USER_INPUT', 'input.newPlan.paymentSupport'],
    [
      'a PHB paid as a direct payment without payment support',
      phb({ phbManagement: 'DIRECT_PAYMENT' }),
      'BAD_USER_INPUT',
      'input.newPlan.paymentSupport',
    ],
    [
      'a payroll service without a provider',
      dp({ paymentSupport: 'PAYROLL_SERVICE' }),
      'BAD_USER_INPUT',
      'input.newPlan.paymentSupportProviderId',
    ],
    ['a weekly amount of zero', phb({ weeklyAmount: 0 }), 'BAD_USER_INPUT', 'input.newPlan.weeklyAmount'],
    ['an empty reason', { reason: '   ' }, 'BAD_USER_INPUT', 'input.reason'],
    ['a proposer that is not an organisation code', { proposedBy: 'the ward nurse' }, 'BAD_USER_INPUT', 'input.proposedBy'],
    ['an impossible effective date', { effectiveDate: '2027-02-30' }, 'BAD_USER_INPUT', 'input.effectiveDate'],
    ['a person the hub does not hold', { personId: randomUUID() }, 'NOT_FOUND', 'input.personId'],
  ];
  for (const [label, override, code, field, reason] of badProposals) {
    it(`refuses ${label} (${code} at ${field}) and writes nothing`, async () => {
      const before = await count();
      const res = await sg.execute(PROPOSE, { input: proposalInput(movers[0], override) });
      assert.equal(res.data?.proposeTransition ?? null, null);
      assert.equal(res.errors?.[0].extensions?.code, code, JSON.stringify(res.errors));
      assert.equal(res.errors?.[0].extensions?.field, field);
      const given = res.errors?.[0].extensions?.reason;
      assert.ok(typeof given === 'string' && given.trim().length > 0, `a reason is given: ${JSON.stringify(res.errors)}`);
      // Where the case names the reason, it is that one.
      assert.equal(given, reason ?? given);
      assert.equal(await count(), before);
    });
  }

  it('says the proposal cannot be checked while the graph is unreachable, and writes nothing', async () => {
    const before = await count();
    const res = await sg.execute(PROPOSE, { input: proposalInput(movers[0]), key: 'offline-1' });
    assert.equal(res.errors?.[0].extensions?.code, 'SUBGRAPH_UNAVAILABLE');
    assert.equal(await count(), before);
    assert.equal(await db.idempotencyKey.count({ where: { key: 'offline-1' } }), 0);
  });

  it('withdraws a proposed transition, and refuses a second withdrawal as a CONFLICT', async () => {
    const row = await db.transition.create({ data: transitionRow(movers[1]) });
    const res = await sg.execute(WITHDRAW, { id: row.id, reason: 'The person chose to stay on the direct payment' });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.withdrawTransition.status, 'WITHDRAWN');
    assert.equal(res.data.withdrawTransition.statusReason, 'The person chose to stay on the direct payment');
    assert.ok(res.data.withdrawTransition.completedAt);
    const again = await sg.execute(WITHDRAW, { id: row.id, reason: 'again' });
    assert.equal(again.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(again.errors?.[0].extensions?.field, 'id');
    assert.equal(again.errors?.[0].extensions?.reason, 'already WITHDRAWN');
  });

  it('answers a repeated withdrawal with the same key with the same result, and a reused key for another reason with a CONFLICT', async () => {
    const row = await db.transition.create({ data: transitionRow(movers[2], { status: 'AGREED' }) });
    const first = await sg.execute(WITHDRAW, { id: row.id, reason: 'Moved out of area', key: 'w-1' });
    const second = await sg.execute(WITHDRAW, { id: row.id, reason: 'Moved out of area', key: 'w-1' });
    assert.equal(second.errors, undefined, JSON.stringify(second.errors));
    assert.deepEqual(second.data, first.data);
    const other = await sg.execute(WITHDRAW, { id: row.id, reason: 'Something else', key: 'w-1' });
    assert.equal(other.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(other.errors?.[0].extensions?.field, 'idempotencyKey');
  });

  it('refuses to withdraw a transition that is applying or finished', async () => {
    for (const status of ['APPLYING', 'EFFECTIVE', 'REJECTED', 'FAILED']) {
      const row = await db.transition.create({ data: transitionRow(movers[3], { status }) });
      const res = await sg.execute(WITHDRAW, { id: row.id, reason: 'too late' });
      assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
      assert.equal(res.errors?.[0].extensions?.reason, `already ${status}`);
      assert.equal((await db.transition.findUnique({ where: { id: row.id } })).status, status);
      await db.transition.delete({ where: { id: row.id } });
    }
  });

  it('refuses to withdraw an unknown or malformed id, or without a reason', async () => {
    const unknown = await sg.execute(WITHDRAW, { id: randomUUID(), reason: 'x' });
    assert.equal(unknown.errors?.[0].extensions?.code, 'NOT_FOUND');
    const malformed = await sg.execute(WITHDRAW, { id: 'nope', reason: 'x' });
    assert.equal(malformed.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(malformed.errors?.[0].extensions?.field, 'id');
    const row = await db.transition.create({ data: transitionRow(movers[4]) });
    const noReason = await sg.execute(WITHDRAW, { id: row.id, reason: ' ' });
    assert.equal(noReason.errors?.[0].extensions?.field, 'reason');
    assert.equal((await db.transition.findUnique({ where: { id: row.id } })).status, 'PROPOSED');
  });

  it('serialises concurrent withdrawals on the row lock: exactly one wins, the rest see it withdrawn', async () => {
    const row = await db.transition.create({ data: transitionRow(movers[5]) });
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => sg.execute(WITHDRAW, { id: row.id, reason: `reason ${i}` })));
    const won = results.filter((r) => r.data?.withdrawTransition?.status === 'WITHDRAWN');
    assert.equal(won.length, 1);
    assert.ok(results.filter((r) => r !== won[0]).every((r) => r.errors?.[0].extensions?.reason === 'already WITHDRAWN'));
    assert.equal((await db.transition.findUnique({ where: { id: row.id } })).statusReason, won[0].data.withdrawTransition.statusReason);
  });

  it('holds at most one transition in flight per person (the database refuses a second)', async () => {
    await db.transition.create({ data: transitionRow(movers[6]) });
    await assert.rejects(
      db.transition.create({ data: transitionRow(movers[6], { status: 'AGREED' }) }),
      (err: any) => err.code === 'P2002',
    );
    // A finished one does not count.
    await db.transition.create({ data: transitionRow(movers[6], { status: 'WITHDRAWN', fromEpisodeId: randomUUID() }) });
  });

  it('keeps a step PENDING with its error and attempt count while the funders cannot be reached (forward recovery)', async () => {
    const row = await db.transition.create({
      data: {
        ...transitionRow(movers[7], { status: 'APPLYING' }),
        steps: {
          create: [
            { name: 'OPEN_NEW_EPISODE', state: 'PENDING' },
            { name: 'END_OLD_EPISODE', state: 'PENDING' },
          ],
        },
      },
    });
    const first = await sg.execute(RECONCILE, { id: row.id });
    const second = await sg.execute(RECONCILE, { id: row.id });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    assert.equal(second.data.reconcileTransition.status, 'APPLYING');
    const [open, end] = second.data.reconcileTransition.steps;
    assert.deepEqual([open.name, open.state, open.attempts], ['OPEN_NEW_EPISODE', 'PENDING', 2]);
    assert.match(open.lastError, /gateway/);
    assert.deepEqual([end.name, end.state, end.attempts], ['END_OLD_EPISODE', 'PENDING', 0]);
  });

  it('leaves a proposed transition as it is when the answers cannot be read', async () => {
    const row = await db.transition.create({ data: transitionRow(movers[8]) });
    const res = await sg.execute(RECONCILE, { id: row.id });
    assert.equal(res.data.reconcileTransition.status, 'PROPOSED');
  });

  it('refuses to reconcile an unknown transition', async () => {
    const res = await sg.execute(RECONCILE, { id: randomUUID() });
    assert.equal(res.errors?.[0].extensions?.code, 'NOT_FOUND');
  });
});
