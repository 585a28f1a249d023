/**
 * Whether a folder's generated resolver types match its schema: graphql-codegen's own `--check`,
 * run as a command (codegen loads its plugins with require(), which a test runner's ESM sandbox
 * refuses). Used by the tests that fail when someone forgets `npm run codegen`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function installedAbove(from: string): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules', '.bin', 'graphql-codegen');
    if (fs.existsSync(bin)) return bin;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The folder's own install first; else the one beside this kit (a partner created outside the repo). */
function codegenBinary(from: string): string {
  const bin = installedAbove(from) ?? installedAbove(import.meta.dirname);
  if (!bin) throw new Error(`graphql-codegen is not installed above ${from}`);
  return bin;
}

/** Codegen silences its progress under NODE_ENV=test (as set by jest), and the tests read that progress. */
function codegenEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return env;
}

/** Runs codegen for `dir`'s codegen.yml: `write` regenerates, otherwise only checks. */
export function runCodegen(dir: string, mode: 'check' | 'write'): { current: boolean; output: string } {
  const args = ['--config', path.join(dir, 'codegen.yml'), ...(mode === 'check' ? ['--check'] : ['--silent'])];
  const run = spawnSync(codegenBinary(dir), args, { cwd: dir, encoding: 'utf8', env: codegenEnvironment() });
  if (run.error) throw run.error;
  return { current: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
