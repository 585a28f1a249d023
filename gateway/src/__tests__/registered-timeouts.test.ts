import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import { RegistryStore } from '@continuum/schema/registry-store';
import { registeredTimeouts } from '../registered-timeouts.ts';
import { subgraphTimeout } from '../timeouts.ts';

describe('registered timeouts', () => {
  it('are read from the registry when the gateway asks, so a partner registered after it started keeps its own', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
    try {
      const store = new RegistryStore(dir);
      const timeoutFor = registeredTimeouts(dir);
      assert.equal(timeoutFor('wrexham-pa-register'), undefined, 'not registered yet');
      const registration = {
        name: 'wrexham-pa-register',
        url: 'http://127.0.0.1:4110/graphql',
        organisation: 'Wrexham',
        contact: 'ops@example.org',
        registeredAt: '2026-12-07T10:00:00Z',
      };
      store.saveRegistration({ ...registration, timeoutMs: 2_500 });
      assert.equal(timeoutFor('wrexham-pa-register'), 2_500);
      assert.equal(subgraphTimeout('wrexham-pa-register', timeoutFor), 2_500, 'the gateway uses it when no <NAME>_TIMEOUT_MS is set');
      store.saveRegistration({ ...registration, timeoutMs: 4_000 });
      assert.equal(timeoutFor('wrexham-pa-register'), 4_000, 'a re-registration is seen without a restart');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
