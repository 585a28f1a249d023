import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, it } from '@jest/globals';
import { trace } from '@opentelemetry/api';
import { runInRequest } from '../request-context.ts';
import { inSpan, propagationHeaders, sqlSpan, startServerSpan, startTracing, tracingEnabled, type Tracing } from '../tracing.ts';

const CALLER = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

/** A stand-in OTLP collector on loopback: what it was sent, by path. */
async function collector() {
  const received: { path: string; contentType: string | undefined; body: Buffer }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', contentType: req.headers['content-type'], body: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('tracing', () => {
  const saved = { endpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT, traces: process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT };
  let tracing: Tracing | null = null;
  afterAll(async () => {
    await tracing?.shutdown();
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = saved.endpoint;
    if (saved.endpoint === undefined) delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    if (saved.traces !== undefined) process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = saved.traces;
  });

  it('is off without OTEL_EXPORTER_OTLP_ENDPOINT: no provider, work runs as it is, no span is recorded', async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    delete process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    assert.equal(startTracing({ service: 'test' }), null);
    assert.equal(tracingEnabled(), false);
    assert.equal(await inSpan('work', {}, async () => trace.getActiveSpan()), undefined, 'no span around the work');
    assert.equal(await sqlSpan('SELECT 1', 'db', async () => 'ran'), 'ran');
    const server = startServerSpan('POST /graphql', { traceparent: CALLER }, {});
    assert.equal(
      server.run(() => trace.getActiveSpan()),
      undefined,
    );
  });

  it("passes the request id and the caller's traceparent on unchanged while it is off", () => {
    assert.deepEqual(
      runInRequest({ requestId: 'r-1', traceparent: CALLER }, () => propagationHeaders()),
      { 'x-request-id': 'r-1', traceparent: CALLER },
    );
    assert.deepEqual(propagationHeaders(), {}, 'outside a request: nothing');
  });

  it("exports over OTLP (HTTP, protobuf) to OTEL_EXPORTER_OTLP_ENDPOINT, continuing the caller's trace, without SQL literals", async () => {
    const otlp = await collector();
    try {
      process.env.OTEL_EXPORTER_OTLP_ENDPOINT = otlp.url;
      tracing = startTracing({ service: 'tracing-test' });
      assert.ok(tracing);
      assert.equal(tracingEnabled(), true);
      const server = startServerSpan('POST /graphql', { traceparent: CALLER }, { 'continuum.service': 'tracing-test' });
      const headers = await server.run(() =>
        runInRequest({ requestId: 'r-2' }, () =>
          inSpan('dataloader person', {}, () =>
            sqlSpan(`SELECT id FROM person WHERE family_name = 'Robson' AND id = $1`, 'continuum_people', async () => propagationHeaders()),
          ),
        ),
      );
      server.end(200);
      // Calls made inside carry this trace on: same trace id, the SQL span as parent.
      assert.match(headers.traceparent, /^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
      assert.equal(headers['x-request-id'], 'r-2');
      await tracing.shutdown();
      tracing = null;
      assert.equal(tracingEnabled(), false);
      const sent = otlp.received.find((r) => r.path === '/v1/traces');
      assert.ok(sent, JSON.stringify(otlp.received.map((r) => r.path)));
      assert.equal(sent.contentType, 'application/x-protobuf');
      const text = sent.body.toString('latin1');
      for (const expected of [
        'tracing-test',
        'POST /graphql',
        'dataloader person',
        'SELECT continuum_people',
        "family_name = '?' AND id = $1",
      ])
        assert.ok(text.includes(expected), expected);
      assert.equal(text.includes('Robson'), false, 'a literal in SQL text is not exported');
      assert.ok(sent.body.includes(Buffer.from('4bf92f3577b34da6a3ce929d0e0e4736', 'hex')), "the caller's trace id");
    } finally {
      await otlp.close();
    }
  });
});
