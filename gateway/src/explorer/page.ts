/**
 * The explorer's HTML page: GraphiQL and a picker of demo users, every file from the hub itself.
 * The content security policy lets the page reach nothing but the hub, so a file that tried to
 * load from a CDN would fail here as it would offline.
 */
import type { ExplorerUser } from './sign-in.ts';

export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // GraphiQL sets element styles from script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Text placed inside <script type="application/json">: no "</script>" or "<!--" can end it early. */
function jsonInHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function explorerPage(opts: { users: ExplorerUser[] }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Continuum explorer (development)</title>
<link rel="stylesheet" href="/explorer/graphiql.css">
<link rel="stylesheet" href="/explorer/explorer.css">
</head>
<body>
<header class="continuum-bar">
  <strong>Continuum explorer</strong> <span>development mode</span>
  <label>Signed in as
    <select id="continuum-user" data-testid="user">
      <option value="">nobody (no token)</option>
    </select>
  </label>
  <output id="continuum-signed-in" aria-live="polite"></output>
</header>
<main id="graphiql">Loading the explorer…</main>
<script type="application/json" id="continuum-users">${jsonInHtml(opts.users)}</script>
<script src="/explorer/react.js"></script>
<script src="/explorer/react-dom.js"></script>
<script src="/explorer/graphiql.js"></script>
<script src="/explorer/explorer.js"></script>
</body>
</html>
`;
}

/** The few rules the bar above GraphiQL needs; GraphiQL fills the rest of the window. */
export const EXPLORER_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
.continuum-bar { display: flex; gap: 1rem; align-items: center; padding: 0.4rem 1rem; background: #005eb8; color: #fff; font-size: 0.9rem; }
.continuum-bar select { margin-left: 0.4rem; max-width: 36rem; }
.continuum-bar strong, .continuum-bar span { white-space: nowrap; }
#graphiql { flex: 1; min-height: 0; }
`;
