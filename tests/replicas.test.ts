import { signUserToken } from '@continuum/access';
import { demoUser } from '@continuum/demo';
import { freshDatabase, postGraphQL, testServerUrl, waitFor } from '@continuum/dev/testing';
import {
  applyMigrations,
  ensureDatabase,
  listMigrations,
  quietLogger,
  secureDatabase,
  skippedSweeps,
  withDatabase,
  type Caller,
} from '@continuum/runtime';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startHub, SUPERGRAPH_FILE, type Hub } from '../scripts/hub.ts';
import { startProcessTree, type ProcessTree } from '../scripts/process-tree.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { freePort } from '../scripts/jest/free-port.ts';
import { funderUser } from './helpers.ts';
import { addDaysIso, candidates, pick, region, TODAY } from './transition-journeys.ts';

/** How often each replica's background loops sweep: often, so the two collide. */
const SWEEP_EVERY_MS = '100';
const MOVES = 4;
const PERSON = region.people.find((p) => p.id === region.featured.movedDirectPaymentToPhb)!;

const PROPOSE = `mutation ($input: ProposeTransitionInput!) { proposeTransition(input: $input) { id parties { funderKind funderCode } } }`;
const COUNCIL_ANSWER = `mutation ($id: ID!, $code: String!) {
  respondToTransitionAsCouncil(transitionId: $id, councilGssCode: $code, decision: AGREE, respondedBy: "Direct payments lead") { decision }
}`;
const HEALTH_ANSWER = `mutation ($id: ID!, $code: String!) {
  respondToTransitionAsHealthBody(transitionId: $id, healthBodyOdsCode: $code, decision: AGREE, respondedBy: "PHB lead") { decision }
}`;
const RECONCILE = `mutation ($id: ID!) { reconcileTransition(id: $id) { id status } }`;

async function query<T>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('replicas starting at once against one database take turns at migrating and granting', () => {
  it('applies each migration once when two replicas of a subgraph start together on an empty database, and both then serve as its role', async () => {
    const mod = SUBGRAPH_MODULES.find((m) => m.name === 'support')!;
    const url = withDatabase(testServerUrl(), `test_replica_start_${randomBytes(4).toString('hex')}`);
    await ensureDatabase(url, new URL(url).pathname.slice(1));
    const [first, second] = await Promise.all([applyMigrations(url, mod.migrationsDir), applyMigrations(url, mod.migrationsDir)]);
    // Between them every migration ran, none of them twice.
    assert.equal(JSON.stringify([...first, ...second].sort()), JSON.stringify(listMigrations(mod.migrationsDir)));
    const recorded = await query<{ migration_name: string; n: number }>(
      url,
      'SELECT migration_name, count(*)::int AS n FROM "_prisma_migrations" GROUP BY 1 ORDER BY 1',
    );
    assert.equal(
      JSON.stringify(recorded.map((r) => [r.migration_name, r.n])),
      JSON.stringify(listMigrations(mod.migrationsDir).map((m) => [m, 1])),
    );
    const [a, b] = await Promise.all([secureDatabase(url, mod.name), secureDatabase(url, mod.name)]);
    assert.equal(a, b);
    assert.deepEqual(await query(a, 'SELECT count(*)::int AS n FROM "personal_assistant"'), [{ n: 0 }]);
  });
});

