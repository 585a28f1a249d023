import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { waitFor } from '@continuum/dev/testing';
import { EXAMPLE_PARTNER, partnerSdl, servedBy, startPartnerHub, type PartnerHub } from './partner-helpers.ts';
import { operatorHealth } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '..');
/** The partner's clients are Flintshire people: Flintshire's social worker asks about them. */
const USER = 'social-worker.flintshire';
/** The partner's registered timeout while it is meant to answer: generous, so a loaded machine does not cost it its fields. */
const PARTNER_TIMEOUT_MS = 30_000;
/** The timeout registered for the test of a partner that never answers. */
const SHORT_TIMEOUT_MS = 1_500;

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

/** Sends the query over and over from several clients until stopped, keeping every reply in the order they came. */
function loadLoop(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown>, clients = 4) {
  let running = true;
  const replies: { status: number; body: any }[] = [];
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      replies.push({ status: res.status, body: await res.json() });
    }
  });
  return {
    replies,
    clients,
    /** Waits until `count` more replies have come than `since`. */
    async more(since: number, count: number, what: string) {
      await waitFor(() => replies.length >= since + count, {
        message: () => `${count} more replies ${what} (${replies.length - since} so far)`,
      });
    },
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
    ph = await startPartnerHub({ timeoutMs: PARTNER_TIMEOUT_MS });
  });
  afterAll(() => ph?.stop());

  it("publishing the partner adds its fields to the running gateway, and a query spans it and the hub's subgraphs", async () => {
    const unknown = await ph.hub.as(USER)(SPANNING);
    assert.match(unknown.errors![0].message, /Cannot query field "microCarers"/, 'not in the graph before it is published');
    assert.equal(unknown.errors![0].extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    const { published } = await ph.publish(partnerSdl());
    assert.ok(published);
    const res = await ph.hub.as(USER)(SPANNING);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const list = res.data.microCarers;
    assert.equal(list.totalCount, 5);
    const first = list.edges[0].node;
    assert.equal(first.capacity.careClients, 4);
    assert.ok(
      first.personalAssistant.givenName && first.personalAssistant.trainingRecords.length > 0,
      'PA name from support, training from training',
    );
    assert.ok(
      first.clients.every((c: any) => c.person.familyName),
      "each client's name from people",
    );
    clientId = (await ph.hub.as(USER)('{ microCarers(first: 1) { edges { node { clients { person { id } } } } } }')).data.microCarers
      .edges[0].node.clients[0].person.id;
    const person = await ph.hub.as(USER)(PERSON, { id: clientId });
    assert.equal(person.errors, undefined);
    assert.equal(person.data.person.microCare.length, 1);
  });

  it("GET /health shows the partner subgraph with the hub's, and the supergraph being served", async () => {
    const { body } = await operatorHealth(ph.hub);
    assert.equal(body.status, 'ok');
    assert.deepEqual(body.subgraphs.map((s: any) => s.name).sort(), [
      'councils',
      'flintshire-microcare',
      'health',
      'people',
      'support',
      'training',
    ]);
    assert.equal(body.supergraph.sha256, ph.registry.store.history().at(-1)!.supergraphSha256);
  });

  it('swaps to a newly published supergraph while a load loop runs, with zero failed requests', async () => {
    const load = loadLoop(ph.hub.gatewayUrl, await ph.hub.bearer(USER), PERSON, { id: clientId });
    await load.more(0, load.clients, 'before the publish');
    const before = load.replies.length;
    // Published from another process, as a partner's CI would: the gateway's process keeps serving meanwhile.
    const sdl = partnerSdl().replace(
      'type MicroCarer @key(fields: "id") {\n',
      'type MicroCarer @key(fields: "id") {\n  "Languages the micro-carer works in."\n  languages: [String!]\n',
    );
    const file = path.join(ph.registry.dir, 'proposed.graphql');
    fs.writeFileSync(file, sdl);
    const publish = await runCli(['publish', EXAMPLE_PARTNER, file, '--registry', ph.registry.dir]);
    assert.equal(publish.code, 0, publish.out);
    await servedBy(ph.hub, ph.registry);
    const atSwap = load.replies.length;
    // At most one request per client was in flight at the swap: the replies after those were sent after it.
    await load.more(atSwap, load.clients + 1, 'after the swap');
    const replies = await load.stop();
    assert.ok(
      atSwap > before && replies.length > atSwap + load.clients,
      `requests ran before (${before}), up to (${atSwap}) and after (${replies.length}) the swap`,
    );
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
      await waitFor(() => ph.hub.gateway.supergraph.status().lastError, {
        message: 'the gateway to look at the broken file and refuse it',
      });
      const { body } = await operatorHealth(ph.hub);
      assert.equal(body.supergraph.sha256, good);
      assert.ok(body.supergraph.lastError.message.length > 0);
      const res = await ph.hub.as(USER)(PERSON, { id: clientId });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.person.microCare.length, 1);
    } finally {
      fs.writeFileSync(ph.registry.supergraphPath, saved);
    }
  });

  it('a partner too slow for its registered timeout costs only its own fields, named in a SUBGRAPH_TIMEOUT error', async () => {
    // A server that accepts requests and never answers, registered as the partner's address with a short timeout.
    const hanging = http.createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const realUrl = ph.partner.url;
    try {
      await ph.reroute(`http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`, SHORT_TIMEOUT_MS);
      const res = await ph.hub.as(USER)(PERSON, { id: clientId });
      const client = await ph.hub.as(USER)(
        `query ($id: ID) { person(id: $id) { givenName familyName socialCareFunding { funderName } } }`,
        { id: clientId },
      );
      assert.equal(client.errors, undefined, JSON.stringify(client.errors));
      assert.deepEqual(
        res.data.person,
        { ...client.data.person, microCare: null },
        "the person and the council's funding are answered; only the partner's field is null",
      );
      assert.deepEqual(
        res.errors!.map((e) => [e.message, e.extensions?.code, e.extensions?.subgraph, e.extensions?.timeoutMs]),
        [
          [
            `flintshire-microcare did not answer within ${SHORT_TIMEOUT_MS} ms`,
            'SUBGRAPH_TIMEOUT',
            'flintshire-microcare',
            SHORT_TIMEOUT_MS,
          ],
        ],
      );
    } finally {
      await ph.reroute(realUrl, PARTNER_TIMEOUT_MS);
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  it('a partner killed mid-load costs only its own fields, and they come back when it returns', async () => {
    const load = loadLoop(ph.hub.gatewayUrl, await ph.hub.bearer(USER), PERSON, { id: clientId });
    const full = (r: { status: number; body: any }) =>
      r.status === 200 && r.body.errors === undefined && r.body.data?.person?.microCare?.length === 1;
    await waitFor(() => load.replies.some(full), {
      message: () => `a full answer before the partner is killed (replies: ${JSON.stringify(load.replies.slice(-1))})`,
    });
    await ph.partner.kill();
    const killedAt = load.replies.length;
    await waitFor(() => load.replies.slice(killedAt).some((r) => r.body.errors), {
      message: "a reply that lost the partner's fields while it is down",
    });
    const { body: health } = await operatorHealth(ph.hub);
    assert.equal(health.status, 'degraded');
    assert.equal(health.subgraphs.find((s: any) => s.name === 'flintshire-microcare').status, 'down');
    await ph.partner.start();
    const backAt = load.replies.length;
    // A reply sent after the partner is back (at most one per client was in flight when it came back).
    await waitFor(() => load.replies.length > backAt + load.clients && full(load.replies.at(-1)!), {
      message: () => `a full answer once the partner is back (last: ${JSON.stringify(load.replies.at(-1))})`,
    });
    const replies = await load.stop();
    const degraded = replies.filter((r) => r.body.errors);
    assert.ok(degraded.length > 0, 'some requests ran while the partner was down');
    const person = replies.find(full)!.body.data.person;
    for (const r of replies) {
      assert.equal(r.status, 200);
      assert.deepEqual(
        { ...r.body.data.person, microCare: null },
        { ...person, microCare: null },
        "the person and the council's funding are always answered",
      );
    }
    for (const r of degraded) {
      assert.equal(r.body.data.person.microCare, null, "only the partner's field is lost");
      assert.ok(r.body.errors.length > 0);
      for (const e of r.body.errors) {
        assert.equal(e.extensions?.subgraph, 'flintshire-microcare', JSON.stringify(r.body.errors));
        assert.ok(
          (e.extensions?.code === 'SUBGRAPH_UNAVAILABLE' && e.message === 'flintshire-microcare is unavailable') ||
            (e.extensions?.code === 'SUBGRAPH_TIMEOUT' &&
              e.message === `flintshire-microcare did not answer within ${PARTNER_TIMEOUT_MS} ms`),
          JSON.stringify(r.body.errors),
        );
      }
    }
    const last = replies.at(-1)!;
    assert.equal(last.body.errors, undefined, 'answered in full once the partner is back');
    assert.equal(last.body.data.person.microCare.length, 1);
  });
});
