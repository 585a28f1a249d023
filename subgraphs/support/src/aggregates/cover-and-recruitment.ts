/**
 * Cover and recruitment at a glance (dashboard D6; §7 questions 11, 17 and 21): cover events by
 * how they were met and what agencies cost on top, and the shortages open vacancies show, for
 * the employers a filter covers (funded by its council and/or NHS body, living in its area; with
 * an area, supply is the area's districts); the findable register's supply by council area and by
 * skill beside the demand vacancies and cover requests make; and how fast vacancies are filled and
 * cover is met. Counts are suppressed and rounded; sums and medians are suppressed when fewer than
 * five employers contribute and otherwise rounded (hours to 10, money to £100, medians to a whole day or hour).
 */
import {
  aggregateScope,
  median,
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
import { plural } from './plural.ts';
import { findablePaDistricts } from './findable-pa-districts.ts';
import { findableSkillsByDistrict, SHORT_NOTICE, skillLabel, WAKING_NIGHT, WAKING_NIGHTS } from './register-supply.ts';

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

const COUNCIL_AREAS = `query CoverAndRecruitmentCouncilAreas { councils { gssCode name postcodeDistricts } }`;

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
  /** Hours from the request to its being met; null while not met. */
  hoursToCover: number | null;
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
  wakingNight: boolean;
  rural: boolean;
}

interface FilledRow {
  employerPersonId: string;
  daysToFill: number;
}

export async function coverAndRecruitmentAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['CoverAndRecruitmentAggregates']> {
  const scope = aggregateScope(filter);
  const [{ area, people: employers }, councils, councilAreas, cover, open, filled, everySupply, skillSupply, findableDistricts] =
    await Promise.all([
      scopedPeople(graph, scope),
      personIdsByCouncil(graph, scope.from, scope.to),
      graph.request<{ councils: { gssCode: string; name: string; postcodeDistricts: string[] }[] }>(COUNCIL_AREAS),
      // Cover events: requests starting in the period, with the absent PA's weekly hours.
      db.$queryRaw<CoverRow[]>`
      SELECT c.employer_person_id::text AS "employerPersonId", c.covered_by_kind AS kind,
             c.agency_top_up_per_hour::float8 AS "topUp", e.hours_per_week::float8 AS "hoursPerWeek",
             (c.to_day - c.from_day + 1) AS days,
             CASE WHEN c.covered_by_kind IS NOT NULL THEN extract(epoch FROM c.filled_at - c.requested_at)::float8 / 3600 END AS "hoursToCover"
      FROM cover_request c JOIN employment e ON e.id = c.employment_id
      WHERE c.from_day BETWEEN ${scope.from}::date AND ${scope.to}::date`,
      // Vacancies open on the period's last day: posted by then, not filled by then.
      db.$queryRaw<VacancyRow[]>`
      SELECT v.employer_person_id::text AS "employerPersonId", v.postcode_district AS "postcodeDistrict", v.visit_minutes AS "visitMinutes",
             v.hours_per_week::float8 AS "hoursPerWeek", v.posted_on AS "postedOn",
             v.services, v.languages, v.training, (v.slot_mask & ${WAKING_NIGHTS}::bigint) <> 0 AS "wakingNight",
             coalesce(d.rural, false) AS rural
      FROM vacancy v LEFT JOIN district_centroid d ON d.district = v.postcode_district
      WHERE v.posted_on <= ${scope.to}::date AND (v.filled_on IS NULL OR v.filled_on > ${scope.to}::date)`,
      // Vacancies filled in the period, with the days from posting to filling.
      db.$queryRaw<FilledRow[]>`
      SELECT employer_person_id::text AS "employerPersonId", (filled_on - posted_on)::int AS "daysToFill"
      FROM vacancy WHERE filled_on BETWEEN ${scope.from}::date AND ${scope.to}::date`,
      // Every district's centroid with the PAs findable there (supply is counted wherever the PAs are, whoever funds whom).
      db.$queryRaw<SupplyRow[]>`
      SELECT d.district, d.latitude, d.longitude, d.rural, count(pa.id)::int AS findable
      FROM district_centroid d
      LEFT JOIN register_entry e ON e.postcode_district = d.district AND e.findable
      LEFT JOIN personal_assistant pa ON pa.id = e.personal_assistant_id AND pa.merged_into IS NULL
      GROUP BY d.district, d.latitude, d.longitude, d.rural`,
      findableSkillsByDistrict(db),
      findablePaDistricts(db),
    ]);
  const supply = area ? everySupply.filter((d) => area.postcodeDistricts.includes(d.district)) : everySupply;
  const inSupply = (district: string) => !area || area.postcodeDistricts.includes(district);
  const inScope = <T extends { employerPersonId: string }>(rows: T[]) =>
    employers ? rows.filter((r) => employers.has(r.employerPersonId)) : rows;
  const events = inScope(cover);
  const waiting = inScope(open);
  const filledInPeriod = inScope(filled);
  const met = events.filter((e) => e.hoursToCover !== null);

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
    unfilledShortCallsInRuralDistricts: publishCount(
      waiting.filter((v) => v.rural && v.visitMinutes !== null && v.visitMinutes <= SHORT_CALL_MINUTES).length,
    ),
    findablePas: publishCount(findableDistricts.filter((d) => inSupply(d.postcodeDistrict)).reduce((n, d) => n + d.findablePas, 0)),
    findablePasByArea: findableByCouncil(councilAreas.councils, findableDistricts, area?.councilGssCodes ?? null),
    skillSupplyAndDemand: skillRows(
      skillSupply.filter((r) => inSupply(r.district)),
      waiting,
      events.length,
    ),
    vacanciesFilled: publishCount(filledInPeriod.length),
    medianDaysToFill: publishAmount(
      median(filledInPeriod.map((v) => v.daysToFill)),
      new Set(filledInPeriod.map((v) => v.employerPersonId)).size,
      1,
      plural('day'),
    ),
    coverRequestsMet: publishCount(met.length),
    medianHoursToCover: publishAmount(
      median(met.map((e) => e.hoursToCover!)),
      new Set(met.map((e) => e.employerPersonId)).size,
      1,
      plural('hour'),
    ),
  };
}

