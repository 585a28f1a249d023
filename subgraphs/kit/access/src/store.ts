/**
 * The hub's access store (its own database, `continuum_access`): relationships, consent and
 * objections, break-glass grants and the append-only audit trail. Every subgraph reads its
 * decisions from here and writes its audit rows here.
 */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { tracedPool } from '@continuum/runtime';
import { employmentCounts, relationshipHolds, type BreakGlassGrant, type EmploymentLink, type RelationshipRow } from './decide-access.ts';

export const ACCESS_STORE_MIGRATIONS = fileURLToPath(new URL('../access-store/migrations', import.meta.url));
export const ACCESS_DATABASE = 'continuum_access';

/** How long after a relationship ends it still counts ("recent"), in months. */
export function recentMonths(): number {
  const n = Number(process.env.CONTINUUM_RECENT_RELATIONSHIP_MONTHS ?? 24);
  return Number.isFinite(n) && n >= 0 ? n : 24;
}

export interface RelationshipFact {
  organisationCode: string;
  subjectKind: 'PERSON' | 'PA';
  subjectId: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  sourceType: string;
  sourceId: string;
  /** Recorded by a user's write and not corroborated: counts for nothing until the data protection officer confirms it. */
  pending?: boolean;
  /** The user whose write recorded it, and the write (null for facts loaded in bulk and the hub's own steps). */
  assertedByUserId?: string | null;
  assertedBy?: string | null;
  assertedThrough?: string | null;
  /** What corroborated it, in plain words (null while pending). */
  corroboration?: string | null;
  /** Listed for the data protection officer's review. */
  forReview?: boolean;
}

export interface ConsentRow {
  id: string;
  person_id: string;
  kind: 'CONSENT' | 'OBJECTION';
  purpose: string;
  organisation_codes: string[];
  valid_from: string;
  valid_to: string | null;
  recorded_by: string;
  recorded_by_organisation: string;
  recorded_at: Date;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  /** Who gave it and how; null on rows recorded before the hub asked (such a consent counts for nothing). */
  given_by: 'PERSON' | 'REPRESENTATIVE' | null;
  representative_name: string | null;
  representative_relationship: string | null;
  method: string | null;
  evidence_reference: string | null;
  recorded_by_user_id: string | null;
  recorded_by_role: string | null;
}

/** What the data protection officer's list of consents narrows to. */
export interface ConsentListFilter {
  personId?: string | null;
  kind?: 'CONSENT' | 'OBJECTION' | null;
  /** In force on this day (YYYY-MM-DD). */
  activeOn?: string | null;
  recordedByOrganisation?: string | null;
}

/** Limits on break-glass per user: grants in any 24 hours, and hours after a grant before the same person again unless reviewed. */
export interface BreakGlassLimits {
  perDay: number;
  coolOffHours: number;
}

/** Why a break-glass grant was not made. */
export type BreakGlassRefusal =
  | { refused: 'ACTIVE'; previous: BreakGlassRow }
  | { refused: 'UNREVIEWED'; previous: BreakGlassRow; until: Date }
  | { refused: 'DAILY_LIMIT'; count: number; until: Date };

/** Where a relationship is one an organisation asserted itself (a registration or a review decision) rather than a fact of care: listed for review even when corroborated. */
export const ASSERTED_SOURCES = ['Registration', 'PaRegistration'] as const;
const ASSERTED_COLUMNS =
  'id::text, organisation_code, subject_kind, subject_id, kind, source_type, source_id, starts_on::text, ends_on::text, recorded_at, reviewed_at, reviewed_by, review_note, revoked_at, pending, asserted_by_user_id, asserted_by, asserted_through, corroboration';
/** Where a data protection officer's confirmation is recorded as the corroboration. */
export const CONFIRMED_BY_DPO = 'confirmed by the data protection officer';

