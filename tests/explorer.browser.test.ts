/// <reference lib="dom" />
/**
 * The explorer in Debian's Chromium, with every host but the hub blocked: GraphiQL loads from the
 * hub's own files, a demo user is picked (the hub mints their token), and a query runs as them.
 */
import { formatNhsNumber } from '@continuum/runtime';
import { FEATURED_PERSON } from '@continuum/demo';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchChromium, screenshot } from '../dashboard/tests/browser.ts';
import { startTestHub, type TestHub } from './helpers.ts';

const QUERY = `{ person(nhsNumber: "${formatNhsNumber(FEATURED_PERSON.nhsNumber)}") { givenName familyName } }`;

describe('the explorer in a browser, offline but for the hub', () => {
  let hub: TestHub;
  let browser: Browser;
  beforeAll(async () => {
    hub = await startTestHub();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('loads GraphiQL from the hub alone and runs a query as a picked demo user', async () => {
    const origin = new URL(hub.gatewayUrl).origin;
    const context = await browser.newContext();
    const blocked: string[] = [];
    const problems: string[] = [];
    const authorizations: (string | undefined)[] = [];
    // No network beyond the hub: anything else is refused, and noted.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('request', (r) => {
      if (r.url() === hub.gatewayUrl && r.method() === 'POST' && r.postData()?.includes('person('))
        authorizations.push(r.headers().authorization);
    });

    // GraphiQL asks for the whole schema first (completion and documentation come from it).
    const introspected = page.waitForResponse(
      (r) => r.url() === hub.gatewayUrl && (r.request().postData() ?? '').includes('IntrospectionQuery'),
    );
    await page.goto(`${hub.gatewayUrl}?query=${encodeURIComponent(QUERY)}`);
    await page.waitForSelector('.graphiql-container .graphiql-execute-button');
    const schema = await introspected;
    expect(schema.status()).toBe(200);
    expect(((await schema.json()) as { data?: { __schema?: unknown } }).data?.__schema).toBeDefined();

    await page.selectOption('[data-testid="user"]', 'phb-lead.icb');
    await page.waitForSelector('#continuum-signed-in[data-user="phb-lead.icb"]');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      (given) => document.querySelector('.result-window')?.textContent?.includes(given) ?? false,
      FEATURED_PERSON.givenName,
    );
    const result = await page.textContent('.result-window');
    expect(result).toContain(FEATURED_PERSON.familyName);
    expect(result).not.toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(authorizations.length).toBeGreaterThan(0);
    expect(authorizations.every((a) => a?.startsWith('Bearer ey'))).toBe(true);
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await screenshot(page, 'explorer');
    await context.close();
  });
});
