/**
 * The gateway's readiness from its parts, against stand-in subgraphs over real HTTP: ready only
 * with a supergraph loaded, the revocation list readable and every subgraph answering its own
 * readiness probe in time; asked as the hub's service, so the subgraphs say what they checked.
 */
import { generateSigningKey, localKeySet, verifyInternalToken, type SigningKey } from '@continuum/access';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayReadiness } from '../readiness.ts';

/** A stand-in subgraph whose GET /health/ready answers `status` (or never, for 'hang'), recording who asked. */
async function standIn(answer: () => number | 'hang') {
  const callers: string[] = [];
  // Counted as they arrive; who asked is known only once the token is checked.
  const asked = { count: 0 };
  let key: SigningKey | null = null;
  const server = http.createServer((req, res) => {
    if (req.url !== '/health/ready') return void res.writeHead(404).end();
    asked.count++;
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    void verifyInternalToken(token, localKeySet(key!.jwks)).then(
      (caller) => callers.push(caller.role),
      () => callers.push('not the gateway'),
    );
    const status = answer();
    if (status === 'hang') return;
    res
      .writeHead(status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: status === 200 ? 'ready' : 'unready', database: 'ok' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    callers,
    asked,
    trust: (k: SigningKey) => (key = k),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const supergraph = (loaded: boolean) => () => ({ loaded, status: { sha256: 'abc', loadedAt: '2024-01-01T00:00:00.000Z' } });
const readable = { refusal: async () => null };

describe('gateway readiness', () => {
  let gatewayKey: SigningKey;
  let people: Awaited<ReturnType<typeof standIn>>;
  let training: Awaited<ReturnType<typeof standIn>>;
  let trainingAnswer: number | 'hang' = 200;
  beforeAll(async () => {
    gatewayKey = await generateSigningKey();
    people = await standIn(() => 200);
    training = await standIn(() => trainingAnswer);
    people.trust(gatewayKey);
    training.trust(gatewayKey);
  });
  afterAll(async () => {
    await people.close();
    await training.close();
  });
  const subgraphs = () => [
    { name: 'people', url: people.url },
    { name: 'training', url: training.url },
  ];

  it('is ready when every subgraph is, asking each as the hub service and keeping what it says it checked', async () => {
    trainingAnswer = 200;
    const ready = gatewayReadiness({ supergraph: supergraph(true), subgraphs, revocations: readable, gatewayKey, cacheMs: 0 });
    const result = await ready();
    expect(result.ready).toBe(true);
    expect(result.details.revocationList).toBe('ok');
    expect(
      (result.details.subgraphs as { name: string; status: string; checks: unknown }[]).map((s) => [s.name, s.status, s.checks]),
    ).toEqual([
      ['people', 'ready', { database: 'ok' }],
      ['training', 'ready', { database: 'ok' }],
    ]);
    await new Promise((r) => setTimeout(r, 50));
    expect(new Set([...people.callers, ...training.callers])).toEqual(new Set(['HUB_SERVICE']));
  });

  it('is not ready while one subgraph answers 503, naming it', async () => {
    trainingAnswer = 503;
    const result = await gatewayReadiness({ supergraph: supergraph(true), subgraphs, revocations: readable, gatewayKey, cacheMs: 0 })();
    expect(result.ready).toBe(false);
    const states = result.details.subgraphs as { name: string; status: string; reason?: string }[];
    expect(states.find((s) => s.name === 'training')).toMatchObject({ status: 'unready', reason: 'HTTP 503' });
    expect(states.find((s) => s.name === 'people')).toMatchObject({ status: 'ready' });
  });

  it('is not ready when a subgraph does not answer within the deadline', async () => {
    trainingAnswer = 'hang';
    const started = performance.now();
    const result = await gatewayReadiness({
      supergraph: supergraph(true),
      subgraphs,
      revocations: readable,
      gatewayKey,
      cacheMs: 0,
      timeoutMs: 200,
    })();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result.ready).toBe(false);
    expect((result.details.subgraphs as { name: string; reason?: string }[]).find((s) => s.name === 'training')?.reason).toBe('timed out');
  });

  it('is not ready when a subgraph cannot be reached at all', async () => {
    const gone = await standIn(() => 200);
    await gone.close();
    const result = await gatewayReadiness({
      supergraph: supergraph(true),
      subgraphs: () => [{ name: 'councils', url: gone.url }],
      revocations: readable,
      gatewayKey,
      cacheMs: 0,
    })();
    expect(result.ready).toBe(false);
    expect((result.details.subgraphs as { reason?: string }[])[0]?.reason).toBe('ECONNREFUSED');
  });

  it('is not ready without a loaded supergraph, or when the token revocation list cannot be read', async () => {
    trainingAnswer = 200;
    expect(
      (await gatewayReadiness({ supergraph: supergraph(false), subgraphs, revocations: readable, gatewayKey, cacheMs: 0 })()).ready,
    ).toBe(false);
    const unreadable = {
      refusal: async () => {
        throw new Error('access store down');
      },
    };
    const result = await gatewayReadiness({ supergraph: supergraph(true), subgraphs, revocations: unreadable, gatewayKey, cacheMs: 0 })();
    expect(result).toMatchObject({ ready: false, details: { revocationList: 'unavailable' } });
  });

  it('asks the subgraphs once for a burst of probes within its cache time', async () => {
    trainingAnswer = 200;
    const before = people.asked.count;
    const ready = gatewayReadiness({ supergraph: supergraph(true), subgraphs, revocations: readable, gatewayKey, cacheMs: 5_000 });
    await Promise.all([ready(), ready(), ready()]);
    await ready();
    expect(people.asked.count - before).toBe(1);
  });
});
