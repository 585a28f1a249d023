import { DEFAULT_AUDIENCE, serviceTokenSource } from '@continuum/access';
import { GraphClient, quietLogger, todayIso } from '@continuum/runtime';
import { buildDemoRegion } from '@continuum/demo';
import { waitFor } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startReconcileLoop } from '../subgraphs/people/src/reconcile-loop.ts';
import { difference, funderUser, startTestHub, statementCounts, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const EFFECTIVE_DATE = '2027-01-04';
const LAST_OLD_DAY = '2027-01-03';

/**
 * People on one open council direct payment, with no other funding and no transition in the
 * demo, whose PA team is ready for NHS funding (contracts signed, a contingency plan): free to
 * move in these tests without readiness holding them back.
 */
function readyMovers(count: number) {
  const today = todayIso();
  const moving = new Set(region.transitions.map((t) => t.personId));
  const otherFunding = new Set(
    [
      ...region.personalHealthBudgets,
      ...region.chcPackages,
      ...region.integratedBudgets,
      ...region.individualServiceFunds,
      ...region.commissionedPackages,
    ].map((e) => e.personId),
  );
  const dpCount = new Map<string, number>();
  for (const dp of region.directPayments) dpCount.set(dp.personId, (dpCount.get(dp.personId) ?? 0) + 1);
  const out = [];
  for (const dp of region.directPayments) {
    if (dp.end !== null || dpCount.get(dp.personId) !== 1 || moving.has(dp.personId) || otherFunding.has(dp.personId)) continue;
    const plans = region.carePlans.filter((p) => p.personId === dp.personId);
    const team = region.employments.filter((e) => e.employerPersonId === dp.personId && e.start <= today && e.end === null);
    if (!plans.length || !plans.every((p) => p.contingencyPlanInPlace) || !team.length || !team.every((e) => e.contractSigned)) continue;
    const icb = region.healthBodies.find((h) => h.councilGssCodes.includes(dp.councilGssCode))!;
    out.push({ personId: dp.personId, dp, council: dp.councilGssCode, icb: icb.odsCode, team });
    if (out.length === count) return out;
  }
  throw new Error(`only ${out.length} people are free to move`);
}
type Mover = ReturnType<typeof readyMovers>[number];

const PROPOSE = `mutation ($input: ProposeTransitionInput!, $key: String) {
  proposeTransition(input: $input, idempotencyKey: $key) { id status parties { funderKind funderCode role } }
}`;
const COUNCIL_ANSWER = `mutation ($id: ID!, $code: String!, $decision: TransitionDecision!, $note: String) {
  respondToTransitionAsCouncil(transitionId: $id, councilGssCode: $code, decision: $decision, respondedBy: "Direct payments lead", note: $note) { decision }
}`;
const HEALTH_ANSWER = `mutation ($id: ID!, $code: String!, $decision: TransitionDecision!, $note: String) {
  respondToTransitionAsHealthBody(transitionId: $id, healthBodyOdsCode: $code, decision: $decision, respondedBy: "PHB lead", note: $note) { decision }
}`;
const RECONCILE = `mutation ($id: ID!) {
  reconcileTransition(id: $id) { id status statusReason completedAt steps { name state attempts lastError } newEpisode { __typename id start } }
}`;
const WITHDRAW = `mutation ($id: ID!, $reason: String!) { withdrawTransition(id: $id, reason: $reason) { id status statusReason } }`;
const TIMELINE = `query ($id: ID) {
  person(id: $id) { fundingHistory { __typename id start end } paTeam { id personalAssistant { id } } }
}`;

function proposal(m: Mover, over: Record<string, unknown> = {}) {
  return {
    personId: m.personId,
    fromEpisodeId: m.dp.id,
    toVehicle: 'PERSONAL_HEALTH_BUDGET',
    toFunderCode: m.icb,
    effectiveDate: EFFECTIVE_DATE,
    reason: 'Primary health need confirmed at review',
    newPlan: { weeklyAmount: 512.4, hourlyRate: 14.64, hoursPerWeek: 35, phbManagement: 'NOTIONAL' },
    requiredCompetences: [],
    proposedBy: m.council,
    ...over,
  };
}

describe('transition coordinator across the hub', () => {
  let hub: TestHub;
  let movers: Mover[];
  /** As a user of an organisation (GSS or ODS code) or a demo user: the mover's council proposes, each funder answers for itself. */
  const gql = async (query: string, variables: Record<string, unknown>, who: string) =>
    hub.as(who.includes('.') ? who : funderUser(who))(query, variables);
  const ok = async (query: string, variables: Record<string, unknown>, who: string) => {
    const res = await gql(query, variables, who);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data;
  };
  const rowCount = async (subgraph: 'support' | 'training', table: string) =>
    Number(
      (
        (await (hub.subgraph(subgraph).database.client as any).$queryRawUnsafe(`SELECT count(*)::int AS n FROM "${table}"`)) as {
          n: number;
        }[]
      )[0].n,
    );
  const transitionsOf = (personId: string) => (hub.subgraph('people').database.client as any).transition.count({ where: { personId } });

  beforeAll(async () => {
    // The tests drive reconciling themselves; one test runs the background loop on its own.
    process.env.CONTINUUM_RECONCILE_INTERVAL_MS = '0';
    hub = await startTestHub();
    movers = readyMovers(7);
  });
  afterAll(async () => {
    await hub.stop();
    delete process.env.CONTINUUM_RECONCILE_INTERVAL_MS;
  });

  it('moves a person from a council DP to an ICB PHB: both agree, it takes effect, the DP ends the day before and the PA team is untouched', async () => {
    const m = movers[0];
    const counts = {
      employments: await rowCount('support', 'employment'),
      pas: await rowCount('support', 'personal_assistant'),
      training: await rowCount('training', 'training_record'),
    };
    const before = (await ok(TIMELINE, { id: m.personId }, m.council)).person;
    const proposed = (await ok(PROPOSE, { input: proposal(m) }, m.council)).proposeTransition;
    assert.equal(proposed.status, 'PROPOSED');
    assert.deepEqual(proposed.parties, [
      { funderKind: 'COUNCIL', funderCode: m.council, role: 'CURRENT_FUNDER' },
      { funderKind: 'HEALTH', funderCode: m.icb, role: 'NEW_FUNDER' },
    ]);
    await ok(COUNCIL_ANSWER, { id: proposed.id, code: m.council, decision: 'AGREE' }, m.council);
    assert.equal((await ok(RECONCILE, { id: proposed.id }, m.council)).reconcileTransition.status, 'PROPOSED', 'waits for the ICB');
    await ok(HEALTH_ANSWER, { id: proposed.id, code: m.icb, decision: 'AGREE' }, m.icb);
    const done = (await ok(RECONCILE, { id: proposed.id }, m.council)).reconcileTransition;
    assert.equal(done.status, 'EFFECTIVE', JSON.stringify(done));
    assert.ok(done.completedAt);
    assert.deepEqual(
      done.steps.map((s: any) => [s.name, s.state, s.attempts]),
      [
        ['OPEN_NEW_EPISODE', 'DONE', 1],
        ['END_OLD_EPISODE', 'DONE', 1],
      ],
    );
    assert.equal(done.newEpisode.__typename, 'PersonalHealthBudget');
    assert.equal(done.newEpisode.start, EFFECTIVE_DATE);

    const after = (await ok(TIMELINE, { id: m.personId }, m.council)).person;
    assert.deepEqual(after.fundingHistory, [
      { __typename: 'DirectPayment', id: m.dp.id, start: m.dp.start, end: LAST_OLD_DAY },
      { __typename: 'PersonalHealthBudget', id: done.newEpisode.id, start: EFFECTIVE_DATE, end: null },
    ]);
    assert.deepEqual(after.paTeam, before.paTeam, 'the same employments and PAs');
    assert.deepEqual(
      {
        employments: await rowCount('support', 'employment'),
        pas: await rowCount('support', 'personal_assistant'),
        training: await rowCount('training', 'training_record'),
      },
      counts,
    );
    // Reconciling again changes nothing.
    assert.deepEqual((await ok(RECONCILE, { id: proposed.id }, m.council)).reconcileTransition, done);
  });

  it('rejects when a funder says no, with its note, and leaves the funding as it was', async () => {
    const m = movers[1];
    const t = (await ok(PROPOSE, { input: proposal(m) }, m.council)).proposeTransition;
    await ok(COUNCIL_ANSWER, { id: t.id, code: m.council, decision: 'AGREE' }, m.council);
    await ok(HEALTH_ANSWER, { id: t.id, code: m.icb, decision: 'REJECT', note: 'Does not meet the PHB criteria' }, m.icb);
    const rejected = (await ok(RECONCILE, { id: t.id }, m.council)).reconcileTransition;
    assert.equal(rejected.status, 'REJECTED');
    assert.equal(rejected.statusReason, 'Does not meet the PHB criteria');
    assert.deepEqual(rejected.steps, []);
    const timeline = (await ok(TIMELINE, { id: m.personId }, m.council)).person.fundingHistory;
    assert.deepEqual(timeline, [{ __typename: 'DirectPayment', id: m.dp.id, start: m.dp.start, end: null }]);
  });

  it('withdraws before anything is applied; funders can no longer answer, and a new proposal can be made', async () => {
    const m = movers[2];
    const t = (await ok(PROPOSE, { input: proposal(m) }, m.council)).proposeTransition;
    await ok(COUNCIL_ANSWER, { id: t.id, code: m.council, decision: 'AGREE' }, m.council);
    const withdrawn = (await ok(WITHDRAW, { id: t.id, reason: 'The person wants to keep their direct payment' }, m.council))
      .withdrawTransition;
    assert.deepEqual(withdrawn, { id: t.id, status: 'WITHDRAWN', statusReason: 'The person wants to keep their direct payment' });
    const late = await gql(HEALTH_ANSWER, { id: t.id, code: m.icb, decision: 'AGREE' }, m.icb);
    assert.equal(late.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal((await ok(RECONCILE, { id: t.id }, m.council)).reconcileTransition.status, 'WITHDRAWN');
    const again = (await ok(PROPOSE, { input: proposal(m, { reason: 'Proposed again after review' }) }, m.council)).proposeTransition;
    assert.notEqual(again.id, t.id);
  });

  it('answers a repeated proposal with the same key with the same transition (one row), and the key reused for another proposal with a CONFLICT', async () => {
    const m = movers[3];
    const first = (await ok(PROPOSE, { input: proposal(m), key: `move-${m.personId}` }, m.council)).proposeTransition;
    const second = (await ok(PROPOSE, { input: proposal(m), key: `move-${m.personId}` }, m.council)).proposeTransition;
    assert.equal(second.id, first.id);
    assert.equal(await transitionsOf(m.personId), 1);
    const other = await gql(PROPOSE, { input: proposal(m, { effectiveDate: '2027-02-01' }), key: `move-${m.personId}` }, m.council);
    assert.equal(other.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(other.errors?.[0].extensions?.field, 'idempotencyKey');
    assert.equal(await transitionsOf(m.personId), 1);
  });

  it('lets exactly one of two concurrent proposals for one person through; the other is a CONFLICT on input.personId', async () => {
    const m = movers[4];
    const results = await Promise.all([
      gql(PROPOSE, { input: proposal(m) }, m.council),
      gql(PROPOSE, { input: proposal(m, { toVehicle: 'CONTINUING_HEALTHCARE', newPlan: { weeklyAmount: 900 } }) }, m.council),
    ]);
    const won = results.filter((r) => r.data?.proposeTransition);
    const lost = results.filter((r) => r.errors);
    assert.equal(won.length, 1, JSON.stringify(results));
    assert.equal(lost.length, 1, JSON.stringify(results));
    assert.equal(lost[0].errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(lost[0].errors?.[0].extensions?.field, 'input.personId');
    assert.equal(await transitionsOf(m.personId), 1);
  });

  it('opens exactly one new episode when five reconciles run at once', async () => {
    const m = movers[5];
    const t = (await ok(PROPOSE, { input: proposal(m) }, m.council)).proposeTransition;
    await ok(COUNCIL_ANSWER, { id: t.id, code: m.council, decision: 'AGREE' }, m.council);
    await ok(HEALTH_ANSWER, { id: t.id, code: m.icb, decision: 'AGREE' }, m.icb);
    const results = await Promise.all(Array.from({ length: 5 }, () => ok(RECONCILE, { id: t.id }, m.council)));
    const ids = new Set(results.map((r) => r.reconcileTransition.newEpisode?.id).filter(Boolean));
    assert.equal(ids.size, 1);
    const health = hub.subgraph('health').database.client as any;
    assert.equal(await health.personalHealthBudget.count({ where: { personId: m.personId } }), 1);
    const final = (await ok(RECONCILE, { id: t.id }, m.council)).reconcileTransition;
    assert.equal(final.status, 'EFFECTIVE');
    assert.deepEqual(
      final.steps.map((s: any) => s.attempts),
      [1, 1],
    );
  });

  it('holds the featured agreed move on its one readiness blocker, in plain words, and reconciling does not apply it', async () => {
    const personId = region.featured.inFlightBlocked;
    const q = `query ($f: TransitionFilter) { transitions(filter: $f) { edges { node { id status readiness { ready blockers { kind detail courseCode personalAssistant { id } } personalAssistants { personalAssistant { id } ready } } } } } }`;
    // Brenda Reid's council, which proposed the move.
    const [edge] = (await ok(q, { f: { personId, inFlight: true } }, 'social-worker.stockton')).transitions.edges;
    const { node } = edge;
    assert.equal(node.status, 'AGREED');
    assert.equal(node.readiness.ready, false);
    assert.equal(node.readiness.blockers.length, 1, JSON.stringify(node.readiness.blockers));
    const [blocker] = node.readiness.blockers;
    assert.ok(['MISSING_COMPETENCE', 'COMPETENCE_NOT_SIGNED_OFF_BY_NHS'].includes(blocker.kind));
    const pa = region.personalAssistants.find((p) => p.id === blocker.personalAssistant.id)!;
    assert.ok(blocker.detail.startsWith(`${pa.givenName} ${pa.familyName} has no current `), blocker.detail);
    assert.ok(blocker.detail.includes(`(${blocker.courseCode})`));
    assert.deepEqual(
      node.readiness.personalAssistants.filter((p: any) => !p.ready).map((p: any) => p.personalAssistant.id),
      [pa.id],
    );
    assert.equal((await ok(RECONCILE, { id: node.id }, 'social-worker.stockton')).reconcileTransition.status, 'AGREED');
  });

  it('works out readiness for a page of transitions in one batch: as many statements for 5 as for 20', async () => {
    // The ICB's page of moves in flight (it is party to each).
    const q = `query ($first: Int) { transitions(filter: { inFlight: true, funderCode: "QHM" }, first: $first) { edges { node { id readiness { ready } } } } }`;
    const cost = async (first: number) => {
      const before = statementCounts(hub);
      const data = await ok(q, { first }, 'chc-nurse.icb');
      assert.equal(data.transitions.edges.length, first);
      return difference(statementCounts(hub), before);
    };
    const five = await cost(5);
    const many = await cost(20);
    assert.equal(many.support, five.support);
    assert.equal(many.training, five.training);
    assert.equal(many.councils, five.councils);
  });

  it('carries an agreed transition through in the background, with no one asking', async () => {
    const m = movers[6];
    const t = (await ok(PROPOSE, { input: proposal(m) }, m.council)).proposeTransition;
    await ok(COUNCIL_ANSWER, { id: t.id, code: m.council, decision: 'AGREE' }, m.council);
    await ok(HEALTH_ANSWER, { id: t.id, code: m.icb, decision: 'AGREE' }, m.icb);
    process.env.CONTINUUM_RECONCILE_INTERVAL_MS = '50';
    // A second coordinator, calling the graph with the hub's own service identity as the hub does.
    const graph = new GraphClient(hub.gatewayUrl);
    graph.setCredentials(serviceTokenSource(hub.keys.services, 'hub', DEFAULT_AUDIENCE));
    const loop = startReconcileLoop(hub.subgraph('people').database.client as never, {
      graph,
      accessStore: hub.accessStore,
      logger: quietLogger,
    });
    const people = hub.subgraph('people').database.client as any;
    try {
      let last = '';
      await waitFor(async () => (last = (await people.transition.findUnique({ where: { id: t.id } })).status) === 'EFFECTIVE', {
        message: () => `the background loop to carry transition ${t.id} to EFFECTIVE (it is ${last})`,
      });
    } finally {
      await loop.stop();
      process.env.CONTINUUM_RECONCILE_INTERVAL_MS = '0';
    }
    assert.equal((await people.transition.findUnique({ where: { id: t.id } })).status, 'EFFECTIVE');
  });
});
