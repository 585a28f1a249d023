/**
 * Cover and recruitment at a glance (dashboard D6; §7 questions 11, 17 and 21): cover events by
 * how they were met and what agencies cost on top, and the shortages open vacancies show, for
 * the employers a filter covers (funded by its council and/or NHS body, living in its area; with
 * an area, supply is the area's districts). Counts are suppressed and rounded; sums are suppressed when
 * fewer than five employers contribute and otherwise rounded (hours to 10, money to £100).
 */
import {
  aggregateScope,
  personIdsByCouncil,
  publishAmount,
  publishBreakdown,
  publishCount,
  scopedPeople,
  type AggregateFilterInput,
} from '@continuum/access';
import type { GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';

const HOW = [
  { key: 'BACKUP_PA', label: 'A back-up PA' },
  { key: 'MICRO_CARE_PARTNER', label: 'A partner micro-carer' },
  { key: 'FAMILY', label: 'Family or friends' },
  { key: 'AGENCY', label: 'An agency' },
  { key: 'COUNCIL_IN_HOUSE', label: "The council's in-house team" },
  { key: 'NOT_MET', label: 'Not met' },
];
/** A vacancy open longer than this is overdue (as Vacancy.overdue says). */
const OVERDUE_DAYS = 28;
const DAY_MS = 86_400_000;
/** A short call: a visit of this many minutes or fewer. */
const SHORT_CALL_MINUTES = 30;
/** Supply is sparse where fewer findable PAs than this live in the district. */
const SPARSE = 5;
const EARTH_MILES = 3958.8;
const rad = (d: number) => (d * Math.PI) / 180;
const words = (v: string) => v[0] + v.slice(1).toLowerCase().replace(/_/g, ' ');
const money = (n: number) => `£${n.toLocaleString('en-GB')}`;

interface SupplyRow {
  district: string;
  latitude: number;
  longitude: number;
  rural: boolean;
  findable: number;
}

/** Miles between two centroids, measured as the register's search measures them. */
function miles(a: SupplyRow, b: SupplyRow): number {
  return (
    EARTH_MILES * Math.hypot(rad(b.latitude - a.latitude), Math.cos(rad((a.latitude + b.latitude) / 2)) * rad(b.longitude - a.longitude))
  );
}

/** Rural districts of `supply` with sparse supply or short calls waiting, with the distance to the nearest findable PA in any district. */
function ruralSupply(supply: SupplyRow[], open: VacancyRow[], everywhere: SupplyRow[]) {
  const providers = everywhere.filter((d) => d.findable > 0);
  const short = (district: string) =>
    open.filter((v) => v.postcodeDistrict === district && v.visitMinutes !== null && v.visitMinutes <= SHORT_CALL_MINUTES).length;
  return supply
    .filter((d) => d.rural && (d.findable < SPARSE || short(d.district) > 0))
    .sort((a, b) => a.district.localeCompare(b.district))
    .map((d) => {
      const nearest = providers.length ? Math.min(...providers.map((p) => miles(d, p))) : null;
      return {
        postcodeDistrict: d.district,
        findablePas: publishCount(d.findable),
        unfilledShortCalls: publishCount(short(d.district)),
        nearestProviderMiles: nearest === null ? null : Math.round(nearest * 10) / 10,
      };
    });
}

interface CoverRow {
  employerPersonId: string;
  kind: string | null;
  topUp: number | null;
  hoursPerWeek: number;
  days: number;
}

interface VacancyRow {
  employerPersonId: string;
  postcodeDistrict: string;
  visitMinutes: number | null;
  hoursPerWeek: number;
  postedOn: Date;
  services: string[];
  languages: string[];
  training: string[];
  rural: boolean;
}

export async function coverAndRecruitmentAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['CoverAndRecruitmentAggregates']> {
  const scope = aggregateScope(filter);
  const [{ area, people: employers }, councils, cover, open, everySupply] = await Promise.all([
    scopedPeople(graph, scope),
    personIdsByCouncil(graph, scope.from, scope.to),
    // Cover events: requests starting in the period, with the absent PA's weekly hours.
    db.$queryRaw<CoverRow[]>`
      SELECT c.employer_person_id::text AS "employerPersonId", c.covered_by_kind AS kind,
             c.agency_top_up_per_hour::float8 AS "topUp", e.hours_per_week::float8 AS "hoursPerWeek",
             (c.to_day - c.from_day + 1) AS days
      FROM cover_request c JOIN employment e ON e.id = c.employment_id
      WHERE c.from_day BETWEEN ${scope.from}::date AND ${scope.to}::date`,
    // Vacancies open on the period's last day: posted by then, not filled by then.
    db.$queryRaw<VacancyRow[]>`
      SELECT v.employer_person_id::text AS "employerPersonId", v.postcode_district AS "postcodeDistrict", v.visit_minutes AS "visitMinutes",
             v.hours_per_week::float8 AS "hoursPerWeek", v.posted_on AS "postedOn",
             v.services, v.languages, v.training, coalesce(d.rural, false) AS rural
      FROM vacancy v LEFT JOIN district_centroid d ON d.district = v.postcode_district
      WHERE v.posted_on <= ${scope.to}::date AND (v.filled_on IS NULL OR v.filled_on > ${scope.to}::date)`,
    // Every district's centroid with the PAs findable there (supply is counted wherever the PAs are, whoever funds whom).
    db.$queryRaw<SupplyRow[]>`
      SELECT d.district, d.latitude, d.longitude, d.rural, count(pa.id)::int AS findable
      FROM district_centroid d
      LEFT JOIN register_entry e ON e.postcode_district = d.district AND e.findable
      LEFT JOIN personal_assistant pa ON pa.id = e.personal_assistant_id AND pa.merged_into IS NULL
      GROUP BY d.district, d.latitude, d.longitude, d.rural`,
  ]);
  const supply = area ? everySupply.filter((d) => area.postcodeDistricts.includes(d.district)) : everySupply;
  const inScope = <T extends { employerPersonId: string }>(rows: T[]) =>
    employers ? rows.filter((r) => employers.has(r.employerPersonId)) : rows;
  const events = inScope(cover);
  const waiting = inScope(open);

  const agency = events.filter((e) => e.kind === 'AGENCY' && e.topUp !== null);
  const topUpCost = agency.reduce((sum, e) => sum + e.topUp! * e.hoursPerWeek * (e.days / 7), 0);
  const overdue = waiting.filter((v) => (scope.to.getTime() - v.postedOn.getTime()) / DAY_MS > OVERDUE_DAYS);
  const skills = new Map<string, { label: string; count: number }>();
  for (const v of overdue)
    for (const [key, label] of [
      ...v.languages.map((l) => [`LANGUAGE:${l}`, `Speaks ${l}`]),
      ...v.services.map((s) => [`SERVICE:${s}`, words(s)]),
      ...v.training.map((t) => [`TRAINING:${t}`, `Trained in ${words(t).toLowerCase()}`]),
    ]) {
      const row = skills.get(key) ?? skills.set(key, { label, count: 0 }).get(key)!;
      row.count += 1;
    }
  const funded = new Set(councils.flatMap((c) => [...c.personIds]));
  return {
    from: scope.from,
    to: scope.to,
    coverEvents: publishCount(events.length),
    coverEventsByHow: publishBreakdown(HOW.map((h) => ({ ...h, count: events.filter((e) => (e.kind ?? 'NOT_MET') === h.key).length }))),
    agencyTopUpCost: publishAmount(Math.round(topUpCost), new Set(agency.map((e) => e.employerPersonId)).size, 100, money),
    overdueVacancies: publishCount(overdue.length),
    overdueVacanciesByArea: publishBreakdown([
      ...councils.map((c) => ({ key: c.gssCode, label: c.name, count: overdue.filter((v) => c.personIds.has(v.employerPersonId)).length })),
      {
        key: 'NO_COUNCIL_FUNDING',
        label: 'Employers no council funds',
        count: overdue.filter((v) => !funded.has(v.employerPersonId)).length,
      },
    ]),
    // In key order, never by count: the order of two suppressed rows would say which is larger.
    overdueVacanciesBySkill: publishBreakdown([...skills].map(([key, r]) => ({ key, ...r })).sort((a, b) => a.key.localeCompare(b.key))),
    overdueVacanciesInRuralDistricts: publishCount(overdue.filter((v) => v.rural).length),
    openVacancies: publishCount(waiting.length),
    vacancyHoursWaiting: publishAmount(
      waiting.reduce((h, v) => h + v.hoursPerWeek, 0),
      new Set(waiting.map((v) => v.employerPersonId)).size,
      10,
    ),
    ruralSupply: ruralSupply(supply, waiting, everySupply),
  };
}
