import { DEFAULT_AUDIENCE, DEMO_ISSUER, generateSigningKey, localKeySet, verifyCallerToken } from '@continuum/access';
import { waitFor } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { signInAsDemoCommissioner } from '../sign-in.ts';

describe('the dashboard signs in as the demo commissioner', () => {
  it('mints a token the gateway accepts, for the commissioner role and purpose', async () => {
    const key = await generateSigningKey();
    const signIn = signInAsDemoCommissioner(key);
    const caller = await verifyCallerToken(await signIn.token(), localKeySet(key.jwks), {
      issuer: DEMO_ISSUER,
      audience: DEFAULT_AUDIENCE,
    });
    assert.deepEqual(
      [caller.userId, caller.role, caller.purpose, caller.organisationCode],
      ['commissioner.icb', 'COMMISSIONER', 'COMMISSIONING', 'QHM'],
    );
    assert.deepEqual(signIn.user, {
      name: 'Helen Burns (commissioner)',
      role: 'COMMISSIONER',
      organisationCode: 'QHM',
      organisationKind: 'HEALTH',
    });
  });

  it('reuses its token until five minutes before expiry, then mints a fresh one', async () => {
    let now = Date.parse('2026-11-26T09:00:00Z');
    const signIn = signInAsDemoCommissioner(await generateSigningKey(), undefined, () => now);
    const first = await signIn.token();
    now += 54 * 60_000;
    assert.equal(await signIn.token(), first, 'still fresh after 54 minutes');
    now += 2 * 60_000;
    // Tokens are stamped to the second by the real clock: a fresh one differs once that second has passed.
    const issuedAt = (JSON.parse(Buffer.from(first.split('.')[1], 'base64url').toString('utf8')) as { iat: number }).iat;
    await waitFor(() => Math.floor(Date.now() / 1000) > issuedAt, { message: `the second after the first token's iat (${issuedAt})` });
    assert.notEqual(await signIn.token(), first, 'renewed within five minutes of expiry');
  });
});
