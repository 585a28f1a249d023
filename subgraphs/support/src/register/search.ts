import { badUserInput, today } from '@continuum/runtime';
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { contactFromJson } from './contact.ts';
import { ENTRY_COLUMNS, entryView, type EntryRow, type EntryView } from './entry.ts';
import { explain } from './explain.ts';
import type { Need } from './need.ts';

/** One PA found: the entry and why it ranks where it does. */
export interface SearchHit {
  entry: EntryView;
  match: boolean;
  score: number;
  distanceMiles: number;
  reasons: string[];
  shortfalls: string[];
}

export interface SearchPage {
  hits: SearchHit[];
  /** More follow this page. */
  more: boolean;
  total: number;
  matches: number;
}

/** A near miss on distance is at most this much further than asked (and never more than twice as far). */
const DISTANCE_SLACK_MILES = 5;
const EARTH_MILES = 3958.8;

type Row = EntryRow & { miles: number; shortfalls: number; total: bigint; matches: bigint; contact: Record<string, unknown> | null };

/** Wanted values the entry lacks, counted in SQL (an entry that does not share the field lacks them all). */
const missing = (wanted: string[], held: Prisma.Sql) =>
  wanted.length === 0
    ? Prisma.sql`0`
    : Prisma.join(
        wanted.map((w) => Prisma.sql`(CASE WHEN ${w} = ANY(coalesce(${held}, '{}')) THEN 0 ELSE 1 END)`),
        ' + ',
      );
const unless = (asked: boolean, met: Prisma.Sql) => (asked ? Prisma.sql`(CASE WHEN ${met} THEN 0 ELSE 1 END)` : Prisma.sql`0`);

/**
 * One page of a search in one SQL statement: the districts near the person with their distance,
 * the findable entries there with their unmet conditions counted, the totals, and the page in
 * rank order (fewest unmet conditions, then nearest, then entry id) with the caller's
 * organisation's latest contact through each entry. No row at all means the district is unknown.
 */
export async function searchRegister(
  db: PrismaClient,
  need: Need,
  near: string,
  page: { offset: number; size: number; organisation: string; forPersonId: string },
): Promise<SearchPage> {
  const reach = need.maxShortfalls > 0 ? Math.min(need.withinMiles * 2, need.withinMiles + DISTANCE_SLACK_MILES) : need.withinMiles;
  // As dbs.ts counts currency: three years back to the day (from 29 February, 1 March).
  const day = today();
  const cutoff = new Date(Date.UTC(day.getUTCFullYear() - 3, day.getUTCMonth(), day.getUTCDate()));
  const dbsCurrent = Prisma.sql`e.share_dbs AND pa.dbs_status IN ('CLEAR', 'INFORMATION_DISCLOSED')
    AND pa.dbs_checked_on >= ${cutoff}::date AND pa.dbs_checked_on <= ${day}::date`;
  const shortfalls = Prisma.sql`
      (CASE WHEN d.miles > ${need.withinMiles}::float8 THEN 1 ELSE 0 END)
    + (CASE WHEN e.max_travel_miles IS NOT NULL AND d.miles > e.max_travel_miles THEN 1 ELSE 0 END)
    + bit_count((${need.slotMask}::int8 & ~e.slot_mask)::bit(64))::int
    + ${unless(need.shortNotice, Prisma.sql`e.short_notice`)}
    + ${unless(need.hoursPerWeek !== null, Prisma.sql`e.hours_per_week >= ${need.hoursPerWeek ?? 0}::float8`)}
    + ${missing(need.services, Prisma.sql`e.services`)}
    + ${missing(need.languages, Prisma.sql`e.languages`)}
    + ${unless(need.gender !== null, Prisma.sql`e.gender = ${need.gender ?? ''}`)}
    + ${unless(need.dbsCurrent, dbsCurrent)}
    + ${missing(need.training, Prisma.sql`e.training`)}
    + ${unless(need.careCertificateCompleted, Prisma.sql`e.care_certificate = 'COMPLETED'`)}
    + ${missing(need.careGroups, Prisma.sql`e.care_groups`)}
    + ${unless(need.drives, Prisma.sql`e.drives`)}`;
  const rows = await db.$queryRaw<(Row | { id: null; total: null })[]>`
    WITH origin AS (SELECT latitude, longitude FROM district_centroid WHERE district = ${near}),
    nearby AS MATERIALIZED (
      SELECT district, miles FROM (
        SELECT c.district, ${EARTH_MILES}::float8 * sqrt(power(radians(c.latitude - o.latitude), 2)
          + power(cos(radians((c.latitude + o.latitude) / 2)) * radians(c.longitude - o.longitude), 2)) AS miles
        FROM district_centroid c CROSS JOIN origin o
      ) measured WHERE miles <= ${reach}::float8
    ),
    kept AS MATERIALIZED (
      SELECT found.*, count(*) OVER () AS total, count(*) FILTER (WHERE found.shortfalls = 0) OVER () AS matches
      FROM (
        SELECT e.id, d.miles, (${shortfalls}) AS shortfalls
        FROM nearby d
        -- Laterals fenced with OFFSET 0, so each nearby district reads its own entries and each entry its PA by index.
        CROSS JOIN LATERAL (SELECT * FROM register_entry r WHERE r.postcode_district = d.district AND r.findable OFFSET 0) e
        CROSS JOIN LATERAL (SELECT * FROM personal_assistant p WHERE p.id = e.personal_assistant_id AND p.merged_into IS NULL OFFSET 0) pa
        OFFSET 0
      ) found
      WHERE found.shortfalls <= ${need.maxShortfalls}
    )
    -- Only the page's entries are read in full.
    SELECT page.* FROM origin LEFT JOIN LATERAL (
      SELECT ${Prisma.raw(ENTRY_COLUMNS)}, k.miles, k.shortfalls, k.total, k.matches, (
        SELECT row_to_json(c) FROM pa_contact c
        WHERE c.register_entry_id = k.id AND c.requested_by_organisation = ${page.organisation}
        ORDER BY c.requested_at DESC, c.id LIMIT 1
      ) AS contact
      FROM (SELECT * FROM kept ORDER BY kept.shortfalls, kept.miles, kept.id OFFSET ${page.offset} LIMIT ${page.size + 1}) k
      JOIN register_entry e ON e.id = k.id
      JOIN personal_assistant pa ON pa.id = e.personal_assistant_id
      ORDER BY k.shortfalls, k.miles, k.id
    ) page ON true`;
  if (rows.length === 0) throw badUserInput('need.near', `${near} is not a postcode district the hub knows`);
  const found = rows.filter((r): r is Row => r.id !== null);
  const first = found[0];
  const hits = found.slice(0, page.size).map((r) => {
    const entry = entryView(r, { personId: page.forPersonId }, r.contact ? contactFromJson(r.contact) : null);
    const { reasons, shortfalls: lacking } = explain(entry, need, r.miles);
    return {
      entry,
      match: r.shortfalls === 0,
      score: Math.round((100 - 25 * r.shortfalls - r.miles) * 10) / 10,
      distanceMiles: Math.round(r.miles * 10) / 10,
      reasons,
      shortfalls: lacking,
    };
  });
  return {
    hits,
    more: found.length > page.size,
    total: first ? Number(first.total) : 0,
    matches: first ? Number(first.matches) : 0,
  };
}
