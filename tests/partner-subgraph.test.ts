import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { EXAMPLE_PARTNER, partnerSdl, startPartnerHub, type PartnerHub } from './partner-helpers.ts';

const root = path.resolve(import.meta.dirname, '..');
/** The partner's clients are Flintshire people: Flintshire's social worker asks about them. */
const USER = 'social-worker.flintshire';

/** `npm run schema -- …` in its own process. */
function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'schema', 'src', 'schema-cli.ts'), ...args], { cwd: root });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })));
}

// One query across four subgraphs: the partner's micro-carers, the register's PA record, the
// training providers' records and the people subgraph's person.
const SPANNING = `{ microCarers(stage: READY_FOR_DIRECT_COMMISSIONING, first: 5) { totalCount edges { node {
  businessName capacity { careClients vacancies }
  personalAssistant { givenName familyName trainingRecords { course { title } } }
  clients { funding person { givenName familyName } }
} } } }`;
// What a care team asks: the person (people), their funding (councils) and their micro-carer (partner).
const PERSON = `query ($id: ID) { person(id: $id) { givenName familyName socialCareFunding { funderName } microCare { funding microCarer { businessName } } } }`;

/** Sends the query over and over from several clients until stopped; counts replies that failed outright. */
function loadLoop(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>, clients = 4) {
  let running = true;
  const replies: { status: number; body: any }[] = [];
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
      replies.push({ status: res.status, body: await res.json() });
    }
  });
  return {
    replies,
    async stop() {
      running = false;
      await Promise.all(loops);
      return replies;
    },
  };
}

