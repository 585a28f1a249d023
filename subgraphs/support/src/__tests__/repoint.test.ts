import { buildDemoRegion } from '@continuum/kit/demo';
import { inProcessSubgraph } from '@continuum/kit/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SUPPORT_PERSON_REFERENCES } from '../merge/person-references.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const TABLES = SUPPORT_PERSON_REFERENCES.tables.map((t) => t.table);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const REPOINT = `mutation ($m: ID!, $from: ID!, $to: ID!) { repointPersonInSupport(mergeId: $m, fromPersonId: $from, toPersonId: $to) { mergeId rowsMoved overlaps } }`;
const REVERT = `mutation ($m: ID!) { revertPersonRepointInSupport(mergeId: $m) { mergeId rowsMoved overlaps } }`;

/** Every row of every table naming a person, as JSON, by id. */
type Snapshot = Map<string, { table: string; row: Record<string, any> }>;

const overlap = (a: { start: string; end: string | null }, b: { start: string; end: string | null }) => a.start <= (b.end ?? '9999-12-31') && b.start <= (a.end ?? '9999-12-31');
const paIdsOf = (employer: string) => new Set(region.employments.filter((e) => e.employerPersonId === employer).map((e) => e.personalAssistantId));

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
  const found = region.employments.find((e) => !used.has(e.employerPersonId) && ![...paIdsOf(e.employerPersonId)].some((pa) => theirs.has(pa)));
  if (!found) throw new Error('the demo region has no such employer left');
  return take(found.employerPersonId);
}
/** Two employers who employ the same PA over days they share (the PA works for both). */
function employersSharingPa(): [string, string] {
  for (const a of region.employments) {
    if (used.has(a.employerPersonId)) continue;
    const b = region.employments.find((e) => e.personalAssistantId === a.personalAssistantId && e.employerPersonId !== a.employerPersonId && !used.has(e.employerPersonId) && overlap(a, e));
    if (b) return [take(a.employerPersonId), take(b.employerPersonId)];
  }
  throw new Error('the demo region has no PA working for two employers at once');
}

