/**
 * GraphQL over HTTP at the gateway, as the specification asks: graphql-http's server audit run
 * against the real gateway over HTTP passes every MUST and SHOULD, and the statuses README's
 * Errors table states (ERROR_CODES) are the ones answered, by media type: a well-formed request
 * refused before it runs answers 400 as application/graphql-response+json and 200 as
 * application/json; an operation that ran answers 200; a request that is not GraphQL, 400.
 */
import { ERROR_CODES, type ErrorCode } from '@continuum/runtime';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { serverAudits } from 'graphql-http';
import { startTestHub, type TestHub } from './helpers.ts';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const JSON_ONLY = 'application/json';

interface Answer {
  status: number;
  contentType: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('GraphQL over HTTP at the gateway', () => {
  let hub: TestHub;
  let auth: Record<string, string>;
  beforeAll(async () => {
    hub = await startTestHub();
    auth = await hub.bearer('phb-lead.icb');
  });
  afterAll(async () => {
    await hub.stop();
  });

  async function post(body: unknown, accept?: string, headers: Record<string, string> = auth): Promise<Answer> {
    const res = await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: (await res.json()) as Answer['body'] };
  }

  /** The statuses ERROR_CODES gives a code: the usual one and each other. */
  const documented = (code: ErrorCode) => ERROR_CODES[code].http.map((h) => h.status as number);

  it('passes every MUST and SHOULD of the graphql-http server audit (anonymous, as the audit sends no token)', async () => {
    const results = await Promise.all(serverAudits({ url: hub.gatewayUrl }).map((audit) => audit.fn()));
    const failed = results.filter((r) => r.status !== 'ok' && !r.name.startsWith('MAY'));
    expect(failed.map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    // The deliberate exception (README, "HTTP status codes"), all optional: a query sent by GET
    // without a header a browser's plain request cannot carry is refused (cross-site request forgery).
    const notices = results.filter((r) => r.status !== 'ok');
    expect(notices.map((r) => r.id).sort()).toEqual(['5A70', '6A70', 'D6D5']);
    for (const notice of notices) {
      expect(notice.name).toMatch(/^MAY .*GET/);
      const body = 'response' in notice ? await notice.response.text() : '';
      expect([notice.id, body]).toEqual([notice.id, expect.stringMatching(/CSRF/)]);
    }
    const must = results.filter((r) => r.name.startsWith('MUST'));
    const should = results.filter((r) => r.name.startsWith('SHOULD'));
    expect(must.length).toBeGreaterThan(10);
    expect(should.length).toBeGreaterThan(10);
  });

  it('answers a document that does not parse with 400 GRAPHQL_PARSE_FAILED as graphql-response+json and 200 as application/json (was 500)', async () => {
    const strict = await post({ query: '{ councils { name }' }, GRAPHQL_RESPONSE_JSON);
    expect([strict.status, strict.body.errors?.[0]?.extensions?.code, 'data' in strict.body]).toEqual([400, 'GRAPHQL_PARSE_FAILED', false]);
    expect(strict.contentType).toContain(GRAPHQL_RESPONSE_JSON);
    expect(strict.body.errors?.[0]?.message).toMatch(/^Syntax Error/);
    const legacy = await post({ query: '{ councils { name }' }, JSON_ONLY);
    expect([legacy.status, legacy.body.errors?.[0]?.extensions?.code]).toEqual([200, 'GRAPHQL_PARSE_FAILED']);
    expect(legacy.contentType).toContain('application/json');
    expect(documented('GRAPHQL_PARSE_FAILED')).toEqual([400, 200]);
  });

  it('answers a document over the token limit as a parse failure: 400, or 200 as application/json (was 500)', async () => {
    const query = `{ councils { ${'name '.repeat(2100)} } }`;
    const strict = await post({ query }, GRAPHQL_RESPONSE_JSON);
    expect([strict.status, strict.body.errors?.[0]?.extensions?.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    expect(strict.body.errors?.[0]?.message).toMatch(/2000 tokens/);
    expect((await post({ query })).status).toBe(200);
  });

  it('answers a validation failure or a gateway limit with 400 as graphql-response+json, 200 as application/json', async () => {
    const cases: [string, ErrorCode][] = [
      ['{ councils { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
      [`{ councils { name ${'@include(if: true) '.repeat(12)} } }`, 'GRAPHQL_VALIDATION_FAILED'],
      ['{ people(first: 101) { totalCount } }', 'BAD_USER_INPUT'],
      [
        '{ people(first: 100) { edges { node { paTeam(includeEnded: true) { personalAssistant { trainingRecords { course { code } } employers { employer { paTeam { id } } } } } } } } }',
        'COST_LIMIT_EXCEEDED',
      ],
    ];
    for (const [query, code] of cases) {
      const strict = await post({ query }, GRAPHQL_RESPONSE_JSON);
      expect([query, strict.status, strict.body.errors?.[0]?.extensions?.code, 'data' in strict.body]).toEqual([query, 400, code, false]);
      const legacy = await post({ query }, JSON_ONLY);
      expect([query, legacy.status, legacy.body.errors?.[0]?.extensions?.code]).toEqual([query, 200, code]);
      // A client that sends no Accept is answered application/json.
      expect([query, (await post({ query })).status]).toEqual([query, 200]);
    }
    expect(documented('GRAPHQL_VALIDATION_FAILED').slice(0, 2)).toEqual([400, 200]);
    expect(documented('COST_LIMIT_EXCEEDED')).toEqual([400, 200]);
  });

  it('answers variables that do not fit their types with 400 as graphql-response+json, 200 as application/json', async () => {
    const body = { query: 'query ($n: Int!) { people(first: $n) { totalCount } }', variables: { n: 'ten' } };
    const strict = await post(body, GRAPHQL_RESPONSE_JSON);
    expect([strict.status, strict.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    expect((await post(body, JSON_ONLY)).status).toBe(200);
  });

  it('answers an operationName that names no operation with 400 as graphql-response+json, 200 as application/json (was 500)', async () => {
    const body = { query: 'query Councils { councils { name } }', operationName: 'Nowhere' };
    const strict = await post(body, GRAPHQL_RESPONSE_JSON);
    expect(strict.status).toBe(400);
    expect(strict.body.errors).toHaveLength(1);
    expect('data' in strict.body).toBe(false);
    const code = strict.body.errors![0]!.extensions?.code as ErrorCode;
    expect(documented(code)).toEqual([400, 200]);
    expect((await post(body, JSON_ONLY)).status).toBe(200);
  });

  it('answers an operation that ran with 200 in both media types, its errors beside its data', async () => {
    const query = '{ councils { name } person(id: "not-an-id") { id } }';
    for (const accept of [GRAPHQL_RESPONSE_JSON, JSON_ONLY]) {
      const res = await post({ query }, accept);
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((res.body.data as { councils: unknown[] }).councils.length).toBeGreaterThan(0);
    }
  });

  it('answers what is not a GraphQL request with 400 whatever the media type, and an unusable token with 401', async () => {
    for (const accept of [GRAPHQL_RESPONSE_JSON, JSON_ONLY]) {
      const notJson = await post('{ "query": ', accept);
      expect([notJson.status, notJson.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_REQUEST']);
      const noQuery = await post({ qeury: '{ councils { name } }' }, accept);
      expect([noQuery.status, noQuery.body.errors?.[0]?.extensions?.code]).toEqual([400, 'BAD_REQUEST']);
      const badToken = await post({ query: '{ councils { name } }' }, accept, { authorization: 'Bearer not-a-token' });
      expect([badToken.status, badToken.body.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
  });
});