export interface AssertedRelationshipRow {
  id: string;
  organisation_code: string;
  subject_kind: 'PERSON' | 'PA';
  subject_id: string;
  kind: string;
  source_type: string;
  source_id: string;
  starts_on: string;
  ends_on: string | null;
  recorded_at: Date;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  review_note: string | null;
  revoked_at: Date | null;
  pending: boolean;
  asserted_by_user_id: string | null;
  asserted_by: string | null;
  asserted_through: string | null;
  corroboration: string | null;
}

export interface AuditRow {
  requestId: string;
  userId: string;
  userName: string;
  organisationCode: string;
  role: string;
  purpose: string;
  subgraph: string;
  action: 'READ' | 'WRITE';
  personId: string | null;
  paId: string | null;
  recordType: string;
  recordIds: string[];
  fields: string[];
  outcome: 'ALLOWED' | 'DENIED';
  breakGlassId: string | null;
  /** When a hub service acted for a user: that user. */
  onBehalfOf?: { userId: string; name: string; organisationCode: string; role: string } | null;
  /** A refused write: the code it was refused with. */
  refusal?: string | null;
}

export interface BreakGlassRow {
  id: string;
  user_id: string;
  user_name: string;
  organisation_code: string;
  role: string;
  person_id: string;
  category: string | null;
  reason: string;
  granted_at: Date;
  expires_at: Date;
  /** Not yet expired, by the database's clock. */
  active: boolean;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  review_note: string | null;
}

export interface AuditEventRow {
  id: string;
  at: Date;
  user_id: string;
  user_name: string;
  organisation_code: string;
  role: string;
  purpose: string;
  subgraph: string;
  action: 'READ' | 'WRITE';
  person_id: string | null;
  pa_id: string | null;
  record_type: string;
  record_ids: string[];
  fields: string[];
  outcome: 'ALLOWED' | 'DENIED';
  break_glass_id: string | null;
  on_behalf_of_user_id: string | null;
  on_behalf_of_user_name: string | null;
  on_behalf_of_organisation_code: string | null;
  on_behalf_of_role: string | null;
  refusal: string | null;
}

/** Whether a break-glass grant is still running, by the database's clock. */
const BREAK_GLASS_ACTIVE = 'expires_at > now() AS active';

export class AccessStore {
  readonly pool: pg.Pool;

