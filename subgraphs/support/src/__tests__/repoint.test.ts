import { buildDemoRegion } from '@continuum/demo';
import { repointContractTests, type Snapshot } from '@continuum/dev/repoint-contract';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from '@jest/globals';
import { repointPersonalAssistant, revertPersonalAssistantRepoint } from '@continuum/identity';
import { SUPPORT_PERSON_REFERENCES } from '../merge/person-references.ts';
import { SUPPORT_PA_REFERENCES } from '../pa-merges/references.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();

const overlap = (a: { start: string; end: string | null }, b: { start: string; end: string | null }) =>
  a.start <= (b.end ?? '9999-12-31') && b.start <= (a.end ?? '9999-12-31');
const paIdsOf = (employer: string) =>
  new Set(region.employments.filter((e) => e.employerPersonId === employer).map((e) => e.personalAssistantId));

/** Demo employers, each handed out once so tests do not share people. */
const used = new Set<string>();
function take(employer: string): string {
  used.add(employer);
  return employer;
}
function employer(): string {
  const found = region.employments.find((e) => !used.has(e.employerPersonId));
  if (!found) throw new Error('the demo region has no employer left');
  return take(found.employerPersonId);
}
/** An employer who shares no PA with the given one. */
function employerApartFrom(other: string): string {
  const theirs = paIdsOf(other);
  const found = region.employments.find(
    (e) => !used.has(e.employerPersonId) && ![...paIdsOf(e.employerPersonId)].some((pa) => theirs.has(pa)),
  );
  if (!found) throw new Error('the demo region has no such employer left');
  return take(found.employerPersonId);
}
/** Two employers who employ the same PA over days they share (the PA works for both). */
function employersSharingPa(): [string, string] {
  for (const a of region.employments) {
    if (used.has(a.employerPersonId)) continue;
    const b = region.employments.find(
      (e) =>
        e.personalAssistantId === a.personalAssistantId &&
        e.employerPersonId !== a.employerPersonId &&
        !used.has(e.employerPersonId) &&
        overlap(a, e),
    );
    if (b) return [take(a.employerPersonId), take(b.employerPersonId)];
  }
  throw new Error('the demo region has no PA working for two employers at once');
}

/** The column naming a person where it is not the employer's. */
const PERSON_COLUMN: Record<string, string> = {
  dbs_check: 'requested_by_person_id',
  pa_contact: 'for_person_id',
  dp_mentor: 'mentor_person_id',
};

/** Pairs of the survivor's rows in `table` sharing `same`, exactly one of the two moved. */
function samePlacePairs(after: Snapshot, table: string, column: string, same: string, to: string, moved: Set<string>): string[] {
  const rows = [...after].filter(([, r]) => r.table === table && r.row[column] === to);
  const out: string[] = [];
  for (const [a, ra] of rows)
    for (const [b, rb] of rows) if (a !== b && ra.row[same] === rb.row[same] && moved.has(a) && !moved.has(b)) out.push(a, b);
  return out;
}

/** The employment-hung rows (terms, payslips, pension assessments and enrolments) of the given employments, by table. */
async function rowsHungOn(db: any, employmentIds: string[]): Promise<Record<string, { id: string; employment_id: string }[]>> {
  const out: Record<string, { id: string; employment_id: string }[]> = {};
  for (const table of ['employment_terms', 'payslip', 'pension_assessment', 'pension_enrolment'])
    out[table] = await db.$queryRawUnsafe(
      `SELECT id::text, employment_id::text FROM "${table}" WHERE employment_id = ANY($1::uuid[]) ORDER BY id`,
      employmentIds,
    );
  return out;
}

