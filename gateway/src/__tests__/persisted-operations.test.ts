import { postGraphQL } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Hub } from '../../../scripts/hub.ts';
import { DASHBOARD_OPERATIONS_FILE } from '../../../scripts/hub.ts';
import { startTestHub } from '../../../tests/helpers.ts';
import { loadPersistedOperations, operationHash, persistedOperationsCache } from '../persisted-operations.ts';

function manifestFile(content: Record<string, string>): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-manifest-')), 'operations.json');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('persisted operation manifests', () => {
  it('loads a manifest whose hashes match their documents, with or without the sha256: prefix', () => {
    const doc = 'query A { councils { gssCode } }';
    const ops = loadPersistedOperations([manifestFile({ [`sha256:${operationHash(doc)}`]: doc })]);
    assert.equal(ops.get(operationHash(doc)), doc);
  });

  it("refuses a manifest that files a document under another document's hash", () => {
    const file = manifestFile({ [operationHash('query A { councils { gssCode } }')]: 'query B { councils { name } }' });
    assert.throws(() => loadPersistedOperations([file]), /does not hash to it/);
  });

  it('keeps trusted operations ahead of APQ registrations, which cannot replace them', async () => {
    const doc = 'query A { councils { gssCode } }';
    const cache = persistedOperationsCache(new Map([[operationHash(doc), doc]]));
    await cache.set(`apq:${operationHash(doc)}`, 'query Other { healthBodies { name } }');
    assert.equal(await cache.get(`apq:${operationHash(doc)}`), doc);
    await cache.set('apq:abc', 'query R { councils { name } }');
    assert.equal(await cache.get('apq:abc'), 'query R { councils { name } }');
  });
});

describe("the gateway answers the dashboard's persisted operations by hash", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const byHash = (hash: string, variables: Record<string, unknown> = {}) =>
    fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    }).then((r) => r.json() as Promise<any>);

  it('runs a manifest operation sent as its hash alone, with the same answer as the full document', async () => {
    const manifest = JSON.parse(fs.readFileSync(DASHBOARD_OPERATIONS_FILE, 'utf8')) as Record<string, string>;
    const [key, document] = Object.entries(manifest).find(([, d]) => d.includes('query DashboardFilterOptions'))!;
    const answer = await byHash(key.replace('sha256:', ''));
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    assert.deepEqual(answer.data, (await postGraphQL(hub.gatewayUrl, document)).data);
    assert.equal(answer.data.councils.length, 13);
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for a hash it does not hold', async () => {
    const answer = await byHash(operationHash('query Unknown { councils { name } }'));
    assert.equal(answer.errors?.[0]?.extensions?.code, 'PERSISTED_QUERY_NOT_FOUND');
  });
});
