/// <reference lib="dom" />
/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser. One browser for every
 * page test; each page opens in its own context, recording console errors, failed requests and
 * what the page sent to /graphql.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(import.meta.dirname, '..', 'test-artifacts');

// Without the background-networking flags Chromium tries to reach Google's hosts, which this closed network refuses.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and failed requests, in order. */
  problems: string[];
  /** JSON bodies the page posted to /graphql. */
  graphqlBodies: any[];
  /** Header names the browser sent with each /graphql request. */
  graphqlHeaderNames: string[][];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 900 }): Promise<OpenedPage> {
  // CSP is bypassed only so that axe-core can be added to the page as a script; the page's own CSP is tested by the server's tests.
  const context = await browser.newContext({ viewport, acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  const problems: string[] = [];
  const graphqlBodies: any[] = [];
  const graphqlHeaderNames: string[][] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => {
    if (!r.url().endsWith('/graphql')) return;
    graphqlBodies.push(JSON.parse(r.postData() ?? '{}'));
    graphqlHeaderNames.push(Object.keys(r.headers()));
  });
  await page.goto(url);
  return { page, context, problems, graphqlBodies, graphqlHeaderNames };
}

/** Waits until the page shows figures (or an error), not the loading line. */
export async function figuresShown(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('h1') !== null && !document.querySelector('[role="status"]'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Every figure tile on the page, by its key. */
export async function tileValues(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-figure]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-figure')!, e.textContent!.trim()])));
}

/** A table's body as rows of cell texts (the row header first), without the column names a phone shows in each cell. */
export async function tableRows(page: Page, id: string): Promise<string[][]> {
  return page.$$eval(`table[data-table="${id}"] tbody tr`, (trs) =>
    trs.map((tr) => Array.from(tr.children).map((c) => c.querySelector('[data-cell]')!.textContent!.trim())),
  );
}

const AXE = fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** axe-core's violations of WCAG 2.2 A and AA and best practice on the page as it is now: rule id, impact and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      // Every rule still runs on every element; only the passes' details, which are never read, are left out.
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n: { target: string[] }) => n.target.join(' ')).join(', ')}`,
    );
  });
}

/** Every drawn (unsuppressed) bar of a chart: its label, its drawn width and the width it is drawn against (the chart's bar area). */
export async function drawnBars(page: Page, chart: string): Promise<{ label: string; width: number; area: number }[]> {
  return page.$$eval(`[data-chart="${chart}"] .app-chart__row`, (rows) =>
    rows
      .filter((row) => !row.querySelector('.app-chart__bar--suppressed'))
      .map((row) => {
        const bar = row.querySelector('.app-chart__bar')!;
        return {
          label: row.querySelector('.app-chart__label')!.textContent!,
          width: bar.getBoundingClientRect().width,
          area: bar.parentElement!.getBoundingClientRect().width,
        };
      }),
  );
}

/**
 * Tabs through the page from the top and returns a description of every element that took
 * focus, stopping when focus comes round again.
 */
export async function tabThrough(page: Page, limit = 400): Promise<string[]> {
  // Start where a keyboard user starts: before the first element of the page.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.addEventListener('blur', () => start.remove(), { once: true });
  });
  await page.keyboard.press('Tab');
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    const id = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      return (
        el.getAttribute('data-focus-id') ?? (el.setAttribute('data-focus-id', String(Math.random())), el.getAttribute('data-focus-id'))
      );
    });
    // A date field takes several presses (day, month, year) while staying the focused element.
    if (id !== null && id === seen[seen.length - 1]) {
      await page.keyboard.press('Tab');
      continue;
    }
    if (id === null || seen.includes(id)) break;
    seen.push(id);
    await page.keyboard.press('Tab');
  }
  return seen;
}

/** data-focus-id of every control a keyboard user must be able to reach (after tabThrough tagged them). */
export async function controlsNotReached(page: Page, reached: string[]): Promise<string[]> {
  return page.$$eval(
    'a[href], button, select, input, textarea, [tabindex="0"]',
    (els, reached) =>
      els
        // Controls a reader cannot see (behind a closed "Show the figures") are reached once it is opened.
        .filter((e) => e.checkVisibility())
        .filter((e) => !reached.includes(e.getAttribute('data-focus-id') ?? ''))
        .map((e) => e.outerHTML.slice(0, 120)),
    reached,
  );
}
