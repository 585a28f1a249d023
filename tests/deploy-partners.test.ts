/**
 * What a partner organisation running its subgraph on its own infrastructure needs from the hub,
 * as docs/partners.md tells it: the gateway's public keys at a well-known URL (so the partner
 * trusts only requests the gateway signed, without being handed a file), the hub's access API
 * (access decisions and audit rows, with no credential for the hub's databases), and
 * `subgraph:new` saying which port it chose, which the registration's URL must name.
 */
import { AccessDecisions, gatewayKeysFromEnv, generateSigningKey, signInternalToken, verifyInternalToken } from '@continuum/access';
import { DEMO_USERS, demoUser } from '@continuum/demo';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { FEATURED_PERSON } from '@continuum/demo';
import { ensureDatabase, todayIso, withDatabase, type Caller } from '@continuum/runtime';
import { postGraphQL, testServerUrl, waitFor } from '@continuum/dev/testing';
import { Registry } from '@continuum/schema/registry';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import net from 'node:net';
import { nextPartnerPort } from '../scripts/generate-subgraph.ts';
import { startTestHub, testHubKeys, type TestHub } from './helpers.ts';
import { servedBy } from './partner-helpers.ts';
import { peopleRelatedTo } from './who-may-see.ts';
import { region } from './transition-journeys.ts';

const root = path.resolve(import.meta.dirname, '..');
const caller = demoUser('phb-lead.icb');

describe("the gateway's public keys at /.well-known/jwks.json", () => {
  let hub: TestHub;
  let url: string;
  beforeAll(async () => {
    hub = await startTestHub();
    url = hub.gatewayUrl.replace('/graphql', '/.well-known/jwks.json');
  });
  afterAll(async () => hub?.stop());

  it("answers anyone with the gateway's public keys, and no private part of them", async () => {
    const res = await fetch(url);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/jwk-set+json');
    const body = (await res.json()) as { keys: Record<string, unknown>[] };
    for (const key of body.keys) for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) assert.equal(key[member], undefined, member);
    assert.deepEqual(body, (await testHubKeys()).gateway.jwks);
    assert.equal((await fetch(url, { method: 'POST' })).status, 405);
  });

  it('is what a subgraph given CONTINUUM_GATEWAY_JWKS_URL verifies with: it accepts what the gateway signed and refuses any other key', async () => {
    const saved = { ...process.env };
    delete process.env.CONTINUUM_GATEWAY_JWKS;
    process.env.CONTINUUM_GATEWAY_JWKS_URL = url;
    try {
      const keys = gatewayKeysFromEnv();
      const signed = await signInternalToken((await testHubKeys()).gateway, caller);
      assert.equal((await verifyInternalToken(signed, keys)).userId, caller.userId);
      const forged = await signInternalToken(await generateSigningKey(), caller);
      await assert.rejects(verifyInternalToken(forged, keys));
    } finally {
      process.env = saved;
    }
  });
});

