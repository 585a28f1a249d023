import fs from 'node:fs';
import path from 'node:path';

/** Folders never scanned: installed packages, generated code, tests and builds. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'generated', '__tests__', 'tests', 'dist']);
const TEST = /\.test\.(ts|tsx)(\.tmpl)?$/;

/**
 * The project's own source files under `folders` of `root` (missing folders skipped), as paths
 * relative to `root` with forward slashes: files whose names match `source`, tests left out.
 * For the tests that scan the tree for a house rule (one clock, one list of error codes).
 */
export function sourceFiles(root: string, folders: readonly string[], source: RegExp): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(full);
      } else if (source.test(entry.name) && !TEST.test(entry.name)) {
        found.push(path.relative(root, full).split(path.sep).join('/'));
      }
    }
  };
  for (const folder of folders) if (fs.existsSync(path.join(root, folder))) walk(path.join(root, folder));
  return found;
}