/** Findable PAs by the council whose area holds their district (with an area, its councils only), councils by name. */
function findableByCouncil(
  councils: { gssCode: string; name: string; postcodeDistricts: string[] }[],
  districts: { postcodeDistrict: string; findablePas: number }[],
  only: Set<string> | null,
) {
  const findable = new Map(districts.map((d) => [d.postcodeDistrict, d.findablePas]));
  return publishBreakdown(
    councils
      .filter((c) => !only || only.has(c.gssCode))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((c) => ({ key: c.gssCode, label: c.name, count: c.postcodeDistricts.reduce((n, d) => n + (findable.get(d) ?? 0), 0) })),
  );
}

/**
 * Each skill the register offers or an open vacancy asks for: findable PAs offering it, open
 * vacancies asking for it, and for short-notice cover the cover requests of the period (a cover
 * request names no other skill). In key order, never by count.
 */
function skillRows(supply: { skill: string; findable: number }[], waiting: VacancyRow[], coverRequests: number) {
  const findable = new Map<string, number>();
  for (const r of supply) findable.set(r.skill, (findable.get(r.skill) ?? 0) + r.findable);
  const asked = new Map<string, number>();
  const ask = (key: string) => asked.set(key, (asked.get(key) ?? 0) + 1);
  for (const v of waiting) {
    for (const l of new Set(v.languages)) ask(`LANGUAGE:${l}`);
    for (const t of new Set(v.training)) ask(`TRAINING:${t}`);
    if (v.wakingNight) ask(WAKING_NIGHT);
  }
  const keys = [...new Set([...findable.keys(), ...asked.keys(), SHORT_NOTICE, WAKING_NIGHT])].sort();
  return keys.map((key) => ({
    key,
    label: skillLabel(key),
    findablePas: publishCount(findable.get(key) ?? 0),
    openVacancies: key === SHORT_NOTICE ? null : publishCount(asked.get(key) ?? 0),
    coverRequests: key === SHORT_NOTICE ? publishCount(coverRequests) : null,
  }));
}
