import { runCodegen } from '@continuum/dev/codegen';
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from '@jest/globals';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

describe('generated resolver types', () => {
  it("match every subgraph's schema.graphql (run `npm run codegen` when this fails)", () => {
    const { current, output } = runCodegen(root, 'check');
    for (const name of ['people', 'councils', 'health', 'support', 'training']) {
      assert.ok(output.includes(`subgraphs/${name}/src/generated/resolvers-types.ts`), `codegen.yml generates ${name}'s types`);
    }
    assert.ok(current, `generated files are stale:\n${output}`);
  });
});
