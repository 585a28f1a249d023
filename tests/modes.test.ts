/**
 * Development and production modes, by intent only. The launcher decides the mode once, from the
 * operator's NODE_ENV=production and nothing else, and hands it to the hub: npm start's hub is in
 * development mode (introspection, field suggestions, the explorer, demo users' tokens) even when
 * something in its process (a build tool, as Vite does) sets NODE_ENV=production afterwards; only
 * NODE_ENV=production makes a production gateway, which refuses introspection, hides suggestions
 * and serves neither the explorer nor tokens.
 */
import { modeFromEnvironment, startGateway, type RunningGateway } from '@continuum/gateway';
import { gatewayAuthConfig } from '@continuum/gateway';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getIntrospectionQuery } from 'graphql';
import fs from 'node:fs';
import { SUPERGRAPH_FILE } from '../scripts/hub.ts';
import { startTestHub, type TestHub } from './helpers.ts';

// The full introspection query a client such as GraphiQL sends (15 deep).
const INTROSPECTION = { query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) };
const TYPO = { query: '{ councils { nam } }' };
const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

describe('modes by intent only', () => {
  let hub: TestHub;
  let production: RunningGateway;
  let nodeEnvBefore: string | undefined;

  beforeAll(async () => {
    nodeEnvBefore = process.env.NODE_ENV;
    // What npm start does: the mode first, from the environment the operator gave (NODE_ENV=test here, not production)...
    const mode = modeFromEnvironment(process.env);
    // ...then anything in the same process may set NODE_ENV=production (Vite's build does, when run in-process).
    process.env.NODE_ENV = 'production';
    hub = await startTestHub({ mode });
    production = await startGateway({
      supergraph: { sdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8') },
      urls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
      port: 0,
      auth: gatewayAuthConfig(hub.keys, hub.accessStore),
      mode: modeFromEnvironment({ NODE_ENV: 'production' }),
      // Even if handed the demo key, production mints nothing.
      demoIdentityProvider: hub.keys.identityProvider,
    });
  });
  afterAll(async () => {
    if (nodeEnvBefore === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnvBefore;
    await production?.stop();
    await hub?.stop();
  });

  it('is production only when NODE_ENV=production; unset, test or development is development', () => {
    expect(modeFromEnvironment({ NODE_ENV: 'production' })).toBe('production');
    for (const NODE_ENV of [undefined, '', 'test', 'development', 'Production', 'prod'])
      expect([NODE_ENV, modeFromEnvironment({ NODE_ENV })]).toEqual([NODE_ENV, 'development']);
  });

  it("npm start's hub stays in development after NODE_ENV=production is set in its process: introspection answered, suggestions shown", async () => {
    expect(process.env.NODE_ENV).toBe('production');
    const introspection = await post(hub.gatewayUrl, INTROSPECTION);
    expect(introspection.status).toBe(200);
    expect(JSON.parse(introspection.text).data.__schema.queryType.name).toBe('Query');
    expect(JSON.parse(introspection.text).errors).toBeUndefined();
    const typo = await post(hub.gatewayUrl, TYPO, await hub.bearer('phb-lead.icb'));
    expect(typo.text).toMatch(/Did you mean \\"name\\"/);
  });

  it("serves the explorer, its files and demo users' tokens in development, from the hub alone", async () => {
    const page = await fetch(hub.gatewayUrl, { headers: BROWSER });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'.*connect-src 'self'/);
    const html = await page.text();
    expect(html).toContain('phb-lead.icb');
    // Every script and stylesheet the page loads is the hub's own, and each is there.
    const files = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      expect(file).toMatch(/^\/explorer\//);
      const res = await fetch(new URL(file, hub.gatewayUrl));
      expect([file, res.status]).toEqual([file, 200]);
    }
    const minted = await post(hub.gatewayUrl.replace('/graphql', '/explorer/token'), { userId: 'phb-lead.icb' });
    expect(minted.status).toBe(200);
    const { token } = JSON.parse(minted.text) as { token: string };
    const asUser = await post(hub.gatewayUrl, { query: '{ councils { name } }' }, { authorization: `Bearer ${token}` });
    expect(JSON.parse(asUser.text).data.councils.length).toBeGreaterThan(0);
    // Only demo users, and only as JSON (a plain cross-site form cannot ask).
    expect((await post(hub.gatewayUrl.replace('/graphql', '/explorer/token'), { userId: 'someone.else' })).status).toBe(400);
    const form = await fetch(hub.gatewayUrl.replace('/graphql', '/explorer/token'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'userId=phb-lead.icb',
    });
    expect(form.status).toBe(415);
  });

  it('production (NODE_ENV=production only) refuses introspection and hides suggestions', async () => {
    const introspection = JSON.parse((await post(production.url, INTROSPECTION)).text);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors.map((e: { extensions: { validationErrorCode?: string } }) => e.extensions.validationErrorCode)).toContain(
      'INTROSPECTION_DISABLED',
    );
    const typo = await post(production.url, TYPO, await hub.bearer('phb-lead.icb'));
    expect(JSON.parse(typo.text).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.text).not.toMatch(/Did you mean/);
  });

  it('production serves neither the explorer nor its files, and mints no token', async () => {
    const page = await fetch(production.url, { headers: BROWSER });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await page.text()).toMatch(/No explorer in production/);
    for (const file of ['graphiql.js', 'graphiql.css', 'react.js', 'react-dom.js', 'explorer.js', 'explorer.css'])
      expect([file, (await fetch(production.url.replace('/graphql', `/explorer/${file}`))).status]).toEqual([file, 404]);
    const minted = await post(production.url.replace('/graphql', '/explorer/token'), { userId: 'phb-lead.icb' });
    expect(minted.status).toBe(404);
    expect(minted.text).not.toMatch(/eyJ/);
  });
});
