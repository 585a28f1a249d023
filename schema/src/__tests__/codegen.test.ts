import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from '@jest/globals';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

describe('generated resolver types', () => {
  it('match every subgraph\'s schema.graphql (run `npm run codegen` when this fails)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
      const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
      assert.ok(outputs.length >= 5);
      for (const out of outputs) {
        const checkedIn = fs.readFileSync(path.resolve(root, out.filename), 'utf8');
        assert.equal(checkedIn, out.content, `${out.filename} is stale`);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
