/**
 * The explorer's files, served by the hub itself so that it works with no network beyond the
 * hub: GraphiQL's prebuilt browser bundle and stylesheet, and the React it is built against, all
 * from installed npm packages (development dependencies of the gateway), and the page's own script.
 * GraphiQL 4 is the last major version that ships a ready-to-serve browser bundle (5 ships only
 * modules that need a bundler); it runs on React 18's browser builds (React 19 ships none).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface ExplorerAsset {
  file: string;
  contentType: string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** URL name under /explorer/ → package and file inside it. */
const PACKAGED: Record<string, { pkg: string; file: string; contentType: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', contentType: JS },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', contentType: JS },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', contentType: JS },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', contentType: CSS },
};

/**
 * Every file the explorer page loads, by its name under /explorer/, or the reason it cannot be
 * served (a production install, without development packages, has no GraphiQL).
 */
export function explorerAssets(): { assets: Map<string, ExplorerAsset> } | { missing: string } {
  const require = createRequire(import.meta.url);
  const assets = new Map<string, ExplorerAsset>([
    ['explorer.js', { file: path.join(import.meta.dirname, 'explorer-page.js'), contentType: JS }],
  ]);
  for (const [name, { pkg, file, contentType }] of Object.entries(PACKAGED)) {
    let dir: string;
    try {
      // Only package.json is exported by all three; the browser builds sit beside it.
      dir = path.dirname(require.resolve(`${pkg}/package.json`));
    } catch {
      return { missing: `the explorer needs the development package ${pkg}, which this install does not have` };
    }
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) return { missing: `${pkg} has no ${file}: the explorer needs the version the gateway pins` };
    assets.set(name, { file: full, contentType });
  }
  return { assets };
}
