import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import type { JWTVerifyGetKey } from 'jose';
import {
  cachingTokenVerifier,
  generateSigningKey,
  INTERNAL_AUDIENCE,
  INTERNAL_ISSUER,
  localKeySet,
  signInternalToken,
} from '../../index.ts';
import type { Caller } from '@continuum/runtime';

const CALLER: Caller = {
  userId: 'sw-1',
  name: 'A social worker',
  organisationCode: 'E08000021',
  organisationKind: 'COUNCIL',
  role: 'SOCIAL_WORKER',
  purpose: 'DIRECT_CARE',
};
const INTERNAL = { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE };

/** A key set that counts how often a signature is checked against it. */
function countingKeys(keys: JWTVerifyGetKey): { keys: JWTVerifyGetKey; checks: () => number } {
  let checks = 0;
  const counted = ((...args: Parameters<JWTVerifyGetKey>) => {
    checks++;
    return keys(...args);
  }) as JWTVerifyGetKey;
  return { keys: counted, checks: () => checks };
}

describe('cachingTokenVerifier', () => {
  it('checks a reused token signature once and answers the same caller every time', async () => {
    const key = await generateSigningKey();
    const { keys, checks } = countingKeys(localKeySet(key.jwks));
    const verify = cachingTokenVerifier();
    const token = await signInternalToken(key, CALLER);
    const first = await verify(token, keys, INTERNAL);
    const again = await verify(token, keys, INTERNAL);
    assert.deepEqual(again.caller, first.caller);
    assert.equal(first.caller.userId, 'sw-1');
    assert.equal(checks(), 1);
    await verify(await signInternalToken(key, CALLER), keys, INTERNAL);
    assert.equal(checks(), 2, 'another token is checked on its own');
  });

  it('never takes a token on another key set word, nor for another issuer or audience', async () => {
    const [ours, theirs] = await Promise.all([generateSigningKey(), generateSigningKey()]);
    const verify = cachingTokenVerifier();
    const token = await signInternalToken(ours, CALLER);
    await verify(token, localKeySet(ours.jwks), INTERNAL);
    await assert.rejects(verify(token, localKeySet(theirs.jwks), INTERNAL), /not signed by a trusted key/);
    await assert.rejects(verify(token, localKeySet(ours.jwks), { ...INTERNAL, audience: 'elsewhere' }), /aud/);
  });

  it('keeps no failure: a tampered token is refused each time it is sent', async () => {
    const key = await generateSigningKey();
    const { keys, checks } = countingKeys(localKeySet(key.jwks));
    const verify = cachingTokenVerifier();
    const [header, payload, signature] = (await signInternalToken(key, CALLER)).split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), role: 'DPO' })).toString('base64url')}.${signature}`;
    await assert.rejects(verify(forged, keys, INTERNAL), /not signed by a trusted key/);
    await assert.rejects(verify(forged, keys, INTERNAL), /not signed by a trusted key/);
    assert.equal(checks(), 2);
  });

  it('checks the token again once the cache lifetime, or the token life, has passed', async () => {
    const key = await generateSigningKey();
    const { keys, checks } = countingKeys(localKeySet(key.jwks));
    let clock = Date.now();
    const verify = cachingTokenVerifier({ ttlMs: 10_000, now: () => clock });
    const token = await signInternalToken(key, CALLER);
    await verify(token, keys, INTERNAL);
    clock += 9_000;
    await verify(token, keys, INTERNAL);
    assert.equal(checks(), 1, 'within the cache lifetime');
    clock += 2_000;
    await verify(token, keys, INTERNAL);
    assert.equal(checks(), 2, 'past the cache lifetime the signature is checked again');

    // A cache lifetime longer than the token's: the token's own expiry (60 s) bounds it.
    let later = Date.now();
    const longLived = cachingTokenVerifier({ ttlMs: 600_000, now: () => later });
    const { keys: keys2, checks: checks2 } = countingKeys(localKeySet(key.jwks));
    await longLived(token, keys2, INTERNAL);
    later += 61_000;
    await longLived(token, keys2, INTERNAL);
    assert.equal(checks2(), 2, 'an expired token is not answered from the cache');
  });
});