repointContractTests({
  name: 'support',
  subgraph,
  repointField: 'repointPersonInSupport',
  revertField: 'revertPersonRepointInSupport',
  tables: SUPPORT_PERSON_REFERENCES.tables.map((t) => t.table),
  personColumn: (table) => PERSON_COLUMN[table] ?? 'employer_person_id',
  movedFromColumn: SUPPORT_PERSON_REFERENCES.movedFromColumn,
  /** The survivor's employments of one PA that overlap, at least one of the two moved; and two places on one council's mentor directory. */
  expectedOverlaps(after: Snapshot, to: string, moved: Set<string>): string[] {
    const employments = [...after]
      .filter(([, { table, row }]) => table === 'employment' && row.employer_person_id === to)
      .map(([id, { row }]) => ({ id, pa: row.personal_assistant_id, start: row.start, end: row.end }));
    const out = new Set<string>();
    for (const a of employments) {
      for (const b of employments) {
        if (a.id < b.id && a.pa === b.pa && overlap(a, b) && (moved.has(a.id) || moved.has(b.id))) out.add(a.id).add(b.id);
      }
    }
    for (const id of samePlacePairs(after, 'dp_mentor', 'mentor_person_id', 'council_gss_code', to, moved)) out.add(id);
    return [...out].sort();
  },
  person: employer,
  overlappingPair: employersSharingPa,
  async addRowFor(db, personId) {
    const id = randomUUID();
    const pa = await db.personalAssistant.findFirst();
    await db.employment.create({
      data: {
        id,
        employerPersonId: personId,
        personalAssistantId: pa.id,
        start: new Date('2026-01-01'),
        hoursPerWeek: 10,
        role: 'Personal assistant',
        contractSigned: true,
      },
    });
    return { table: 'employment', id };
  },
  more: ({ repointAndCheck, db, revert, snapshot }) => {
    it('moves every employment of the retired person to the survivor; employing other PAs at the same time is no overlap', async () => {
      const from = employer();
      const { result } = await repointAndCheck(from, employerApartFrom(from));
      assert.deepEqual(result.overlaps, []);
    });

    it('moves the DBS checks the retired person requested as employer to the survivor', async () => {
      const check = region.dbsChecks.find((c) => c.requestedByPersonId !== null && !used.has(c.requestedByPersonId));
      if (!check) throw new Error('the demo region has no DBS check requested by an employer left');
      const from = take(check.requestedByPersonId!);
      const { after, moved } = await repointAndCheck(from, employerApartFrom(from));
      assert.ok(moved.has(check.id));
      assert.equal(after.get(check.id)?.table, 'dbs_check');
    });

    it("moves the retired person's vacancies, cover requests and register contacts to the survivor", async () => {
      const from = employer();
      const employment = region.employments.find((e) => e.employerPersonId === from)!;
      const entry = region.registerEntries[0]!;
      const [vacancy, cover, contact] = [randomUUID(), randomUUID(), randomUUID()];
      await db().$executeRawUnsafe(
        `INSERT INTO vacancy (id, employer_person_id, posted_on, posted_by, postcode_district, hours_per_week, hourly_rate)
         VALUES ($1::uuid, $2::uuid, '2026-01-05', 'sw@council', 'NE6', 10, 12.5)`,
        vacancy,
        from,
      );
      await db().$executeRawUnsafe(
        `INSERT INTO cover_request (id, employment_id, employer_person_id, from_day, to_day, reason, requested_by)
         VALUES ($1::uuid, $2::uuid, $3::uuid, '2026-01-05', '2026-01-06', 'SICKNESS', 'sw@council')`,
        cover,
        employment.id,
        from,
      );
      await db().$executeRawUnsafe(
        `INSERT INTO pa_contact (id, register_entry_id, personal_assistant_id, for_person_id, requested_by, requested_by_organisation, message)
         VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, 'sw@council', 'council', 'cover for Tuesdays')`,
        contact,
        entry.id,
        entry.personalAssistantId,
        from,
      );
      const { after, moved } = await repointAndCheck(from, employerApartFrom(from));
      for (const [id, table] of [
        [vacancy, 'vacancy'],
        [cover, 'cover_request'],
        [contact, 'pa_contact'],
      ]) {
        assert.ok(moved.has(id!), `${table} ${id} not moved`);
        assert.equal(after.get(id!)?.table, table);
      }
    });

    it("moves the retired employer's payroll runs to the survivor; their payroll provider stays their own", async () => {
      const from = employer();
      const runs = (await db().$queryRawUnsafe(`SELECT id::text FROM payroll_run WHERE employer_person_id = $1::uuid`, from)) as {
        id: string;
      }[];
      assert.ok(runs.length > 0, 'the demo employer has payroll runs');
      const { after, moved } = await repointAndCheck(from, employerApartFrom(from));
      for (const { id } of runs) {
        assert.ok(moved.has(id), `payroll run ${id} not moved`);
        assert.equal(after.get(id)?.table, 'payroll_run');
      }
      const [kept] = (await db().$queryRawUnsafe(
        `SELECT count(*)::int AS n FROM employer_payroll WHERE employer_person_id = $1::uuid`,
        from,
      )) as {
        n: number;
      }[];
      assert.equal(kept!.n, 1);
    });

    it("moves the retired employer's pension re-enrolment days to the survivor", async () => {
      const from = employer();
      const [row] = (await db().$queryRawUnsafe(
        `INSERT INTO pension_re_enrolment (id, employer_person_id, re_enrolled_on, recorded_by)
         VALUES (gen_random_uuid(), $1::uuid, '2026-01-05', 'test') RETURNING id::text`,
        from,
      )) as { id: string }[];
      const { after, moved } = await repointAndCheck(from, employerApartFrom(from));
      assert.ok(moved.has(row!.id), 'the re-enrolment day moved');
      assert.equal(after.get(row!.id)?.table, 'pension_re_enrolment');
    });

    it("moves the retired person's mentor directory places and the mentor offers made to them; a place on a council's directory the survivor already holds is kept beside theirs and reported, and the revert undoes both", async () => {
      const place = region.dpMentors.find((m) => !used.has(m.personId))!;
      const offer = region.dpMentorOffers.find((o) => !used.has(o.employerPersonId) && o.employerPersonId !== place.personId)!;
      const [from, to] = [take(place.personId), take(offer.employerPersonId)];
      // The offer's recipient is also the survivor, who is already on the same council's directory.
      const [survivorPlace] = (await db().$queryRawUnsafe(
        `INSERT INTO dp_mentor (id, mentor_person_id, first_name, council_gss_code, joined_on, registered_by)
         VALUES (gen_random_uuid(), $1::uuid, 'Sam', $2, '2026-01-05', 'test') RETURNING id::text`,
        to,
        place.councilGssCode,
      )) as { id: string }[];
      const [fromOffer] = (await db().$queryRawUnsafe(
        `INSERT INTO dp_mentor_offer (id, employer_person_id, council_gss_code, offered_on, mentor_id, recorded_by)
         VALUES (gen_random_uuid(), $1::uuid, $2, '2026-01-06', $3::uuid, 'test') RETURNING id::text`,
        from,
        place.councilGssCode,
        place.id,
      )) as { id: string }[];
      const { mergeId, before, after, moved, result } = await repointAndCheck(from, to);
      assert.ok(moved.has(place.id) && moved.has(fromOffer!.id));
      assert.equal(after.get(place.id)?.row.moved_from_person_id, from);
      for (const id of [place.id, survivorPlace!.id]) assert.ok(result.overlaps.includes(id), `mentor place ${id} reported`);
      assert.equal(after.get(offer.id)?.row.employer_person_id, to, "the survivor's own offer stays theirs");
      await revert(mergeId);
      const back = await snapshot();
      assert.deepEqual(back.get(place.id), before.get(place.id));
      assert.deepEqual(back.get(fromOffer!.id), before.get(fromOffer!.id));
    });

    it("an employment's terms, payslips and pension assessments and enrolments follow it to the survivor and back on revert", async () => {
      const held = (await db().$queryRawUnsafe(
        `SELECT e.employer_person_id::text AS employer FROM employment e
         WHERE EXISTS (SELECT 1 FROM employment_terms t WHERE t.employment_id = e.id)
           AND EXISTS (SELECT 1 FROM payslip p WHERE p.employment_id = e.id)
           AND EXISTS (SELECT 1 FROM pension_assessment a WHERE a.employment_id = e.id)
           AND EXISTS (SELECT 1 FROM pension_enrolment n WHERE n.employment_id = e.id)`,
      )) as { employer: string }[];
      const found = held.find((h) => !used.has(h.employer));
      if (!found) throw new Error('the demo region has no employer left with terms, payslips and pension records');
      const from = take(found.employer);
      const employments = region.employments.filter((e) => e.employerPersonId === from).map((e) => e.id);
      const hung = await rowsHungOn(db(), employments);
      const { mergeId, after } = await repointAndCheck(from, employerApartFrom(from));
      for (const id of employments) assert.notEqual(after.get(id)?.row.employer_person_id, from);
      // Hung on the employment, not the person: the same rows, now the survivor's through their employment.
      assert.deepEqual(await rowsHungOn(db(), employments), hung);
      for (const table of Object.keys(hung)) assert.ok(hung[table]!.length > 0, `the employer has ${table} rows`);
      await revert(mergeId);
      for (const id of employments) assert.equal((await snapshot()).get(id)?.row.employer_person_id, from);
    });

    it("a PA merge moves the retired PA's peer-group attendance and back on revert; a meeting both records attended is kept twice and reported", async () => {
      const meeting = region.peerGroupMeetings.find((m) => m.attendeeIds.length >= 2)!;
      const [retired, survivor] = meeting.attendeeIds as [string, string];
      const attendance = async () =>
        (await db().$queryRawUnsafe(
          `SELECT id::text, meeting_id::text, personal_assistant_id::text, moved_from_pa_id::text FROM peer_group_attendance
           WHERE personal_assistant_id IN ($1::uuid, $2::uuid) ORDER BY id`,
          retired,
          survivor,
        )) as { id: string; meeting_id: string; personal_assistant_id: string; moved_from_pa_id: string | null }[];
      const before = await attendance();
      const retiredRows = before.filter((r) => r.personal_assistant_id === retired);
      const mergeId = randomUUID();
      const args = { mergeId, fromPersonalAssistantId: retired, toPersonalAssistantId: survivor };
      const result = await repointPersonalAssistant(db(), SUPPORT_PA_REFERENCES, args);
      const after = await attendance();
      assert.equal(after.length, before.length, 'no attendance is lost');
      for (const r of retiredRows)
        assert.deepEqual(
          after.find((a) => a.id === r.id),
          { ...r, personal_assistant_id: survivor, moved_from_pa_id: retired },
        );
      const both = after.filter((a) => a.meeting_id === meeting.id).map((a) => a.id);
      assert.equal(both.length, 2);
      for (const id of both) assert.ok(result.overlaps.includes(id), `attendance ${id} reported`);
      assert.deepEqual(await repointPersonalAssistant(db(), SUPPORT_PA_REFERENCES, args), result, 'a repeat answers the same');
      const reverted = await revertPersonalAssistantRepoint(db(), SUPPORT_PA_REFERENCES, mergeId);
      assert.equal(reverted.rowsMoved, result.rowsMoved);
      assert.deepEqual(await attendance(), before);
    });

    it('flags two employments of the same PA at once, still moving both', async () => {
      const [from, to] = employersSharingPa();
      const { result } = await repointAndCheck(from, to);
      assert.ok(result.overlaps.length >= 2);
    });
  },
});
