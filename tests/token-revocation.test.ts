/**
 * User tokens live an hour at most and can be revoked: one token by its id (jti), or every token
 * a user was issued before an instant. The gateway checks the revocation list in the access store
 * on every request (its copy is at most five seconds old) and refuses a revoked token with 401
 * UNAUTHENTICATED and a reason. Over real HTTP, and through `npm run token`.
 */
import {
  DEFAULT_AUDIENCE,
  DEMO_ISSUER,
  importPrivateKey,
  revokeToken,
  revokeUserTokens,
  signToken,
  signUserToken,
} from '@continuum/access';
import { claimsFromCaller } from '@continuum/runtime';
import { demoUser } from '@continuum/demo';
import { freshDatabase, waitFor } from '@continuum/dev/testing';
import { decodeJwt, SignJWT } from 'jose';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestHub, type TestHub } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '..');
const ME = `{ councils { gssCode } }`;
const sw = demoUser('social-worker.newcastle');

async function post(url: string, token: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: ME }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('short-lived, revocable tokens at the gateway', () => {
  let hub: TestHub;
  let accessUrl: string;
  const accepted = async (token: string) => (await post(hub.gatewayUrl, token)).status === 200;
  /** The refusal once the gateway's copy of the list has caught up (within five seconds). */
  const refusedSoon = (token: string, what: string) =>
    waitFor(
      async () => {
        const res = await post(hub.gatewayUrl, token);
        return res.status === 401 ? res : null;
      },
      { timeoutMs: 15_000, message: what },
    );

  beforeAll(async () => {
    accessUrl = await freshDatabase('access');
    hub = await startTestHub({ accessDatabaseUrl: accessUrl });
  });
  afterAll(() => hub.stop());

  it('mints user tokens of an hour with an id, and refuses to mint a longer one', async () => {
    const claims = decodeJwt(await signUserToken(hub.keys.identityProvider, sw));
    assert.equal(typeof claims.jti, 'string');
    assert.ok(Math.abs(claims.exp! - claims.iat! - 3600) < 1, `lives ${claims.exp! - claims.iat!} s`);
    await assert.rejects(signUserToken(hub.keys.identityProvider, sw, { seconds: 8 * 3600 }), /at most 60 minutes/);
  });

  it('refuses a token that would live more than an hour (401 UNAUTHENTICATED), and one with no id', async () => {
    const long = await signToken(hub.keys.identityProvider, claimsFromCaller(sw), {
      issuer: DEMO_ISSUER,
      audience: DEFAULT_AUDIENCE,
      subject: sw.userId,
      seconds: 8 * 3600,
    });
    const res = await post(hub.gatewayUrl, long);
    assert.deepEqual([res.status, res.body.errors?.[0]?.extensions?.code], [401, 'UNAUTHENTICATED']);
    assert.match(res.body.errors[0].extensions.reason, /would live 480 minutes; at most 60 are accepted/);
    const noId = await new SignJWT({ ...claimsFromCaller(sw) })
      .setProtectedHeader({ alg: hub.keys.identityProvider.privateJwk.alg ?? 'ES256', kid: hub.keys.identityProvider.privateJwk.kid })
      .setIssuer(DEMO_ISSUER)
      .setAudience(DEFAULT_AUDIENCE)
      .setSubject(sw.userId)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(await importPrivateKey(hub.keys.identityProvider));
    const refused = await post(hub.gatewayUrl, noId);
    assert.deepEqual([refused.status, refused.body.errors?.[0]?.extensions?.code], [401, 'UNAUTHENTICATED']);
    assert.match(refused.body.errors[0].extensions.reason, /no id \(jti\)/);
  });

  it("refuses a revoked token (by its jti) with UNAUTHENTICATED and a reason, while the same user's other token still works", async () => {
    const revoked = await signUserToken(hub.keys.identityProvider, sw);
    const other = await signUserToken(hub.keys.identityProvider, sw);
    assert.ok(await accepted(revoked));
    await revokeToken(hub.accessStore.pool, { jti: decodeJwt(revoked).jti!, reason: 'laptop left on a train', revokedBy: 'test' });
    const res = await refusedSoon(revoked, 'the revoked token to be refused');
    assert.equal(res.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.match(res.body.errors[0].extensions.reason, /^the token was revoked at \d{4}-\d{2}-\d{2}T/);
    assert.equal(res.body.data, undefined);
    assert.ok(await accepted(other), 'another token of the same user is not revoked');
  });

  it("refuses a user's earlier tokens after a user revocation, while a token issued after it works", async () => {
    const user = { ...demoUser('phb-lead.icb'), userId: 'phb-lead-2.icb' };
    const earlier = [await signUserToken(hub.keys.identityProvider, user), await signUserToken(hub.keys.identityProvider, user)];
    for (const t of earlier) assert.ok(await accepted(t));
    await revokeUserTokens(hub.accessStore.pool, { userId: user.userId, reason: 'left the ICB today', revokedBy: 'test' });
    // A token minted within the revocation's own millisecond counts as before it (the safe side):
    // "after" starts at the next millisecond.
    await new Promise((resolve) => setTimeout(resolve, 2));
    const fresh = await signUserToken(hub.keys.identityProvider, user);
    for (const t of earlier) {
      const res = await refusedSoon(t, 'the earlier token to be refused');
      assert.equal(res.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
      assert.match(res.body.errors[0].extensions.reason, /^every token issued to this user before .* was revoked$/);
    }
    assert.ok(await accepted(fresh), 'a token issued after the revocation works');
    assert.ok(
      await accepted(await signUserToken(hub.keys.identityProvider, { ...user, userId: 'phb-lead-3.icb' })),
      'another user is untouched',
    );
  });

  describe('npm run token', () => {
    // The command's own demo keys go to a folder of this test's.
    const keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-token-keys-'));
    afterAll(() => fs.rmSync(keysDir, { recursive: true, force: true }));
    /** Runs the command without blocking this process, whose HTTP connections to the gateway stay alive meanwhile. */
    const run = (...args: string[]) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/token.ts', ...args], {
          cwd: root,
          env: { ...process.env, CONTINUUM_ACCESS_DATABASE_URL: accessUrl, CONTINUUM_KEYS_DIR: keysDir },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stdout, stderr }));
      });

    it('revokes a token by --jti (with --reason) so that the gateway refuses it, and lists it', async () => {
      const token = await signUserToken(hub.keys.identityProvider, sw);
      const jti = decodeJwt(token).jti!;
      assert.ok(await accepted(token));
      const noReason = await run('revoke', '--jti', jti);
      assert.equal(noReason.status, 2, 'a usage error');
      assert.match(noReason.stderr, /--reason is required/);
      const revoked = await run('revoke', '--jti', jti, '--reason', 'phone stolen', '--by', 'Nadia Hussain');
      assert.equal(revoked.status, 0, revoked.stderr);
      assert.match(revoked.stdout, new RegExp(`token ${jti}`));
      await refusedSoon(token, 'the token revoked by the command to be refused');
      const list = await run('revocations');
      assert.equal(list.status, 0, list.stderr);
      assert.match(list.stdout, new RegExp(`token ${jti}\\n    by Nadia Hussain: phone stolen`));
    });

    it('revokes every earlier token of a user with --user, and refuses --user with an instant in the future', async () => {
      const user = { ...demoUser('support-adviser.tyneside-payroll'), userId: 'support-adviser-2.tyneside-payroll' };
      const token = await signUserToken(hub.keys.identityProvider, user);
      // Token times are real time, not the pinned business day: tomorrow by the wall clock.
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
      const future = await run('revoke', '--user', user.userId, '--before', tomorrow, '--reason', 'suspended');
      assert.equal(future.status, 1);
      assert.match(future.stderr, /in the future/);
      const revoked = await run('revoke', '--user', user.userId, '--reason', 'account closed');
      assert.equal(revoked.status, 0, revoked.stderr);
      assert.match(revoked.stdout, new RegExp(`tokens of ${user.userId.replace(/\./g, '\\.')} issued before`));
      await refusedSoon(token, "the user's token to be refused");
    });

    it('mints a token of at most 60 minutes; a longer one, or --hours, is a usage error (exit 2)', async () => {
      const minted = await run('--user', 'phb-lead.icb', '--minutes', '15');
      assert.equal(minted.status, 0, minted.stderr);
      const claims = decodeJwt(minted.stdout.trim());
      assert.ok(Math.abs(claims.exp! - claims.iat! - 900) < 1);
      assert.match(minted.stderr, new RegExp(`token id \\(jti\\) ${claims.jti}`));
      const tooLong = await run('--user', 'phb-lead.icb', '--minutes', '120');
      assert.equal(tooLong.status, 2, 'a usage error');
      assert.match(tooLong.stderr, /from 1 to 60/);
      const hours = await run('--user', 'phb-lead.icb', '--hours', '8');
      assert.equal(hours.status, 2, 'a usage error');
      assert.match(hours.stderr, /--minutes/);
    });
  });
});