describe('npm run subgraph:new', () => {
  let parent: string;
  beforeAll(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-new-partner-'));
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(parent, 'node_modules'));
  });
  afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

  it('prints the port it chose, and names it in the registration it suggests', () => {
    const expected = nextPartnerPort(parent);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-subgraph.ts', 'acme-register', '--dir', parent], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`It listens on port ${expected} \\(ACME_REGISTER_PORT changes it`));
    assert.match(run.stdout, new RegExp(`npm run schema -- register acme-register --url http://<host>:${expected}/graphql`));
    assert.equal(JSON.parse(fs.readFileSync(path.join(parent, 'acme-register', 'package.json'), 'utf8')).continuum.port, expected);
  });

  describe('run as the guide runs it, beside the hub, with no credential of the hub’s', () => {
    const lead = demoUser('phb-lead.icb');
    let hub: TestHub;
    let registry: Registry;
    let child: ChildProcess | null = null;
    let person: string;
    let stranger: Caller;

    beforeAll(async () => {
      const dir = path.join(parent, 'acme-register');
      registry = new Registry(fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-registry-')));
      await registry.recompose('hub');
      hub = await startTestHub({ supergraph: { path: registry.supergraphPath, pollMs: 100 } });
      const database = `test_acme_${randomBytes(4).toString('hex')}`;
      await ensureDatabase(testServerUrl(), database);
      const port = await freePort();
      // Step 3 of docs/partners.md: its own database, the gateway's keys from its well-known URL, the hub's access API; no access store URL.
      child = spawn(process.execPath, ['--import', 'tsx', path.join(dir, 'src', 'index.ts')], {
        cwd: root,
        env: {
          ...process.env,
          ACME_REGISTER_PORT: String(port),
          ACME_REGISTER_DATABASE_URL: withDatabase(testServerUrl(), database),
          CONTINUUM_HOST: '127.0.0.1',
          CONTINUUM_SEED: 'off',
          CONTINUUM_GATEWAY_JWKS: '',
          CONTINUUM_GATEWAY_JWKS_URL: hub.gatewayUrl.replace('/graphql', '/.well-known/jwks.json'),
          CONTINUUM_ACCESS_URL: hub.gatewayUrl.replace('/graphql', '/access'),
          CONTINUUM_ACCESS_DATABASE_URL: '',
        },
        stdio: 'ignore',
      });
      const url = `http://127.0.0.1:${port}/graphql`;
      await waitFor(async () => (await fetch(url.replace('/graphql', '/health/ready')).catch(() => null))?.ok === true, {
        timeoutMs: 60_000,
        message: 'the generated subgraph to be ready',
      });
      // Steps 4 to 6: registered and published; the gateway picks it up.
      registry.register({ name: 'acme-register', url, organisation: 'Acme Register', contact: 'acme@example.org' });
      const published = await registry.publish('acme-register', fs.readFileSync(path.join(dir, 'schema.graphql'), 'utf8'));
      assert.ok(published.published, JSON.stringify(published.report));
      await servedBy(hub, registry);
      person = region.people.find((p) => p.nhsNumber === FEATURED_PERSON.nhsNumber)!.id;
      assert.ok(peopleRelatedTo(region, lead.organisationCode).has(person));
      stranger = DEMO_USERS.find((u) => u.role === 'SOCIAL_WORKER' && !peopleRelatedTo(region, u.organisationCode).has(person))!;
      assert.ok(stranger, 'a social worker unrelated to the person');
    });
    afterAll(async () => {
      child?.kill('SIGTERM');
      await hub?.stop();
    });

    it('answers its top-level fields and its write to real users by the access policy it ships with, its audit rows written in the hub’s store through the access API', async () => {
      const record = `mutation ($input: RecordAcmeRegisterActivityInput!) { recordAcmeRegisterActivity(input: $input) { id title on } }`;
      const read = `query ($id: ID!) { acmeRegisterActivity(id: $id) { id title person { id } } }`;
      const input = { personId: person, title: 'Introductory visit', on: todayIso() };
      const made = await postGraphQL<any>(hub.gatewayUrl, record, { input }, await hub.bearer(lead));
      assert.equal(made.errors, undefined, JSON.stringify(made.errors));
      const id = made.data.recordAcmeRegisterActivity.id;
      const seen = await postGraphQL<any>(hub.gatewayUrl, read, { id }, await hub.bearer(lead));
      assert.deepEqual(seen.data.acmeRegisterActivity, { id, title: 'Introductory visit', person: { id: person } });
      // The write's audit rows name the caller: the call, on the person, and the record it made.
      const audit = await hub.accessStore.pool.query(
        "SELECT user_id, record_type, record_ids, outcome FROM audit_event WHERE subgraph = 'acme-register' AND action = 'WRITE' ORDER BY id",
      );
      assert.deepEqual(
        audit.rows.map((r) => [r.user_id, r.record_type, [...r.record_ids], r.outcome]),
        [
          [lead.userId, 'recordAcmeRegisterActivity', [person], 'ALLOWED'],
          [lead.userId, 'AcmeRegisterActivity', [id], 'ALLOWED'],
        ],
      );
      // And the read's, under the partner's name.
      const reads = await hub.accessStore.pool.query(
        "SELECT record_ids FROM audit_event WHERE subgraph = 'acme-register' AND action = 'READ' AND user_id = $1 AND record_type = 'AcmeRegisterActivity'",
        [lead.userId],
      );
      assert.ok(reads.rows.some((r) => r.record_ids.includes(id)));

      // Someone with no relationship to the person: the activity does not exist for them, and they cannot record one.
      const hidden = await postGraphQL<any>(hub.gatewayUrl, read, { id }, await hub.bearer(stranger));
      assert.equal(hidden.data?.acmeRegisterActivity ?? null, null);
      const refused = await postGraphQL<any>(hub.gatewayUrl, record, { input }, await hub.bearer(stranger));
      assert.ok(['NOT_FOUND', 'FORBIDDEN'].includes(refused.errors?.[0]?.extensions?.code), JSON.stringify(refused.errors));
      const denied = await hub.accessStore.pool.query(
        "SELECT count(*)::int AS n FROM audit_event WHERE subgraph = 'acme-register' AND action = 'WRITE' AND outcome = 'DENIED' AND user_id = $1",
        [stranger.userId],
      );
      assert.ok(denied.rows[0].n > 0, "the stranger's refused write is recorded under them");
      // A role outside the care team may not write at all.
      const commissioner = DEMO_USERS.find((u) => u.role === 'COMMISSIONER')!;
      const notAllowed = await postGraphQL<any>(hub.gatewayUrl, record, { input }, await hub.bearer(commissioner));
      assert.equal(notAllowed.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      const list = await postGraphQL<any>(hub.gatewayUrl, 'query { acmeRegisterActivityList { totalCount } }', {}, await hub.bearer(lead));
      assert.equal(list.errors, undefined, JSON.stringify(list.errors));
    });

    describe("the hub's access API (/access)", () => {
      const api = (path: string) => hub.gatewayUrl.replace('/graphql', `/access${path}`);
      const post = async (path: string, token: string | null, body: unknown) => {
        const res = await fetch(api(path), {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as any) };
      };
      // What the gateway signs for a call to a subgraph: the caller, and the subgraph it is for.
      const tokenFor = async (who: Caller, subgraph?: string) => signInternalToken((await testHubKeys()).gateway, who, subgraph);
      const auditCount = async () =>
        (await hub.accessStore.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_event')).rows[0].n;
      const row = (who: Caller, subgraph: string) => ({
        requestId: randomUUID(),
        userId: who.userId,
        userName: who.name,
        organisationCode: who.organisationCode,
        role: who.role,
        purpose: who.purpose,
        subgraph,
        action: 'READ',
        personId: person,
        paId: null,
        recordType: 'AcmeRegisterActivity',
        recordIds: [randomUUID()],
        fields: ['title'],
        outcome: 'ALLOWED',
        breakGlassId: null,
        onBehalfOf: null,
        refusal: null,
      });

      it('decides for the caller the token carries, as the hub’s own subgraphs decide, and for no one else', async () => {
        const others = region.people.filter((p) => !peopleRelatedTo(region, lead.organisationCode).has(p.id)).slice(0, 2);
        const asked = [person, ...others.map((p) => p.id)];
        const pas = region.personalAssistants.slice(0, 3).map((p) => p.id);
        for (const who of [lead, stranger]) {
          const answer = await post('/decisions', await tokenFor(who, 'acme-register'), { people: asked, pas });
          assert.equal(answer.status, 200, JSON.stringify(answer.body));
          const local = new AccessDecisions(who, hub.accessStore);
          assert.deepEqual(answer.body, {
            people: await local.person.loadMany(asked),
            pas: await local.pa.loadMany(pas),
          });
        }
        const [forLead, forStranger] = await Promise.all(
          [lead, stranger].map(async (who) => (await post('/decisions', await tokenFor(who, 'acme-register'), { people: [person] })).body),
        );
        assert.equal(forLead.people[0].visible, true);
        assert.equal(forStranger.people[0].visible, false);
      });

      it('refuses a call without a token, with a token the gateway did not sign, or with one it signed for another subgraph', async () => {
        const body = { people: [person] };
        assert.equal((await post('/decisions', null, body)).status, 401);
        assert.equal((await post('/audit', null, { rows: [row(lead, 'acme-register')] })).status, 401);
        const forged = await signInternalToken(await generateSigningKey(), lead, 'acme-register');
        assert.equal((await post('/decisions', forged, body)).status, 401);
        // The hub's own subgraphs use the store; a token for one of them, for no subgraph, or for one not in the graph, is no partner's.
        for (const subgraph of ['people', undefined, 'another-partner']) {
          const refused = await post('/decisions', await tokenFor(lead, subgraph), body);
          assert.equal(refused.status, 403, String(subgraph));
          assert.equal(refused.body.errors[0].extensions.code, 'FORBIDDEN');
        }
        assert.equal((await fetch(api('/decisions'))).status, 405);
        const bad = await post('/decisions', await tokenFor(lead, 'acme-register'), { people: ['not-an-id'] });
        assert.equal(bad.status, 400);
        assert.match(bad.body.errors[0].message, /^people: /);
      });

      it('records audit rows only as the partner and the caller the token names: any other row refuses the call and writes nothing', async () => {
        const token = await tokenFor(lead, 'acme-register');
        const before = await auditCount();
        const asAnotherService = await post('/audit', token, { rows: [row(lead, 'acme-register'), row(lead, 'people')] });
        assert.equal(asAnotherService.status, 403);
        assert.match(asAnotherService.body.errors[0].message, /as itself \(acme-register\), not as people/);
        const asAnotherCaller = await post('/audit', token, { rows: [row(stranger, 'acme-register')] });
        assert.equal(asAnotherCaller.status, 403);
        const badShape = await post('/audit', token, { rows: [{ ...row(lead, 'acme-register'), action: 'DELETE' }] });
        assert.equal(badShape.status, 400);
        assert.equal(await auditCount(), before, 'nothing written');

        const good = row(lead, 'acme-register');
        assert.equal((await post('/audit', token, { rows: [good] })).status, 204);
        const written = await hub.accessStore.pool.query('SELECT user_id, subgraph, record_ids FROM audit_event WHERE request_id = $1', [
          good.requestId,
        ]);
        assert.deepEqual(
          written.rows.map((r) => [r.user_id, r.subgraph, [...r.record_ids]]),
          [[lead.userId, 'acme-register', good.recordIds]],
        );
      });
    });
  });
});

async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise((resolve) => srv.close(resolve));
  return port;
}
