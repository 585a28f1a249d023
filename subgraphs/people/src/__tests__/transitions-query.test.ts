import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const demo = region.transitions;
const newestFirst = [...demo].sort((a, b) => b.proposedAt.localeCompare(a.proposedAt) || b.id.localeCompare(a.id));

const FIELDS = `id person { id } fromEpisode { __typename id } toVehicle toFunderKind toFunderCode effectiveDate reason
  shares { funderKind funderCode percentage } requiredCompetences parties { funderKind funderCode role }
  newPlan { weeklyAmount hourlyRate hoursPerWeek phbManagement paymentSupport paymentSupportProvider { id } }
  status statusReason proposedBy proposedAt completedAt newEpisode { __typename id } steps { name state attempts }`;

function expected(t: (typeof demo)[number]) {
  const { paymentSupportProviderId, ...plan } = t.newPlan;
  return {
    id: t.id,
    person: { id: t.personId },
    fromEpisode: { __typename: t.fromEpisodeType, id: t.fromEpisodeId },
    toVehicle: t.toVehicle,
    toFunderKind: t.toFunderKind,
    toFunderCode: t.toFunderCode,
    effectiveDate: t.effectiveDate,
    reason: t.reason,
    shares: t.shares,
    requiredCompetences: t.requiredCompetences,
    parties: t.parties,
    newPlan: { ...plan, paymentSupportProvider: paymentSupportProviderId ? { id: paymentSupportProviderId } : null },
    status: t.status,
    statusReason: t.statusReason,
    proposedBy: t.proposedBy,
    proposedAt: new Date(t.proposedAt).toISOString(),
    completedAt: t.completedAt ? new Date(t.completedAt).toISOString() : null,
    newEpisode: t.newEpisodeId ? { __typename: t.newEpisodeType, id: t.newEpisodeId } : null,
    steps: t.status === 'EFFECTIVE' ? ['OPEN_NEW_EPISODE', 'END_OLD_EPISODE'].map((name) => ({ name, state: 'DONE', attempts: 1 })) : [],
  };
}

describe('transition coordinator: reading transitions', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  it('seeds every demo transition, in each status', () => {
    assert.ok(demo.length > 0);
    for (const status of ['EFFECTIVE', 'PROPOSED', 'AGREED', 'REJECTED', 'WITHDRAWN'])
      assert.ok(
        demo.some((t) => t.status === status),
        status,
      );
  });

  it('returns a transition of each status by id, field by field, with both steps DONE once effective', async () => {
    for (const status of ['EFFECTIVE', 'PROPOSED', 'AGREED', 'REJECTED', 'WITHDRAWN']) {
      const t = demo.find((x) => x.status === status)!;
      const res = await sg.execute(`query ($id: ID!) { transition(id: $id) { ${FIELDS} } }`, { id: t.id });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data.transition, expected(t));
    }
  });

  it('answers null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await sg.execute(`query ($id: ID!) { transition(id: $id) { id } }`, { id: randomUUID() });
    assert.equal(unknown.errors, undefined);
    assert.equal(unknown.data.transition, null);
    const malformed = await sg.execute(`query { transition(id: "t-1") { id } }`);
    assert.equal(malformed.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
  });

  it('resolves Transition references (_entities), null for unknown ids', async () => {
    const ids = [demo[0].id, randomUUID(), 'not-an-id'];
    const res = await sg.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Transition { id status toFunderCode } } }`,
      {
        r: ids.map((id) => ({ __typename: 'Transition', id })),
      },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.deepEqual(res.data._entities, [{ id: demo[0].id, status: demo[0].status, toFunderCode: demo[0].toFunderCode }, null, null]);
  });

  it('pages newest proposal first: two pages of 5 are the first 10, with the total', async () => {
    const q = `query ($first: Int, $after: String) { transitions(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const first = await sg.execute(q, { first: 5 });
    const second = await sg.execute(q, { first: 5, after: first.data.transitions.pageInfo.endCursor });
    assert.equal(first.data.transitions.totalCount, demo.length);
    assert.equal(first.data.transitions.pageInfo.hasNextPage, true);
    const paged = [...first.data.transitions.edges, ...second.data.transitions.edges].map((e: any) => e.node.id);
    assert.deepEqual(
      paged,
      newestFirst.slice(0, 10).map((t) => t.id),
    );
    const badCursor = await sg.execute(q, { first: 5, after: 'bm9wZQ' });
    assert.equal(badCursor.errors?.[0].extensions?.field, 'after');
  });

  it('filters by person, funder, status, in flight and vehicles', async () => {
    const q = `query ($f: TransitionFilter) { transitions(filter: $f, first: 100) { totalCount edges { node { id } } } }`;
    const total = async (f: object) => (await sg.execute(q, { f })).data.transitions.totalCount;
    const t = demo.find((x) => x.status === 'AGREED')!;
    assert.equal(await total({ personId: t.personId }), demo.filter((x) => x.personId === t.personId).length);
    const funder = t.parties[0].funderCode;
    assert.equal(
      await total({ funderCode: funder.toLowerCase() }),
      demo.filter((x) => x.parties.some((p) => p.funderCode === funder)).length,
    );
    assert.equal(await total({ inFlight: true }), demo.filter((x) => ['PROPOSED', 'AGREED'].includes(x.status)).length);
    assert.equal(await total({ inFlight: false }), demo.filter((x) => !['PROPOSED', 'AGREED'].includes(x.status)).length);
    assert.equal(
      await total({ status: ['REJECTED', 'WITHDRAWN'] }),
      demo.filter((x) => ['REJECTED', 'WITHDRAWN'].includes(x.status)).length,
    );
    assert.equal(await total({ status: ['EFFECTIVE'], inFlight: true }), 0);
    assert.equal(await total({ toVehicle: 'INTEGRATED_BUDGET' }), demo.filter((x) => x.toVehicle === 'INTEGRATED_BUDGET').length);
    assert.equal(await total({ fromVehicle: 'DIRECT_PAYMENT' }), demo.filter((x) => x.fromEpisodeType === 'DirectPayment').length);
  });

  it('counts days in progress from proposal to completion', async () => {
    const t = demo.find((x) => x.status === 'EFFECTIVE')!;
    const res = await sg.execute(`query ($id: ID!) { transition(id: $id) { daysInProgress } }`, { id: t.id });
    const days = Math.round((Date.parse(t.completedAt!.slice(0, 10)) - Date.parse(t.proposedAt.slice(0, 10))) / 86_400_000);
    assert.equal(res.data.transition.daysInProgress, days);
  });

  it('loads steps in one batch: the same number of SQL statements for 10 transitions as for 100', async () => {
    const q = `query ($first: Int) { transitions(first: $first) { edges { node { id steps { name state } } } } }`;
    const cost = async (first: number) => {
      const before = sg.database.statementCount();
      const res = await sg.execute(q, { first });
      assert.equal(res.errors, undefined);
      return sg.database.statementCount() - before;
    };
    assert.equal(await cost(10), await cost(100));
  });
});
