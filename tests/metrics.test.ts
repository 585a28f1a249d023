/**
 * Prometheus metrics over real HTTP: each service has its own registry, served on a management
 * port of its own (bound to 127.0.0.1) and never on its public port; requests and errors are
 * counted by operation name and code, calls to subgraphs by subgraph, with the database pool,
 * the audit trail's writes and the process's event-loop lag beside them.
 */
import { buildDemoRegion } from '@continuum/demo';
import { metricSample } from '@continuum/dev/metrics-text';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';
import { startTestHub, type TestHub } from './helpers.ts';

const PERSON = buildDemoRegion().featured.movedDirectPaymentToPhb;
const TEAM = `query FeaturedPersonTeam($id: ID) {
  person(id: $id) { familyName paTeam { personalAssistant { familyName trainingRecords { completedOn } } } }
}`;

async function scrape(url: string | undefined): Promise<string> {
  assert.ok(url, 'the service serves metrics');
  const res = await fetch(url);
  assert.equal(res.status, 200);
  return res.text();
}

describe('metrics on management ports', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ metricsPorts: Object.fromEntries([...SUBGRAPH_MODULES.map((m) => [m.name, 0]), ['gateway', 0]]) });
  });
  afterAll(() => hub.stop());

  it('GET /metrics on the public port is not found, for anyone, at the gateway and at every subgraph', async () => {
    for (const url of [hub.gatewayUrl, ...hub.subgraphs.map((s) => s.url)]) {
      const anonymous = await fetch(url.replace('/graphql', '/metrics'));
      assert.equal(anonymous.status, 404, url);
      assert.doesNotMatch(await anonymous.text(), /continuum_|nodejs_/);
    }
    const withUser = await fetch(hub.gatewayUrl.replace('/graphql', '/metrics'), { headers: await hub.bearer('dpo.continuum') });
    assert.equal(withUser.status, 404);
  });

  it('serves each service its own registry on its own port at 127.0.0.1, the process metrics (event-loop lag) beside it', async () => {
    const urls = [hub.gateway.metricsUrl, ...hub.subgraphs.map((s) => s.metricsUrl)];
    assert.equal(new Set(urls).size, urls.length);
    for (const url of urls) assert.match(url ?? '', /^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const people = await scrape(hub.subgraph('people').metricsUrl);
    assert.match(people, /service="people"/);
    assert.doesNotMatch(people, /service="gateway"/);
    assert.match(people, /^nodejs_eventloop_lag_seconds /m);
    assert.match(await scrape(hub.gateway.metricsUrl), /^nodejs_eventloop_lag_seconds /m);
  });

  it('counts a request by its operation name, with its latency, at the gateway, and each call to the subgraphs it reached', async () => {
    const res = await hub.as('phb-lead.icb')(TEAM, { id: PERSON });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const gateway = await scrape(hub.gateway.metricsUrl);
    assert.equal(metricSample(gateway, 'continuum_graphql_requests_total', { operation: 'FeaturedPersonTeam', service: 'gateway' }), 1);
    assert.equal(metricSample(gateway, 'continuum_graphql_request_duration_seconds_count', { operation: 'FeaturedPersonTeam' }), 1);
    assert.ok(metricSample(gateway, 'continuum_graphql_request_duration_seconds_sum', { operation: 'FeaturedPersonTeam' })! > 0);
    for (const subgraph of ['people', 'support', 'training']) {
      assert.ok((metricSample(gateway, 'continuum_subgraph_fetch_duration_seconds_count', { subgraph }) ?? 0) >= 1, subgraph);
    }
    assert.ok((metricSample(gateway, 'continuum_http_responses_total', { route: '/graphql', status: '200' }) ?? 0) >= 1);
  });

  it("counts an error by its code under the operation's name: a mistyped NHS number is BAD_USER_INPUT, at the gateway and at people", async () => {
    const res = await hub.as('phb-lead.icb')('query MistypedNhsNumber { person(nhsNumber: "9991112228") { id } }');
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const gateway = await scrape(hub.gateway.metricsUrl);
    assert.equal(metricSample(gateway, 'continuum_graphql_errors_total', { operation: 'MistypedNhsNumber', code: 'BAD_USER_INPUT' }), 1);
    assert.equal(metricSample(gateway, 'continuum_graphql_errors_total', { operation: 'FeaturedPersonTeam' }), undefined);
    const people = await scrape(hub.subgraph('people').metricsUrl);
    assert.ok((metricSample(people, 'continuum_graphql_errors_total', { code: 'BAD_USER_INPUT', service: 'people' }) ?? 0) >= 1);
  });

  it("shows each subgraph's database pool and the audit rows its reads wrote, with no failed write", async () => {
    const people = await scrape(hub.subgraph('people').metricsUrl);
    assert.equal(metricSample(people, 'continuum_db_pool_max_connections', { service: 'people' }), 10);
    assert.ok((metricSample(people, 'continuum_db_pool_connections') ?? 0) >= 1);
    assert.equal(typeof metricSample(people, 'continuum_db_pool_idle_connections'), 'number');
    assert.equal(metricSample(people, 'continuum_db_pool_waiting_requests'), 0);
    assert.ok((metricSample(people, 'continuum_audit_rows_written_total') ?? 0) >= 1, 'reading the person wrote audit rows');
    assert.equal(metricSample(people, 'continuum_audit_write_failures_total'), 0);
  });

  it('counts the calls to a subgraph that is down as failed, by subgraph and code', async () => {
    await hub.stopSubgraph('training');
    try {
      const res = await hub.as('phb-lead.icb')(TEAM, { id: PERSON });
      assert.equal(res.errors?.[0]?.extensions?.code, 'SUBGRAPH_UNAVAILABLE');
      const gateway = await scrape(hub.gateway.metricsUrl);
      assert.ok(
        (metricSample(gateway, 'continuum_subgraph_fetch_errors_total', { subgraph: 'training', code: 'SUBGRAPH_UNAVAILABLE' }) ?? 0) >= 1,
      );
      assert.equal(metricSample(gateway, 'continuum_subgraph_fetch_errors_total', { subgraph: 'people' }), undefined);
      assert.equal(
        metricSample(gateway, 'continuum_graphql_errors_total', { operation: 'FeaturedPersonTeam', code: 'SUBGRAPH_UNAVAILABLE' }),
        1,
      );
    } finally {
      await hub.restartSubgraph('training');
    }
  });
});
