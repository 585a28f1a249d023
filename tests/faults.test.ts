import { signUserToken } from '@continuum/access';
import { buildDemoRegion, demoUser } from '@continuum/demo';
import { startEmbeddedPostgres, type PostgresServer } from '@continuum/dev';
import { dayFromToday, postGraphQL, waitFor, type GraphQLResponse } from '@continuum/dev/testing';
import { envPrefix } from '@continuum/runtime';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { SUPERGRAPH_FILE, prepareDatabases } from '../scripts/hub.ts';
import { startProcessTree, type ProcessTree } from '../scripts/process-tree.ts';
import { startServiceProcess, type ServiceProcess } from '../scripts/service-process.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { freePort } from '../scripts/jest/free-port.ts';

const region = buildDemoRegion();
const PERSON = region.people.find((p) => p.id === region.featured.movedDirectPaymentToPhb)!;
const AISHA = demoUser('pa.aisha-khan').personalAssistantId!;
/** The person with the PA team's training records: people, support and training answer it. */
const READ = `query ($id: ID!) { person(id: $id) { familyName paTeam { personalAssistant { familyName trainingRecords { completedOn } } } } }`;
/** Names this test's writes apart from any other training record. */
const SIGNED_OFF_BY = 'Dr A Nurse (fault test)';
const TRAIN = `mutation ($i: RecordTrainingInput!) { recordTraining(input: $i) { id } }`;

interface Answer {
  /** When it was asked and when answered. */
  asked: number;
  at: number;
  res: GraphQLResponse;
}

/** Asks `ask` over and over, keeping every answer with when it was asked and answered, until `done()`. */
async function keepAsking(into: Answer[], ask: () => Promise<GraphQLResponse>, done: () => boolean): Promise<void> {
  while (!done()) {
    const asked = performance.now();
    const res = await ask().catch((err: Error) => ({ errors: [{ message: err.message }] }) as GraphQLResponse);
    into.push({ asked, at: performance.now(), res });
  }
}

/** What a request meets while the database is away: each says what could not be reached, and each is worth retrying. */
const OUTAGE_CODES = ['DATABASE_UNAVAILABLE', 'REVOCATION_LIST_UNAVAILABLE', 'AUDIT_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE'];

/** The person with the PA team's training records answered in full. */
const answeredInFull = (a: Answer) => !a.res.errors && a.res.data?.person?.paTeam?.length > 0;

/**
 * Waits for the first full answer after `since` (or 8 s: the assertions then say what was
 * missing), then for five more reads, so "in full from then on" is tested on answers that came.
 */
async function fullAgainThenMore(reads: Answer[], since: number): Promise<void> {
  const first = await waitFor(
    () => reads.find((a) => a.at > since && answeredInFull(a)) ?? (performance.now() - since > 8_000 ? 'late' : null),
    {
      message: 'a full answer after the return',
    },
  );
  const after = first === 'late' ? reads.length : reads.indexOf(first);
  await waitFor(() => reads.length >= after + 6, { message: 'reads after the first full answer' });
}

