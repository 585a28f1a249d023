/**
 * What a partner organisation running its subgraph on its own infrastructure needs from the hub,
 * as docs/partners.md tells it: the gateway's public keys at a well-known URL (so the partner
 * trusts only requests the gateway signed, without being handed a file), and `subgraph:new`
 * saying which port it chose, which the registration's URL must name.
 */
import { gatewayKeysFromEnv, generateSigningKey, signInternalToken, verifyInternalToken } from '@continuum/access';
import { demoUser } from '@continuum/demo';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { nextPartnerPort } from '../scripts/generate-subgraph.ts';
import { startTestHub, testHubKeys, type TestHub } from './helpers.ts';

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
});
