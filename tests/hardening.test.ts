/**
 * GraphQL hardening at the gateway: depth, list-aware cost, alias, directive and token limits,
 * pages of at most 100, no HTTP batching, no introspection or field suggestions in production,
 * no stack traces. Our own operations pass within the same limits: every whole-hub test goes
 * through them (the five continuity questions, a caseload of 200, the transition journeys).
 */
import { startGateway, type RunningGateway } from '@continuum/gateway';
import { gatewayAuthConfig } from '@continuum/gateway';
import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { SUPERGRAPH_FILE } from '../scripts/hub.ts';
import { startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const NHS_NUMBERS = region.people
  .filter((p) => p.nhsNumber)
  .slice(0, 40)
  .map((p) => p.nhsNumber!);

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as any };
}

describe('GraphQL hardening at the gateway', () => {
  let hub: TestHub;
  let production: RunningGateway;
  let auth: Record<string, string>;
  beforeAll(async () => {
    hub = await startTestHub();
    auth = await hub.bearer('phb-lead.icb');
    // The same hub behind a second gateway configured for production.
    production = await startGateway({
      supergraph: { sdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8') },
      urls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
      port: 0,
      auth: gatewayAuthConfig(hub.keys, hub.accessStore),
      mode: 'production',
    });
  });
  afterAll(async () => {
    await production.stop();
    await hub.stop();
  });

  const refusedWith = (res: { body: any; text: string }, code: string) => {
    assert.ok(res.body.errors?.length, res.text);
    assert.equal(res.body.errors[0].extensions?.code, code, res.text);
    assert.equal(res.body.data?.person ?? res.body.data?.people ?? null, null);
    assert.doesNotMatch(res.text, /stacktrace| {4}at /);
  };

  it('refuses alias batching of NHS-number lookups beyond 15 aliases', async () => {
    const query = `{ ${NHS_NUMBERS.map((n, i) => `p${i}: person(nhsNumber: "${n}") { id givenName }`).join(' ')} }`;
    const res = await post(hub.gatewayUrl, { query }, auth);
    refusedWith(res, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(res.body.errors[0].message, /alias/i);
    assert.doesNotMatch(res.text, /givenName":"/);
  });

  it('refuses deep nesting', async () => {
    const query = `{ people(first: 1) { edges { node { paTeam { personalAssistant { employers { employer { paTeam { personalAssistant { employers { employer { familyName } } } } } } } } } } } }`;
    const res = await post(hub.gatewayUrl, { query }, auth);
    refusedWith(res, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(res.body.errors[0].message, /depth/i);
  });

  it('refuses a list query whose page sizes multiply past the cost limit, before any subgraph is asked', async () => {
    const before = hub.subgraphs.map((s) => s.database.statementCount());
    const query = `query ($n: Int) { people(first: $n) { edges { node { paTeam(includeEnded: true) { personalAssistant { trainingRecords { course { code } } employers { employer { paTeam { id } } } } } } } } }`;
    // A client that accepts application/graphql-response+json is told 400 (tests/graphql-over-http.test.ts: both media types).
    const res = await post(hub.gatewayUrl, { query, variables: { n: 100 } }, { ...auth, accept: 'application/graphql-response+json' });
    refusedWith(res, 'COST_LIMIT_EXCEEDED');
    assert.equal(res.status, 400);
    assert.deepEqual(
      hub.subgraphs.map((s) => s.database.statementCount()),
      before,
      'no subgraph was asked',
    );
    // The same shape for one person is within the limit.
    const small = await post(hub.gatewayUrl, { query, variables: { n: 1 } }, auth);
    assert.equal(small.body.errors, undefined, small.text);
    assert.equal(small.body.data.people.edges.length, 1);
  });

  it('refuses a page above 100 at the gateway', async () => {
    const res = await post(hub.gatewayUrl, { query: `{ people(first: 101) { totalCount } }` }, auth);
    refusedWith(res, 'BAD_USER_INPUT');
    assert.equal(res.body.errors[0].extensions.field, 'first');
  });

  it('refuses too many directives and too many tokens', async () => {
    const directives = await post(hub.gatewayUrl, { query: `{ councils { name ${'@include(if: true) '.repeat(12)} } }` }, auth);
    refusedWith(directives, 'GRAPHQL_VALIDATION_FAILED');
    assert.match(directives.body.errors[0].message, /directive/i);
    const tokens = await post(hub.gatewayUrl, { query: `{ councils { ${'name '.repeat(2100)} } }` }, auth);
    // Counted as the document is parsed, so a document over the limit is never parsed whole.
    refusedWith(tokens, 'GRAPHQL_PARSE_FAILED');
    assert.match(tokens.body.errors[0].message, /token/i);
  });

  it('refuses HTTP batching (an array of operations)', async () => {
    const res = await post(hub.gatewayUrl, [{ query: '{ councils { name } }' }, { query: '{ councils { name } }' }], auth);
    assert.equal(res.status, 400);
    assert.deepEqual(
      res.body.errors.map((e: any) => e.extensions?.code),
      ['BAD_REQUEST'],
      res.text,
    );
    assert.doesNotMatch(res.text, /"name":"/);
  });

  it('answers introspection in development but refuses it in production, also when hidden in a fragment named __schema', async () => {
    const introspect = { query: '{ __schema { queryType { name } } }' };
    assert.equal((await post(hub.gatewayUrl, introspect, auth)).body.data.__schema.queryType.name, 'Query');
    const introspectionRefused = (res: { body: any; text: string }) => {
      refusedWith(res, 'GRAPHQL_VALIDATION_FAILED');
      assert.equal(res.body.errors[0].extensions.validationErrorCode, 'INTROSPECTION_DISABLED', res.text);
    };
    introspectionRefused(await post(production.url, introspect, auth));
    const disguised = { query: 'query { ...__schema } fragment __schema on Query { __schema { types { name fields { name } } } }' };
    const res = await post(production.url, disguised, auth);
    introspectionRefused(res);
    assert.doesNotMatch(res.text, /"types"/);
    introspectionRefused(await post(production.url, { query: '{ __type(name: "Person") { fields { name } } }' }, auth));
  });

  it('gives no field suggestions in production (they would reveal the schema)', async () => {
    const query = { query: '{ person(id: "x") { familyNam } }' };
    const dev = await post(hub.gatewayUrl, query, auth);
    assert.match(dev.text, /Did you mean/);
    const prod = await post(production.url, query, { ...auth, accept: 'application/graphql-response+json' });
    assert.equal(prod.status, 400);
    assert.deepEqual(
      prod.body.errors.map((e: any) => e.extensions?.code),
      ['GRAPHQL_VALIDATION_FAILED'],
      prod.text,
    );
    assert.doesNotMatch(prod.text, /Did you mean|familyName/);
  });

  it('sends no stack traces, whatever the error', async () => {
    const cases: [string, (error: any) => void][] = [
      ['{ person(id: "not-an-id") { id } }', (e) => assert.deepEqual([e.extensions?.code, e.extensions?.field], ['BAD_USER_INPUT', 'id'])],
      ['{ nope }', (e) => assert.equal(e.extensions?.code, 'GRAPHQL_VALIDATION_FAILED')],
      ['{', (e) => assert.match(e.message, /^Syntax Error: Expected Name, found <EOF>/)],
    ];
    for (const [query, expected] of cases) {
      const res = await post(production.url, { query }, auth);
      assert.equal(res.body.errors?.length, 1, res.text);
      expected(res.body.errors[0]);
      assert.doesNotMatch(res.text, /stacktrace|\.ts:\d+| {4}at /);
    }
  });
});