/** Whether the process is still there (signal 0 only asks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// The hub on a PostgreSQL server of this file's own (seeded as `npm start` seeds it), so that server can be restarted.
describe('faults under load: a subgraph process killed, PostgreSQL restarted', () => {
  let tree: ProcessTree;
  let postgres: PostgresServer;
  let databaseUrls: Record<string, string>;
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-keys-'));
  // A directory of its own: the server takes it over as its data directory.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-faults-pg-'));
  const output: string[] = [];
  const env = { ...process.env, CONTINUUM_RECONCILE_INTERVAL_MS: '0', LOG_LEVEL: 'warn', CONTINUUM_RATE_LIMIT: '0' };
  let restarted: ServiceProcess | null = null;

  beforeAll(async () => {
    postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    databaseUrls = await prepareDatabases(postgres.url, { seed: true });
    const ports: Record<string, number> = {};
    for (const name of [...SUBGRAPH_MODULES.map((m) => m.name), 'gateway']) ports[name] = await freePort();
    tree = await startProcessTree({
      databaseUrls,
      mode: 'development',
      ports,
      keysDir,
      supergraphPath: SUPERGRAPH_FILE,
      dashboard: false,
      env,
      output: (line) => output.push(line),
    });
  }, 240_000);
  afterAll(async () => {
    await restarted?.stop();
    await tree?.stop();
    await postgres?.stop();
    fs.rmSync(keysDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Starts training again as the tree started it: same entry, port, database and keys. */
  async function startTrainingAgain(port: number): Promise<ServiceProcess> {
    const url = `http://127.0.0.1:${port}/graphql`;
    const keys = JSON.parse(fs.readFileSync(path.join(keysDir, 'gateway.jwks.json'), 'utf8'));
    return startServiceProcess({
      name: 'training',
      entry: 'subgraphs/training/src/index.ts',
      env: {
        ...env,
        NODE_ENV: 'development',
        CONTINUUM_HOST: '127.0.0.1',
        CONTINUUM_KEYS_DIR: keysDir,
        CONTINUUM_ACCESS_DATABASE_URL: databaseUrls.access,
        CONTINUUM_SEED: 'off',
        [`${envPrefix('training')}_PORT`]: String(port),
        [`${envPrefix('training')}_DATABASE_URL`]: databaseUrls.training,
        CONTINUUM_GATEWAY_JWKS: JSON.stringify(keys),
        CONTINUUM_GATEWAY_URL: tree.gatewayUrl,
        CONTINUUM_SERVICE_KEY_FILE: path.join(keysDir, 'hub-services.private.jwk.json'),
      },
      url,
      readyUrl: url.replace('/graphql', '/health/ready'),
      output: (line) => output.push(line),
    });
  }

  it('fails only its own fields while it is down, answers in full within 5 s of its return, and loses or doubles no write', async () => {
    const reader = { authorization: `Bearer ${await signUserToken(tree.keys.identityProvider, demoUser('phb-lead.icb'))}` };
    const trainer = { authorization: `Bearer ${await signUserToken(tree.keys.identityProvider, demoUser('trainer.newcastle-hospitals'))}` };
    const training = tree.services.find((s) => s.name === 'training')!;
    const port = Number(new URL(training.url).port);
    const reads: Answer[] = [];
    const writes: Answer[] = [];
    let stop = false;
    const loop = (into: Answer[], ask: () => Promise<GraphQLResponse>) => keepAsking(into, ask, () => stop);
    const load = Promise.all([
      ...[0, 1, 2].map(() => loop(reads, () => postGraphQL(tree.gatewayUrl, READ, { id: PERSON.id }, reader))),
      // Each write a course completed on a day of its own (the same day twice is a CONFLICT by design).
      loop(writes, () =>
        postGraphQL(
          tree.gatewayUrl,
          TRAIN,
          {
            i: {
              personalAssistantId: AISHA,
              courseCode: 'HT-CATH',
              completedOn: dayFromToday(-writes.length),
              signedOffBy: { name: SIGNED_OFF_BY, role: 'Clinical nurse specialist', organisation: 'An NHS trust', nhsStaff: true },
            },
          },
          trainer,
        ),
      ),
    ]);
    let killedAt = 0;
    let restartingAt = 0;
    let backAt = 0;
    let goneAt = 0;
    try {
      // Under way first: reads answered in full and a write acknowledged.
      await waitFor(() => reads.filter((a) => !a.res.errors).length >= 3 && writes.some((w) => w.res.data?.recordTraining), {
        message: 'the load to be answered before the kill',
      });
      killedAt = performance.now();
      process.kill(training.pid, 'SIGKILL');
      await training.exited;
      goneAt = performance.now();
      const downSince = reads.length;
      await waitFor(() => reads.length >= downSince + 6, { message: 'reads answered while training is down' });
      restartingAt = performance.now();
      restarted = await startTrainingAgain(port);
      backAt = performance.now();
      // Then until it answers in full (the 5 s promise is asserted below) and reads carry on after that.
      await fullAgainThenMore(reads, backAt);
      const afterSince = writes.length;
      await waitFor(() => writes.length >= afterSince + 2, { message: 'writes after training came back' });
    } finally {
      stop = true;
      await load;
    }
    const full = answeredInFull;
    // Before the kill every read was answered in full.
    const before = reads.filter((a) => a.at < killedAt);
    assert.ok(before.length > 0 && before.every(full), JSON.stringify(before.find((a) => !full(a))?.res));
    // While training was down: the person and the PA team still answered; only training's fields failed, each error naming it.
    const down = reads.filter((a) => a.asked > goneAt && a.at < restartingAt);
    assert.ok(down.length > 0);
    for (const { res } of down) {
      assert.equal(res.data?.person?.familyName, PERSON.familyName, JSON.stringify(res));
      assert.ok(res.data.person.paTeam.length > 0);
      for (const e of res.errors ?? []) {
        assert.equal(e.extensions?.subgraph, 'training', JSON.stringify(e));
        assert.equal(e.extensions?.code, 'SUBGRAPH_UNAVAILABLE');
      }
      assert.ok(
        res.data.person.paTeam.every((m: any) => m.personalAssistant.trainingRecords === null),
        JSON.stringify(res.data),
      );
    }
    assert.ok(down.some((a) => a.res.errors?.length));
    // Back within 5 s of its return, and in full from then on.
    const firstFull = reads.find((a) => a.at > backAt && full(a));
    assert.ok(firstFull, 'a full answer after training came back');
    assert.ok(firstFull.at - backAt < 5_000, `${Math.round(firstFull.at - backAt)} ms`);
    const after = reads.filter((a) => a.at > firstFull.at);
    assert.ok(after.length > 0 && after.every(full), JSON.stringify(after.find((a) => !full(a))?.res));
    // Every write acknowledged is there once; none refused or lost in flight was written.
    const acknowledged = writes.filter((w) => w.res.data?.recordTraining?.id).map((w) => w.res.data.recordTraining.id);
    assert.ok(acknowledged.length > 0);
    const failedInFlight = writes.filter((w) => !w.res.data?.recordTraining);
    for (const w of failedInFlight) assert.equal(w.res.errors?.[0]?.extensions?.code, 'SUBGRAPH_UNAVAILABLE', JSON.stringify(w.res));
    const client = new pg.Client({ connectionString: databaseUrls.training });
    await client.connect();
    try {
      const rows = (
        await client.query<{ id: string }>(
          'SELECT id::text FROM training_record WHERE personal_assistant_id = $1::uuid AND signed_off_name = $2 ORDER BY id',
          [AISHA, SIGNED_OFF_BY],
        )
      ).rows.map((r) => r.id);
      // A write cut off by the kill may have committed before its answer was lost: at most one such.
      const unacknowledged = rows.filter((id) => !acknowledged.includes(id));
      assert.equal(new Set(acknowledged).size, acknowledged.length);
      assert.ok(
        acknowledged.every((id) => rows.includes(id)),
        'every acknowledged write is stored',
      );
      assert.ok(unacknowledged.length <= 1, `${unacknowledged.length} rows written without an answer`);
    } finally {
      await client.end();
    }
  }, 120_000);

  it('fails requests cleanly while PostgreSQL restarts, then answers in full within 5 s of its return with no service restarted, and loses or doubles no write', async () => {
    const reader = { authorization: `Bearer ${await signUserToken(tree.keys.identityProvider, demoUser('phb-lead.icb'))}` };
    const trainer = { authorization: `Bearer ${await signUserToken(tree.keys.identityProvider, demoUser('trainer.newcastle-hospitals'))}` };
    // Every service running now (training as started again by the first test), and any that ends from here on.
    const running = [...tree.services, ...(restarted ? [restarted] : [])].filter((s) => isRunning(s.pid));
    const ended: string[] = [];
    for (const s of running) void s.exited.then(() => ended.push(s.name));
    const reads: Answer[] = [];
    const writes: Answer[] = [];
    // Each write a course completed on a day of its own, before any day the first test wrote.
    const dayOf = (n: number) => dayFromToday(-1000 - n);
    let stop = false;
    const load = Promise.all([
      ...[0, 1].map(() =>
        keepAsking(
          reads,
          () => postGraphQL(tree.gatewayUrl, READ, { id: PERSON.id }, reader),
          () => stop,
        ),
      ),
      keepAsking(
        writes,
        () =>
          postGraphQL(
            tree.gatewayUrl,
            TRAIN,
            {
              i: {
                personalAssistantId: AISHA,
                courseCode: 'HT-PEG',
                completedOn: dayOf(writes.length),
                signedOffBy: { name: SIGNED_OFF_BY, role: 'Clinical nurse specialist', organisation: 'An NHS trust', nhsStaff: true },
              },
            },
            trainer,
          ),
        () => stop,
      ),
    ]);
    const full = answeredInFull;
    let downAt = 0;
    let backAt = 0;
    try {
      await waitFor(() => reads.filter(full).length >= 3 && writes.some((w) => w.res.data?.recordTraining), {
        message: 'the load to be answered before the restart',
      });
      downAt = performance.now();
      // Down for three seconds: every pooled connection is cut and new ones are refused meanwhile.
      await postgres.restart(3_000);
      backAt = performance.now();
      await fullAgainThenMore(reads, backAt);
      const afterSince = writes.length;
      await waitFor(() => writes.length >= afterSince + 2, { message: 'writes after PostgreSQL came back' });
    } finally {
      stop = true;
      await load;
    }
    // No service died or was restarted: the same processes answer before and after.
    assert.deepEqual(ended, []);
    assert.ok(running.length >= SUBGRAPH_MODULES.length + 1 && running.every((s) => isRunning(s.pid)));
    // While it was down, each request failed cleanly: an answer whose errors say what could not be reached, never an internal error, a hang or a dropped connection.
    const during = reads.filter((a) => a.asked > downAt && a.at < backAt);
    assert.ok(during.length > 0, 'reads were asked while PostgreSQL was down');
    const failed = during.filter((a) => !full(a));
    assert.ok(failed.length > 0, 'some reads failed while PostgreSQL was down');
    for (const { res } of failed) {
      assert.ok(res.errors?.length, JSON.stringify(res));
      for (const e of res.errors!) assert.ok(OUTAGE_CODES.includes(e.extensions?.code as string), JSON.stringify(e));
    }
    // Back within 5 s of its return, and in full from then on.
    const firstFull = reads.find((a) => a.asked > backAt && full(a));
    assert.ok(firstFull, 'a full answer after PostgreSQL came back');
    assert.ok(firstFull.at - backAt < 5_000, `${Math.round(firstFull.at - backAt)} ms`);
    const after = reads.filter((a) => a.asked > firstFull.at);
    assert.ok(after.length > 0 && after.every(full), JSON.stringify(after.find((a) => !full(a))?.res));
    // Every acknowledged write is stored once; a write that failed was refused with a code, and at most one cut off mid-commit was kept.
    const acknowledged = writes.filter((w) => w.res.data?.recordTraining?.id).map((w) => w.res.data.recordTraining.id as string);
    for (const w of writes.filter((x) => !x.res.data?.recordTraining))
      assert.ok(OUTAGE_CODES.includes(w.res.errors?.[0]?.extensions?.code as string), JSON.stringify(w.res));
    const client = new pg.Client({ connectionString: databaseUrls.training });
    await client.connect();
    try {
      const rows = (
        await client.query<{ id: string }>(
          `SELECT r.id::text FROM training_record r JOIN course c ON c.id = r.course_id
            WHERE r.personal_assistant_id = $1::uuid AND r.signed_off_name = $2 AND c.code = 'HT-PEG'`,
          [AISHA, SIGNED_OFF_BY],
        )
      ).rows.map((r) => r.id);
      assert.equal(new Set(acknowledged).size, acknowledged.length);
      assert.ok(
        acknowledged.every((id) => rows.includes(id)),
        'every acknowledged write is stored',
      );
      assert.ok(rows.filter((id) => !acknowledged.includes(id)).length <= 1, 'at most one write kept without an answer');
    } finally {
      await client.end();
    }
  }, 120_000);
});
