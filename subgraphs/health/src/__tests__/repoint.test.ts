import { buildDemoRegion } from '@continuum/kit/demo';
import { inProcessSubgraph } from '@continuum/kit/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { HEALTH_PERSON_REFERENCES } from '../merge/person-references.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const TABLES = HEALTH_PERSON_REFERENCES.tables.map((t) => t.table);
const EPISODE_TABLES = new Set(['personal_health_budget', 'chc_package', 'integrated_budget']);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const REPOINT = `mutation ($m: ID!, $from: ID!, $to: ID!) { repointPersonInHealth(mergeId: $m, fromPersonId: $from, toPersonId: $to) { mergeId rowsMoved overlaps } }`;
const REVERT = `mutation ($m: ID!) { revertPersonRepointInHealth(mergeId: $m) { mergeId rowsMoved overlaps } }`;

/** Every row of every table naming a person, as JSON, by id. */
type Snapshot = Map<string, { table: string; row: Record<string, any> }>;

/** Demo people by a kind of NHS episode they have, each handed out once so tests do not share people. */
const used = new Set<string>();
function personWith(episodes: { personId: string; end: string | null }[], openEnded = false): string {
  const found = episodes.find((e) => !used.has(e.personId) && (!openEnded || e.end === null));
  if (!found) throw new Error('the demo region has no such person left');
  used.add(found.personId);
  return found.personId;
}
const withPhb = (openEnded = false) => personWith(region.personalHealthBudgets, openEnded);
// CHC packages come with the eligibility decision they follow.
const withChc = (openEnded = false) => personWith(region.chcPackages, openEnded);
const withIntegratedBudget = () => personWith(region.integratedBudgets);

