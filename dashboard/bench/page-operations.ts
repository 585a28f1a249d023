/**
 * How long each dashboard page waits for the hub: every page's persisted operations, asked of a
 * running gateway as the dashboard's commissioner, one request at a time on one connection (as
 * one reader's browser asks), for the selections a commissioner opens most. Prints the median,
 * 95th percentile and slowest time of each page and selection, and marks any over one second.
 *
 *   npm start                                   (the hub on the demo region, in another shell)
 *   npx tsx dashboard/bench/page-operations.ts [--gateway <url>] [--runs 10]
 *
 * It signs in with the demo identity provider's key in CONTINUUM_KEYS_DIR (.continuum/keys), as
 * the dashboard's own server does.
 */
import { loadOrCreateHubKeys } from '@continuum/access';
import { exitWithUsageError, parseCommandLine, runCommand } from '@continuum/runtime';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { KEYS_DIR } from '../../scripts/hub.ts';
import { signInAsDemoCommissioner } from '../server/sign-in.ts';

const COMMAND = 'npx tsx dashboard/bench/page-operations.ts';
const { values } = parseCommandLine({
  command: COMMAND,
  usage: `Usage: ${COMMAND} [--gateway <url>] [--runs <n>]

Asks a running gateway each dashboard page's operations, one at a time, as the dashboard's
commissioner, and prints each page's median, 95th percentile and slowest time per selection.

  --gateway <url>  the gateway (default GATEWAY_URL or http://127.0.0.1:4000/graphql)
  --runs <n>       timed runs of each page and selection, after one untimed (default 10)
  -h, --help       this help`,
  options: {
    gateway: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql' },
    runs: { type: 'string', default: '10' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) exitWithUsageError(COMMAND, '--runs must be a whole number, 1 or more');

const MANIFEST = path.resolve(import.meta.dirname, '..', 'src', 'generated', 'persisted-documents.json');
const documents = Object.values(JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as Record<string, string>);
const documentOf = (name: string) => {
  const found = documents.find((d) => new RegExp(`\\bquery ${name}\\b`).test(d));
  if (!found) throw new Error(`no persisted operation ${name}: run npm run codegen`);
  return found;
};

/** Each page and the operations it asks for (every page also asks the filter's options). */
const PAGES: { page: string; operations: string[] }[] = [
  // Current figures from the Flintshire partner, which npm start runs and publishes.
  { page: '/micro-care', operations: ['MicroCareDashboard', 'MicroCareCurrent'] },
  // The page asks the previous period after its own; timed here with the same filter, as the work is the same.
  { page: '/workforce', operations: ['WorkforceDashboard', 'WorkforcePreviousPeriod'] },
  { page: '/transitions', operations: ['TransitionsDashboard', 'TransitionsPreviousPeriod'] },
  { page: '/training', operations: ['TrainingDashboard', 'TrainingPreviousPeriod'] },
  { page: '/support-offer', operations: ['SupportOfferDashboard'] },
  { page: '/recruitment', operations: ['RecruitmentDashboard', 'RecruitmentPreviousPeriod'] },
  { page: '/safeguarding', operations: ['SafeguardingDashboard', 'SafeguardingPreviousPeriod'] },
  { page: '/market', operations: ['MarketDashboard', 'MarketMicroCare', 'MarketPreviousPeriod'] },
  { page: '/contracts', operations: ['ContractsDashboard', 'ContractsPreviousPeriod'] },
  // Micro-care hours from the Flintshire partner, asked beside the page's own.
  { page: '/supply-and-demand', operations: ['SupplyAndDemandDashboard', 'SupplyAndDemandMicroCare'] },
];

const SELECTIONS: { name: string; filter: Record<string, string> }[] = [
  { name: 'the ICB (default)', filter: { icbOdsCode: 'QHM' } },
  { name: 'a council', filter: { councilGssCode: 'E08000021' } },
  { name: 'everyone', filter: {} },
];

const signIn = signInAsDemoCommissioner((await loadOrCreateHubKeys(KEYS_DIR)).identityProvider);

async function ask(operation: string, filter: Record<string, string> | null): Promise<void> {
  const res = await fetch(values.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signIn.token()}` },
    body: JSON.stringify({ query: documentOf(operation), variables: filter ? { filter } : {} }),
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (!res.ok || body.errors) throw new Error(`${operation}: HTTP ${res.status} ${JSON.stringify(body.errors)}`);
}

/** One page as a reader's browser loads it: the filter's options, then the page's operations. */
async function loadPage(operations: string[], filter: Record<string, string>): Promise<number> {
  const start = performance.now();
  await ask('DashboardFilterOptions', null);
  for (const operation of operations) await ask(operation, filter);
  return performance.now() - start;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);

await runCommand(COMMAND, async () => {
  console.log(`${runs} runs each, one request at a time, against ${values.gateway}\n`);
  console.log(`${'page'.padEnd(20)}${'selection'.padEnd(20)}${'median'.padStart(8)}${'p95'.padStart(8)}${'slowest'.padStart(8)}`);
  let over = 0;
  for (const { page, operations } of PAGES) {
    for (const { name, filter } of SELECTIONS) {
      await loadPage(operations, filter);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await loadPage(operations, filter));
      times.sort((a, b) => a - b);
      const slow = percentile(times, 0.95) > 1000;
      if (slow) over++;
      console.log(
        `${page.padEnd(20)}${name.padEnd(20)}${ms(percentile(times, 0.5))}${ms(percentile(times, 0.95))}${ms(times.at(-1)!)}${slow ? '  over 1 s' : ''}`,
      );
    }
  }
  console.log(
    over
      ? `\n${over} page and selection(s) over one second at the 95th percentile`
      : '\nevery page under one second at the 95th percentile',
  );
});
