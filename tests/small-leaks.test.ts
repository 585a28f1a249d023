/**
 * Small leaks: a database's or ORM's error text never reaches a client (a generic
 * INTERNAL_SERVER_ERROR with an error id, the error itself logged on the server under that id),
 * from a subgraph or from the gateway; and anyone may ask GET /health whether the hub is up,
 * but only the hub's operator (a hub service token) is told its subgraphs, their addresses and
 * the supergraph file.
 */
import { demoUser } from '@continuum/demo';
import { pinoLogger } from '@continuum/runtime';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { operatorHealth, startTestHub, type TestHub } from './helpers.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Words of database and ORM errors that must never reach a client. */
const INTERNALS = /prisma|postgres|invalid byte|0x00|invocation|relation "|SQLSTATE|sql|\.ts:|node_modules/i;
/** The text a subgraph that does not mask its errors would send (a partner's, say). */
const RAW_DATABASE_ERROR =
  'Invalid `prisma.trainingRecord.findMany()` invocation: relation "training_record" does not exist (SQLSTATE 42P01) at /srv/training/src/loaders.ts:41';

/** Every line the hub's services log, as the production logger writes them (pino's JSON lines). */
const logged: string[] = [];
const productionLogger = pinoLogger({ level: 'info', destination: { write: (line: string) => void logged.push(line) } });

/** Server-side error lines written while `run` runs. */
async function loggedDuring<T>(run: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const from = logged.length;
  const result = await run();
  return { result, lines: logged.slice(from).filter((line) => JSON.parse(line).level === 'error') };
}

describe('small leaks', () => {
  let hub: TestHub;
  let leaky = false;
  let proxy: http.Server;
  beforeAll(async () => {
    // Between the gateway and training: answers as a subgraph that does not mask its errors would, when told to.
    proxy = http.createServer();
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    hub = await startTestHub({
      // Logged as in production (pino's JSON lines), where these tests read them.
      logger: productionLogger,
      routeFor: async (name, url) => {
        if (name !== 'training') return url;
        proxy.on('request', (req, res) => {
          const chunks: Buffer[] = [];
          req.on('data', (c: Buffer) => chunks.push(c));
          req.on('end', () => {
            if (leaky) {
              res
                .writeHead(200, { 'content-type': 'application/json' })
                .end(
                  JSON.stringify({ data: null, errors: [{ message: RAW_DATABASE_ERROR, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
                );
              return;
            }
            const upstream = http.request(new URL(req.url ?? '/', url), { method: req.method, headers: req.headers }, (up) => {
              res.writeHead(up.statusCode ?? 502, up.headers);
              up.pipe(res);
            });
            upstream.end(Buffer.concat(chunks));
          });
        });
        return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
      },
    });
  });
  afterAll(async () => {
    await hub.stop();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  it('a people search for "\\u0000" answers a generic INTERNAL_SERVER_ERROR with an error id that the subgraph logged', async () => {
    const { result: res, lines } = await loggedDuring(() =>
      hub.as('social-worker.newcastle')(`query ($n: String) { people(filter: { name: $n }) { totalCount } }`, { n: '\u0000' }),
    );
    const text = JSON.stringify(res);
    assert.equal(INTERNALS.test(text), false, text);
    const [err] = res.errors ?? [];
    assert.equal(err?.message, 'Internal server error', text);
    assert.equal(err?.extensions?.code, 'INTERNAL_SERVER_ERROR');
    assert.match(String(err?.extensions?.errorId), UUID);
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.errorId === err!.extensions!.errorId);
    assert.ok(logged, `the error id is in the server's log: ${lines.join('\n')}`);
    assert.equal(logged.where, 'people');
    assert.ok(INTERNALS.test(`${logged.message} ${logged.name}`), 'the log keeps what went wrong');
  });

  it("the gateway answers a subgraph's raw database error generically too, with an id it logged", async () => {
    const pa = demoUser('pa.aisha-khan').personalAssistantId!;
    leaky = true;
    try {
      const { result: res, lines } = await loggedDuring(() =>
        hub.as('pa.aisha-khan')(`query ($id: ID!) { personalAssistant(id: $id) { id trainingRecords { completedOn } } }`, { id: pa }),
      );
      const text = JSON.stringify(res);
      assert.equal(text.includes('training_record'), false, text);
      assert.equal(INTERNALS.test(text), false, text);
      const err = res.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
      assert.ok(err, text);
      assert.equal(err.message, 'Internal server error');
      assert.match(String(err.extensions?.errorId), UUID);
      const logged = lines.map((l) => JSON.parse(l)).find((l) => l.errorId === err.extensions!.errorId);
      assert.ok(logged, `the gateway logged the error id: ${lines.join('\n')}`);
      assert.equal(logged.where, 'gateway');
      assert.ok(logged.message.includes('training_record'), 'the log keeps what went wrong');
      assert.equal(res.data?.personalAssistant?.id, pa, 'the rest of the answer stands');
    } finally {
      leaky = false;
    }
  });

  it('anonymous GET /health says whether the hub is up and nothing else', async () => {
    const res = await fetch(hub.gatewayUrl.replace('/graphql', '/health'));
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.deepEqual(body, { status: 'ok' });
  });

  it('GET /health with a user token is no different', async () => {
    const res = await fetch(hub.gatewayUrl.replace('/graphql', '/health'), { headers: await hub.bearer('dpo.continuum') });
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it("the hub's operator (a hub service token) is shown each subgraph, its address, and the supergraph served", async () => {
    const { status, body } = await operatorHealth(hub);
    assert.equal(status, 200);
    assert.equal(body.status, 'ok');
    assert.deepEqual(body.subgraphs.map((s: any) => [s.name, s.status]).sort(), hub.subgraphs.map((s) => [s.name, 'up']).sort());
    assert.ok(body.subgraphs.every((s: any) => /^http:/.test(s.url)));
    assert.match(body.supergraph.sha256, /^[0-9a-f]{64}$/);
  });

  it("a subgraph's own GET /health says only that it is up, and which subgraph it is", async () => {
    const people = hub.subgraphs.find((s) => s.name === 'people')!;
    const res = await fetch(people.url.replace('/graphql', '/health'));
    assert.equal(res.status, 200);
    assert.deepEqual(Object.keys(await res.json()).sort(), ['status', 'subgraph']);
  });
});
