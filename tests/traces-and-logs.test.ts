/**
 * Traces and logs through the whole hub over real HTTP: one request is one trace from the gateway
 * through every subgraph it touched down to each SQL statement, continuing the caller's trace
 * context; every service's log lines name the request id and the trace; and no NHS number, name
 * or date of birth from the demo region appears in any exported span or any log line.
 */
import { buildDemoRegion, FEATURED_PERSON } from '@continuum/demo';
import { formatNhsNumber, pinoLogger, SpanKind, startTracing, type Tracing } from '@continuum/runtime';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestHub, type TestHub } from './helpers.ts';

/** README's "One person across four agencies", as printed there. */
const README_QUERY = `query {
  person(nhsNumber: "${formatNhsNumber(FEATURED_PERSON.nhsNumber)}") {
    givenName familyName
    fundingHistory {
      __typename start end status funderName weeklyAmount
      ... on PersonalHealthBudget { management }
    }
    paTeam {
      start role
      personalAssistant {
        givenName familyName
        dbsCheck { status current }
        careCertificate { standardsCompleted standardsTotal }
      }
    }
  }
}`;

const SUBGRAPHS = ['people', 'councils', 'health', 'support', 'training'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const exporter = new InMemorySpanExporter();
/** Every line every service logged in this file, at debug and above, as pino wrote it. */
const lines: string[] = [];
const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

let tracing: Tracing;
let hub: TestHub;

/** The README query as the ICB's PHB lead, with the headers given; its answer, body and response headers. */
async function ask(headers: Record<string, string> = {}) {
  const res = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await hub.bearer('phb-lead.icb')), ...headers },
    body: JSON.stringify({ query: README_QUERY }),
  });
  return { status: res.status, requestId: res.headers.get('x-request-id'), body: (await res.json()) as any };
}

const attr = (span: ReadableSpan, name: string) => span.attributes[name];
const isServer = (span: ReadableSpan, requestId: string) =>
  span.kind === SpanKind.SERVER && attr(span, 'continuum.request_id') === requestId;

/** The request's spans once every service has ended its server span (they end as each answer is sent). */
async function spansOf(requestId: string, services: string[]): Promise<ReadableSpan[]> {
  for (const deadline = performance.now() + 10_000; performance.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    const servers = exporter.getFinishedSpans().filter((s) => isServer(s, requestId));
    if (services.every((service) => servers.some((s) => attr(s, 'continuum.service') === service))) return exporter.getFinishedSpans();
  }
  throw new Error(`not every service ended a span for ${requestId}`);
}

