/// <reference lib="dom" />
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { addDays, isoDate, parseIsoDate, todayIso } from '@continuum/runtime';
import { buildDemoRegion, demoDay, demoMonth, MICRO_CARE_FIRST_MONTH, MICRO_CARE_LAST_MONTH } from '@continuum/demo';
import { startTestHub, type Client, type TestHub } from '../../tests/helpers.ts';
import { ensureDashboardBuilt } from '../server/build.ts';
import { startDashboardServer, type RunningDashboard } from '../server/serve.ts';
import { DASHBOARD_USER, signInAsDemoCommissioner } from '../server/sign-in.ts';
import {
  controlsNotReached,
  figuresShown,
  launchChromium,
  openPage,
  screenshot,
  tableRows,
  tabThrough,
  tileValues,
  type OpenedPage,
} from './browser.ts';
import { apiAnswer, csvOf, operationHash, rowsOf } from './expected.ts';

const NEWCASTLE = 'E08000021';
/** The demo region is anchored on the pinned day: its base-day dates placed where they fall. */
const ANCHOR = todayIso();
const YEAR = { from: demoDay(ANCHOR, '2025-11-01'), to: demoDay(ANCHOR, '2026-10-31') };
/** The micro-care programme's whole span, first day of its first month to last day of its last. */
const MICRO_CARE = {
  from: demoMonth(ANCHOR, MICRO_CARE_FIRST_MONTH),
  to: isoDate(addDays(parseIsoDate(demoMonth(ANCHOR, nextMonth(MICRO_CARE_LAST_MONTH)))!, -1)),
};

