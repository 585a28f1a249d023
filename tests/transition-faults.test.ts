import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { waitFor } from '@continuum/dev/testing';
import type { Caller } from '@continuum/runtime';
import { startFaultProxy } from './fault-proxy.ts';
import { funderUser, startTestHub, type TestHub } from './helpers.ts';
import {
  addDaysIso,
  agreeAll,
  candidates,
  gql,
  payrollProvider,
  pick,
  PROPOSE,
  reconcile,
  region,
  TODAY,
  TRANSITION_STATE,
} from './transition-journeys.ts';

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
    (
      (await (hub.subgraph('health').database.client as any).$queryRawUnsafe(
        'SELECT count(*)::int AS n FROM "personal_health_budget" WHERE opened_by_transition_id = $1::uuid',
        transitionId,
      )) as { n: number }[]
    )[0].n;
  const oldEnd = async (dpId: string) =>
    (
      (await (hub.subgraph('councils').database.client as any).$queryRawUnsafe(
        'SELECT "end"::text AS e FROM "direct_payment" WHERE id = $1::uuid',
        dpId,
      )) as { e: string | null }[]
    )[0].e;

  /** Polls (the background loop does the work) until the transition is in a state `reached` accepts, and answers it. */
  async function waitUntil(user: Caller, id: string, what: string, reached: (t: any) => boolean) {
    let last: any;
    return waitFor(
      async () => {
        last = (await gql(hub, user, TRANSITION_STATE, { id })).transition;
        return reached(last) ? last : null;
      },
      { message: () => `transition ${id} to be ${what} (it is ${JSON.stringify(last)})` },
    );
  }
  const inStatus = (user: Caller, id: string, status: string) => waitUntil(user, id, status, (t) => t.status === status);

  async function proposeAgreed(beforeAgreeing: (dp: (typeof region.directPayments)[number]) => Promise<void> | void) {
    const dp = pick(
      candidates(
        region.directPayments.filter((d) => NE.has(d.councilGssCode)),
        (n) => n >= 1,
      ),
    );
    await beforeAgreeing(dp);
    // The council that funds the direct payment proposes the move.
    const user = funderUser(dp.councilGssCode);
    const proposed = (
      await gql(hub, user, PROPOSE, {
        input: {
          personId: dp.personId,
          fromEpisodeId: dp.id,
          toVehicle: 'PERSONAL_HEALTH_BUDGET',
          toFunderCode: 'QHM',
          effectiveDate,
          proposedBy: dp.councilGssCode,
          reason: 'Eligible for NHS funding',
          newPlan: {
            weeklyAmount: 350,
            hourlyRate: 14.5,
            hoursPerWeek: 24,
            phbManagement: 'DIRECT_PAYMENT',
            paymentSupport: 'PAYROLL_SERVICE',
            paymentSupportProviderId: payrollProvider.id,
          },
        },
      })
    ).proposeTransition;
    await agreeAll(hub, proposed);
    return { dp, user, id: proposed.id as string };
  }

  it('leaves the transition APPLYING with the council step pending while councils is down, then completes it once councils is back', async () => {
    const { dp, user, id } = await proposeAgreed(() => proxy.downWhen((body) => body.includes('endCouncilEpisodeForTransition')));
    let t = await waitUntil(
      user,
      id,
      'APPLYING with the council step tried',
      (x) => x.status === 'APPLYING' && x.steps.some((s: any) => s.name === 'END_OLD_EPISODE' && s.attempts > 0),
    );
    const step = (name: string) => t.steps.find((s: any) => s.name === name);
    assert.equal(step('OPEN_NEW_EPISODE').state, 'DONE');
    assert.equal(step('END_OLD_EPISODE').state, 'PENDING');
    assert.equal(step('END_OLD_EPISODE').lastError, 'councils is unavailable', 'the failure is recorded, naming the subgraph');
    assert.equal(await opened(id), 1);
    assert.equal(await oldEnd(dp.id), null, 'the old episode is not ended yet');

    // Retrying while councils is still down changes nothing and opens nothing twice.
    assert.equal((await reconcile(hub, user, id)).status, 'APPLYING');
    assert.equal(await opened(id), 1);

    proxy.up();
    t = await inStatus(user, id, 'EFFECTIVE');
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
        () =>
          (hub.subgraph('councils').database.client as any).$executeRawUnsafe(
            'UPDATE "direct_payment" SET "end" = $1::date WHERE id = $2::uuid',
            endedEarlier,
            d.id,
          ),
      ),
    );
    const t = await inStatus(user, id, 'FAILED');
    const refusal = `Conflict on episodeId: the episode already ended on ${endedEarlier}, on or before ${addDaysIso(effectiveDate, -1)}`;
    assert.equal(t.statusReason, `Ending the old episode was refused: ${refusal}`);
    assert.deepEqual(
      t.steps.map((s: any) => [s.name, s.state, s.lastError]),
      [
        ['OPEN_NEW_EPISODE', 'UNDONE', null],
        ['END_OLD_EPISODE', 'FAILED', refusal],
      ],
    );
    assert.equal(await opened(id), 0, 'the new episode was removed');
    assert.equal(await oldEnd(dp.id), endedEarlier, "the council's own end date stands");
  });
});
