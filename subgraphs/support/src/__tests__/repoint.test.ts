import { buildDemoRegion } from '@continuum/demo';
import { repointContractTests, type Snapshot } from '@continuum/dev/repoint-contract';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from '@jest/globals';
import { SUPPORT_PERSON_REFERENCES } from '../merge/person-references.ts';
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
const PERSON_COLUMN: Record<string, string> = { dbs_check: 'requested_by_person_id', pa_contact: 'for_person_id' };

repointContractTests({
  name: 'support',
  subgraph,
  repointField: 'repointPersonInSupport',
  revertField: 'revertPersonRepointInSupport',
  tables: SUPPORT_PERSON_REFERENCES.tables.map((t) => t.table),
  personColumn: (table) => PERSON_COLUMN[table] ?? 'employer_person_id',
  /** The survivor's employments of one PA that overlap, at least one of the two moved. */
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
  more: ({ repointAndCheck, db }) => {
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

    it('flags two employments of the same PA at once, still moving both', async () => {
      const [from, to] = employersSharingPa();
      const { result } = await repointAndCheck(from, to);
      assert.ok(result.overlaps.length >= 2);
    });
  },
});