  constructor(url: string, max = 4) {
    // Dates stay as YYYY-MM-DD text. Each statement is a span when tracing is on.
    this.pool = tracedPool({
      connectionString: url,
      max,
      types: { getTypeParser: (oid: number) => (oid === 1082 ? (v: string) => v : pg.types.getTypeParser(oid, 'text')) } as never,
    });
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  /** The organisation's relationships with these subjects, of the given kinds only when named; which count is decide-access.ts's. */
  async relationshipsWith(
    organisationCode: string,
    subjectKind: 'PERSON' | 'PA',
    subjectIds: string[],
    kinds: string[] | null = null,
  ): Promise<RelationshipRow[]> {
    const r = await this.pool.query<RelationshipRow>(
      `SELECT organisation_code AS "organisationCode", subject_kind AS "subjectKind", subject_id::text AS "subjectId", kind,
              starts_on::text AS "startsOn", ends_on::text AS "endsOn", pending, revoked_at IS NOT NULL AS revoked
         FROM relationship
        WHERE organisation_code = $1 AND subject_kind = $2 AND subject_id = ANY($3::uuid[]) AND ($4::text[] IS NULL OR kind = ANY($4::text[]))`,
      [organisationCode, subjectKind, subjectIds, kinds],
    );
    return r.rows;
  }

  /** Of `subjectIds`, those the organisation has a relationship with that counts today (relationshipHolds). */
  async relatedSubjects(
    organisationCode: string,
    subjectKind: 'PERSON' | 'PA',
    subjectIds: string[],
    today: string,
    kinds: string[] | null = null,
  ): Promise<Set<string>> {
    const asOf = { day: today, recentMonths: recentMonths() };
    const rows = await this.relationshipsWith(organisationCode, subjectKind, subjectIds, kinds);
    return new Set(rows.filter((row) => relationshipHolds(row, asOf)).map((row) => row.subjectId));
  }

  async consentsFor(personIds: string[]): Promise<ConsentRow[]> {
    const r = await this.pool.query<ConsentRow>('SELECT * FROM consent WHERE person_id = ANY($1::uuid[]) ORDER BY recorded_at, id', [
      personIds,
    ]);
    return r.rows;
  }

  /** One user's break-glass grants over these people, oldest first, and the store's clock (grants run in real time). */
  async breakGlassGrants(userId: string, personIds: string[]): Promise<{ grants: BreakGlassGrant[]; instant: Date }> {
    const r = await this.pool.query<{ instant: Date; id: string | null; person_id: string; expires_at: Date }>(
      `SELECT n.instant, b.id, b.person_id::text, b.expires_at
         FROM (SELECT now() AS instant) n LEFT JOIN break_glass b ON b.user_id = $1 AND b.person_id = ANY($2::uuid[])
        ORDER BY b.granted_at`,
      [userId, personIds],
    );
    const grants = r.rows.flatMap((row) => (row.id ? [{ id: row.id, userId, personId: row.person_id, expiresAt: row.expires_at }] : []));
    return { grants, instant: r.rows[0]!.instant };
  }

  /** The employment links of these PAs; which count is decide-access.ts's. */
  async employmentLinksOf(paIds: string[]): Promise<EmploymentLink[]> {
    const r = await this.pool.query<EmploymentLink>(
      'SELECT pa_id::text AS "paId", person_id::text AS "personId", ends_on::text AS "endsOn", pending FROM employment_link WHERE pa_id = ANY($1::uuid[])',
      [paIds],
    );
    return r.rows;
  }

  /** The people who employ (or recently employed) each PA. */
  async employersOf(paIds: string[], today: string): Promise<Map<string, string[]>> {
    const asOf = { day: today, recentMonths: recentMonths() };
    const links = await this.employmentLinksOf(paIds);
    const out = new Map<string, string[]>();
    for (const l of links) if (employmentCounts(l, asOf)) out.set(l.paId, [...(out.get(l.paId) ?? []), l.personId]);
    return out;
  }

  async recordRelationships(facts: RelationshipFact[], client: pg.Pool | pg.PoolClient = this.pool): Promise<void> {
    const chunk = 2_000;
    const width = 14;
    for (let i = 0; i < facts.length; i += chunk) {
      const part = facts.slice(i, i + chunk);
      const values: unknown[] = [];
      const rows = part.map((f, j) => {
        values.push(f.organisationCode, f.subjectKind, f.subjectId, f.kind, f.startsOn, f.endsOn, f.sourceType, f.sourceId);
        values.push(
          f.pending ?? false,
          f.assertedByUserId ?? null,
          f.assertedBy ?? null,
          f.assertedThrough ?? null,
          f.corroboration ?? null,
          f.forReview ?? false,
        );
        const b = j * width;
        return `($${b + 1}, $${b + 2}, $${b + 3}::uuid, $${b + 4}, $${b + 5}::date, $${b + 6}::date, $${b + 7}, $${b + 8}, $${b + 9}::boolean, $${b + 10}, $${b + 11}, $${b + 12}, $${b + 13}, $${b + 14}::boolean)`;
      });
      // A repeat of the same write moves the dates only: it neither corroborates nor unconfirms anything.
      await client.query(
        `INSERT INTO relationship (organisation_code, subject_kind, subject_id, kind, starts_on, ends_on, source_type, source_id, pending, asserted_by_user_id, asserted_by, asserted_through, corroboration, for_review)
         VALUES ${rows.join(', ')}
         ON CONFLICT (organisation_code, subject_kind, subject_id, kind, source_id) DO UPDATE SET starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on`,
        values,
      );
    }
  }

  /** Employment links; a new one recorded `pending` links the PA to the employer only once confirmed. */
  async recordEmploymentLinks(
    links: { employmentId: string; personId: string; paId: string; startsOn: string; endsOn: string | null; pending?: boolean }[],
    client: pg.Pool | pg.PoolClient = this.pool,
  ): Promise<void> {
    const chunk = 2_000;
    for (let i = 0; i < links.length; i += chunk) {
      const part = links.slice(i, i + chunk);
      const values: unknown[] = [];
      const rows = part.map((l, j) => {
        values.push(l.employmentId, l.personId, l.paId, l.startsOn, l.endsOn, l.pending ?? false);
        const b = j * 6;
        return `($${b + 1}::uuid, $${b + 2}::uuid, $${b + 3}::uuid, $${b + 4}::date, $${b + 5}::date, $${b + 6}::boolean)`;
      });
      await client.query(
        `INSERT INTO employment_link (employment_id, person_id, pa_id, starts_on, ends_on, pending) VALUES ${rows.join(', ')}
         ON CONFLICT (employment_id) DO UPDATE SET person_id = EXCLUDED.person_id, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on`,
        values,
      );
    }
  }

  /**
   * A merge: whoever had a relationship with the retired record has one with the survivor, and the
   * retired person's employments are the survivor's. Both are marked with the merge, so that
   * unmergePerson takes them back. Repeating it for the same merge changes nothing.
   */
  async mergePerson(retiredPersonId: string, survivorId: string, mergeId: string): Promise<void> {
    await this.inTransaction(async (client) => {
      await client.query(
        `INSERT INTO relationship (organisation_code, subject_kind, subject_id, kind, starts_on, ends_on, source_type, source_id, copied_by_merge, revoked_at, pending)
         SELECT organisation_code, subject_kind, $2, kind, starts_on, ends_on, source_type, source_id, $3, revoked_at, pending FROM relationship
          WHERE subject_kind = 'PERSON' AND subject_id = $1
         ON CONFLICT (organisation_code, subject_kind, subject_id, kind, source_id) DO NOTHING`,
        [retiredPersonId, survivorId, mergeId],
      );
      await client.query(
        'UPDATE employment_link SET person_id = $2, moved_by_merge = $3, moved_from_person = person_id WHERE person_id = $1',
        [retiredPersonId, survivorId, mergeId],
      );
    });
  }

  /** An unmerge: the relationships the merge copied are gone, and the employments it moved are the retired person's again. */
  async unmergePerson(mergeId: string): Promise<void> {
    await this.inTransaction(async (client) => {
      await client.query('DELETE FROM relationship WHERE copied_by_merge = $1', [mergeId]);
      await client.query(
        'UPDATE employment_link SET person_id = moved_from_person, moved_by_merge = NULL, moved_from_person = NULL WHERE moved_by_merge = $1',
        [mergeId],
      );
    });
  }

  /** Runs `work` in one transaction on one pooled connection. */
  async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * Relationships users' writes recorded that the data protection officer reviews (every pending
   * one, and every registration link), newest first; by default those not yet reviewed, or only
   * those still pending.
   */
  async assertedRelationships(unreviewedOnly: boolean, pendingOnly = false): Promise<AssertedRelationshipRow[]> {
    const r = await this.pool.query<AssertedRelationshipRow>(
      `SELECT ${ASSERTED_COLUMNS}
         FROM relationship WHERE for_review AND copied_by_merge IS NULL ${unreviewedOnly ? 'AND reviewed_at IS NULL' : ''} ${pendingOnly ? 'AND pending AND revoked_at IS NULL' : ''}
        ORDER BY recorded_at DESC, id DESC LIMIT 500`,
    );
    return r.rows;
  }