describe('support: repointing a merged person', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;

  async function snapshot(): Promise<Snapshot> {
    const out: Snapshot = new Map();
    for (const table of TABLES) {
      const rows: { id: string; row: Record<string, any> }[] = await db.$queryRawUnsafe(`SELECT id::text AS id, to_jsonb(t) AS row FROM "${table}" t`);
      for (const { id, row } of rows) out.set(id, { table, row });
    }
    return out;
  }

  const recorded = async (mergeId: string) =>
    (await db.$queryRawUnsafe(
      `SELECT table_name, row_id::text, from_person_id::text, to_person_id::text, reverted_at FROM person_repoint WHERE merge_id = $1::uuid ORDER BY row_id`,
      mergeId,
    )) as { table_name: string; row_id: string; from_person_id: string; to_person_id: string; reverted_at: Date | null }[];

  /** The survivor's employments of one PA that overlap, at least one of the two moved: worked out here, not by the subgraph. */
  function expectedOverlaps(after: Snapshot, to: string, moved: Set<string>): string[] {
    const employments = [...after].filter(([, { row }]) => row.employer_person_id === to).map(([id, { row }]) => ({ id, pa: row.personal_assistant_id, start: row.start, end: row.end }));
    const out = new Set<string>();
    for (const a of employments) {
      for (const b of employments) {
        if (a.id < b.id && a.pa === b.pa && overlap(a, b) && (moved.has(a.id) || moved.has(b.id))) out.add(a.id).add(b.id);
      }
    }
    return [...out].sort();
  }

  /** Repoints from → to and checks every row: the retired person's moved and recorded, nothing else changed. */
  async function repointAndCheck(from: string, to: string, mergeId = randomUUID()) {
    const before = await snapshot();
    const res = await sg.execute(REPOINT, { m: mergeId, from, to });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const after = await snapshot();
    assert.equal(after.size, before.size);
    const moved = new Set<string>();
    for (const [id, { table, row }] of before) {
      const now = after.get(id);
      assert.ok(now, `${table} ${id} is gone`);
      if (row.employer_person_id === from) {
        moved.add(id);
        assert.deepEqual(now.row, { ...row, employer_person_id: to }, `${table} ${id}`);
      } else {
        assert.deepEqual(now.row, row, `${table} ${id} changed`);
      }
    }
    assert.ok(moved.size > 0, 'the retired person had rows here');
    for (const table of TABLES) assert.equal([...after.values()].filter((r) => r.table === table).length, [...before.values()].filter((r) => r.table === table).length);
    assert.deepEqual(res.data.repointPersonInSupport, { mergeId, rowsMoved: moved.size, overlaps: expectedOverlaps(after, to, moved) });
    const rows = await recorded(mergeId);
    assert.deepEqual(rows.map((r) => r.row_id), [...moved].sort());
    for (const r of rows) assert.deepEqual([r.table_name, r.from_person_id, r.to_person_id, r.reverted_at], [before.get(r.row_id)!.table, from, to, null]);
    return { mergeId, before, after, moved, result: res.data.repointPersonInSupport };
  }

  before(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  after(() => sg.stop());

  it('moves every employment of the retired person to the survivor; employing other PAs at the same time is no overlap', async () => {
    const from = employer();
    const { result } = await repointAndCheck(from, employerApartFrom(from));
    assert.deepEqual(result.overlaps, []);
  });

  it('flags two employments of the same PA at once, still moving both', async () => {
    const [from, to] = employersSharingPa();
    const { result } = await repointAndCheck(from, to);
    assert.ok(result.overlaps.length >= 2);
  });

  it('a repeat moves nothing new and answers the same; a revert moves exactly those rows back; a repeat revert moves none', async () => {
    const [from, to] = employersSharingPa();
    const { mergeId, before, after, result } = await repointAndCheck(from, to);

    const again = await sg.execute(REPOINT, { m: mergeId, from, to });
    assert.deepEqual(again.data?.repointPersonInSupport, result);
    assert.deepEqual(await snapshot(), after);
    assert.equal((await recorded(mergeId)).length, result.rowsMoved);

    const revert = await sg.execute(REVERT, { m: mergeId });
    assert.deepEqual(revert.data?.revertPersonRepointInSupport, { mergeId, rowsMoved: result.rowsMoved, overlaps: [] });
    assert.deepEqual(await snapshot(), before);
    assert.ok((await recorded(mergeId)).every((r) => r.reverted_at !== null));

    const revertAgain = await sg.execute(REVERT, { m: mergeId });
    assert.deepEqual(revertAgain.data?.revertPersonRepointInSupport, { mergeId, rowsMoved: 0, overlaps: [] });
    assert.deepEqual(await snapshot(), before);
  });

  it('a revert leaves alone rows added for the survivor after the merge', async () => {
    const [from, to] = [employer(), employer()];
    const { mergeId, moved } = await repointAndCheck(from, to);
    const added = randomUUID();
    const pa = await db.personalAssistant.findFirst();
    await db.employment.create({
      data: { id: added, employerPersonId: to, personalAssistantId: pa.id, start: new Date('2026-01-01'), hoursPerWeek: 10, role: 'Personal assistant', contractSigned: true },
    });
    const revert = await sg.execute(REVERT, { m: mergeId });
    assert.equal(revert.data?.revertPersonRepointInSupport.rowsMoved, moved.size);
    assert.equal((await db.employment.findUnique({ where: { id: added } })).employerPersonId, to);
  });

  it('a merge with nothing here records it, so its revert answers 0 rather than NOT_FOUND', async () => {
    const mergeId = randomUUID();
    const res = await sg.execute(REPOINT, { m: mergeId, from: randomUUID(), to: randomUUID() });
    assert.deepEqual(res.data?.repointPersonInSupport, { mergeId, rowsMoved: 0, overlaps: [] });
    const revert = await sg.execute(REVERT, { m: mergeId });
    assert.deepEqual(revert.data?.revertPersonRepointInSupport, { mergeId, rowsMoved: 0, overlaps: [] });
  });

  it('refuses malformed ids and a merge of a person into themselves, writing nothing', async () => {
    const person = employer();
    const before = await snapshot();
    const merges = await db.personRepointMerge.count();
    const cases: [Record<string, string>, string][] = [
      [{ m: 'merge-1', from: person, to: UNKNOWN }, 'mergeId'],
      [{ m: randomUUID(), from: 'not-a-person', to: UNKNOWN }, 'fromPersonId'],
      [{ m: randomUUID(), from: person, to: '12345' }, 'toPersonId'],
      [{ m: randomUUID(), from: person, to: person.toUpperCase() }, 'toPersonId'],
    ];
    for (const [vars, field] of cases) {
      const res = await sg.execute(REPOINT, vars);
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(vars));
      assert.equal(res.errors?.[0].extensions?.field, field);
    }
    const badRevert = await sg.execute(REVERT, { m: 'nope' });
    assert.deepEqual([badRevert.errors?.[0].extensions?.code, badRevert.errors?.[0].extensions?.field], ['BAD_USER_INPUT', 'mergeId']);
    assert.deepEqual(await snapshot(), before);
    assert.equal(await db.personRepointMerge.count(), merges);
  });

  it('answers NOT_FOUND for a revert of a merge it never saw', async () => {
    const res = await sg.execute(REVERT, { m: UNKNOWN });
    assert.deepEqual([res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field], ['NOT_FOUND', 'mergeId']);
  });

  it('refuses a mergeId reused for other people, or after its revert', async () => {
    const [from, to, other] = [employer(), employer(), employer()];
    const { mergeId } = await repointAndCheck(from, to);
    const before = await snapshot();
    const reused = await sg.execute(REPOINT, { m: mergeId, from: other, to });
    assert.deepEqual([reused.errors?.[0].extensions?.code, reused.errors?.[0].extensions?.field], ['CONFLICT', 'mergeId']);
    assert.deepEqual(await snapshot(), before);
    await sg.execute(REVERT, { m: mergeId });
    const afterRevert = await sg.execute(REPOINT, { m: mergeId, from, to });
    assert.equal(afterRevert.errors?.[0].extensions?.code, 'CONFLICT');
  });

  it('refuses to revert a merge whose rows a later merge moved on, until that one is reverted', async () => {
    const [a, b, c] = [employer(), employer(), employer()];
    const first = await repointAndCheck(a, b);
    const second = await repointAndCheck(b, c);
    const blocked = await sg.execute(REVERT, { m: first.mergeId });
    assert.deepEqual([blocked.errors?.[0].extensions?.code, blocked.errors?.[0].extensions?.field], ['CONFLICT', 'mergeId']);
    assert.deepEqual(await snapshot(), second.after);
    assert.equal((await sg.execute(REVERT, { m: second.mergeId })).data?.revertPersonRepointInSupport.rowsMoved, second.moved.size);
    assert.equal((await sg.execute(REVERT, { m: first.mergeId })).data?.revertPersonRepointInSupport.rowsMoved, first.moved.size);
    assert.deepEqual(await snapshot(), first.before);
  });
});