describe('two replicas of every subgraph and two gateways, side by side on the same databases', () => {
  // Replica A: each service a process of its own, as deployed. Replica B: the hub in this process.
  let tree: ProcessTree;
  let hub: Hub;
  let databaseUrls: Record<string, string>;
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-keys-'));
  const output: string[] = [];
  const gateways = () => [tree.gatewayUrl, hub.gatewayUrl];
  const tokens = new Map<string, Promise<string>>();
  const as = (user: string | Caller, gateway: string) => async (q: string, variables?: Record<string, unknown>) => {
    const caller = typeof user === 'string' ? demoUser(user) : user;
    const key = JSON.stringify(caller);
    if (!tokens.has(key)) tokens.set(key, signUserToken(tree.keys.identityProvider, caller));
    return postGraphQL(gateway, q, variables, { authorization: `Bearer ${await tokens.get(key)}` });
  };
  const ok = async (user: string | Caller, gateway: string, q: string, variables?: Record<string, unknown>) => {
    const res = await as(user, gateway)(q, variables);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors) + output.slice(-20).join('\n'));
    return res.data;
  };

  beforeAll(async () => {
    databaseUrls = {};
    for (const name of [...SUBGRAPH_MODULES.map((m) => m.name), 'access']) databaseUrls[name] = await freshDatabase(name);
    const ports: Record<string, number> = {};
    for (const name of [...SUBGRAPH_MODULES.map((m) => m.name), 'gateway']) ports[name] = await freePort();
    tree = await startProcessTree({
      databaseUrls,
      mode: 'development',
      ports,
      keysDir,
      supergraphPath: SUPERGRAPH_FILE,
      env: { ...process.env, CONTINUUM_RECONCILE_INTERVAL_MS: SWEEP_EVERY_MS, LOG_LEVEL: 'warn' },
      output: (line) => output.push(line),
      dashboard: false,
    });
    process.env.CONTINUUM_RECONCILE_INTERVAL_MS = SWEEP_EVERY_MS;
    hub = await startHub({
      databaseUrls,
      mode: 'development',
      ports: Object.fromEntries([...SUBGRAPH_MODULES.map((m) => [m.name, 0]), ['gateway', 0]]),
      metricsPorts: {},
      keys: tree.keys,
      logger: quietLogger,
    });
  });
  afterAll(async () => {
    await hub?.stop();
    await tree?.stop();
    delete process.env.CONTINUUM_RECONCILE_INTERVAL_MS;
    fs.rmSync(keysDir, { recursive: true, force: true });
  });

  it('carries agreed transitions through with both replicas sweeping and requests through both gateways: every step asked of a funder once', async () => {
    const movers = Array.from({ length: MOVES }, () =>
      pick(candidates(region.directPayments, (n) => n > 0).filter((dp) => region.carePlans.some((p) => p.personId === dp.personId))),
    );
    const ids: string[] = [];
    for (const [i, dp] of movers.entries()) {
      const gateway = gateways()[i % 2];
      const icb = region.healthBodies.find((h) => h.councilGssCodes.includes(dp.councilGssCode))!.odsCode;
      const input = {
        personId: dp.personId,
        fromEpisodeId: dp.id,
        toVehicle: 'PERSONAL_HEALTH_BUDGET',
        toFunderCode: icb,
        effectiveDate: addDaysIso(TODAY, 21),
        reason: 'Primary health need confirmed at review',
        newPlan: { weeklyAmount: 512.4, hourlyRate: 14.64, hoursPerWeek: 35, phbManagement: 'NOTIONAL' },
        requiredCompetences: [],
        proposedBy: dp.councilGssCode,
      };
      const t = (await ok(funderUser(dp.councilGssCode), gateway, PROPOSE, { input })).proposeTransition;
      ids.push(t.id);
      // Each answer through the other gateway: from here on both replicas' loops compete to apply it.
      await ok(funderUser(dp.councilGssCode), gateways()[(i + 1) % 2], COUNCIL_ANSWER, { id: t.id, code: dp.councilGssCode });
      await ok(funderUser(icb), gateway, HEALTH_ANSWER, { id: t.id, code: icb });
    }
    // Meanwhile each council asks, through both gateways at once, for its move to be reconciled now.
    await Promise.all(
      movers.flatMap((dp, i) => [0, 1].map((n) => as(funderUser(dp.councilGssCode), gateways()[n % 2])(RECONCILE, { id: ids[i] }))),
    );
    const people = databaseUrls.people;
    await waitFor(
      async () => {
        const rows = await query<{ status: string }>(people, 'SELECT status FROM "transition" WHERE id = ANY($1::uuid[])', [ids]);
        return rows.every((r) => r.status === 'EFFECTIVE') && rows.length === MOVES;
      },
      { message: 'every transition to be EFFECTIVE', timeoutMs: 90_000 },
    );
    const steps = await query<{ transition_id: string; name: string; state: string; attempts: number }>(
      people,
      'SELECT transition_id, name, state, attempts FROM "transition_step" WHERE transition_id = ANY($1::uuid[]) ORDER BY 1, 2',
      [ids],
    );
    assert.equal(steps.length, MOVES * 2);
    for (const s of steps) assert.deepEqual([s.state, s.attempts], ['DONE', 1], JSON.stringify(s));
    // One new budget per person, and the funders were asked for each step once: one audited write each.
    for (const dp of movers) {
      const budgets = await query<{ n: number }>(
        databaseUrls.health,
        'SELECT count(*)::int AS n FROM "personal_health_budget" WHERE person_id = $1::uuid',
        [dp.personId],
      );
      assert.equal(budgets[0].n, 1);
    }
    const writes = await query<{ subgraph: string; person_id: string; n: number }>(
      databaseUrls.access,
      `SELECT subgraph, person_id::text, count(*)::int AS n FROM audit_event
        WHERE action = 'WRITE' AND subgraph IN ('health', 'councils') AND person_id = ANY($1::uuid[]) GROUP BY 1, 2`,
      [movers.map((m) => m.personId)],
    );
    // Each funder mutation is audited on every call, repeats included: councils wrote once (the old
    // episode's end), health once (the new budget). A step asked twice would show as a second row.
    for (const dp of movers)
      for (const subgraph of ['health', 'councils'])
        assert.equal(
          writes.find((w) => w.subgraph === subgraph && w.person_id === dp.personId)?.n,
          1,
          `${subgraph} ${JSON.stringify(writes)}`,
        );
    // This process's replica met the other's sweep in progress at least once (the lock, not luck, kept them apart).
    assert.ok(
      (skippedSweeps()['people:reconcile'] ?? 0) + (skippedSweeps()['support:pa-merges'] ?? 0) > 0,
      JSON.stringify(skippedSweeps()),
    );
  }, 180_000);

  it('answers each caller only what that caller may see while callers who may and may not see a person ask at once through both gateways', async () => {
    const q = `query ($id: ID!) { person(id: $id) { id familyName paTeam { personalAssistant { id familyName } } } }`;
    const callers = ['phb-lead.icb', 'social-worker.flintshire', 'pa.aisha-khan', 'commissioner.icb'];
    // What each caller is answered when asking alone.
    const alone = new Map<string, string>();
    for (const user of callers) alone.set(user, JSON.stringify(await as(user, tree.gatewayUrl)(q, { id: PERSON.id })));
    assert.ok(JSON.parse(alone.get('phb-lead.icb')!).data.person.familyName === PERSON.familyName);
    assert.ok(!alone.get('social-worker.flintshire')!.includes(PERSON.familyName));
    const asked = Array.from({ length: 48 }, (_, i) => ({ user: callers[i % callers.length], gateway: gateways()[Math.floor(i / 4) % 2] }));
    const answers = await Promise.all(asked.map(({ user, gateway }) => as(user, gateway)(q, { id: PERSON.id })));
    for (const [i, answer] of answers.entries()) {
      const same = {
        ...answer,
        errors: answer.errors?.map(({ message, path: p, extensions }) => ({ message, path: p, code: extensions?.code })),
      };
      const expected = JSON.parse(alone.get(asked[i].user)!);
      const want = {
        ...expected,
        errors: expected.errors?.map(({ message, path: p, extensions }: any) => ({ message, path: p, code: extensions?.code })),
      };
      assert.deepEqual(same, want, `${asked[i].user} through ${asked[i].gateway}`);
    }
  });
});