  /**
   * A data protection officer's review of a listed relationship, once: confirmed (a pending one
   * then counts, and so does the employment it stands for), or revoked (it then counts for
   * nothing, nor do copies a merge made of it). Null when there is no such relationship; the row
   * as it stands when it was already reviewed.
   */
  async reviewAssertedRelationship(
    id: string,
    by: string,
    note: string,
    revoke: boolean,
  ): Promise<{ row: AssertedRelationshipRow; reviewed: boolean } | null> {
    return this.inTransaction(async (client) => {
      const found = await client.query<AssertedRelationshipRow>(
        `SELECT ${ASSERTED_COLUMNS}
           FROM relationship WHERE id = $1 AND for_review AND copied_by_merge IS NULL FOR UPDATE`,
        [id],
      );
      const row = found.rows[0];
      if (!row) return null;
      if (row.reviewed_at) return { row, reviewed: false };
      const updated = await client.query<AssertedRelationshipRow>(
        `UPDATE relationship SET reviewed_at = now(), reviewed_by = $2, review_note = $3, revoked_at = CASE WHEN $4 THEN now() ELSE NULL END,
                pending = pending AND $4, corroboration = CASE WHEN $4 OR NOT pending THEN corroboration ELSE $5 END
          WHERE id = $1
         RETURNING ${ASSERTED_COLUMNS}`,
        [id, by, note, revoke, CONFIRMED_BY_DPO],
      );
      const copies = 'copied_by_merge IS NOT NULL AND organisation_code = $1 AND kind = $2 AND source_id = $3';
      if (revoke)
        await client.query(`UPDATE relationship SET revoked_at = now() WHERE ${copies}`, [row.organisation_code, row.kind, row.source_id]);
      else {
        await client.query(`UPDATE relationship SET pending = false WHERE ${copies}`, [row.organisation_code, row.kind, row.source_id]);
        if (row.source_type === 'Employment')
          await client.query('UPDATE employment_link SET pending = false WHERE employment_id::text = $1', [row.source_id]);
      }
      return { row: updated.rows[0]!, reviewed: true };
    });
  }

