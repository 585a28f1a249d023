import { signUserToken } from '@continuum/access';
import { buildDemoRegion, demoUser } from '@continuum/demo';
import { freshDatabase, postGraphQL } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startProcessTree, type ProcessTree } from '../scripts/process-tree.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { SUPERGRAPH_FILE } from '../scripts/hub.ts';
import { freePort } from '../scripts/jest/free-port.ts';

const region = buildDemoRegion();
const PERSON = region.people.find((p) => p.id === region.featured.movedDirectPaymentToPhb)!;
const NAMES = [...SUBGRAPH_MODULES.map((m) => m.name), 'gateway', 'dashboard'];

/** Whether a process with this id is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const answers = async (url: string) =>
  fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    (r) => r.ok,
    () => false,
  );

describe('npm start runs each subgraph, the gateway and the dashboard server as a process of its own', () => {
  let tree: ProcessTree;
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-keys-'));
  const output: string[] = [];
  let pids: number[] = [];

  beforeAll(async () => {
    const databaseUrls: Record<string, string> = {};
    for (const name of [...SUBGRAPH_MODULES.map((m) => m.name), 'access']) databaseUrls[name] = await freshDatabase(name);
    const ports: Record<string, number> = {};
    for (const name of NAMES) ports[name] = await freePort();
    tree = await startProcessTree({
      databaseUrls,
      mode: 'development',
      ports,
      keysDir,
      supergraphPath: SUPERGRAPH_FILE,
      // Metrics off whatever this environment says; the services' lines kept for failure messages.
      env: { ...process.env, CONTINUUM_RECONCILE_INTERVAL_MS: '0', LOG_LEVEL: 'warn' },
      output: (line) => output.push(line),
    });
    pids = tree.services.map((s) => s.pid);
  });
  afterAll(async () => {
    await tree?.stop();
    fs.rmSync(keysDir, { recursive: true, force: true });
  });

  it('starts seven processes, none of them this one, each answering its own probe', async () => {
    assert.deepEqual(
      tree.services.map((s) => s.name),
      NAMES,
    );
    assert.equal(new Set(pids).size, NAMES.length);
    assert.ok(!pids.includes(process.pid));
    for (const s of tree.services) {
      assert.ok(running(s.pid), `${s.name} is running`);
      const probe = s.name === 'dashboard' ? `${s.url}health/live` : s.url.replace('/graphql', '/health/live');
      assert.ok(await answers(probe), `${s.name} answers ${probe}`);
    }
  });

  it('answers a query through the gateway that reads from several subgraphs, and one a subgraph asks the rest of the graph for', async () => {
    const headers = { authorization: `Bearer ${await signUserToken(tree.keys.identityProvider, demoUser('phb-lead.icb'))}` };
    const person = await postGraphQL(
      tree.gatewayUrl,
      `query ($n: String!) { person(nhsNumber: $n) { id familyName fundingHistory { __typename } paTeam { personalAssistant { familyName } } } }`,
      { n: PERSON.nhsNumber },
      headers,
    );
    assert.equal(person.errors, undefined, JSON.stringify(person.errors) + output.join('\n'));
    assert.equal(person.data.person.familyName, PERSON.familyName);
    assert.ok(person.data.person.fundingHistory.length > 0 && person.data.person.paTeam.length > 0, JSON.stringify(person.data));
    // The report is built by the people subgraph from what it asks the gateway, signed with the hub's service key.
    const report = await postGraphQL(
      tree.gatewayUrl,
      `query ($id: ID!) { continuityReport(personId: $id) { fundingHistory { __typename } personalAssistants { employmentId } } }`,
      { id: PERSON.id },
      headers,
    );
    assert.equal(report.errors, undefined, JSON.stringify(report.errors) + output.join('\n'));
    assert.ok(report.data.continuityReport.fundingHistory.length > 0, JSON.stringify(report.data));
  });

  it('reports a subgraph process that dies, while the others keep answering', async () => {
    const training = tree.services.find((s) => s.name === 'training')!;
    process.kill(training.pid, 'SIGKILL');
    const died = await tree.died;
    assert.deepEqual(died, { name: 'training', pid: training.pid, code: null, signal: 'SIGKILL' });
    assert.equal(await answers(training.url.replace('/graphql', '/health/live')), false);
    const people = tree.services.find((s) => s.name === 'people')!;
    assert.ok(await answers(people.url.replace('/graphql', '/health/live')));
  });

  it('stop() ends every process it started', async () => {
    await tree.stop();
    for (const [i, pid] of pids.entries()) assert.equal(running(pid), false, `${NAMES[i]} (process ${pid}) still running`);
  });
});

/** The processes a process has started (Linux). */
function childrenOf(pid: number): number[] {
  return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

describe('<NAME>_WORKERS runs a service as several processes sharing its port', () => {
  let tree: ProcessTree;
  const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-keys-'));
  const output: string[] = [];

  beforeAll(async () => {
    const databaseUrls: Record<string, string> = {};
    for (const name of [...SUBGRAPH_MODULES.map((m) => m.name), 'access']) databaseUrls[name] = await freshDatabase(name);
    const ports: Record<string, number> = {};
    for (const name of NAMES) ports[name] = await freePort();
    tree = await startProcessTree({
      databaseUrls,
      mode: 'development',
      ports,
      keysDir,
      supergraphPath: SUPERGRAPH_FILE,
      env: { ...process.env, CONTINUUM_RECONCILE_INTERVAL_MS: '0', LOG_LEVEL: 'warn', PEOPLE_WORKERS: '2', GATEWAY_WORKERS: '2' },
      output: (line) => output.push(line),
      dashboard: false,
    });
  });
  afterAll(async () => {
    await tree?.stop();
    fs.rmSync(keysDir, { recursive: true, force: true });
  });

  it('starts two workers for the people subgraph and for the gateway, one for the rest, and answers through them', async () => {
    const pidOf = (name: string) => tree.services.find((s) => s.name === name)!.pid;
    assert.equal(childrenOf(pidOf('people')).length, 2);
    assert.equal(childrenOf(pidOf('gateway')).length, 2);
    assert.equal(childrenOf(pidOf('councils')).length, 0);
    const headers = { authorization: `Bearer ${await signUserToken(tree.keys.identityProvider, demoUser('phb-lead.icb'))}` };
    // Several requests, so both workers of each answer some of them.
    const answersSeen = await Promise.all(
      Array.from({ length: 6 }, () =>
        postGraphQL(
          tree.gatewayUrl,
          `query ($n: String!) { person(nhsNumber: $n) { familyName fundingHistory { __typename } } }`,
          { n: PERSON.nhsNumber },
          headers,
        ),
      ),
    );
    for (const res of answersSeen) {
      assert.equal(res.errors, undefined, JSON.stringify(res.errors) + output.join('\n'));
      assert.equal(res.data.person.familyName, PERSON.familyName);
    }
  });

  it('reports the service as dead when one of its workers dies, and stop() ends every worker', async () => {
    const people = tree.services.find((s) => s.name === 'people')!;
    const workers = childrenOf(people.pid);
    const gatewayWorkers = childrenOf(tree.services.find((s) => s.name === 'gateway')!.pid);
    process.kill(workers[0]!, 'SIGKILL');
    const died = await tree.died;
    assert.deepEqual(died, { name: 'people', pid: people.pid, code: 1, signal: null });
    await tree.stop();
    for (const pid of [...workers, ...gatewayWorkers]) assert.equal(running(pid), false, `worker ${pid} still running`);
  });
});