describe('health: repointing a merged person', () => {
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

  /** The survivor's episodes that overlap another of theirs, at least one of the two moved: worked out here, not by the subgraph. */
  function expectedOverlaps(after: Snapshot, to: string, moved: Set<string>): string[] {
    const episodes = [...after]
      .filter(([, { table, row }]) => EPISODE_TABLES.has(table) && row.person_id === to)
      .map(([id, { row }]) => ({ id, start: row.start_date, end: row.end_date ?? '9999-12-31' }));
    const out = new Set<string>();
    for (const a of episodes) {
      for (const b of episodes) {
        if (a.id < b.id && a.start <= b.end && b.start <= a.end && (moved.has(a.id) || moved.has(b.id))) out.add(a.id).add(b.id);
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
      if (row.person_id === from) {
        moved.add(id);
        assert.deepEqual(now.row, { ...row, person_id: to }, `${table} ${id}`);
      } else {
        assert.deepEqual(now.row, row, `${table} ${id} changed`);
      }
    }
    assert.ok(moved.size > 0, 'the retired person had rows here');
    for (const table of TABLES) assert.equal([...after.values()].filter((r) => r.table === table).length, [...before.values()].filter((r) => r.table === table).length);
    assert.deepEqual(res.data.repointPersonInHealth, { mergeId, rowsMoved: moved.size, overlaps: expectedOverlaps(after, to, moved) });
    const rows = await recorded(mergeId);
    assert.deepEqual(rows.map((r) => r.row_id), [...moved].sort());
    for (const r of rows) assert.deepEqual([r.table_name, r.from_person_id, r.to_person_id, r.reverted_at], [before.get(r.row_id)!.table, from, to, null]);
    return { mergeId, before, after, moved, result: res.data.repointPersonInHealth };
  }

  before(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  after(() => sg.stop());

  it('moves every row of the retired person in every table to the survivor, and flags the overlaps it makes', async () => {
    const tablesMoved = new Set<string>();
    const pairs = [
      [withPhb(true), withChc(true)],
      [withChc(), withIntegratedBudget()],
      [withIntegratedBudget(), withPhb()],
    ];
    const overlapCounts: number[] = [];
    for (const [from, to] of pairs) {
      const { before, moved, result } = await repointAndCheck(from, to);
      for (const id of moved) tablesMoved.add(before.get(id)!.table);
      overlapCounts.push(result.overlaps.length);
    }
    assert.deepEqual([...tablesMoved].sort(), [...TABLES].sort());
    // Two open-ended episodes now overlap: both are moved (nothing is lost) and both are named.
    assert.ok(overlapCounts[0] >= 2);
  });

  it('a repeat moves nothing new and answers the same; a revert moves exactly those rows back; a repeat revert moves none', async () => {
    const [from, to] = [withChc(true), withPhb(true)];
    const { mergeId, before, after, result } = await repointAndCheck(from, to);

    const again = await sg.execute(REPOINT, { m: mergeId, from, to });
    assert.deepEqual(again.data?.repointPersonInHealth, result);
    assert.deepEqual(await snapshot(), after);
    assert.equal((await recorded(mergeId)).length, result.rowsMoved);

    const revert = await sg.execute(REVERT, { m: mergeId });
    assert.deepEqual(revert.data?.revertPersonRepointInHealth, { mergeId, rowsMoved: result.rowsMoved, overlaps: [] });
    assert.deepEqual(await snapshot(), before);
    assert.ok((await recorded(mergeId)).every((r) => r.reverted_at !== null));

    const revertAgain = await sg.execute(REVERT, { m: mergeId });
    assert.deepEqual(revertAgain.data?.revertPersonRepointInHealth, { mergeId, rowsMoved: 0, overlaps: [] });
    assert.deepEqual(await snapshot(), before);
  });

  it('a revert leaves alone rows added for the survivor after the merge', async () => {
    const [from, to] = [withPhb(), withChc()];
    const { mergeId, moved } = await repointAndCheck(from, to);
    const added = randomUUID();
    const body = await db.healthBody.findFirst();
    await db.healthPlan.create({ data: { id: added, personId: to, healthBodyId: body.id, tasks: [], lastReviewed: new Date('2026-01-01') } });
    const revert = await sg.execute(REVERT, { m: mergeId });
    assert.equal(revert.data?.revertPersonRepointInHealth.rowsMoved, moved.size);
    assert.equal((await db.healthPlan.findUnique({ where: { id: added } })).personId, to);
  });

  it('a merge with nothing here records it, so its revert answers 0 rather than NOT_FOUND', async () => {
    const mergeId = randomUUID();
    const res = await sg.execute(REPOINT, { m: mergeId, from: randomUUID(), to: randomUUID() });
    assert.deepEqual(res.data?.repointPersonInHealth, { mergeId, rowsMoved: 0, overlaps: [] });
    const revert = await sg.execute(REVERT, { m: mergeId });
    assert.deepEqual(revert.data?.revertPersonRepointInHealth, { mergeId, rowsMoved: 0, overlaps: [] });
  });

  it('refuses malformed ids and a merge of a person into themselves, writing nothing', async () => {
    const person = withPhb();
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
    const [from, to, other] = [withPhb(), withChc(), withIntegratedBudget()];
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
    const [a, b, c] = [withPhb(), withChc(), withIntegratedBudget()];
    const first = await repointAndCheck(a, b);
    const second = await repointAndCheck(b, c);
    const blocked = await sg.execute(REVERT, { m: first.mergeId });
    assert.deepEqual([blocked.errors?.[0].extensions?.code, blocked.errors?.[0].extensions?.field], ['CONFLICT', 'mergeId']);
    assert.deepEqual(await snapshot(), second.after);
    assert.equal((await sg.execute(REVERT, { m: second.mergeId })).data?.revertPersonRepointInHealth.rowsMoved, second.moved.size);
    assert.equal((await sg.execute(REVERT, { m: first.mergeId })).data?.revertPersonRepointInHealth.rowsMoved, first.moved.size);
    assert.deepEqual(await snapshot(), first.before);
  });
});
