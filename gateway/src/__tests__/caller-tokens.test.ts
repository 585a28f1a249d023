import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { generateSigningKey, localKeySet, verifyInternalToken } from '@continuum/access';
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
    const [a1, a2, b] = await Promise.all([tokens(caller('a')), tokens(caller('a')), tokens(caller('b'))]);
    assert.equal(a1, a2);
    assert.notEqual(a1, b);
    assert.equal((await verifyInternalToken(a1, localKeySet(key.jwks))).userId, 'a');
    assert.equal((await verifyInternalToken(b, localKeySet(key.jwks))).userId, 'b');
  });

  it('gives the same user acting in another role or purpose a token of its own', async () => {
    const tokens = callerTokens(await generateSigningKey());
    assert.notEqual(await tokens(caller('a')), await tokens(caller('a', 'DATA_PROTECTION_OFFICER')));
    assert.notEqual(await tokens(caller('a')), await tokens({ ...caller('a'), purpose: 'COMMISSIONING' }));
  });

  it('keeps at most the callers it is allowed to, dropping the oldest', async () => {
    const tokens = callerTokens(await generateSigningKey(), 2);
    const first = await tokens(caller('a'));
    await tokens(caller('b'));
    await tokens(caller('c'));
    assert.notEqual(await tokens(caller('a')), first, "the oldest caller's token was dropped and signed anew");
  });
});
