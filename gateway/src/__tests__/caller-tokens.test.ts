import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import {
  generateSigningKey,
  INTERNAL_AUDIENCE,
  INTERNAL_ISSUER,
  localKeySet,
  verifyCallerTokenClaims,
  verifyInternalToken,
} from '@continuum/access';
import type { Caller } from '@continuum/runtime';
import { callerTokens } from '../auth/caller-forwarding.ts';

const caller = (userId: string, role: Caller['role'] = 'SOCIAL_WORKER'): Caller => ({
  userId,
  name: userId,
  organisationCode: 'E08000021',
  organisationKind: 'COUNCIL',
  role,
  purpose: 'DIRECT_CARE',
});

describe('callerTokens (the token each subgraph call carries)', () => {
  it("reuses one caller's token across requests, and gives each caller their own, naming them", async () => {
    const key = await generateSigningKey();
    const tokens = callerTokens(key);
    const [a1, a2, b] = await Promise.all([tokens(caller('a'), 'people'), tokens(caller('a'), 'people'), tokens(caller('b'), 'people')]);
    assert.equal(a1, a2);
    assert.notEqual(a1, b);
    assert.equal((await verifyInternalToken(a1, localKeySet(key.jwks))).userId, 'a');
    assert.equal((await verifyInternalToken(b, localKeySet(key.jwks))).userId, 'b');
  });

  it('gives the same user acting in another role or purpose a token of its own', async () => {
    const tokens = callerTokens(await generateSigningKey());
    assert.notEqual(await tokens(caller('a'), 'people'), await tokens(caller('a', 'DATA_PROTECTION_OFFICER'), 'people'));
    assert.notEqual(await tokens(caller('a'), 'people'), await tokens({ ...caller('a'), purpose: 'COMMISSIONING' }, 'people'));
  });

  it('gives each subgraph a token of its own that names it, so a partner cannot show the hub another subgraph’s', async () => {
    const key = await generateSigningKey();
    const tokens = callerTokens(key);
    const [people, partner] = await Promise.all([tokens(caller('a'), 'people'), tokens(caller('a'), 'flintshire-microcare')]);
    assert.notEqual(people, partner);
    const named = async (token: string) =>
      (await verifyCallerTokenClaims(token, localKeySet(key.jwks), { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE })).claims
        .subgraph;
    assert.equal(await named(people), 'people');
    assert.equal(await named(partner), 'flintshire-microcare');
  });

  it('keeps at most the callers it is allowed to, dropping the oldest', async () => {
    const tokens = callerTokens(await generateSigningKey(), 2);
    const first = await tokens(caller('a'), 'people');
    await tokens(caller('b'), 'people');
    await tokens(caller('c'), 'people');
    assert.notEqual(await tokens(caller('a'), 'people'), first, "the oldest caller's token was dropped and signed anew");
  });
});
