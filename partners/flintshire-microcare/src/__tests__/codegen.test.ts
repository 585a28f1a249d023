import { runCodegen } from '@continuum/dev/codegen';
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from '@jest/globals';

const dir = path.resolve(import.meta.dirname, '..', '..');

describe('flintshire-microcare generated resolver types', () => {
  it('match schema.graphql (run `npm run codegen` in this folder when this fails)', () => {
    const { current, output } = runCodegen(dir, 'check');
    assert.ok(output.includes('src/generated/resolvers-types.ts'), output);
    assert.ok(current, `generated files are stale:\n${output}`);
  });
});