  /** The record behind relationships ended (an episode closed by a transition). */
  async endRelationshipsFrom(sourceId: string, endsOn: string): Promise<void> {
    await this.pool.query('UPDATE relationship SET ends_on = $2 WHERE source_id = $1', [sourceId, endsOn]);
  }

  async addConsent(c: Omit<ConsentRow, 'recorded_at' | 'withdrawn_at' | 'withdrawn_by'>): Promise<ConsentRow> {
    const r = await this.pool.query<ConsentRow>(
      `INSERT INTO consent (id, person_id, kind, purpose, organisation_codes, valid_from, valid_to, recorded_by, recorded_by_organisation,
                            given_by, representative_name, representative_relationship, method, evidence_reference, recorded_by_user_id, recorded_by_role)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING *`,
      [
        c.id,
        c.person_id,
        c.kind,
        c.purpose,
        c.organisation_codes,
        c.valid_from,
        c.valid_to,
        c.recorded_by,
        c.recorded_by_organisation,
        c.given_by,
        c.representative_name,
        c.representative_relationship,
        c.method,
        c.evidence_reference,
        c.recorded_by_user_id,
        c.recorded_by_role,
      ],
    );
    return r.rows[0];
  }

  /**
   * Consents and objections of every person, newest first, one page after the row `afterId`
   * (null when that row is not held). Only a consent recorded with who gave it counts as in force.
   */
  async consentPage(
    filter: ConsentListFilter,
    size: number,
    afterId: string | null,
  ): Promise<{ rows: ConsentRow[]; total: number } | null> {
    const where: string[] = [];
    const values: unknown[] = [];
    if (filter.personId) where.push(`person_id = $${values.push(filter.personId)}::uuid`);
    if (filter.kind) where.push(`kind = $${values.push(filter.kind)}`);
    if (filter.recordedByOrganisation) where.push(`recorded_by_organisation = $${values.push(filter.recordedByOrganisation)}`);
    if (filter.activeOn) {
      const day = values.push(filter.activeOn);
      where.push(`withdrawn_at IS NULL AND valid_from <= $${day}::date AND (valid_to IS NULL OR valid_to >= $${day}::date)
        AND (kind = 'OBJECTION' OR (method IS NOT NULL AND cardinality(organisation_codes) > 0 AND valid_to IS NOT NULL))`);
    }
    const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const pageValues = [...values];
    let page = filtered;
    if (afterId) {
      const mark = await this.pool.query('SELECT 1 FROM consent WHERE id = $1', [afterId]);
      if (!mark.rows[0]) return null;
      const at = pageValues.push(afterId);
      page = `${filtered ? `${filtered} AND` : 'WHERE'} (recorded_at, id) < ((SELECT recorded_at FROM consent WHERE id = $${at}::uuid), $${at}::uuid)`;
    }
    const limit = pageValues.push(size + 1);
    const [rows, total] = await Promise.all([
      this.pool.query<ConsentRow>(`SELECT * FROM consent ${page} ORDER BY recorded_at DESC, id DESC LIMIT $${limit}`, pageValues),
      this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM consent ${filtered}`, values),
    ]);
    return { rows: rows.rows, total: total.rows[0].n };
  }

  async consent(id: string): Promise<ConsentRow | null> {
    const r = await this.pool.query<ConsentRow>('SELECT * FROM consent WHERE id = $1', [id]);
    return r.rows[0] ?? null;
  }

  /** Withdraws from now on; a second withdrawal changes nothing. */
  async withdrawConsent(id: string, by: string): Promise<ConsentRow | null> {
    const r = await this.pool.query<ConsentRow>(
      'UPDATE consent SET withdrawn_at = COALESCE(withdrawn_at, now()), withdrawn_by = COALESCE(withdrawn_by, $2) WHERE id = $1 RETURNING *',
      [id, by],
    );
    return r.rows[0] ?? null;
  }

  /**
   * A break-glass grant, unless the user already holds one for the person, had one within the
   * cool-off that no data protection officer has reviewed yet, or has used up their grants for
   * the last 24 hours. Checked and written under a lock on the user, so two requests at once
   * cannot both slip through. Times are the database's (real time, as token and grant expiry are).
   */
  async grantBreakGlass(
    g: Pick<BreakGlassRow, 'id' | 'user_id' | 'user_name' | 'organisation_code' | 'role' | 'person_id' | 'category' | 'reason'>,
    minutes: number,
    limits: BreakGlassLimits,
  ): Promise<{ grant: BreakGlassRow } | BreakGlassRefusal> {
    return this.inTransaction(async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('break_glass'), hashtext($1))`, [g.user_id]);
      const last = await client.query<BreakGlassRow & { cool_off_until: Date }>(
        `SELECT *, ${BREAK_GLASS_ACTIVE}, expires_at + make_interval(hours => $3) AS cool_off_until FROM break_glass
          WHERE user_id = $1 AND person_id = $2 ORDER BY granted_at DESC LIMIT 1`,
        [g.user_id, g.person_id, limits.coolOffHours],
      );
      const previous = last.rows[0];
      if (previous?.active) return { refused: 'ACTIVE', previous };
      if (previous && !previous.reviewed_at && previous.cool_off_until > (await client.query<{ now: Date }>('SELECT now()')).rows[0].now) {
        const { cool_off_until: until, ...row } = previous;
        return { refused: 'UNREVIEWED', previous: row, until };
      }
      const recent = await client.query<{ n: number; until: Date | null }>(
        `SELECT count(*)::int AS n, min(granted_at) + interval '24 hours' AS until FROM break_glass WHERE user_id = $1 AND granted_at > now() - interval '24 hours'`,
        [g.user_id],
      );
      if (recent.rows[0].n >= limits.perDay) return { refused: 'DAILY_LIMIT', count: recent.rows[0].n, until: recent.rows[0].until! };
      const r = await client.query<BreakGlassRow>(
        `INSERT INTO break_glass (id, user_id, user_name, organisation_code, role, person_id, category, reason, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(mins => $9)) RETURNING *, ${BREAK_GLASS_ACTIVE}`,
        [g.id, g.user_id, g.user_name, g.organisation_code, g.role, g.person_id, g.category, g.reason, minutes],
      );
      return { grant: r.rows[0] };
    });
  }

  /** Break-glass grants, newest first, one page after the grant `afterId` (null when that grant is not held). */
  async breakGlassPage(
    filter: { unreviewedOnly: boolean; personId?: string | null; userId?: string | null },
    size: number,
    afterId: string | null,
  ): Promise<{ rows: BreakGlassRow[]; total: number } | null> {
    const where: string[] = [];
    const values: unknown[] = [];
    if (filter.unreviewedOnly) where.push('reviewed_at IS NULL');
    if (filter.personId) where.push(`person_id = $${values.push(filter.personId)}::uuid`);
    if (filter.userId) where.push(`user_id = $${values.push(filter.userId)}`);
    const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const pageValues = [...values];
    let page = filtered;
    if (afterId) {
      const mark = await this.pool.query('SELECT 1 FROM break_glass WHERE id = $1', [afterId]);
      if (!mark.rows[0]) return null;
      const at = pageValues.push(afterId);
      page = `${filtered ? `${filtered} AND` : 'WHERE'} (granted_at, id) < ((SELECT granted_at FROM break_glass WHERE id = $${at}::uuid), $${at}::uuid)`;
    }
    const limit = pageValues.push(size + 1);
    const [rows, total] = await Promise.all([
      this.pool.query<BreakGlassRow>(
        `SELECT *, ${BREAK_GLASS_ACTIVE} FROM break_glass ${page} ORDER BY granted_at DESC, id DESC LIMIT $${limit}`,
        pageValues,
      ),
      this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM break_glass ${filtered}`, values),
    ]);
    return { rows: rows.rows, total: total.rows[0].n };
  }

  /** Records a review once; a reviewed grant keeps its first review. */
  async reviewBreakGlass(id: string, by: string, note: string): Promise<BreakGlassRow | null> {
    const r = await this.pool.query<BreakGlassRow>(
      `UPDATE break_glass SET reviewed_at = COALESCE(reviewed_at, now()), reviewed_by = COALESCE(reviewed_by, $2), review_note = COALESCE(review_note, $3) WHERE id = $1 RETURNING *, ${BREAK_GLASS_ACTIVE}`,
      [id, by, note],
    );
    return r.rows[0] ?? null;
  }

  /** A person's audit trail, newest first, one page after the given entry id. */
  async accessLog(personId: string, size: number, afterId: string | null): Promise<{ rows: AuditEventRow[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.pool.query<AuditEventRow>(
        `SELECT * FROM audit_event WHERE person_id = $1 ${afterId ? 'AND id < $3' : ''} ORDER BY id DESC LIMIT $2`,
        afterId ? [personId, size + 1, afterId] : [personId, size + 1],
      ),
      this.pool.query<{ n: string }>('SELECT count(*) AS n FROM audit_event WHERE person_id = $1', [personId]),
    ]);
    return { rows: rows.rows, total: Number(total.rows[0].n) };
  }

  async appendAudit(rows: AuditRow[]): Promise<void> {
    if (!rows.length) return;
    const width = 20;
    const values: unknown[] = [];
    const tuples = rows.map((a, j) => {
      const o = a.onBehalfOf ?? null;
      values.push(
        a.requestId,
        a.userId,
        a.userName,
        a.organisationCode,
        a.role,
        a.purpose,
        a.subgraph,
        a.action,
        a.personId,
        a.paId,
        a.recordType,
        a.recordIds,
        a.fields,
        a.outcome,
        a.breakGlassId,
      );
      values.push(o?.userId ?? null, o?.name ?? null, o?.organisationCode ?? null, o?.role ?? null, a.refusal ?? null);
      const b = j * width;
      return `(${Array.from({ length: width }, (_, k) => `$${b + k + 1}`).join(', ')})`;
    });
    const insert = () =>
      this.pool.query(
        `INSERT INTO audit_event (request_id, user_id, user_name, organisation_code, role, purpose, subgraph, action, person_id, pa_id, record_type, record_ids, fields, outcome, break_glass_id,
                                  on_behalf_of_user_id, on_behalf_of_user_name, on_behalf_of_organisation_code, on_behalf_of_role, refusal)
         VALUES ${tuples.join(', ')}`,
        values,
      );
    try {
      await insert();
    } catch (err) {
      // A month nobody has made a partition for yet (the hub ran on past those made ahead): make it, once.
      if ((err as { code?: string }).code !== '23514' || !/no partition/.test((err as Error).message)) throw err;
      await this.pool.query('SELECT audit_event_ensure_current_partitions()');
      await insert();
    }
  }
}
