/**
 * Builds the dashboard (Vite) when its build is missing or older than its sources, so that
 * `npm start` and the browser tests always serve what is in the tree, with nothing downloaded.
 * Vite runs in a child process of its own: in the hub's process it would set
 * NODE_ENV=production for everything started after it, and it cannot load its configuration
 * inside a test runner's module sandbox.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const DASHBOARD_DIR = path.resolve(import.meta.dirname, '..');
export const DIST_DIR = path.join(DASHBOARD_DIR, 'dist');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function dashboardBuildIsCurrent(): boolean {
  const built = path.join(DIST_DIR, 'index.html');
  if (!fs.existsSync(built)) return false;
  const sources = Math.max(
    newestSource(path.join(DASHBOARD_DIR, 'src')),
    ...['index.html', 'vite.config.ts', 'package.json'].map((f) => fs.statSync(path.join(DASHBOARD_DIR, f)).mtimeMs),
  );
  return fs.statSync(built).mtimeMs >= sources;
}

export async function ensureDashboardBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (dashboardBuildIsCurrent()) return;
  log('Building the dashboard...');
  const vite = path.join(
    path.dirname(createRequire(path.join(DASHBOARD_DIR, 'package.json')).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  const { NODE_ENV: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: DASHBOARD_DIR,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve));
  if (code !== 0) throw new Error(`Building the dashboard failed (vite exited with ${code})`);
}
