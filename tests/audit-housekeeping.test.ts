/**
 * Housekeeping is not a person's data access: the hub's background loops looking for work
 * (transitions to reconcile, merges to carry on) leave no audit rows, so an idle hub's audit
 * trail stays still. When a loop does act on someone's record, its writes are recorded.
 */
import { completedSweeps } from '@continuum/runtime';
import type { AuditEventRow } from '@continuum/access';
import { dayFromToday, waitFor } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { funderUser, startTestHub, type TestHub } from './helpers.ts';
import { agreeAll, candidates, gql, pick, PROPOSE, region } from './transition-journeys.ts';

const LOOPS = ['people: reconciling transitions and merges', 'support: keying PAs and carrying PA merges on'];
const NE = new Set(region.councils.filter((c) => c.nation === 'ENGLAND').map((c) => c.gssCode));

describe("the hub's background loops and the audit trail", () => {
  let hub: TestHub;
  const count = async () => Number((await hub.accessStore.pool.query('SELECT count(*) AS n FROM audit_event')).rows[0].n);
  const lastId = async () => Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS id FROM audit_event')).rows[0].id);
  /** Waits until every loop has finished `n` more sweeps than it had. */
  const sweeps = async (n: number) => {
    const start = completedSweeps();
    await waitFor(() => LOOPS.every((l) => (completedSweeps()[l] ?? 0) >= (start[l] ?? 0) + n), {
      message: () => `${n} more sweeps of each loop (${JSON.stringify(completedSweeps())})`,
    });
  };

  beforeAll(async () => {
    // The loops run, quickly, over the demo region's transitions in flight.
    process.env.CONTINUUM_RECONCILE_INTERVAL_MS = '100';
    hub = await startTestHub();
  });
  afterAll(async () => {
    await hub.stop();
    process.env.CONTINUUM_RECONCILE_INTERVAL_MS = '0';
  });

  it('a hub idle for several loop periods writes no audit row', async () => {
    await sweeps(1);
    const before = await count();
    await sweeps(5);
    assert.equal(await count(), before);
  });

  it("a loop that carries a transition through writes its WRITE rows, as the hub's service acting for no one", async () => {
    const dp = pick(
      candidates(
        region.directPayments.filter((d) => NE.has(d.councilGssCode)),
        (n) => n >= 1,
      ),
    );
    const council = funderUser(dp.councilGssCode);
    const input = {
      personId: dp.personId,
      fromEpisodeId: dp.id,
      toVehicle: 'PERSONAL_HEALTH_BUDGET',
      toFunderCode: 'QHM',
      effectiveDate: dayFromToday(14),
      proposedBy: dp.councilGssCode,
      reason: 'Eligible for NHS funding after a deterioration in health',
      newPlan: { weeklyAmount: 420, hourlyRate: 15, hoursPerWeek: 28, phbManagement: 'NOTIONAL' },
    };
    const from = await lastId();
    const transition = (await gql(hub, council, PROPOSE, { input })).proposeTransition;
    await agreeAll(hub, transition);
    const people = hub.subgraph('people').database.client as any;
    let status = '';
    await waitFor(async () => (status = (await people.transition.findUnique({ where: { id: transition.id } })).status) === 'EFFECTIVE', {
      message: () => `the loop to carry transition ${transition.id} to EFFECTIVE (it is ${status})`,
    });
    // The proposal and the answers asked the graph for their users (rows naming them); the loop acted for no one.
    const service = (
      await hub.accessStore.pool.query<AuditEventRow>(
        `SELECT * FROM audit_event WHERE id > $1 AND user_id = 'service:hub' AND on_behalf_of_user_id IS NULL ORDER BY id`,
        [from],
      )
    ).rows;
    assert.deepEqual([...new Set(service.map((r) => r.action))], ['WRITE'], "the loop's own rows are its writes");
    const opened = service.find((r) => r.subgraph === 'health' && r.person_id === dp.personId);
    const ended = service.find((r) => r.subgraph === 'councils' && r.person_id === dp.personId && r.record_ids.includes(dp.id));
    assert.ok(opened, 'the PHB opened in health is a WRITE row naming the person');
    assert.ok(ended, 'the direct payment ended in councils is a WRITE row naming the person and the episode');
    assert.deepEqual([opened.outcome, ended.outcome], ['ALLOWED', 'ALLOWED']);
  });
});
