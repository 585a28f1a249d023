import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday, inProcessSubgraph, waitFor } from '@continuum/dev/testing';
import { quietLogger } from '@continuum/runtime';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { startReconcileLoop } from '../reconcile-loop.ts';
import { reconcile } from '../transitions/reconcile.ts';
import { EFFECTIVE_DATE, peopleFreeToMove, transitionRow } from './transitions-fixtures.ts';
import { offline, refuse, ScriptedGraph } from './transitions-scripted-graph.ts';

const region = buildDemoRegion();
const movers = peopleFreeToMove(region, 12);
/** The background loop's pause between sweeps in the test of the loop. */
const INTERVAL_MS = 20;
const agree = (funderCode: string) => ({ funderCode, decision: 'AGREE' as const, note: null });

describe('transition coordinator: the saga (answers, readiness, steps, compensation)', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  afterAll(() => sg.stop());

  const load = (id: string) => db.transition.findUnique({ where: { id }, include: { steps: { orderBy: { name: 'desc' } } } });
  async function proposed(i: number, over: Record<string, unknown> = {}) {
    return db.transition.create({ data: transitionRow(movers[i], over) });
  }
  function bothAgree(graph: ScriptedGraph, t: any) {
    graph.answers.set(t.id, { councilResponses: [agree(t.fromFunderCode)], healthResponses: [agree('QHM')] });
  }

  it('waits while a party has not answered', async () => {
    const t = await proposed(0);
    const graph = new ScriptedGraph();
    graph.answers.set(t.id, { councilResponses: [agree(t.fromFunderCode)], healthResponses: [] });
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    assert.equal((await load(t.id)).status, 'PROPOSED');
    assert.equal(graph.count('TransitionReadiness'), 0);
  });

  it("rejects with the funder's note when any party says no", async () => {
    const t = await proposed(1);
    const graph = new ScriptedGraph();
    graph.answers.set(t.id, {
      councilResponses: [agree(t.fromFunderCode)],
      healthResponses: [{ funderCode: 'QHM', decision: 'REJECT', note: 'Not eligible: no primary health need' }],
    });
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    const after = await load(t.id);
    assert.equal(after.status, 'REJECTED');
    assert.equal(after.statusReason, 'Not eligible: no primary health need');
    assert.ok(after.completedAt);
  });

  it('stays AGREED while readiness is blocked, and applies nothing', async () => {
    const t = await proposed(2);
    const graph = new ScriptedGraph();
    bothAgree(graph, t);
    graph.team = (id) => ({ id, givenName: 'Sam', familyName: 'Reed', carePlan: { contingencyPlanInPlace: true }, paTeam: [] });
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    assert.equal((await load(t.id)).status, 'AGREED');
    assert.equal(graph.count('OpenNewEpisode'), 0);
  });

  it('agrees, applies both steps in order and takes effect: new episode opened from the effective date, old one ended the day before', async () => {
    const t = await proposed(3);
    const graph = new ScriptedGraph();
    bothAgree(graph, t);
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    const after = await load(t.id);
    assert.equal(after.status, 'EFFECTIVE');
    assert.ok(after.completedAt);
    assert.equal(after.newEpisodeId, '00000000-0000-4000-8000-000000000001');
    assert.equal(after.newEpisodeType, 'PersonalHealthBudget');
    assert.deepEqual(
      after.steps.map((s: any) => [s.name, s.state, s.attempts]),
      [
        ['OPEN_NEW_EPISODE', 'DONE', 1],
        ['END_OLD_EPISODE', 'DONE', 1],
      ],
    );
    assert.deepEqual(
      graph.calls.map((c) => c.operation),
      ['TransitionAnswers', 'TransitionReadiness', 'OpenNewEpisode', 'EndOldEpisode'],
    );
    const open = graph.calls[2].variables;
    assert.equal(open.transitionId, t.id);
    assert.deepEqual(open.input, {
      personId: t.personId,
      vehicle: 'PERSONAL_HEALTH_BUDGET',
      start: EFFECTIVE_DATE,
      weeklyAmount: 420,
      hourlyRate: 15,
      hoursPerWeek: 28,
      paymentSupportProviderId: t.newPlan.paymentSupportProviderId,
      healthBodyOdsCode: 'QHM',
      management: 'DIRECT_PAYMENT',
      shares: null,
    });
    assert.deepEqual(graph.calls[3].variables, { transitionId: t.id, episodeId: t.fromEpisodeId, lastDay: dayFromToday(27) }); // the day before the effective date
  });

  it('keeps a step pending while its funder is unreachable, then carries on from there (forward recovery)', async () => {
    const t = await proposed(4, { status: 'AGREED' });
    const graph = new ScriptedGraph();
    graph.end = offline;
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    let after = await load(t.id);
    assert.equal(after.status, 'APPLYING');
    assert.deepEqual(
      after.steps.map((s: any) => [s.name, s.state, s.attempts]),
      [
        ['OPEN_NEW_EPISODE', 'DONE', 1],
        ['END_OLD_EPISODE', 'PENDING', 1],
      ],
    );
    assert.match(after.steps[1].lastError, /ECONNREFUSED/);
    graph.end = () => ({ __typename: 'DirectPayment', id: t.fromEpisodeId });
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    after = await load(t.id);
    assert.equal(after.status, 'EFFECTIVE');
    assert.deepEqual(
      after.steps.map((s: any) => [s.state, s.attempts, s.lastError]),
      [
        ['DONE', 1, null],
        ['DONE', 2, null],
      ],
    );
    assert.equal(graph.count('OpenNewEpisode'), 1, 'the done step is not asked again');
  });

  it('compensates when a funder refuses a step: undoes what was done and ends FAILED', async () => {
    const t = await proposed(5, { status: 'AGREED' });
    const graph = new ScriptedGraph();
    graph.end = refuse('CONFLICT', 'Conflict on episodeId: the episode already ended on 2026-11-30');
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    const after = await load(t.id);
    assert.equal(after.status, 'FAILED');
    assert.match(after.statusReason, /^Ending the old episode was refused: Conflict on episodeId/);
    assert.equal(after.newEpisodeId, null);
    assert.deepEqual(
      after.steps.map((s: any) => [s.name, s.state]),
      [
        ['OPEN_NEW_EPISODE', 'UNDONE'],
        ['END_OLD_EPISODE', 'FAILED'],
      ],
    );
    assert.equal(graph.count('UndoTransitionSteps'), 1);
    assert.equal(graph.calls.at(-1)!.variables.transitionId, t.id);
  });

  it('retries the compensation while the funders cannot be reached, then ends FAILED', async () => {
    const t = await proposed(6, { status: 'AGREED' });
    const graph = new ScriptedGraph();
    graph.open = refuse('BAD_USER_INPUT', 'Invalid input.vehicle: no ELIGIBLE continuing healthcare decision');
    graph.undo = offline;
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    assert.equal((await load(t.id)).status, 'APPLYING');
    graph.undo = () => ({ council: true, health: true });
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    const after = await load(t.id);
    assert.equal(after.status, 'FAILED');
    assert.deepEqual(
      after.steps.map((s: any) => [s.name, s.state]),
      [
        ['OPEN_NEW_EPISODE', 'FAILED'],
        ['END_OLD_EPISODE', 'PENDING'],
      ],
    );
    assert.equal(graph.count('OpenNewEpisode'), 1);
    assert.equal(graph.count('UndoTransitionSteps'), 2);
  });

  it('lets five concurrent reconciles apply a transition once: each step is asked of the funder exactly once', async () => {
    const t = await proposed(7);
    const graph = new ScriptedGraph();
    bothAgree(graph, t);
    await Promise.all(Array.from({ length: 5 }, () => reconcile({ db, graph: graph.asClient() }, [t.id])));
    assert.equal((await load(t.id)).status, 'EFFECTIVE');
    assert.equal(graph.count('OpenNewEpisode'), 1);
    assert.equal(graph.count('EndOldEpisode'), 1);
  });

  it('does not apply a transition withdrawn while its answers and readiness were being read', async () => {
    const t = await proposed(8);
    const graph = new ScriptedGraph();
    bothAgree(graph, t);
    graph.onRequest = async (operation) => {
      if (operation === 'TransitionReadiness')
        await db.transition.update({ where: { id: t.id }, data: { status: 'WITHDRAWN', statusReason: 'changed mind' } });
    };
    await reconcile({ db, graph: graph.asClient() }, [t.id]);
    assert.equal((await load(t.id)).status, 'WITHDRAWN');
    assert.equal(graph.count('OpenNewEpisode'), 0);
  });

  it('advances transitions in the background, batching answers and readiness for all of them, and stops cleanly', async () => {
    const ts = [await proposed(9), await proposed(10), await proposed(11)];
    const graph = new ScriptedGraph();
    for (const t of ts) bothAgree(graph, t);
    process.env.CONTINUUM_RECONCILE_INTERVAL_MS = String(INTERVAL_MS);
    const loop = startReconcileLoop(db, { graph: graph.asClient(), accessStore: null, logger: quietLogger });
    try {
      let statuses: string[] = [];
      await waitFor(
        async () => {
          statuses = (await db.transition.findMany({ where: { id: { in: ts.map((t) => t.id) } }, select: { status: true } })).map(
            (s: any) => s.status,
          );
          return statuses.every((s) => s === 'EFFECTIVE');
        },
        { message: () => `the loop to make all three transitions EFFECTIVE (they are ${statuses.join(', ')})` },
      );
    } finally {
      await loop.stop();
      delete process.env.CONTINUUM_RECONCILE_INTERVAL_MS;
    }
    for (const t of ts) assert.equal((await load(t.id)).status, 'EFFECTIVE');
    const firstAnswers = graph.calls.find((c) => c.operation === 'TransitionAnswers')!;
    assert.ok(Object.keys(firstAnswers.variables).length >= 3, 'one request asks about every transition in flight');
    const firstReadiness = graph.calls.find((c) => c.operation === 'TransitionReadiness')!;
    assert.ok(firstReadiness.variables.ids.length >= 3, 'one readiness request for all agreed transitions');
    const callsAfterStop = graph.calls.length;
    // Nothing to wait for here but time: a sweep scheduled despite stop() would have run within a few intervals.
    await new Promise((r) => setTimeout(r, 10 * INTERVAL_MS));
    assert.equal(graph.calls.length, callsAfterStop, 'no sweep runs after stop()');
  });
});
