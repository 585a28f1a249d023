/**
 * Benchmark of the findable register's search at national size (issue 17: 135,000 PAs, p95 under
 * 200 ms at the subgraph, one SQL statement per search page). Fills a fresh support database on
 * its own embedded PostgreSQL with a national-size register — about 2,900 postcode districts
 * across Great Britain, denser in its cities, and that many PAs with findable entries — then runs
 * searches as the subgraph does (the same statement and explanation code), from random districts
 * with random needs, and prints p50, p95 and p99 and the SQL statements per search.
 *
 *   npx tsx scripts/bench-search.ts [--pas 135000] [--searches 400] [--seed 17]
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  applyMigrations,
  connectDatabase,
  ensureDatabase,
  exitWithUsageError,
  insertRows,
  parseCommandLine,
  withDatabase,
} from '@continuum/runtime';
import { startEmbeddedPostgres } from '@continuum/dev';
import { subgraph as support } from '@continuum/support';
import {
  checkNeed,
  DAYS,
  loadCentroids,
  PERIODS,
  REGISTER_ENTRY_COLUMNS,
  searchRegister,
  slotMask,
  type DistrictCentroid,
  type Slot,
} from '@continuum/support/register';
import { freePort } from './jest/free-port.ts';

const COMMAND = 'npx tsx scripts/bench-search.ts';
const { values } = parseCommandLine({
  command: COMMAND,
  usage: `Usage: ${COMMAND} [--pas <n>] [--searches <n>] [--seed <n>]
Fills a fresh support database on its own embedded PostgreSQL with a national-size findable
register and times searches as the subgraph runs them; prints p50, p95, p99 and statements per search.
  --pas <n>       PAs on the register, each with a findable entry (default 135000)
  --searches <n>  searches to time (default 400)
  --seed <n>      the register's seed (default 17)
  -h, --help      this help`,
  options: {
    pas: { type: 'string', default: '135000' },
    searches: { type: 'string', default: '400' },
    seed: { type: 'string', default: '17' },
  },
});
const pas = Number(values.pas);
const searches = Number(values.searches);
let state = Number(values.seed);
if (!Number.isInteger(pas) || pas < 1) exitWithUsageError(COMMAND, '--pas must be a whole number, 1 or more');
if (!Number.isInteger(searches) || searches < 1) exitWithUsageError(COMMAND, '--searches must be a whole number, 1 or more');
if (!Number.isInteger(state)) exitWithUsageError(COMMAND, '--seed must be a whole number');

/** mulberry32: the same register for the same seed. */
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;

const DISTRICTS = 2900;
/** Cities: about half the districts sit within a few miles of one, as postcode districts do. */
const CITIES: [number, number][] = [
  [51.51, -0.12],
  [52.48, -1.9],
  [53.48, -2.24],
  [53.8, -1.55],
  [55.86, -4.25],
  [53.41, -2.98],
  [54.97, -1.61],
  [53.38, -1.47],
  [51.45, -2.59],
  [55.95, -3.19],
  [52.95, -1.15],
  [52.63, -1.13],
  [51.48, -3.18],
  [50.9, -1.4],
  [50.37, -4.14],
  [54.57, -1.23],
];
const SERVICES = [
  'PERSONAL_CARE',
  'DOMESTIC_SUPPORT',
  'SOCIAL_AND_LEISURE',
  'HEALTH_TASKS',
  'SLEEP_IN',
  'DRIVING',
  'BSL_COMMUNICATION',
] as const;
const LANGUAGES = ['Welsh', 'Urdu', 'Bengali', 'Polish', 'Punjabi', 'BSL', 'Arabic', 'Gujarati'];
const TRAINING = ['MOVING_AND_POSITIONING', 'MEDICATION', 'PEG_FEEDING', 'STOMA_CARE', 'CATHETER_CARE', 'FIRST_AID'] as const;
const SLOTS: Slot[] = DAYS.flatMap((day) => PERIODS.map((period) => ({ day, period })));

