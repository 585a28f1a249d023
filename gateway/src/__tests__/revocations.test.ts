/**
 * The gateway's copy of the revocation list: read again once it is older than five seconds (or
 * less, as configured), read once for many requests at a time, and never used past its age when
 * the access store cannot be read (tokens are then refused, not let through, after a few quick
 * retries).
 */
import type { LiveRevocations } from '@continuum/access';
import assert from 'node:assert/strict';
import { afterEach, describe, it } from '@jest/globals';
import { recordingLogger } from '@continuum/runtime';
import { RevocationList, revocationCacheMs } from '../auth/revocations.ts';

const token = { jti: 'jti-1', userId: 'social-worker.newcastle', issuedAt: 1_000 };
const empty = (): LiveRevocations => ({ tokens: new Map(), users: new Map() });

function fakeStore() {
  let list = empty();
  /** How many reads from now on fail (Infinity: every one). */
  let failing = 0;
  let reads = 0;
  return {
    read: async () => {
      reads++;
      if (failing > 0) {
        failing--;
        throw Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
      }
      return list;
    },
    set: (l: LiveRevocations) => (list = l),
    fail: (f: boolean | number) => (failing = f === true ? Infinity : f === false ? 0 : f),
    reads: () => reads,
  };
}

describe('the revocation list at the gateway', () => {
  afterEach(() => {
    delete process.env.CONTINUUM_REVOCATION_CACHE_MS;
  });

  it('refuses a revoked token id, and tokens a user was issued before an instant, but not one issued after', async () => {
    const store = fakeStore();
    const list = new RevocationList(store.read, 0);
    assert.equal(await list.refusal(token), null);
    store.set({ tokens: new Map([['jti-1', new Date(2_000_000)]]), users: new Map() });
    assert.match(String(await list.refusal(token)), /^the token was revoked at 1970-01-01T00:33:20.000Z$/);
    store.set({ tokens: new Map(), users: new Map([['social-worker.newcastle', new Date(1_500_000)]]) });
    assert.match(String(await list.refusal(token)), /^every token issued to this user before 1970-01-01T00:25:00.000Z was revoked$/);
    assert.equal(await list.refusal({ ...token, issuedAt: 1_500.5 }), null, 'issued after the instant');
    assert.notEqual(await list.refusal({ ...token, issuedAt: 1_500 }), null, 'issued at the very instant');
    assert.equal(await list.refusal({ ...token, userId: 'phb-lead.icb' }), null, 'another user');
  });

  it('holds its copy for at most its age (5 s by default), then reads again', async () => {
    const store = fakeStore();
    let now = 0;
    const list = new RevocationList(store.read, 5_000, () => now);
    await list.refusal(token);
    now = 5_000;
    await list.refusal(token);
    assert.equal(store.reads(), 1, 'within five seconds: no second read');
    store.set({ tokens: new Map([['jti-1', new Date(0)]]), users: new Map() });
    now = 5_001;
    assert.notEqual(await list.refusal(token), null, 'older than five seconds: read again, and the revocation holds');
    assert.equal(store.reads(), 2);
  });

  it('reads once for requests arriving together', async () => {
    const store = fakeStore();
    const list = new RevocationList(store.read, 5_000, () => 0);
    await Promise.all(Array.from({ length: 20 }, () => list.refusal(token)));
    assert.equal(store.reads(), 1);
  });

  it('refuses every token (503, REVOCATION_LIST_UNAVAILABLE) once its copy is too old and the store cannot be read', async () => {
    const store = fakeStore();
    let now = 0;
    const list = new RevocationList(store.read, 5_000, () => now, { retriesMs: [], logger: recordingLogger() });
    await list.refusal(token);
    store.fail(true);
    now = 6_000;
    await assert.rejects(
      list.refusal(token),
      (err: any) => err.extensions?.code === 'REVOCATION_LIST_UNAVAILABLE' && err.extensions?.http?.status === 503,
    );
    store.fail(false);
    assert.equal(await list.refusal(token), null, 'reads again once the store is back');
  });

  it('retries a failed read after short pauses before refusing, logging each failure with its cause', async () => {
    const store = fakeStore();
    const logger = recordingLogger();
    const list = new RevocationList(store.read, 5_000, () => 0, { retriesMs: [1, 1, 1], logger });
    store.fail(2);
    assert.equal(await list.refusal(token), null, 'the third attempt reads the list');
    assert.equal(store.reads(), 3);
    assert.deepEqual(
      logger.entries.map((e) => [e.level, e.attempt, e.willRetry, e.code]),
      [
        ['warn', 1, true, 'ECONNREFUSED'],
        ['warn', 2, true, 'ECONNREFUSED'],
      ],
    );

    const down = fakeStore();
    const failing = recordingLogger();
    const refusing = new RevocationList(down.read, 5_000, () => 0, { retriesMs: [1, 1, 1], logger: failing });
    down.fail(true);
    await assert.rejects(refusing.refusal(token), (err: any) => err.extensions?.code === 'REVOCATION_LIST_UNAVAILABLE');
    assert.equal(down.reads(), 4, 'the first read and three retries');
    assert.deepEqual(failing.entries.map((e) => [e.level, e.msg, e.message]).at(-1), [
      'error',
      'the token revocation list could not be read',
      'connection refused',
    ]);
  });

  it('takes its age from CONTINUUM_REVOCATION_CACHE_MS, refusing more than five seconds', () => {
    assert.equal(revocationCacheMs(), 5_000);
    process.env.CONTINUUM_REVOCATION_CACHE_MS = '1000';
    assert.equal(revocationCacheMs(), 1_000);
    process.env.CONTINUUM_REVOCATION_CACHE_MS = '60000';
    assert.throws(() => revocationCacheMs(), /from 0 to 5000/);
  });
});
