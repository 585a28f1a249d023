import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import { generateSubgraph, nextPartnerPort, validateName } from '../scripts/generate-subgraph.ts';

const root = path.resolve(import.meta.dirname, '..');

describe('npm run subgraph:new', () => {
  it('creates a partner subgraph whose own tests pass as created (database, migrations, DataLoader, HTTP, codegen)', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-partner-'));
    // Outside the repository, the new folder finds the kit through the repository's node_modules.
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(parent, 'node_modules'));
    try {
      const dir = await generateSubgraph({
        name: 'wrexham-pa-register',
        organisation: 'Wrexham PA Register',
        contact: 'register@wrexham.example',
        parentDir: parent,
        port: 4099,
      });
      for (const f of [
        'schema.graphql',
        'prisma/schema.prisma',
        'src/subgraph.ts',
        'src/loaders.ts',
        'src/generated/resolvers-types.ts',
        'src/generated/prisma/client.ts',
      ]) {
        assert.ok(fs.existsSync(path.join(dir, f)), `${f} exists`);
      }
      assert.equal(fs.readdirSync(path.join(dir, 'prisma', 'migrations')).length, 1);
      assert.match(fs.readFileSync(path.join(dir, 'schema.graphql'), 'utf8'), /type WrexhamPaRegisterActivity @key\(fields: "id"\)/);
      assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).continuum, {
        port: 4099,
        organisation: 'Wrexham PA Register',
        contact: 'register@wrexham.example',
      });
      // A jest run of its own over the new subgraph's tests, on this run's database server.
      const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
      const run = spawnSync(
        process.execPath,
        ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', jest, '--roots', dir, '--ci'],
        { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: process.env.CONTINUUM_TEST_PG_URL } },
      );
      assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
      assert.match(run.stderr, /Tests:\s+6 passed, 6 total/);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('refuses names that are not lower-case words, clash with a hub subgraph, or already exist', async () => {
    assert.match(validateName('Acme_Register')!, /lower-case/);
    assert.match(validateName('people')!, /hub's own/);
    assert.equal(validateName('acme-register'), null);
    await assert.rejects(generateSubgraph({ name: 'flintshire-microcare' }), /already exists/);
  });

  it('gives each new partner the next free port after those in partners/', () => {
    assert.equal(nextPartnerPort(path.join(root, 'partners')), 4011);
    assert.equal(nextPartnerPort(path.join(root, 'no-such-folder')), 4010);
  });
});
