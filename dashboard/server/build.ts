/**
 * Builds the dashboard (Vite) when its build is missing or older than its sources, so that
 * `npm start` and the browser tests always serve what is in the tree, with nothing downloaded.
 */
import fs from 'node:fs';
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
  const sources = Math.max(newestSource(path.join(DASHBOARD_DIR, 'src')), ...['index.html', 'vite.config.ts', 'package.json'].map((f) => fs.statSync(path.join(DASHBOARD_DIR, f)).mtimeMs));
  return fs.statSync(built).mtimeMs >= sources;
}

export async function ensureDashboardBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (dashboardBuildIsCurrent()) return;
  log('Building the dashboard...');
  const { build } = await import('vite');
  await build({ configFile: path.join(DASHBOARD_DIR, 'vite.config.ts'), logLevel: 'warn' });
}
