/// <reference lib="dom" />
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { addDays, isoDate, parseIsoDate, todayIso } from '@continuum/runtime';
import { longDate } from '../src/dates.ts';
import { buildDemoRegion, demoDay, demoMonth, MICRO_CARE_FIRST_MONTH, MICRO_CARE_LAST_MONTH } from '@continuum/demo';
import { type Client, type TestHub } from '../../tests/helpers.ts';
import { partnerSdl, startPartnerHub, type PartnerHub } from '../../tests/partner-helpers.ts';
import { ensureDashboardBuilt } from '../server/build.ts';
import { startDashboardServer, type RunningDashboard } from '../server/serve.ts';
import { DASHBOARD_USER, signInAsDemoCommissioner } from '../server/sign-in.ts';
import {
  axeViolations,
  controlsNotReached,
  drawnBars,
  figuresShown,
  launchChromium,
  openPage,
  screenshot,
  tableRows,
  tabThrough,
  tileValues,
  type OpenedPage,
} from './browser.ts';
import { apiAnswer, csvOf, csvSelection, largestFirst, operationHash, rowsOf, rowsWithShares } from './expected.ts';

const NEWCASTLE = 'E08000021';
/** The dashboard's commissioner's own organisation, every page's default. */
const ICB = 'QHM';
const ICB_NAME = 'NHS North East and North Cumbria Integrated Care Board';
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
  /** The hub with the Flintshire micro-care partner published, as npm start runs it: the micro-care page's current figures are the partner's. */
  let partnerHub: PartnerHub;
  let dashboard: RunningDashboard;
  /** The gateway asked as the commissioner the dashboard signs in as. */
  const asCommissioner: Client = (query, variables) => hub.as(DASHBOARD_USER)(query, variables);
  let browser: Browser;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    // The whole suite runs beside this file on two cores: give the aggregates room.
    process.env.CONTINUUM_SUBGRAPH_TIMEOUT_MS ??= '30000';
    await ensureDashboardBuilt();
    partnerHub = await startPartnerHub({ timeoutMs: 30_000 });
    assert.ok((await partnerHub.publish(partnerSdl())).published);
    hub = partnerHub.hub;
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
      'MicroCareCurrent',
      'SupportOfferDashboard',
      'RecruitmentDashboard',
      'SafeguardingDashboard',
      'MarketDashboard',
      'ContractsDashboard',
      'SupplyAndDemandDashboard',
    ])
      await apiAnswer(asCommissioner, operation, YEAR).catch(() => {});
    await apiAnswer(asCommissioner, 'TransitionsDashboard', { icbOdsCode: 'QHM' }).catch(() => {});
  });
  afterAll(async () => {
    await browser?.close();
    await dashboard?.stop();
    await partnerHub?.stop();
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
    // A chart's table and its download wait behind "Show the figures".
    const details = p.page.locator(`[data-figures="${table}"]`);
    if ((await details.count()) && (await details.getAttribute('open')) === null) await details.locator('summary').click();
    const [download] = await Promise.all([p.page.waitForEvent('download'), p.page.click(`button[data-csv="${table}"]`)]);
    return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
  }

  it('micro-care page shows the partner\'s current figures, its current clients among them, and the programme\'s historic figures labelled as such: 24 businesses as "25", 34,330.25 hours as "34,330"', async () => {
    const api = (await apiAnswer(asCommissioner, 'MicroCareDashboard', MICRO_CARE)).microCareAggregates;
    const current = (await apiAnswer(asCommissioner, 'MicroCareCurrent', {})).microCareActivityAggregates;
    const p = await open('/micro-care?council=all');
    const { currentBusinesses, currentPeopleSupported, currentHours, currentValue, ...tiles } = await tileValues(p.page);
    assert.deepEqual(
      [currentBusinesses, currentPeopleSupported, currentHours, currentValue],
      [current.businesses.display, current.peopleSupported.display, current.totalHours.display, current.totalValue.display],
    );
    assert.ok(current.peopleSupported.value >= 60, `the partner's current clients appear: ${current.peopleSupported.display}`);
    assert.deepEqual(
      await tableRows(p.page, 'current-hours-by-funding'),
      current.byFundingRoute.map((r: any) => [r.label, r.people.display, r.hours.display, r.value.display]),
    );
    assert.match(await p.page.innerText('[data-period="current"]'), new RegExp(`${longDate(current.from)} to ${longDate(current.to)}`));
    assert.match(
      await p.page.innerText('[data-period="historic"]'),
      new RegExp(`evaluation recorded them, ${longDate(MICRO_CARE.from)} to ${longDate(MICRO_CARE.to)}`),
    );
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
    assert.equal(csv.name, `micro-care-hours-by-category-all-councils-and-nhs-commissioners-${MICRO_CARE.from}-to-${MICRO_CARE.to}.csv`);
    assert.equal(csv.text, csvOf(['Kind of care', 'Hours'], byCategory, csvSelection('Historic hours by kind of care', MICRO_CARE)));
    await screenshot(p.page, 'micro-care');
    await closeClean(p);
  });

  it('micro-care for a council with no programme says there is no data for this selection instead of drawing zeros', async () => {
    const api = (await apiAnswer(asCommissioner, 'MicroCareDashboard', { councilGssCode: NEWCASTLE, ...MICRO_CARE })).microCareAggregates;
    assert.equal(api.businesses.display, '0');
    const p = await open(`/micro-care?council=${NEWCASTLE}&icb=all`);
    assert.equal(await p.page.locator('[data-empty="tiles"]').count(), 2, 'current and historic');
    assert.match(await p.page.locator('[data-empty="tiles"]').first().innerText(), /No data for this selection/);
    assert.deepEqual(await tileValues(p.page), {}, 'no row of zeros');
    for (const panel of [
      'current-hours-by-category',
      'current-hours-by-funding',
      'current-rates',
      'hours-by-category',
      'hours-by-year',
      'direct-commissioning',
      'programme',
    ])
      assert.equal(await p.page.locator(`[data-empty="${panel}"]`).count(), 1, panel);
    assert.equal(await p.page.locator('[data-chart]').count(), 0, 'no chart of zeros');
    await closeClean(p);
  });

  it('micro-care page says the current figures are unavailable while the partner is not answering, rather than showing zeros, and keeps the historic ones', async () => {
    await partnerHub.partner.kill();
    try {
      const p = await open('/micro-care?council=all');
      assert.match(await p.page.innerText('[data-unavailable="current"]'), /Current micro-care figures are unavailable/);
      const tiles = await tileValues(p.page);
      assert.deepEqual(
        Object.keys(tiles).filter((k) => k.startsWith('current')),
        [],
        'no current figure stands in',
      );
      assert.equal(tiles.businesses, '25');
      await closeClean(p);
    } finally {
      await partnerHub.partner.start();
    }
  });

  it("PA workforce page opens on the commissioner's own ICB with the API's figures, and choosing a council in the form changes them to the council's", async () => {
    const all = await apiAnswer(asCommissioner, 'WorkforceDashboard', { icbOdsCode: ICB });
    const p = await open('/workforce');
    assert.equal(await p.page.inputValue('#filter-icb'), ICB);
    assert.equal(await p.page.textContent('[data-page-scope]'), ICB_NAME);
    const tiles = await tileValues(p.page);
    for (const key of ['personalAssistants', 'employers', 'employments', 'withSeveralEmployers', 'allContractsSigned'])
      assert.equal(tiles[key], all.paWorkforceAggregates[key].display, key);
    assert.deepEqual(await tableRows(p.page, 'pas-by-council'), rowsOf(largestFirst(all.paWorkforceAggregates.byCouncil)));
    assert.deepEqual(
      await tableRows(p.page, 'pas-by-dbs'),
      rowsWithShares(all.paWorkforceAggregates.byDbsCurrency, all.paWorkforceAggregates.personalAssistants),
    );
    assert.deepEqual(await tableRows(p.page, 'pas-by-care-certificate'), rowsOf(all.paTrainingAggregates.careCertificate));
    await screenshot(p.page, 'workforce');

    await p.page.selectOption('#filter-council', NEWCASTLE);
    await p.page.selectOption('#filter-icb', 'all');
    await p.page.click('button[type="submit"]');
    await p.page.waitForURL(`**/workforce?council=${NEWCASTLE}&icb=all`);
    const newcastle = await apiAnswer(asCommissioner, 'WorkforceDashboard', { councilGssCode: NEWCASTLE });
    await p.page.waitForFunction(
      (v) => document.querySelector('[data-figure="personalAssistants"]')?.textContent === v,
      newcastle.paWorkforceAggregates.personalAssistants.display,
    );
    assert.notEqual(newcastle.paWorkforceAggregates.personalAssistants.display, all.paWorkforceAggregates.personalAssistants.display);
    assert.deepEqual(
      await tableRows(p.page, 'pas-by-dbs'),
      rowsWithShares(newcastle.paWorkforceAggregates.byDbsCurrency, newcastle.paWorkforceAggregates.personalAssistants),
    );
    const w = newcastle.paWorkforceAggregates;
    const csv = await downloaded(p, 'pas-by-council');
    assert.equal(csv.name, `pas-by-council-newcastle-upon-tyne-city-council-${w.from}-to-${w.to}.csv`);
    assert.equal(
      csv.text,
      csvOf(
        ['Council', 'Personal assistants'],
        rowsOf(largestFirst(w.byCouncil)),
        csvSelection('PAs by council', w, { council: 'Newcastle upon Tyne City Council' }),
      ),
    );
    await closeClean(p);
  });

  it("funding transitions page for the ICB shows the API's in-flight moves, blockers, gaps and overlaps", async () => {
    const api = (await apiAnswer(asCommissioner, 'TransitionsDashboard', { icbOdsCode: 'QHM' })).transitionAggregates;
    const p = await open('/transitions?icb=QHM');
    const tiles = await tileValues(p.page);
    for (const key of ['inFlight', 'readyToApply', 'completedInPeriod', 'keptAllPersonalAssistants'])
      assert.equal(tiles[key], api[key].display, key);
    assert.deepEqual(await tableRows(p.page, 'blockers'), rowsOf(largestFirst(api.blockedBy)));
    assert.deepEqual(await tableRows(p.page, 'in-flight-by-stage'), rowsOf(api.inFlightByStage));
    // The headline is the sum of its stages as published, so the page adds up.
    const stages = api.inFlightByStage.reduce((n: number, r: any) => n + (r.count.suppressed ? 5 : r.count.value), 0);
    assert.equal(tiles.inFlight, stages.toLocaleString('en-GB'));
    const c = api.continuity;
    assert.deepEqual(await tableRows(p.page, 'continuity'), [
      ['Funding gaps', c.peopleWithGaps.display, c.gapDays.display],
      ['Funding overlaps', c.peopleWithOverlaps.display, c.overlapDays.display],
    ]);
    await screenshot(p.page, 'transitions');
    await closeClean(p);
  });

  it('funding transitions page without a funder asks for one before showing gaps and overlaps', async () => {
    const p = await open('/transitions?icb=all');
    assert.equal(await p.page.locator('[data-continuity-hint]').count(), 1);
    await closeClean(p);
  });

  it("training page shows the API's Care Certificate and course figures", async () => {
    const api = (await apiAnswer(asCommissioner, 'TrainingDashboard', { ...YEAR, icbOdsCode: ICB })).paTrainingAggregates;
    const p = await open(`/training?from=${YEAR.from}&to=${YEAR.to}`);
    const tiles = await tileValues(p.page);
    assert.equal(tiles.personalAssistants, api.personalAssistants.display);
    assert.equal(tiles.completionsInPeriod, api.completionsInPeriod.display);
    assert.deepEqual(
      await tableRows(p.page, 'care-certificate-standards'),
      rowsWithShares(api.careCertificateStandards, api.personalAssistants),
    );
    assert.equal((await tableRows(p.page, 'current-courses')).length, api.currentCourses.length);
    await screenshot(p.page, 'training');
    await closeClean(p);
  });

  it("council support offer page shows the API's counts of councils for each item", async () => {
    const api = (await apiAnswer(asCommissioner, 'SupportOfferDashboard', { icbOdsCode: ICB })).councilSupportOfferAggregates;
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

  it("recruitment and registers page for the ICB shows the API's findable PAs by area and skill against demand, time to fill and rural short calls, and its CSV", async () => {
    const api = (await apiAnswer(asCommissioner, 'RecruitmentDashboard', { icbOdsCode: ICB })).coverAndRecruitmentAggregates;
    const p = await open('/recruitment');
    assert.equal(await p.page.textContent('[data-page-scope]'), ICB_NAME);
    const tiles = await tileValues(p.page);
    const keys = ['findablePas', 'openVacancies', 'overdueVacancies', 'vacanciesFilled', 'medianDaysToFill', 'coverEvents'];
    for (const key of [...keys, 'medianHoursToCover', 'unfilledShortCallsInRuralDistricts'])
      assert.equal(tiles[key], api[key].display, key);
    assert.match(tiles.medianDaysToFill!, /^\d+ days$/);
    assert.deepEqual(await tableRows(p.page, 'findable-by-area'), rowsOf(largestFirst(api.findablePasByArea)));
    const skills = api.skillSupplyAndDemand.map((s: any) => [
      s.label,
      s.findablePas.display,
      s.openVacancies?.display ?? '–',
      s.coverRequests?.display ?? '–',
    ]);
    assert.deepEqual(await tableRows(p.page, 'skills'), skills);
    assert.ok(skills.some((r: string[]) => r[0] === 'Speaks BSL') && skills.some((r: string[]) => r[0] === 'Covers at short notice'));
    assert.deepEqual(await tableRows(p.page, 'time-to-fill'), [
      ['Vacancies filled in the period', api.vacanciesFilled.display, api.medianDaysToFill.display],
      ['Cover requests met', api.coverRequestsMet.display, api.medianHoursToCover.display],
    ]);
    assert.deepEqual(await tableRows(p.page, 'cover-by-how'), rowsOf(api.coverEventsByHow));
    assert.deepEqual(
      await tableRows(p.page, 'rural-supply'),
      api.ruralSupply.map((d: any) => [
        d.postcodeDistrict,
        d.findablePas.display,
        d.unfilledShortCalls.display,
        d.nearestProviderMiles.toFixed(1),
      ]),
    );
    const csv = await downloaded(p, 'skills');
    assert.equal(csv.name, `skills-supply-and-demand-nhs-north-east-and-north-cumbria-integrated-care-board-${api.from}-to-${api.to}.csv`);
    assert.equal(
      csv.text,
      csvOf(
        ['Skill', 'Findable PAs', 'Open vacancies asking', 'Cover requests'],
        skills,
        csvSelection('Findable PAs by skill, against demand', api, { nhs: ICB_NAME }),
      ),
    );
    await closeClean(p);
  });

  it("safeguarding and quality page shows the API's concerns, follow-ups and DBS checks with rates beside counts, and its CSV", async () => {
    const api = await apiAnswer(asCommissioner, 'SafeguardingDashboard', YEAR);
    const s = api.safeguardingAggregates;
    const d = api.dbsCheckAggregates;
    const p = await open(`/safeguarding?icb=all&from=${YEAR.from}&to=${YEAR.to}`);
    const tiles = await tileValues(p.page);
    for (const key of ['concernsRaised', 'enquiries', 'followUpsDue', 'followUpsOverdue']) assert.equal(tiles[key], s[key].display, key);
    for (const key of ['certificates', 'medianTurnaroundDays', 'onUpdateService', 'informationDisclosedDiscussedAndDecided'])
      assert.equal(tiles[key], d[key].display, key);
    assert.match(tiles.medianTurnaroundDays!, /^\d+ days$/);
    const share = (part: any, whole: any) => `${Math.round((100 * part.value) / whole.value)}%`;
    assert.match(
      await p.page.innerText('.app-tile:has([data-figure="onUpdateService"])'),
      new RegExp(`${share(d.onUpdateService, d.certificates)} of certificates`),
    );
    const categories = rowsWithShares(largestFirst(s.byCategory), s.concernsRaised);
    assert.deepEqual(await tableRows(p.page, 'concerns-by-category'), categories);
    assert.deepEqual(await tableRows(p.page, 'concerns-by-source'), rowsWithShares(largestFirst(s.bySource), s.concernsRaised));
    assert.deepEqual(await tableRows(p.page, 'concerns-by-organisation'), rowsWithShares(s.byRaisingOrganisation, s.concernsRaised));
    assert.deepEqual(await tableRows(p.page, 'concerns-by-status'), rowsWithShares(s.byStatus, s.concernsRaised));
    const counts = (k: any) => [k.due, k.doneOnTime, k.doneLate, k.overdue, k.concernsRaised].map((c) => c.display);
    assert.deepEqual(await tableRows(p.page, 'follow-ups'), [
      ...s.followUpsByKind.map((k: any) => [k.label, ...counts(k)]),
      [
        'All follow-ups',
        ...counts({
          ...s,
          due: s.followUpsDue,
          doneOnTime: s.followUpsDoneOnTime,
          doneLate: s.followUpsDoneLate,
          overdue: s.followUpsOverdue,
          concernsRaised: s.concernsRaisedAtFollowUps,
        }),
      ],
    ]);
    assert.deepEqual(await tableRows(p.page, 'dbs-by-processor'), [
      ...d.byProcessor.map((r: any) => [
        r.label,
        r.certificates.display,
        share(r.certificates, d.certificates),
        r.medianTurnaroundDays.display,
      ]),
      ['All processors', d.certificates.display, '–', d.medianTurnaroundDays.display],
    ]);
    assert.deepEqual(await tableRows(p.page, 'dbs-by-payer'), rowsOf(largestFirst(d.byPayer)));
    assert.deepEqual(await tableRows(p.page, 'negative-returns'), [
      ['Certificates issued', d.certificates.display, '–'],
      ['Information disclosed', d.informationDisclosed.display, share(d.informationDisclosed, d.certificates)],
      [
        'Discussed, with a decision recorded',
        d.informationDisclosedDiscussedAndDecided.display,
        share(d.informationDisclosedDiscussedAndDecided, d.informationDisclosed),
      ],
    ]);
    const csv = await downloaded(p, 'concerns-by-category');
    assert.equal(csv.name, `concerns-by-category-all-councils-and-nhs-commissioners-${s.from}-to-${s.to}.csv`);
    assert.equal(csv.text, csvOf(['Category', 'Concerns', 'Share of concerns'], categories, csvSelection('Concerns by category', s)));
    await closeClean(p);
    // The ICB funds no one with a concern in the year: the concern figures say so rather than drawing zeros.
    const icb = (await apiAnswer(asCommissioner, 'SafeguardingDashboard', { ...YEAR, icbOdsCode: ICB })).safeguardingAggregates;
    assert.equal(icb.concernsRaised.display, '0');
    const own = await open(`/safeguarding?from=${YEAR.from}&to=${YEAR.to}`);
    for (const panel of ['concerns-by-category', 'concerns-by-source', 'concerns-by-organisation', 'concerns-by-status'])
      assert.equal(await own.page.locator(`[data-empty="${panel}"]`).count(), 1, panel);
    await closeClean(own);
  });

  it("market and economics page shows the API's personal budgets by route, pay reaching PAs, money kept local by the partner's micro-carers and employers per support organisation and NHS body, beside the seeds' comparators, and its CSV", async () => {
    const api = await apiAnswer(asCommissioner, 'MarketDashboard', YEAR);
    const b = api.personalBudgetAggregates;
    const m = api.employerMarketAggregates;
    const p = await open(`/market?icb=all&from=${YEAR.from}&to=${YEAR.to}`);
    const tiles = await tileValues(p.page);
    for (const key of ['personalBudgets', 'directPayments', 'averageDirectPaymentWeekly']) assert.equal(tiles[key], b[key].display, key);
    // Money kept local is the partner's current micro-care, valued at the rates in force, not the programme's historic figure.
    const micro = (await apiAnswer(asCommissioner, 'MarketMicroCare', YEAR)).microCareActivityAggregates;
    assert.equal(tiles.moneyKeptLocal, micro.totalValue.display);
    assert.notEqual(micro.totalValue.value, 0);
    const dpShare = `${Math.round((100 * b.directPayments.value) / b.personalBudgets.value)}%`;
    assert.match(
      await p.page.innerText('.app-tile:has([data-figure="directPayments"])'),
      new RegExp(`${dpShare} of personal budgets\\. Oxfordshire, another council, 2013–14: 3,990, 58%`),
    );
    assert.match(await p.page.innerText('.app-tile:has([data-figure="averageDirectPaymentWeekly"])'), /£217/);
    const priced = m.payReachingPas.filter((c: any) => c.sharePercent !== null && c.personalAssistants.value);
    const weight = priced.reduce((n: number, c: any) => n + c.personalAssistants.value, 0);
    const weighted = priced.reduce((n: number, c: any) => n + c.sharePercent * c.personalAssistants.value, 0);
    assert.ok(weight > 0);
    assert.equal(tiles.shareReachingPas, `${Math.round(weighted / weight)}%`);
    const routes: any[] = largestFirst<any>(b.byRoute.map((r: any) => ({ ...r, count: r.people })));
    const routeRows = rowsWithShares(routes, b.personalBudgets).map((row, i) => [...row, routes[i].averageWeeklyAmount.display]);
    assert.deepEqual(await tableRows(p.page, 'budgets-by-route'), routeRows);
    assert.deepEqual(
      await tableRows(p.page, 'pay-reaching-pas'),
      m.payReachingPas.map((c: any) => [
        c.label,
        c.directPaymentRate === null ? 'Not published' : `£${c.directPaymentRate.toFixed(2)}`,
        c.personalAssistants.display,
        c.averageWeekdayRate.display,
        c.sharePercent === null ? '–' : `${c.sharePercent}%`,
      ]),
    );
    const behind = (rows: any[]) =>
      largestFirst(rows.map((r) => ({ ...r, count: r.employers }))).map((r) => [
        r.label,
        r.employers.display,
        r.personalAssistants.display,
      ]);
    assert.deepEqual(await tableRows(p.page, 'by-support-organisation'), behind(m.bySupportOrganisation));
    assert.deepEqual(await tableRows(p.page, 'by-health-body'), behind(m.byHealthBody));
    assert.match(
      await p.page.innerText('[data-panel="pay-reaching-pas"]'),
      /Somerset \(another council\) charges £17\.10 an hour, of which £13\.68 \(80%\)/,
    );
    const csv = await downloaded(p, 'budgets-by-route');
    assert.equal(csv.name, `personal-budgets-by-route-all-councils-and-nhs-commissioners-${b.from}-to-${b.to}.csv`);
    assert.equal(
      csv.text,
      csvOf(
        ['Delivery route', 'People', 'Share of budgets', 'Average a week'],
        routeRows,
        csvSelection('Personal budgets by delivery route', b),
      ),
    );
    await closeClean(p);
  });

  it("supply and demand page shows the API's hours and requests waiting beside the previous period and the seeds' Flintshire figures, requests closed by who took them, people waiting in a bed, and its CSV", async () => {
    const api = await apiAnswer(asCommissioner, 'SupplyAndDemandDashboard', YEAR);
    const s = api.domiciliarySupplyAggregates;
    const h = api.dischargeWaitAggregates;
    const p = await open(`/supply-and-demand?icb=all&from=${YEAR.from}&to=${YEAR.to}`);
    const tiles = await tileValues(p.page);
    for (const key of ['unallocatedHours', 'requestsWaiting', 'medianDaysWaiting', 'medianDaysToAllocate'])
      assert.equal(tiles[key], s[key].display, key);
    assert.equal(tiles.waitingInBeds, h.waiting.display);
    assert.equal(tiles.medianDaysDelayed, h.medianDaysDelayed.display);
    assert.match(s.unallocatedHours.display, /^[\d,]+ hours$/);
    assert.equal(await p.page.textContent('[data-previous="unallocatedHours"]'), `Previous period: ${s.previousUnallocatedHours.display}`);
    assert.equal(await p.page.textContent('[data-previous="waitingInBeds"]'), `Previous period: ${h.previousWaiting.display}`);
    assert.match(
      await p.page.innerText('.app-tile:has([data-figure="unallocatedHours"])'),
      /Flintshire, December 2021: 630 hours, against a North Wales average of 950/,
    );
    // Without micro-carers: the hours waiting and those micro-carers cover a week, from the published figures.
    // Micro-care hours in the week to the period's last day, as the hours waiting are on that day.
    const week = { from: isoDate(addDays(parseIsoDate(s.to)!, -6)), to: s.to };
    const micro = (await apiAnswer(asCommissioner, 'SupplyAndDemandMicroCare', week)).microCareActivityAggregates;
    const weekly = micro.totalHours.value;
    assert.ok(weekly > 0, "the partner's micro-carers delivered hours that week");
    assert.equal(tiles.microCareHoursWeekly, `${weekly.toLocaleString('en-GB')} hours`);
    assert.equal(tiles.withoutMicroCare, `${(s.unallocatedHours.value + weekly).toLocaleString('en-GB')} hours`);
    const councils = s.byCouncil.map((c: any) => [c.councilName, c.requestsWaiting.display, c.unallocatedHours.display]);
    assert.equal(councils.length, 13);
    assert.deepEqual(await tableRows(p.page, 'waiting-by-council'), councils);
    const closedTotal = { value: s.closedByOutcome.reduce((n: number, r: any) => n + r.count.value, 0) };
    assert.deepEqual(await tableRows(p.page, 'closed-by-outcome'), rowsWithShares(largestFirst<any>(s.closedByOutcome), closedTotal));
    const beds = [
      { label: 'In hospital', count: h.waitingInHospital },
      { label: 'In a step-up bed in a care home', count: h.waitingInStepUpBeds },
    ];
    assert.deepEqual(await tableRows(p.page, 'waiting-in-beds'), rowsWithShares(beds, h.waiting));
    // The council with the most hours waiting draws the longest bar; each bar is in proportion to its hours.
    const bars = await drawnBars(p.page, 'waiting-by-council-chart');
    const hoursOf = new Map<string, number>(
      s.byCouncil.filter((c: any) => !c.unallocatedHours.suppressed).map((c: any) => [c.councilName, c.unallocatedHours.value]),
    );
    const max = Math.max(...hoursOf.values());
    for (const bar of bars) assert.ok(Math.abs(bar.width - (bar.area * hoursOf.get(bar.label)!) / max) <= 1, bar.label);
    const csv = await downloaded(p, 'waiting-by-council');
    assert.equal(csv.name, `hours-waiting-by-council-all-councils-and-nhs-commissioners-${s.from}-to-${s.to}.csv`);
    assert.equal(
      csv.text,
      csvOf(['Council', 'Requests waiting', 'Hours a week'], councils, csvSelection('Hours a week waiting for a provider by council', s)),
    );
    await closeClean(p);
  });

  it('supply and demand says the micro-care hours are unavailable while the partner is not answering, and keeps the hours waiting', async () => {
    const api = (await apiAnswer(asCommissioner, 'SupplyAndDemandDashboard', YEAR)).domiciliarySupplyAggregates;
    await partnerHub.partner.kill();
    try {
      const p = await open(`/supply-and-demand?icb=all&from=${YEAR.from}&to=${YEAR.to}`);
      const tiles = await tileValues(p.page);
      assert.deepEqual([tiles.microCareHoursWeekly, tiles.withoutMicroCare], ['–', '–'], 'no zero stands in');
      assert.match(await p.page.innerText('.app-tile:has([data-figure="microCareHoursWeekly"])'), /Unavailable/);
      assert.equal(tiles.unallocatedHours, api.unallocatedHours.display);
      await closeClean(p);
    } finally {
      await partnerHub.partner.start();
    }
  });

  it('supply and demand for a period before any request says there is no data for this selection instead of drawing zeros', async () => {
    const p = await open('/supply-and-demand?icb=all&from=2015-01-01&to=2015-12-31');
    assert.equal(await p.page.locator('[data-empty="tiles"]').count(), 1);
    for (const panel of ['waiting-by-council', 'closed-by-outcome', 'waiting-in-beds'])
      assert.equal(await p.page.locator(`[data-empty="${panel}"]`).count(), 1, panel);
    await closeClean(p);
  });

  it("support-service contract monitoring page shows the API's cost per employer, menu and managed-account uptake, late payslips, complaints and peer support by contract type, the previous period beside them, and its CSV", async () => {
    const api = (await apiAnswer(asCommissioner, 'ContractsDashboard', YEAR)).supportContractAggregates;
    const TYPES: Record<string, string> = { BLOCK: 'Block', PAY_AS_YOU_GO: 'Pay as you go', HYBRID: 'Hybrid' };
    const pounds = (n: number) => `£${Math.round(n).toLocaleString('en-GB')}`;
    const share = (part: any, whole: any) =>
      part.value === null || !whole.value ? '–' : `${Math.round((100 * part.value) / whole.value)}%`;
    const p = await open(`/contracts?icb=all&from=${YEAR.from}&to=${YEAR.to}`);
    const tiles = await tileValues(p.page);
    for (const t of api.byType) {
      assert.ok(t.contracts > 0, `the demo region holds ${t.contractType} contracts`);
      assert.equal(tiles[`costPerEmployer-${t.contractType}`], t.costPerEmployerSupported.display, t.contractType);
      assert.match(t.costPerEmployerSupported.display, /^£[\d,]+$/);
    }
    const byType = api.byType.map((t: any) => [
      TYPES[t.contractType],
      String(t.contracts),
      String(t.supportOrganisations),
      pounds(t.value),
      pounds(t.councilCost),
      t.employerFees.display,
      t.employersSupported.display,
      t.costPerEmployerSupported.display,
    ]);
    assert.deepEqual(await tableRows(p.page, 'contracts-by-type'), byType);
    assert.deepEqual(
      await tableRows(p.page, 'menu-uptake'),
      api.byType.flatMap((t: any) =>
        t.menuUptake.map((m: any) => [
          TYPES[t.contractType],
          m.label,
          m.employersUsing.display,
          m.employersOffered.display,
          m.uptakePercent === null ? '–' : `${m.uptakePercent}%`,
        ]),
      ),
    );
    assert.deepEqual(
      await tableRows(p.page, 'managed-accounts'),
      api.byType.map((t: any) => [
        TYPES[t.contractType],
        t.managedAccounts.display,
        t.employersSupported.display,
        t.managedAccountPercent === null ? '–' : `${t.managedAccountPercent}%`,
        t.menuUptake.some((m: any) => m.item === 'MANAGED_ACCOUNT') ? 'Yes' : 'No',
      ]),
    );
    assert.deepEqual(
      await tableRows(p.page, 'payslip-timeliness'),
      api.byType.map((t: any) => [
        TYPES[t.contractType],
        t.payslipsDue.display,
        t.payslipsLate.display,
        share(t.payslipsLate, t.payslipsDue),
      ]),
    );
    assert.deepEqual(
      await tableRows(p.page, 'support-organisations'),
      api.byOrganisation.map((o: any) => [
        o.organisation,
        o.contractTypes.map((t: string) => TYPES[t]).join(', '),
        String(o.contracts),
        o.employersSupported.display,
        o.payslipsDue.display,
        o.payslipsLate.display,
        share(o.payslipsLate, o.payslipsDue),
      ]),
    );
    assert.deepEqual(
      await tableRows(p.page, 'peer-support'),
      api.byType.map((t: any) => [
        ...[TYPES[t.contractType], t.quartersReturned, t.peerSessionsRequired, t.peerSessionsHeld, t.quartersPeerRequirementMet].map(
          String,
        ),
        String(t.peerGroupMeetings),
        t.peerGroupAttendances.display,
        t.peerGroupMeetings && t.peerGroupAttendances.value !== null
          ? String(Math.round(t.peerGroupAttendances.value / t.peerGroupMeetings))
          : '–',
      ]),
    );
    assert.deepEqual(
      await tableRows(p.page, 'complaints'),
      api.byType.map((t: any) => [
        TYPES[t.contractType],
        t.complaintsReceived.display,
        t.complaintsClosed.display,
        t.complaintsUpheld.display,
        share(t.complaintsUpheld, t.complaintsClosed),
      ]),
    );
    // The previous year beside the headline figures, as the API publishes it.
    await p.page.waitForSelector('[data-previous-period]');
    const length = (Date.parse(YEAR.to) - Date.parse(YEAR.from)) / 86_400_000 + 1;
    const before = { from: isoDate(addDays(parseIsoDate(YEAR.from)!, -length)), to: isoDate(addDays(parseIsoDate(YEAR.from)!, -1)) };
    const previous = (await apiAnswer(asCommissioner, 'ContractsPreviousPeriod', before)).supportContractAggregates;
    for (const t of previous.byType)
      assert.equal(
        await p.page.textContent(`[data-previous="costPerEmployer-${t.contractType}"]`),
        `Previous period: ${t.costPerEmployerSupported.display}`,
      );
    const csv = await downloaded(p, 'contracts-by-type');
    assert.equal(csv.name, `contracts-by-type-all-councils-and-nhs-commissioners-${api.from}-to-${api.to}.csv`);
    assert.equal(
      csv.text,
      csvOf(
        [
          'Contract type',
          'Contracts',
          'Support organisations',
          'Value over their terms',
          "Councils' cost in the period",
          "Employers' fees",
          'Employers supported',
          'Cost per employer supported',
        ],
        byType,
        csvSelection('Contracts by type', api),
      ),
    );
    await closeClean(p);
    // South Tyneside holds no support contract (it offers limited support in-house): the page says so rather than drawing zeros.
    const none = await open(`/contracts?council=E08000023&icb=all&from=${YEAR.from}&to=${YEAR.to}`);
    assert.equal(await none.page.locator('[data-empty="tiles"]').count(), 1);
    for (const panel of [
      'contracts-by-type',
      'menu-uptake',
      'managed-accounts',
      'payslip-timeliness',
      'support-organisations',
      'peer-support',
    ])
      assert.equal(await none.page.locator(`[data-empty="${panel}"]`).count(), 1, panel);
    await closeClean(none);
  });

  it('a period that ends before it starts is reported against the field in an error summary, and nothing is asked of the hub', async () => {
    const p = await open('/workforce?from=2026-05-01&to=2026-01-01');
    const summary = p.page.locator('.nhsuk-error-summary');
    assert.equal(await summary.count(), 1);
    assert.equal(await summary.locator('a').getAttribute('href'), '#filter-to-day');
    assert.match(await summary.innerText(), /The end of the period must be the same as or after the start/);
    assert.doesNotMatch(await p.page.innerText('main'), /filter\.to|Variable|GraphQL/);
    assert.equal(await p.page.locator('[data-table]').count(), 0);
    assert.ok(
      p.graphqlBodies.every((b) => !('filter' in (b.variables ?? {}))),
      'only the filter options were asked for',
    );
    await closeClean(p);
  });

  it('invalid values in the address keep the form filled and link each error to its field, as NHS.UK error summaries do', async () => {
    const p = await open('/workforce?council=E0X&icb=all&from=2026-02-30&to=soon');
    const links = await p.page.$$eval('.nhsuk-error-summary a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    assert.deepEqual(
      links.map(([href]) => href),
      ['#filter-council', '#filter-from-day', '#filter-to-day'],
    );
    assert.match(links[1]![1]!, /start of the period must be a real date/);
    // The form still holds what the address held, to be corrected.
    assert.deepEqual(await Promise.all(['#filter-from-day', '#filter-from-month', '#filter-from-year'].map((f) => p.page.inputValue(f))), [
      '30',
      '02',
      '2026',
    ]);
    assert.equal(await p.page.inputValue('#filter-council'), 'E0X');
    assert.equal(await p.page.locator('.nhsuk-form-group--error').count(), 3);
    // The summary's link puts the reader in the field to correct.
    await p.page.click('.nhsuk-error-summary a[href="#filter-from-day"]');
    assert.equal(await p.page.evaluate(() => document.activeElement?.id), 'filter-from-day');
    // Correcting the date in the form and applying asks again.
    await p.page.fill('#filter-from-day', '28');
    await p.page.selectOption('#filter-council', NEWCASTLE);
    await p.page.fill('#filter-to-day', '31');
    await p.page.fill('#filter-to-month', '3');
    await p.page.fill('#filter-to-year', '2026');
    await p.page.click('button[type="submit"]');
    await p.page.waitForURL(`**/workforce?council=${NEWCASTLE}&icb=all&from=2026-02-28&to=2026-03-31`);
    await figuresShown(p.page);
    assert.equal(await p.page.locator('.nhsuk-error-summary').count(), 0);
    assert.match(await p.page.innerText('[data-scope]'), /Newcastle upon Tyne City Council, 28 February 2026 to 31 March 2026/);
    await closeClean(p);
  });

  it("choosing an area shows the API's figures for the people and PAs living there, whoever funds them, and names it in the scope line and the CSV", async () => {
    const p = await open(`/workforce?council=all&icb=all&area=${NEWCASTLE}`);
    const inArea = await apiAnswer(asCommissioner, 'WorkforceDashboard', { areaCode: NEWCASTLE });
    assert.equal(await p.page.inputValue('#filter-area'), NEWCASTLE);
    assert.equal(await p.page.textContent('[data-page-scope]'), "People living in Newcastle upon Tyne City Council's area");
    const tiles = await tileValues(p.page);
    for (const key of ['personalAssistants', 'employers', 'employments'])
      assert.equal(tiles[key], inArea.paWorkforceAggregates[key].display, key);
    const w = inArea.paWorkforceAggregates;
    const csv = await downloaded(p, 'pas-by-council');
    assert.equal(csv.name, `pas-by-council-people-living-in-newcastle-upon-tyne-city-council-s-area-${w.from}-to-${w.to}.csv`);
    assert.deepEqual(csv.text.split('\r\n').slice(0, 4), [
      'Figure,PAs by council',
      'Council,All councils',
      'NHS commissioner,All NHS commissioners',
      'Area,Newcastle upon Tyne City Council',
    ]);
    await closeClean(p);
  });

  it('an area code that is no council or NHS commissioner is reported against the area field, before the hub is asked', async () => {
    const p = await open('/workforce?council=all&icb=all&area=Newcastle');
    const link = p.page.locator('.nhsuk-error-summary a');
    assert.equal(await link.getAttribute('href'), '#filter-area');
    assert.match(await link.innerText(), /Choose an area from the list/);
    await closeClean(p);
  });

  it("a council code the hub does not know is reported against the council field in the reader's words", async () => {
    const p = await open('/workforce?council=E09999999&icb=all');
    await p.page.waitForSelector('.nhsuk-error-summary');
    const link = p.page.locator('.nhsuk-error-summary a');
    assert.equal(await link.getAttribute('href'), '#filter-council');
    assert.equal(await link.innerText(), 'Choose a council from the list');
    assert.doesNotMatch(await p.page.innerText('main'), /E09999999.*not found|GraphQL|Variable/);
    // The browser logs the refused response itself; nothing else may go wrong.
    assert.ok(
      p.problems.every((m) => /status of 404|Failed to load resource/.test(m)),
      p.problems.join('\n'),
    );
    await p.context.close();
  });

  it('periods beyond the figures: a start in the future is refused, an end after today is cut to today and says so', async () => {
    const future = await open('/workforce?from=2035-01-01&to=2035-12-31');
    assert.match(await future.page.innerText('.nhsuk-error-summary'), /start of the period must be today or in the past/);
    assert.equal(await future.page.locator('[data-figure]').count(), 0, 'no figures for 2035');
    await closeClean(future);
    const from = demoDay(ANCHOR, '2026-06-01');
    const later = await open(`/workforce?from=${from}&to=2035-12-31`);
    assert.match(await later.page.innerText('[data-scope]'), /ends after today: figures run to today/);
    const api = (await apiAnswer(asCommissioner, 'WorkforceDashboard', { icbOdsCode: ICB, from, to: ANCHOR })).paWorkforceAggregates;
    assert.equal((await tileValues(later.page)).personalAssistants, api.personalAssistants.display);
    assert.equal(api.to, ANCHOR);
    await closeClean(later);
  });

  it('a period longer than ten years, up to today by default, is reported against the start before anything is asked', async () => {
    const [y] = ANCHOR.split('-');
    const p = await open(`/workforce?from=${Number(y) - 11}-01-01`);
    const link = p.page.locator('.nhsuk-error-summary a');
    assert.equal(await link.getAttribute('href'), '#filter-from-day');
    assert.equal(await link.innerText(), 'The period must be 10 years or shorter');
    assert.ok(p.graphqlBodies.every((b) => !('filter' in (b.variables ?? {}))));
    await closeClean(p);
  });

  it('a period before any records says there is no data for this selection', async () => {
    const p = await open('/workforce?icb=all&from=1990-01-01&to=1990-12-31');
    assert.equal(await p.page.locator('[data-empty="tiles"]').count(), 1, JSON.stringify(await tileValues(p.page)));
    assert.equal(await p.page.locator('[data-chart]').count(), 0);
    await closeClean(p);
  });

  it('financial-year and quarter presets set the period, ending today when it runs past today', async () => {
    const p = await open('/training');
    const presets = await p.page.$$eval('[data-presets] a', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    const [y, m] = ANCHOR.split('-').map(Number) as [number, number];
    const start = m >= 4 ? y : y - 1;
    assert.deepEqual(presets[0], [
      `Financial year ${start} to ${start + 1} (so far)`,
      `/training?council=all&icb=${ICB}&from=${start}-04-01&to=${ANCHOR}`,
    ]);
    assert.deepEqual(presets[1], [
      `Financial year ${start - 1} to ${start}`,
      `/training?council=all&icb=${ICB}&from=${start - 1}-04-01&to=${start}-03-31`,
    ]);
    assert.equal(presets.length, 7, 'three financial years and four quarters');
    await p.page.click(`[data-presets] a >> nth=1`);
    await p.page.waitForURL(`**/training?council=all&icb=${ICB}&from=${start - 1}-04-01&to=${start}-03-31`);
    await figuresShown(p.page);
    assert.match(await p.page.innerText('[data-scope]'), new RegExp(`1 April ${start - 1} to 31 March ${start}`));
    assert.equal(await p.page.inputValue('#filter-from-year'), String(start - 1));
    await closeClean(p);
  });

  it('names the selection in the page heading, every figure heading and the scope line', async () => {
    const p = await open(`/workforce?council=${NEWCASTLE}&icb=${ICB}&from=${YEAR.from}&to=${YEAR.to}`);
    const area = `people funded by both Newcastle upon Tyne City Council and ${ICB_NAME}`;
    const when = `${longDate(YEAR.from)} to ${longDate(YEAR.to)}`;
    assert.equal(await p.page.textContent('[data-page-scope]'), `P${area.slice(1)}`);
    assert.equal(await p.page.innerText('[data-scope]'), `Figures for ${area}, ${when}.`);
    const headings = await p.page.$$eval('[data-panel] h2', (hs) => hs.map((h) => h.textContent!));
    assert.ok(headings.length >= 4);
    for (const h of headings) assert.ok(h.endsWith(`: P${area.slice(1)}, ${when}`), h);
    await closeClean(p);
  });

  it('draws every bar in proportion to its value: width over the bar area equals value over the largest, to a pixel', async () => {
    const api = (await apiAnswer(asCommissioner, 'TrainingDashboard', { icbOdsCode: ICB })).paTrainingAggregates;
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      const p = await open('/training', viewport);
      for (const [chart, rows] of [
        ['care-certificate-standards-chart', api.careCertificateStandards],
        ['care-certificate-chart', api.careCertificate],
      ] as const) {
        const values = new Map<string, number>(rows.filter((r: any) => !r.count.suppressed).map((r: any) => [r.label, r.count.value]));
        const max = Math.max(5, ...values.values());
        const bars = await drawnBars(p.page, chart);
        assert.equal(bars.length, values.size, chart);
        for (const bar of bars) {
          const expected = (bar.area * values.get(bar.label)!) / max;
          assert.ok(
            Math.abs(bar.width - expected) <= 1,
            `${chart} ${bar.label}: ${bar.width}px drawn, ${expected}px for ${values.get(bar.label)} of ${max}`,
          );
        }
        // Distinct values draw distinct lengths: nothing is capped.
        const widths = new Map(bars.map((b) => [values.get(b.label), b.width]));
        const sorted = [...widths.entries()].sort((a, b) => a[0]! - b[0]!);
        for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]![1] > sorted[i - 1]![1], `${chart}: ${JSON.stringify(sorted)}`);
      }
      await closeClean(p);
    }
  });

  it('a lost connection shows a friendly message with a way to try again, and trying again shows the figures', async () => {
    const p = await open('/training?council=all');
    await p.page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await p.page.click(`[data-presets] a >> nth=1`);
    await p.page.waitForSelector('.nhsuk-error-summary');
    const text = await p.page.innerText('.nhsuk-error-summary');
    assert.match(text, /could not reach the hub\. Check your internet connection, then try again/);
    assert.doesNotMatch(text, /TypeError|Failed to fetch/);
    await p.page.unroute('**/graphql');
    await p.page.click('.nhsuk-error-summary button');
    await p.page.waitForSelector('[data-figure="personalAssistants"]');
    assert.equal(await p.page.locator('.nhsuk-error-summary').count(), 0);
    assert.ok(
      p.problems.every((m) => /internet_disconnected|ERR_INTERNET_DISCONNECTED/i.test(m)),
      p.problems.join('\n'),
    );
    await p.context.close();
  });

  it('puts rates beside counts, worked out from the published figures: the share of PAs with an out-of-date DBS check, and the Care Certificate completed', async () => {
    const w = (await apiAnswer(asCommissioner, 'WorkforceDashboard', { icbOdsCode: ICB })).paWorkforceAggregates;
    const p = await open('/workforce');
    const outOfDate = w.byDbsCurrency.find((r: any) => r.key === 'OUT_OF_DATE').count;
    const share = `${Math.round((100 * outOfDate.value) / w.personalAssistants.value)}%`;
    assert.equal((await tileValues(p.page)).dbsOutOfDate, outOfDate.display);
    assert.match(await p.page.innerText('.app-tile:has([data-figure="dbsOutOfDate"])'), new RegExp(`${share} of PAs`));
    const labels = await p.page.$$eval('[data-chart="pas-by-dbs-chart"] .app-chart__value', (vs) => vs.map((v) => v.textContent));
    assert.ok(labels.includes(`${outOfDate.display} · ${share}`), JSON.stringify(labels));
    // PAs by council: largest first.
    const councils = (await tableRows(p.page, 'pas-by-council')).map((r) => r[0]);
    assert.deepEqual(
      councils,
      largestFirst(w.byCouncil).map((r: any) => r.label),
    );
    await closeClean(p);
  });

  it('puts the previous period of the same length beside the headline figures, as the API publishes it, on every page with headline figures for a period', async () => {
    const length = (Date.parse(YEAR.to) - Date.parse(YEAR.from)) / 86_400_000 + 1;
    const before = {
      from: isoDate(addDays(parseIsoDate(YEAR.from)!, -length)),
      to: isoDate(addDays(parseIsoDate(YEAR.from)!, -1)),
    };
    const pages: [path: string, operation: string, tiles: [key: string, of: (answer: any) => any][]][] = [
      [
        '/workforce',
        'WorkforcePreviousPeriod',
        ['personalAssistants', 'employers', 'employments', 'withSeveralEmployers', 'allContractsSigned'].map((k) => [
          k,
          (a: any) => a.paWorkforceAggregates[k],
        ]),
      ],
      [
        '/safeguarding',
        'SafeguardingPreviousPeriod',
        [
          ...['concernsRaised', 'enquiries', 'followUpsDue', 'followUpsOverdue'].map((k): [string, (a: any) => any] => [
            k,
            (a) => a.safeguardingAggregates[k],
          ]),
          ...['certificates', 'medianTurnaroundDays', 'onUpdateService'].map((k): [string, (a: any) => any] => [
            k,
            (a) => a.dbsCheckAggregates[k],
          ]),
        ],
      ],
      [
        '/market',
        'MarketPreviousPeriod',
        ['personalBudgets', 'directPayments', 'averageDirectPaymentWeekly'].map((k) => [k, (a: any) => a.personalBudgetAggregates[k]]),
      ],
      [
        '/transitions',
        'TransitionsPreviousPeriod',
        ['completedInPeriod', 'keptAllPersonalAssistants'].map((k) => [k, (a: any) => a.transitionAggregates[k]]),
      ],
      [
        '/recruitment',
        'RecruitmentPreviousPeriod',
        ['openVacancies', 'vacanciesFilled', 'medianDaysToFill', 'coverEvents', 'medianHoursToCover'].map((k) => [
          k,
          (a: any) => a.coverAndRecruitmentAggregates[k],
        ]),
      ],
      [
        '/training',
        'TrainingPreviousPeriod',
        [
          ['personalAssistants', (a: any) => a.paTrainingAggregates.personalAssistants],
          ['careCertificateComplete', (a: any) => a.paTrainingAggregates.careCertificate.find((r: any) => r.key === 'COMPLETE').count],
          ['completionsInPeriod', (a: any) => a.paTrainingAggregates.completionsInPeriod],
        ],
      ],
    ];
    for (const [path, operation, tiles] of pages) {
      const p = await open(`${path}?from=${YEAR.from}&to=${YEAR.to}`);
      await p.page.waitForSelector('[data-previous-period]');
      const api = await apiAnswer(asCommissioner, operation, { icbOdsCode: ICB, ...before });
      assert.match(
        await p.page.innerText('[data-previous-period]'),
        new RegExp(`${longDate(before.from)} to ${longDate(before.to)}`),
        path,
      );
      for (const [key, of] of tiles)
        assert.equal(await p.page.textContent(`[data-previous="${key}"]`), `Previous period: ${of(api).display}`, `${path} ${key}`);
      await closeClean(p);
    }
  });

  it('keeps each table behind "Show the figures" under its chart, and opening it shows the table', async () => {
    const p = await open('/workforce');
    const details = p.page.locator('[data-figures="pas-by-dbs"]');
    assert.equal(await details.getAttribute('open'), null);
    assert.equal(await p.page.locator('table[data-table="pas-by-dbs"]').isVisible(), false);
    await details.locator('summary').click();
    assert.equal(await p.page.locator('table[data-table="pas-by-dbs"]').isVisible(), true);
    await closeClean(p);
  });

  it('keyboard: tabbing from the top reaches every link, field and button on each page', async () => {
    for (const path of [
      '/',
      '/micro-care',
      '/workforce',
      '/transitions?council=E08000021',
      '/training',
      '/support-offer',
      '/recruitment',
      '/safeguarding',
      '/market',
      '/contracts',
      '/supply-and-demand',
    ]) {
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

  const PAGES = [
    ['/', 'home'],
    ['/micro-care?council=W06000005&icb=all', 'micro-care'],
    ['/workforce', 'workforce'],
    ['/transitions', 'transitions'],
    ['/training', 'training'],
    ['/support-offer', 'support-offer'],
    ['/recruitment', 'recruitment'],
    ['/safeguarding', 'safeguarding'],
    ['/market', 'market'],
    ['/contracts', 'contracts'],
    ['/supply-and-demand', 'supply-and-demand'],
  ];

  it('on a 390 px phone nothing scrolls sideways: not the page, a table or a select, whose chevron stays inside its field', async () => {
    for (const [path, name] of PAGES) {
      const p = await open(path!, { width: 390, height: 844 });
      await p.page.$$eval('details', (ds) => ds.forEach((d) => d.setAttribute('open', '')));
      const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} overflows by ${overflow}px`);
      const wide = await p.page.$$eval('main *', (els) =>
        els
          // A visually hidden label is a 1 px box by design: not something a reader scrolls.
          .filter((e) => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
          .map((e) => `${e.tagName}.${e.className} ${e.scrollWidth}>${e.clientWidth}`),
      );
      assert.deepEqual(wide, [], `${path}: elements scrolling sideways`);
      const selects = await p.page.$$eval('select', (ss) =>
        ss.map((s) => [s.id, s.getBoundingClientRect().right - s.parentElement!.getBoundingClientRect().right]),
      );
      for (const [id, beyond] of selects) assert.ok((beyond as number) <= 0, `${path}: ${id} reaches ${beyond}px past its column`);
      await screenshot(p.page, `${name}-phone`);
      await closeClean(p);
    }
  });

  it('selects fit their columns on a laptop too', async () => {
    const p = await open('/workforce');
    const selects = await p.page.$$eval('select', (ss) =>
      ss.map((s) => [s.id, s.getBoundingClientRect().right - s.parentElement!.getBoundingClientRect().right]),
    );
    for (const [id, beyond] of selects) assert.ok((beyond as number) <= 0, `${id} reaches ${beyond}px past its column`);
    await closeClean(p);
  });

  it('axe-core finds no accessibility violations on any page, on a laptop and on a phone, with the figures open and with errors shown', async () => {
    const paths = [
      ...PAGES.map(([path]) => path!),
      '/workforce?council=E0X&from=2026-02-30',
      '/micro-care?council=E08000021&icb=all',
      '/training?council=all',
    ];
    for (const viewport of [undefined, { width: 390, height: 844 }]) {
      for (const path of paths) {
        const p = await open(path, viewport);
        // Each page's laptop screenshot as a reader first sees it, figures closed.
        const named = PAGES.find(([pagePath]) => pagePath === path);
        if (named && !viewport) await screenshot(p.page, named[1]!);
        await p.page.$$eval('details', (ds) => ds.forEach((d) => d.setAttribute('open', '')));
        assert.deepEqual(await axeViolations(p.page), [], `${path} at ${viewport ? 'phone' : 'laptop'} width`);
        await closeClean(p);
      }
    }
  });
});
