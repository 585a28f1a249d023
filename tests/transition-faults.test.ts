import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startFaultProxy } from './fault-proxy.ts';
import { funderUser, startTestHub, type TestHub } from './helpers.ts';
import type { Caller } from '@continuum/kit';
import { addDaysIso, agreeAll, candidates, gql, payrollProvider, pick, PROPOSE, reconcile, region, TODAY, TRANSITION_STATE } from './transition-journeys.ts';

const NE = new Set(region.councils.filter((c) => c.nation === 'ENGLAND').map((c) => c.gssCode));
const effectiveDate = addDaysIso(TODAY, 21);

describe('a funder subgraph failing in the middle of a transition: nothing lost, nothing doubled', () => {
  let hub: TestHub;
  let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
  beforeAll(async () => {
    // The hub's background loop drives these transitions; no test calls reconcile by hand.
    process.env.CONTINUUM_RECONCILE_INTERVAL_MS = '200';
    // The gateway reaches councils through a proxy that can go down like a real outage.
    hub = await startTestHub({
      routeFor: async (name, url) => {
        if (name !== 'councils') return url;
        proxy = await startFaultProxy(url);
        return proxy.url;
      },
    });
  });
  afterAll(async () => {
    await hub.stop();
    await proxy.close();
  });

  const opened = async (transitionId: string) =>
    ((await (hub.subgraph('health').database.client as any).$queryRawUnsafe(
      'SELECT count(*)::int AS n FROM "personal_health_budget" WHERE opened_by_transition_id = $1::uuid', transitionId)) as { n: number }[])[0].n;
  const oldEnd = async (dpId: string) =>
    ((await (hub.subgraph('councils').database.client as any).$queryRawUnsafe('SELECT "end"::text AS e FROM "direct_payment" WHERE id = $1::uuid', dpId)) as { e: string | null }[])[0].e;

  /** Polls (the background loop does the work) until the transition reaches a status. */
  async function waitFor(user: Caller, id: string, status: string) {
    for (let i = 0; i < 100; i++) {
      const t = (await gql(hub, user, TRANSITION_STATE, { id })).transition;
      if (t.status === status) return t;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`transition ${id} never reached ${status}`);
  }

  async function proposeAgreed(beforeAgreeing: (dp: (typeof region.directPayments)[number]) => Promise<void> | void) {
    const dp = pick(candidates(region.directPayments.filter((d) => NE.has(d.councilGssCode)), (n) => n >= 1));
    await beforeAgreeing(dp);
    // The council that funds the direct payment proposes the move.
    const user = funderUser(dp.councilGssCode);
    const proposed = (await gql(hub, user, PROPOSE, { input: {
      personId: dp.personId, fromEpisodeId: dp.id, toVehicle: 'PERSONAL_HEALTH_BUDGET', toFunderCode: 'QHM', effectiveDate, proposedBy: dp.councilGssCode,
      reason: 'Eligible for NHS funding', newPlan: { weeklyAmount: 350, hourlyRate: 14.5, hoursPerWeek: 24, phbManagement: 'DIRECT_PAYMENT', paymentSupport: 'PAYROLL_SERVICE', paymentSupportProviderId: payrollProvider.id },
    } })).proposeTransition;
    await agreeAll(hub, proposed);
    return { dp, user, id: proposed.id as string };
  }

  it('leaves the transition APPLYING with the council step pending while councils is down, then completes it once councils is back', async () => {
    const { dp, user, id } = await proposeAgreed(() => proxy.downWhen((body) => body.includes('endCouncilEpisodeForTransition')));
    let t = await waitFor(user, id, 'APPLYING');
    while (!t.steps.some((s: any) => s.name === 'END_OLD_EPISODE' && s.attempts > 0)) t = await waitFor(user, id, 'APPLYING');
    const step = (name: string) => t.steps.find((s: any) => s.name === name);
    assert.equal(step('OPEN_NEW_EPISODE').state, 'DONE');
    assert.equal(step('END_OLD_EPISODE').state, 'PENDING');
    assert.ok(step('END_OLD_EPISODE').lastError, 'the failure is recorded');
    assert.equal(await opened(id), 1);
    assert.equal(await oldEnd(dp.id), null, 'the old episode is not ended yet');

    // Retrying while councils is still down changes nothing and opens nothing twice.
    assert.equal((await reconcile(hub, user, id)).status, 'APPLYING');
    assert.equal(await opened(id), 1);

    proxy.up();
    t = await waitFor(user, id, 'EFFECTIVE');
    assert.ok(t.steps.every((s: any) => s.state === 'DONE'));
    assert.equal(await opened(id), 1, 'still exactly one new episode');
    assert.equal(await oldEnd(dp.id), addDaysIso(effectiveDate, -1));
  });

  it('undoes the opened episode and ends FAILED when the council refuses its step', async () => {
    // Meanwhile the council ended the direct payment in its own system, earlier than the move.
    const endedEarlier = addDaysIso(effectiveDate, -10);
    const { dp, user, id } = await proposeAgreed((d) =>
      proxy.beforeForwarding(
        (body) => body.includes('endCouncilEpisodeForTransition'),
        () => (hub.subgraph('councils').database.client as any).$executeRawUnsafe('UPDATE "direct_payment" SET "end" = $1::date WHERE id = $2::uuid', endedEarlier, d.id),
      ));
    const t = await waitFor(user, id, 'FAILED');
    assert.ok(t.statusReason);
    assert.equal(t.steps.find((s: any) => s.name === 'OPEN_NEW_EPISODE').state, 'UNDONE');
    assert.equal(await opened(id), 0, 'the new episode was removed');
    assert.equal(await oldEnd(dp.id), endedEarlier, "the council's own end date stands");
  });
});