describe('traces and logs', () => {
  beforeAll(async () => {
    tracing = startTracing({ service: 'continuum-test', exporter })!;
    hub = await startTestHub({ logger: pinoLogger({ level: 'debug', destination: { write: (line: string) => void lines.push(line) } }) });
  });
  afterAll(async () => {
    await hub?.stop();
    await tracing?.shutdown();
  });

  it("one request is one trace spanning the gateway's planning and fetches, every subgraph it touched, their loader batches and SQL statements", async () => {
    const { status, body, requestId } = await ask({ 'x-request-id': 'readme-cross-agency-1' });
    assert.equal(status, 200);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.equal(body.data.person.familyName, FEATURED_PERSON.familyName);
    assert.equal(requestId, 'readme-cross-agency-1');

    const spans = await spansOf('readme-cross-agency-1', ['gateway', ...SUBGRAPHS]);
    const gateway = spans.find((s) => isServer(s, 'readme-cross-agency-1') && attr(s, 'continuum.service') === 'gateway')!;
    const traceId = gateway.spanContext().traceId;
    const trace = spans.filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(trace.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) => (s.parentSpanContext ? byId.get(s.parentSpanContext.spanId) : undefined);
    /** The service whose server span a span runs under. */
    const serviceOf = (s: ReadableSpan | undefined): unknown =>
      s === undefined || s.kind === SpanKind.SERVER ? s && attr(s, 'continuum.service') : serviceOf(parentOf(s));

    // One root: the gateway's server span; everything else hangs from it.
    assert.deepEqual(
      trace.filter((s) => !parentOf(s)).map((s) => s.name),
      ['POST /graphql'],
    );
    const servers = trace.filter((s) => s.kind === SpanKind.SERVER);
    // Every service the plan touched (some twice: people, then councils and health, then people again for fundingHistory).
    assert.deepEqual([...new Set(servers.map((s) => attr(s, 'continuum.service')))].sort(), ['gateway', ...SUBGRAPHS].sort());
    assert.equal(servers.filter((s) => attr(s, 'continuum.service') === 'gateway').length, 1);
    assert.ok(
      spans.filter((s) => isServer(s, 'readme-cross-agency-1')).every((s) => s.spanContext().traceId === traceId),
      'every service served the request in the same trace',
    );

    // The gateway's own spans: the request, its plan and each fetch.
    for (const name of ['gateway.request', 'gateway.validate', 'gateway.plan', 'gateway.execute', 'gateway.fetch'])
      assert.ok(
        trace.some((s) => s.name === name && serviceOf(s) === 'gateway'),
        `${name} in the trace`,
      );
    // Each subgraph's server span is the child of the gateway fetch that called it (W3C trace context on every call).
    for (const server of servers.filter((s) => attr(s, 'continuum.service') !== 'gateway')) {
      const fetch = parentOf(server);
      assert.equal(fetch?.name, 'gateway.fetch');
      assert.equal(attr(fetch!, 'service'), attr(server, 'continuum.service'));
    }
    // In every subgraph: loader batches and SQL statements, with placeholders for values.
    for (const subgraph of SUBGRAPHS) {
      const inside = trace.filter((s) => s.kind !== SpanKind.SERVER && serviceOf(s) === subgraph);
      const sql = inside.filter((s) => attr(s, 'db.system.name') === 'postgresql');
      assert.ok(sql.length > 0, `SQL spans in ${subgraph}`);
      assert.ok(
        sql.some((s) => String(attr(s, 'db.namespace')).includes(`_${subgraph}_`) && /\$1/.test(String(attr(s, 'db.query.text')))),
        `${subgraph}'s own database queried with placeholders`,
      );
      assert.ok(
        inside.some((s) => s.name.startsWith('dataloader ') && typeof attr(s, 'continuum.loader.keys') === 'number'),
        `a loader batch in ${subgraph}`,
      );
    }
    assert.ok(
      trace.some((s) => s.name.startsWith('dataloader ') && !['unique', 'group'].includes(String(attr(s, 'continuum.loader')))),
      'loader batches are named after their loader',
    );
  });

  it("the gateway continues the caller's trace, and every service's log lines name the request id and that trace (the gateway's access line at info, a subgraph's at debug)", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const { status, requestId } = await ask({ 'x-request-id': 'caller-trace-2', traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    assert.equal(status, 200);
    assert.equal(requestId, 'caller-trace-2');
    const spans = await spansOf('caller-trace-2', ['gateway', ...SUBGRAPHS]);
    const gateway = spans.find((s) => isServer(s, 'caller-trace-2') && attr(s, 'continuum.service') === 'gateway')!;
    assert.equal(gateway.spanContext().traceId, traceId);
    assert.equal(gateway.parentSpanContext?.spanId, '00f067aa0ba902b7');

    const requestLines = logged().filter((l) => l.requestId === 'caller-trace-2');
    for (const service of ['gateway', ...SUBGRAPHS]) {
      const own = requestLines.filter((l) => l.service === service);
      assert.ok(own.length > 0, `${service} logged the request: ${JSON.stringify(requestLines)}`);
      assert.ok(
        own.every((l) => l.traceId === traceId && typeof l.spanId === 'string'),
        JSON.stringify(own),
      );
    }
    const access = requestLines.find((l) => l.service === 'gateway' && l.msg === 'request')!;
    assert.equal(access.level, 'info');
    assert.equal(access.status, 200);
    assert.equal(access.path, '/graphql');
    assert.equal(typeof access.time, 'string');
    assert.equal(typeof access.durationMs, 'number');
    // A subgraph's access lines (the gateway's fetches) are detail, at debug, under the same request id.
    assert.equal(requestLines.find((l) => l.service === 'people' && l.msg === 'request')?.level, 'debug');
  });

  it("a request without a well-formed x-request-id is given one of the hub's, answered in the response header", async () => {
    const missing = await ask();
    assert.match(String(missing.requestId), UUID);
    const malformed = await ask({ 'x-request-id': 'not a request id <script>' });
    assert.match(String(malformed.requestId), UUID);
    assert.equal(
      lines.some((l) => l.includes('<script>')),
      false,
      'the malformed id is logged nowhere',
    );
  });

  it('no NHS number, name or date of birth from the demo region appears in any exported span or any log line', async () => {
    exporter.reset();
    const { body } = await ask({ 'x-request-id': 'personal-data-3' });
    assert.equal(body.errors, undefined);
    await spansOf('personal-data-3', ['gateway', ...SUBGRAPHS]);
    const spanText = exporter
      .getFinishedSpans()
      .map((s) => JSON.stringify([s.name, s.attributes, s.events, s.status, s.links]))
      .join('\n');
    const logText = lines.join('\n');
    assert.ok(logText.includes('personal-data-3'), 'the request was logged');

    const region = buildDemoRegion();
    const nhsNumbers = new Set(region.people.flatMap((p) => (p.nhsNumber ? [p.nhsNumber] : [])));
    const birthDates = new Set([...region.people, ...region.personalAssistants].map((p) => p.dateOfBirth));
    const fullNames = new Set([...region.people, ...region.personalAssistants].map((p) => `${p.givenName} ${p.familyName}`));
    // The names this very answer carried, each on its own.
    const answered = [body.data.person, ...body.data.person.paTeam.map((m: any) => m.personalAssistant)].flatMap((p: any) => [
      p.givenName,
      p.familyName,
    ]);
    assert.ok(answered.length >= 8 && answered.includes(FEATURED_PERSON.givenName));

    for (const [where, text] of [
      ['spans', spanText],
      ['log lines', logText],
    ] as const) {
      const numbers = [...text.matchAll(/\b\d{10}\b|\b\d{3} \d{3} \d{4}\b/g)].map((m) => m[0].replaceAll(' ', ''));
      assert.deepEqual(
        numbers.filter((n) => nhsNumbers.has(n)),
        [],
        `NHS numbers in ${where}`,
      );
      const dates = [...text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => m[0]);
      assert.deepEqual(
        dates.filter((d) => birthDates.has(d)),
        [],
        `dates of birth in ${where}`,
      );
      const pairs = [...text.matchAll(/(?=\b([A-Z][a-z'-]+ [A-Z][A-Za-z'-]+)\b)/g)].map((m) => m[1]);
      assert.deepEqual(
        pairs.filter((n) => fullNames.has(n)),
        [],
        `names in ${where}`,
      );
      assert.deepEqual(
        answered.filter((name: string) => new RegExp(`\\b${name}\\b`).test(text)),
        [],
        `the answer's names in ${where}`,
      );
    }
  });
});