describe('a partner subgraph joins the graph through the registry, without a restart', () => {
  let ph: PartnerHub;
  let clientId: string;
  beforeAll(async () => {
    ph = await startPartnerHub({ timeoutMs: 1_500 });
  });
  afterAll(() => ph?.stop());

  it('publishing the partner adds its fields to the running gateway, and a query spans it and the hub\'s subgraphs', async () => {
    const unknown = await ph.hub.as(USER)(SPANNING);
    assert.match(unknown.errors![0].message, /Cannot query field "microCarers"/, 'not in the graph before it is published');
    const { published } = await ph.publish(partnerSdl());
    assert.ok(published);
    const res = await ph.hub.as(USER)(SPANNING);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const list = res.data.microCarers;
    assert.equal(list.totalCount, 5);
    const first = list.edges[0].node;
    assert.equal(first.capacity.careClients, 4);
    assert.ok(first.personalAssistant.givenName && first.personalAssistant.trainingRecords.length > 0, 'PA name from support, training from training');
    assert.ok(first.clients.every((c: any) => c.person.familyName), 'each client\'s name from people');
    clientId = (await ph.hub.as(USER)('{ microCarers(first: 1) { edges { node { clients { person { id } } } } } }')).data.microCarers.edges[0].node.clients[0].person.id;
    const person = await ph.hub.as(USER)(PERSON, { id: clientId });
    assert.equal(person.errors, undefined);
    assert.equal(person.data.person.microCare.length, 1);
  });

  it('GET /health shows the partner subgraph with the hub\'s, and the supergraph being served', async () => {
    const body: any = await (await fetch(ph.hub.gatewayUrl.replace('/graphql', '/health'))).json();
    assert.equal(body.status, 'ok');
    assert.deepEqual(body.subgraphs.map((s: any) => s.name).sort(), ['councils', 'flintshire-microcare', 'health', 'people', 'support', 'training']);
    assert.equal(body.supergraph.sha256, ph.registry.store.history().at(-1)!.supergraphSha256);
  });

  it('swaps to a newly published supergraph while a load loop runs, with zero failed requests', async () => {
    const load = loadLoop(ph.hub.gatewayUrl, await ph.hub.bearer(USER), PERSON, { id: clientId });
    await new Promise((r) => setTimeout(r, 300));
    const before = load.replies.length;
    // Published from another process, as a partner's CI would: the gateway's process keeps serving meanwhile.
    const sdl = partnerSdl().replace('type MicroCarer @key(fields: "id") {\n', 'type MicroCarer @key(fields: "id") {\n  "Languages the micro-carer works in."\n  languages: [String!]\n');
    const file = path.join(ph.registry.dir, 'proposed.graphql');
    fs.writeFileSync(file, sdl);
    const publish = await runCli(['publish', EXAMPLE_PARTNER, file, '--registry', ph.registry.dir]);
    assert.equal(publish.code, 0, publish.out);
    const sha = ph.registry.store.history().at(-1)!.supergraphSha256;
    for (const deadline = Date.now() + 10_000; ph.hub.gateway.supergraph.status().sha256 !== sha; await new Promise((r) => setTimeout(r, 50))) {
      assert.ok(Date.now() < deadline, 'the gateway picked up the publish');
    }
    const atSwap = load.replies.length;
    await new Promise((r) => setTimeout(r, 500));
    const replies = await load.stop();
    assert.ok(atSwap > before && replies.length > atSwap, `requests ran before (${before}), up to (${atSwap}) and after (${replies.length}) the swap`);
    const failed = replies.filter((r) => r.status !== 200 || r.body.errors || r.body.data?.person?.microCare?.length !== 1);
    assert.deepEqual(failed, []);
    // The gateway's public schema has the published field (this test's partner process still runs the old code).
    const after = await ph.hub.as(USER)('{ __type(name: "MicroCarer") { fields { name } } }');
    assert.ok(after.data.__type.fields.some((f: any) => f.name === 'languages'));
  });

  it('keeps serving the last good supergraph when the published file cannot be loaded, and says why on /health', async () => {
    const good = ph.hub.gateway.supergraph.status().sha256;
    const saved = fs.readFileSync(ph.registry.supergraphPath, 'utf8');
    fs.writeFileSync(ph.registry.supergraphPath, 'schema { query: Query } type Query { broken: Nope }\n');
    try {
      for (const deadline = Date.now() + 5_000; !ph.hub.gateway.supergraph.status().lastError; await new Promise((r) => setTimeout(r, 50))) {
        assert.ok(Date.now() < deadline, 'the gateway looked at the new file');
      }
      const body: any = await (await fetch(ph.hub.gatewayUrl.replace('/graphql', '/health'))).json();
      assert.equal(body.supergraph.sha256, good);
      assert.ok(body.supergraph.lastError.message.length > 0);
      const res = await ph.hub.as(USER)(PERSON, { id: clientId });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.person.microCare.length, 1);
    } finally {
      fs.writeFileSync(ph.registry.supergraphPath, saved);
    }
  });

  it('a partner too slow for its registered timeout costs only its own fields, named in the error', async () => {
    // A server that accepts requests and never answers, registered as the partner's address.
    const hanging = http.createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const realUrl = ph.partner.url;
    try {
      await ph.reroute(`http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`);
      const res = await ph.hub.as(USER)(PERSON, { id: clientId });
      assert.ok(res.data.person.familyName, 'the person is answered');
      assert.equal(res.data.person.microCare, null);
      assert.deepEqual(res.errors!.map((e) => e.message), ['flintshire-microcare did not answer within 1500 ms']);
    } finally {
      await ph.reroute(realUrl);
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  it('a partner killed mid-load costs only its own fields, and they come back when it returns', async () => {
    const load = loadLoop(ph.hub.gatewayUrl, await ph.hub.bearer(USER), PERSON, { id: clientId });
    await new Promise((r) => setTimeout(r, 300));
    await ph.partner.kill();
    await new Promise((r) => setTimeout(r, 1_000));
    const health: any = await (await fetch(ph.hub.gatewayUrl.replace('/graphql', '/health'))).json();
    assert.equal(health.status, 'degraded');
    assert.equal(health.subgraphs.find((s: any) => s.name === 'flintshire-microcare').status, 'down');
    await ph.partner.start();
    await new Promise((r) => setTimeout(r, 500));
    const replies = await load.stop();
    const degraded = replies.filter((r) => r.body.errors);
    assert.ok(degraded.length > 0, 'some requests ran while the partner was down');
    for (const r of replies) {
      assert.equal(r.status, 200);
      assert.ok(r.body.data.person.familyName, 'the person is always answered');
      assert.ok(Array.isArray(r.body.data.person.socialCareFunding), 'and the council\'s funding');
    }
    for (const r of degraded) {
      assert.equal(r.body.data.person.microCare, null, 'only the partner\'s field is lost');
      assert.ok(r.body.errors.every((e: any) => /^flintshire-microcare (is unavailable|did not answer)/.test(e.message)), JSON.stringify(r.body.errors));
    }
    const last = replies.at(-1)!;
    assert.equal(last.body.errors, undefined, 'answered in full once the partner is back');
    assert.equal(last.body.data.person.microCare.length, 1);
  });
});