function nextMonth(firstOfMonth: string): string {
  const [y, m] = firstOfMonth.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

describe("commissioners' dashboards in Chromium against the running hub", () => {
  let hub: TestHub;
  let dashboard: RunningDashboard;
  /** The gateway asked as the commissioner the dashboard signs in as. */
  const asCommissioner: Client = (query, variables) => hub.as(DASHBOARD_USER)(query, variables);
  let browser: Browser;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    // The whole suite runs beside this file on two cores: give the aggregates room.
    process.env.CONTINUUM_SUBGRAPH_TIMEOUT_MS ??= '30000';
    await ensureDashboardBuilt();
    hub = await startTestHub();
    dashboard = await startDashboardServer({
      port: 0,
      gatewayUrl: hub.gatewayUrl,
      signIn: signInAsDemoCommissioner(hub.keys.identityProvider),
    });
    browser = await launchChromium();
    // The first aggregate requests plan queries and open pools in every subgraph; do that once here, one at a time.
    for (const operation of [
      'WorkforceDashboard',
      'TrainingDashboard',
      'TransitionsDashboard',
      'MicroCareDashboard',
      'SupportOfferDashboard',
    ])
      await apiAnswer(asCommissioner, operation, YEAR).catch(() => {});
    await apiAnswer(asCommissioner, 'TransitionsDashboard', { icbOdsCode: 'QHM' }).catch(() => {});
  });
  afterAll(async () => {
    await browser?.close();
    await dashboard?.stop();
    await hub?.stop();
  });

  async function open(path: string, viewport?: { width: number; height: number }): Promise<OpenedPage> {
    const p = await openPage(browser, new URL(path, dashboard.url).href, viewport);
    opened.push(p);
    await figuresShown(p.page);
    return p;
  }

  async function closeClean(p: OpenedPage) {
    assert.deepEqual(p.problems, [], 'no console errors or failed requests');
    await p.context.close();
  }

  async function downloaded(p: OpenedPage, table: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([p.page.waitForEvent('download'), p.page.click(`button[data-csv="${table}"]`)]);
    return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
  }

  it('micro-care page shows the API\'s figures for the programme: 24 businesses as "25", 34,330.25 hours as "34,330"', async () => {
    const api = (await apiAnswer(asCommissioner, 'MicroCareDashboard', MICRO_CARE)).microCareAggregates;
    const p = await open('/micro-care');
    const tiles = await tileValues(p.page);
    for (const key of ['businesses', 'totalHours', 'peopleSupported', 'careJobs', 'becameAgencies', 'moneyKeptLocal'])
      assert.equal(tiles[key], api[key].display, key);
    assert.deepEqual(tiles, {
      businesses: '25',
      totalHours: '34,330',
      peopleSupported: '180',
      careJobs: '40',
      becameAgencies: '<5',
      moneyKeptLocal: '£342,500',
    });
    const byCategory = api.hoursByCategory.map((r: any) => [r.label, r.amount.display]);
    assert.deepEqual(await tableRows(p.page, 'hours-by-category'), byCategory);
    assert.deepEqual(await tableRows(p.page, 'direct-commissioning'), rowsOf(api.directCommissioning));
    const csv = await downloaded(p, 'hours-by-category');
    assert.equal(csv.name, `micro-care-hours-by-category-${MICRO_CARE.from}-to-${MICRO_CARE.to}.csv`);
    assert.equal(csv.text, csvOf(['Kind of care', 'Hours'], byCategory));
    await screenshot(p.page, 'micro-care');
    await closeClean(p);
  });

  it('micro-care filtered to a council with no programme shows zeros, as the API does', async () => {
    const api = (await apiAnswer(asCommissioner, 'MicroCareDashboard', { councilGssCode: NEWCASTLE, ...MICRO_CARE })).microCareAggregates;
    const p = await open(`/micro-care?council=${NEWCASTLE}`);
    assert.equal((await tileValues(p.page)).businesses, api.businesses.display);
    assert.equal(api.businesses.display, '0');
    await closeClean(p);
  });

  it("PA workforce page shows the API's figures, and choosing a council in the form changes them to the council's", async () => {
    const all = await apiAnswer(asCommissioner, 'WorkforceDashboard', {});
    const p = await open('/workforce');
    const tiles = await tileValues(p.page);
    for (const key of ['personalAssistants', 'employers', 'employments', 'withSeveralEmployers', 'allContractsSigned'])
      assert.equal(tiles[key], all.paWorkforceAggregates[key].display, key);
    assert.deepEqual(await tableRows(p.page, 'pas-by-council'), rowsOf(all.paWorkforceAggregates.byCouncil));
    assert.deepEqual(await tableRows(p.page, 'pas-by-dbs'), rowsOf(all.paWorkforceAggregates.byDbsCurrency));
    assert.deepEqual(await tableRows(p.page, 'pas-by-care-certificate'), rowsOf(all.paTrainingAggregates.careCertificate));
    await screenshot(p.page, 'workforce');

    await p.page.selectOption('#filter-council', NEWCASTLE);
    await p.page.click('button[type="submit"]');
    await p.page.waitForURL(`**/workforce?council=${NEWCASTLE}`);
    const newcastle = await apiAnswer(asCommissioner, 'WorkforceDashboard', { councilGssCode: NEWCASTLE });
    await p.page.waitForFunction(
      (v) => document.querySelector('[data-figure="personalAssistants"]')?.textContent === v,
      newcastle.paWorkforceAggregates.personalAssistants.display,
    );
    assert.notEqual(newcastle.paWorkforceAggregates.personalAssistants.display, all.paWorkforceAggregates.personalAssistants.display);
    assert.deepEqual(await tableRows(p.page, 'pas-by-dbs'), rowsOf(newcastle.paWorkforceAggregates.byDbsCurrency));
    const csv = await downloaded(p, 'pas-by-council');
    assert.equal(csv.text, csvOf(['Council', 'Personal assistants'], rowsOf(newcastle.paWorkforceAggregates.byCouncil)));
    await closeClean(p);
  });

  it("funding transitions page for the ICB shows the API's in-flight moves, blockers, gaps and overlaps", async () => {
    const api = (await apiAnswer(asCommissioner, 'TransitionsDashboard', { icbOdsCode: 'QHM' })).transitionAggregates;
    const p = await open('/transitions?icb=QHM');
    const tiles = await tileValues(p.page);
    for (const key of ['inFlight', 'readyToApply', 'completedInPeriod', 'keptAllPersonalAssistants'])
      assert.equal(tiles[key], api[key].display, key);
    assert.deepEqual(await tableRows(p.page, 'blockers'), rowsOf(api.blockedBy));
    assert.deepEqual(await tableRows(p.page, 'in-flight-by-stage'), rowsOf(api.inFlightByStage));
    const c = api.continuity;
    assert.deepEqual(await tableRows(p.page, 'continuity'), [
      ['Funding gaps', c.peopleWithGaps.display, c.gapDays.display],
      ['Funding overlaps', c.peopleWithOverlaps.display, c.overlapDays.display],
    ]);
    await screenshot(p.page, 'transitions');
    await closeClean(p);
  });

  it('funding transitions page without a funder asks for one before showing gaps and overlaps', async () => {
    const p = await open('/transitions');
    assert.equal(await p.page.locator('[data-continuity-hint]').count(), 1);
    await closeClean(p);
  });

  it("training page shows the API's Care Certificate and course figures", async () => {
    const api = (await apiAnswer(asCommissioner, 'TrainingDashboard', YEAR)).paTrainingAggregates;
    const p = await open(`/training?from=${YEAR.from}&to=${YEAR.to}`);
    const tiles = await tileValues(p.page);
    assert.equal(tiles.personalAssistants, api.personalAssistants.display);
    assert.equal(tiles.completionsInPeriod, api.completionsInPeriod.display);
    assert.deepEqual(await tableRows(p.page, 'care-certificate-standards'), rowsOf(api.careCertificateStandards));
    assert.equal((await tableRows(p.page, 'current-courses')).length, api.currentCourses.length);
    await screenshot(p.page, 'training');
    await closeClean(p);
  });

  it("council support offer page shows the API's counts of councils for each item", async () => {
    const api = (await apiAnswer(asCommissioner, 'SupportOfferDashboard', {})).councilSupportOfferAggregates;
    const p = await open('/support-offer');
    const employers = await tableRows(p.page, 'offer-employers');
    const expected = api.items
      .filter((i: any) => i.audience === 'EMPLOYER')
      .map((i: any) => [i.label, String(i.available), String(i.inDevelopment), String(i.notAvailable), String(i.dontKnow)]);
    assert.deepEqual(
      employers.map((r) => r.slice(0, 5)),
      expected,
    );
    await screenshot(p.page, 'support-offer');
    await closeClean(p);
  });

  it("a period that ends before it starts shows the hub's own reason, and nothing else breaks", async () => {
    const p = await open('/workforce?from=2026-05-01&to=2026-01-01');
    const summary = p.page.locator('.nhsuk-error-summary');
    assert.equal(await summary.count(), 1);
    assert.match(await summary.innerText(), /filter\.to: must be on or after from/);
    assert.equal(await p.page.locator('[data-error-code="BAD_USER_INPUT"]').count(), 1);
    // The browser logs the failed response itself; nothing else may go wrong.
    assert.deepEqual(p.problems, []);
    await p.context.close();
  });

  it('keyboard: tabbing from the top reaches every link, field and button on each page', async () => {
    for (const path of ['/', '/micro-care', '/workforce', '/transitions?council=E08000021', '/training', '/support-offer']) {
      const p = await open(path);
      const reached = await tabThrough(p.page);
      assert.deepEqual(await controlsNotReached(p.page, reached), [], path);
      assert.ok(reached.length > 8, `${path}: ${reached.length} stops`);
      await closeClean(p);
    }
  });

  it('is signed in as the demo commissioner: the header names her, and no token reaches the browser', async () => {
    const p = await open('/');
    await p.page.waitForSelector('[data-signed-in]');
    assert.equal(await p.page.textContent('[data-signed-in]'), 'Signed in as Helen Burns (commissioner)');
    const stored = await p.page.evaluate(() =>
      [document.documentElement.outerHTML, document.cookie, JSON.stringify(localStorage), JSON.stringify(sessionStorage)].join('\n'),
    );
    assert.doesNotMatch(stored, /eyJ[\w-]+\.eyJ/, 'no JWT in the page, cookies or storage');
    await closeClean(p);
    const headerNames = opened.flatMap((o) => o.graphqlHeaderNames);
    assert.ok(headerNames.length >= 10);
    assert.ok(
      headerNames.every((names) => !names.includes('authorization')),
      'the browser never sends credentials: the dashboard server adds them',
    );
  });

  it("the gateway answers the dashboard's operations only for a signed-in caller", async () => {
    const persisted = {
      extensions: { persistedQuery: { version: 1, sha256Hash: operationHash('MicroCareDashboard') } },
      variables: { filter: {} },
    };
    const post = (url: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(persisted) }).then(
        (r) => r.json() as Promise<any>,
      );
    const anonymous = await post(hub.gatewayUrl);
    assert.equal(anonymous.data?.microCareAggregates ?? null, null);
    assert.equal(anonymous.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', JSON.stringify(anonymous));
    const viaDashboard = await post(new URL('/graphql', dashboard.url).href);
    assert.equal(viaDashboard.errors, undefined, JSON.stringify(viaDashboard.errors));
  });

  it("offers no path from the dashboard to a person: the commissioner's sign-in finds no one", async () => {
    const eleanor = buildDemoRegion().featured.movedDirectPaymentToPhb;
    const res: any = await (
      await fetch(new URL('/graphql', dashboard.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query ($id: ID!) { person(id: $id) { id familyName } }', variables: { id: eleanor } }),
      })
    ).json();
    assert.equal(res.data?.person ?? null, null);
    assert.doesNotMatch(JSON.stringify(res), /Robson/);
  });

  it('sends every operation as a persisted one: a hash and no document', () => {
    const bodies = opened.flatMap((p) => p.graphqlBodies);
    assert.ok(bodies.length >= 10);
    for (const body of bodies) {
      assert.equal(body.query, undefined);
      assert.match(body.extensions.persistedQuery.sha256Hash, /^[0-9a-f]{64}$/);
    }
  });

  it('on a phone every page fits the screen width (no sideways scrolling of the page)', async () => {
    for (const [path, name] of [
      ['/', 'home'],
      ['/micro-care', 'micro-care'],
      ['/workforce', 'workforce'],
      ['/transitions', 'transitions'],
      ['/training', 'training'],
      ['/support-offer', 'support-offer'],
    ]) {
      const p = await open(path, { width: 390, height: 844 });
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
      await screenshot(p.page, `${name}-phone`);
      await closeClean(p);
    }
  });
});
