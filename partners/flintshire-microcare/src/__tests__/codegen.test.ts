import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from '@jest/globals';

const dir = path.resolve(import.meta.dirname, '..', '..');

describe('flintshire-microcare generated resolver types', () => {
  it('match schema.graphql (run `npm run codegen` in this folder when this fails)', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { config } = await loadCodegenConfig({ configFilePath: path.join(dir, 'codegen.yml') });
      const outputs: { filename: string; content: string }[] = await generate({ ...config, silent: true }, false);
      for (const out of outputs) assert.equal(fs.readFileSync(path.resolve(dir, out.filename), 'utf8'), out.content, `${out.filename} is stale`);
    } finally {
      process.chdir(cwd);
    }
  });
});