function centroids(): DistrictCentroid[] {
  return Array.from({ length: DISTRICTS }, (_, i) => {
    const [lat, lon] = i % 2 === 0 ? pick(CITIES) : [50.2 + random() * 7.8, -5.3 + random() * 7];
    const spread = i % 2 === 0 ? 0.12 : 0;
    return {
      district: `B${i}`,
      latitude: Math.round((lat + (random() - 0.5) * spread) * 1e4) / 1e4,
      longitude: Math.round((lon + (random() - 0.5) * spread * 1.6) * 1e4) / 1e4,
      rural: i % 2 === 1,
    };
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'continuum-bench-search-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  try {
    await ensureDatabase(pg.url, 'bench_support');
    const url = withDatabase(pg.url, 'bench_support');
    await applyMigrations(url, support.migrationsDir);
    const database = connectDatabase(support.PrismaClient as never, url);
    const db = database.client as InstanceType<typeof support.PrismaClient>;
    let t = performance.now();
    const districts = centroids();
    await loadCentroids(db, districts);
    const paRows: unknown[][] = [];
    const entryRows: unknown[][] = [];
    for (let i = 0; i < pas; i++) {
      const id = randomUUID();
      const district = pick(districts).district;
      const services: string[] = SERVICES.filter((s) => chance(s === 'BSL_COMMUNICATION' ? 0.02 : 0.45));
      const languages = ['English', ...LANGUAGES.filter(() => chance(0.02))];
      const slots = SLOTS.filter(() => chance(0.3));
      paRows.push([
        id,
        `Given${i}`,
        `Family${i % 5000}`,
        '1980-01-01',
        '12A',
        'EMPLOYED',
        district,
        chance(0.8) ? 'CLEAR' : 'NOT_CHECKED',
        '2025-06-01',
        services,
        languages,
        '[]',
      ]);
      entryRows.push([
        randomUUID(),
        id,
        district,
        services,
        chance(0.9) ? languages : null,
        pick(['FEMALE', 'FEMALE', 'FEMALE', 'MALE']),
        slotMask(slots).toString(),
        chance(0.25),
        chance(0.8) ? 2 * (1 + Math.floor(random() * 15)) : null,
        chance(0.85),
        TRAINING.filter(() => chance(0.4)),
        pick(['COMPLETED', 'IN_PROGRESS', null]),
        null,
        chance(0.5),
        chance(0.6),
        chance(0.7) ? 3 + Math.floor(random() * 15) : null,
        '2026-01-01',
        'bench',
      ]);
    }
    await insertRows(
      db,
      'personal_assistant',
      [
        'id',
        'given_name',
        'family_name',
        'date_of_birth',
        'ni_number_suffix',
        'employment_status',
        'postcode_district',
        'dbs_status',
        'dbs_checked_on',
        'services',
        'languages',
        'availability',
      ],
      paRows,
    );
    await insertRows(db, 'register_entry', REGISTER_ENTRY_COLUMNS, entryRows);
    await db.$executeRawUnsafe('ANALYZE');
    console.log(
      `${pas.toLocaleString('en-GB')} PAs with findable entries in ${DISTRICTS.toLocaleString('en-GB')} districts, loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    const times: number[] = [];
    let statements = 0;
    let found = 0;
    for (let i = 0; i < searches + 20; i++) {
      const need = checkNeed({
        withinMiles: pick([5, 10, 10, 15]),
        slots: SLOTS.filter((s) => s.period !== 'SLEEP_IN' && s.period !== 'WAKING_NIGHT' && chance(0.1)).slice(0, 6),
        languages: chance(0.2) ? [pick(LANGUAGES)] : [],
        services: chance(0.5) ? [pick(SERVICES)] : [],
        training: chance(0.3) ? [pick(TRAINING)] : [],
        shortNotice: chance(0.3),
        dbsCurrent: chance(0.5),
        hoursPerWeek: chance(0.4) ? 10 : null,
      });
      const before = database.statementCount();
      t = performance.now();
      const page = await searchRegister(db, need, pick(districts).district, {
        offset: 0,
        size: 20,
        organisation: 'E08000021',
        forPersonId: randomUUID(),
      });
      const ms = performance.now() - t;
      // The first searches warm the connection pool and PostgreSQL's plan cache.
      if (i >= 20) {
        times.push(ms);
        statements += database.statementCount() - before;
        found += page.total;
      }
    }
    times.sort((a, b) => a - b);
    console.log(
      `${searches} searches (page of 20): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms; ${(statements / searches).toFixed(2)} SQL statements per search; ${Math.round(found / searches)} PAs found per search on average`,
    );
    await database.close();
  } finally {
    await pg.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
