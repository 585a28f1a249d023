/**
 * The tests every subgraph's person repointing must pass (a merge moves exactly the retired
 * person's rows, records each, answers repeats the same, reverts exactly, refuses bad ids and
 * reused merge ids), written once. Each subgraph supplies its tables, the people to merge and
 * how it works out overlaps, and adds the tests only it needs.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { SubgraphModule } from '@continuum/subgraph';
import { inProcessSubgraph } from './testing.ts';

/** Every row of every table naming a person, as JSON, by id. */
export type Snapshot = Map<string, { table: string; row: Record<string, any> }>;

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

export interface RepointSubject {
  /** "councils": used in the suite's name. */
  name: string;
  subgraph: SubgraphModule;
  /** The subgraph's mutations, e.g. repointPersonInCouncils / revertPersonRepointInCouncils. */
  repointField: string;
  revertField: string;
  /** Tables holding rows that name a person. */
  tables: readonly string[];
  /** The column naming the person in each table's rows (as to_jsonb shows it). */
  personColumn(table: string): string;
  /** Per table, the column a merge sets to the id a row was first moved from (the references' movedFromColumn). */
  movedFromColumn?: Partial<Record<string, string>>;
  /** The survivor's rows that overlap, at least one of the two moved: worked out by the test, not the subgraph. */
  expectedOverlaps(after: Snapshot, to: string, moved: Set<string>): string[];
  /** A person with rows here that no other test has used. */
  person(): string;
  /** Two unused people whose rows overlap once merged (so repeats and reverts are checked with overlaps). */
  overlappingPair(): [string, string];
  /**
   * Pairs (from, to) whose merges between them move rows of every table, the first pair
   * overlapping once merged: checked to move everything and flag the overlaps.
   */
  pairsCoveringEveryTable?(): [string, string][];
  /** Adds a row for the person after a merge; answers its table and id. */
  addRowFor(db: any, personId: string): Promise<{ table: string; id: string }>;
  /** Tests only this subgraph needs, run with the same subgraph and helpers. */
  more?(h: RepointHarness): void;
}

export interface RepointHarness {
  sg(): Awaited<ReturnType<typeof inProcessSubgraph>>;
  db(): any;
  snapshot(): Promise<Snapshot>;
  repoint(vars: Record<string, string>): Promise<any>;
  revert(mergeId: string): Promise<any>;
  repointAndCheck(
    from: string,
    to: string,
    mergeId?: string,
  ): Promise<{ mergeId: string; before: Snapshot; after: Snapshot; moved: Set<string>; result: any }>;
}

export function repointContractTests(s: RepointSubject): void {
  const REPOINT = `mutation ($m: ID!, $from: ID!, $to: ID!) { ${s.repointField}(mergeId: $m, fromPersonId: $from, toPersonId: $to) { mergeId rowsMoved overlaps } }`;
  const REVERT = `mutation ($m: ID!) { ${s.revertField}(mergeId: $m) { mergeId rowsMoved overlaps } }`;

  describe(`${s.name}: repointing a merged person`, () => {
    let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
    let db: any;

    async function snapshot(): Promise<Snapshot> {
      const out: Snapshot = new Map();
      for (const table of s.tables) {
        const rows: { id: string; row: Record<string, any> }[] = await db.$queryRawUnsafe(
          `SELECT id::text AS id, to_jsonb(t) AS row FROM "${table}" t`,
        );
        for (const { id, row } of rows) out.set(id, { table, row });
      }
      return out;
    }

    const recorded = async (mergeId: string) =>
      (await db.$queryRawUnsafe(
        `SELECT table_name, row_id::text, from_person_id::text, to_person_id::text, reverted_at FROM person_repoint WHERE merge_id = $1::uuid ORDER BY row_id`,
        mergeId,
      )) as { table_name: string; row_id: string; from_person_id: string; to_person_id: string; reverted_at: Date | null }[];

    const repoint = (vars: Record<string, string>) => sg.execute(REPOINT, vars);
    const revert = (mergeId: string) => sg.execute(REVERT, { m: mergeId });

    /** Repoints from → to and checks every row: the retired person's moved and recorded, nothing else changed. */
    async function repointAndCheck(from: string, to: string, mergeId = randomUUID()) {
      const before = await snapshot();
      const res = await repoint({ m: mergeId, from, to });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const after = await snapshot();
      assert.equal(after.size, before.size);
      const moved = new Set<string>();
      for (const [id, { table, row }] of before) {
        const now = after.get(id);
        assert.ok(now, `${table} ${id} is gone`);
        const column = s.personColumn(table);
        if (row[column] === from) {
          moved.add(id);
          const movedFrom = s.movedFromColumn?.[table];
          const expected = movedFrom ? { ...row, [column]: to, [movedFrom]: row[movedFrom] ?? from } : { ...row, [column]: to };
          assert.deepEqual(now.row, expected, `${table} ${id}`);
        } else {
          assert.deepEqual(now.row, row, `${table} ${id} changed`);
        }
      }
      assert.ok(moved.size > 0, 'the retired person had rows here');
      for (const table of s.tables)
        assert.equal(
          [...after.values()].filter((r) => r.table === table).length,
          [...before.values()].filter((r) => r.table === table).length,
        );
      const result = res.data[s.repointField];
      assert.deepEqual(result, { mergeId, rowsMoved: moved.size, overlaps: s.expectedOverlaps(after, to, moved) });
      const rows = await recorded(mergeId);
      assert.deepEqual(
        rows.map((r) => r.row_id),
        [...moved].sort(),
      );
      for (const r of rows)
        assert.deepEqual([r.table_name, r.from_person_id, r.to_person_id, r.reverted_at], [before.get(r.row_id)!.table, from, to, null]);
      return { mergeId, before, after, moved, result };
    }

    beforeAll(async () => {
      sg = await inProcessSubgraph(s.subgraph);
      db = sg.database.client;
    });
    afterAll(() => sg.stop());

    s.more?.({ sg: () => sg, db: () => db, snapshot, repoint, revert, repointAndCheck });

    if (s.pairsCoveringEveryTable) {
      it('moves every row of the retired person in every table to the survivor, and flags the overlaps it makes', async () => {
        const tablesMoved = new Set<string>();
        const overlapCounts: number[] = [];
        for (const [from, to] of s.pairsCoveringEveryTable!()) {
          const { before, moved, result } = await repointAndCheck(from, to);
          for (const id of moved) tablesMoved.add(before.get(id)!.table);
          overlapCounts.push(result.overlaps.length);
        }
        assert.deepEqual([...tablesMoved].sort(), [...s.tables].sort());
        // Two open-ended episodes now overlap: both are moved (nothing is lost) and both are named.
        assert.ok(overlapCounts[0]! >= 2);
      });
    }

    it('a repeat moves nothing new and answers the same; a revert moves exactly those rows back; a repeat revert moves none', async () => {
      const [from, to] = s.overlappingPair();
      const { mergeId, before, after, result } = await repointAndCheck(from, to);

      const again = await repoint({ m: mergeId, from, to });
      assert.deepEqual(again.data?.[s.repointField], result);
      assert.deepEqual(await snapshot(), after);
      assert.equal((await recorded(mergeId)).length, result.rowsMoved);

      const reverted = await revert(mergeId);
      assert.deepEqual(reverted.data?.[s.revertField], { mergeId, rowsMoved: result.rowsMoved, overlaps: [] });
      assert.deepEqual(await snapshot(), before);
      assert.ok((await recorded(mergeId)).every((r) => r.reverted_at !== null));

      const revertAgain = await revert(mergeId);
      assert.deepEqual(revertAgain.data?.[s.revertField], { mergeId, rowsMoved: 0, overlaps: [] });
      assert.deepEqual(await snapshot(), before);
    });

    it('a revert leaves alone rows added for the survivor after the merge', async () => {
      const [from, to] = [s.person(), s.person()];
      const { mergeId, moved } = await repointAndCheck(from, to);
      const added = await s.addRowFor(db, to);
      const reverted = await revert(mergeId);
      assert.equal(reverted.data?.[s.revertField].rowsMoved, moved.size);
      assert.equal((await snapshot()).get(added.id)?.row[s.personColumn(added.table)], to);
    });

    it('a merge with nothing here records it, so its revert answers 0 rather than NOT_FOUND', async () => {
      const mergeId = randomUUID();
      const res = await repoint({ m: mergeId, from: randomUUID(), to: randomUUID() });
      assert.deepEqual(res.data?.[s.repointField], { mergeId, rowsMoved: 0, overlaps: [] });
      const reverted = await revert(mergeId);
      assert.deepEqual(reverted.data?.[s.revertField], { mergeId, rowsMoved: 0, overlaps: [] });
    });

    it('refuses malformed ids and a merge of a person into themselves, writing nothing', async () => {
      const person = s.person();
      const before = await snapshot();
      const merges = await db.personRepointMerge.count();
      const cases: [Record<string, string>, string][] = [
        [{ m: 'merge-1', from: person, to: UNKNOWN }, 'mergeId'],
        [{ m: randomUUID(), from: 'not-a-person', to: UNKNOWN }, 'fromPersonId'],
        [{ m: randomUUID(), from: person, to: '12345' }, 'toPersonId'],
        [{ m: randomUUID(), from: person, to: person.toUpperCase() }, 'toPersonId'],
      ];
      for (const [vars, field] of cases) {
        const res = await repoint(vars);
        assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(vars));
        assert.equal(res.errors?.[0].extensions?.field, field);
      }
      const badRevert = await revert('nope');
      assert.deepEqual([badRevert.errors?.[0].extensions?.code, badRevert.errors?.[0].extensions?.field], ['BAD_USER_INPUT', 'mergeId']);
      assert.deepEqual(await snapshot(), before);
      assert.equal(await db.personRepointMerge.count(), merges);
    });

    it('answers NOT_FOUND for a revert of a merge it never saw', async () => {
      const res = await revert(UNKNOWN);
      assert.deepEqual([res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field], ['NOT_FOUND', 'mergeId']);
    });

    it('refuses a mergeId reused for other people, or after its revert', async () => {
      const [from, to, other] = [s.person(), s.person(), s.person()];
      const { mergeId } = await repointAndCheck(from, to);
      const before = await snapshot();
      const reused = await repoint({ m: mergeId, from: other, to });
      assert.deepEqual([reused.errors?.[0].extensions?.code, reused.errors?.[0].extensions?.field], ['CONFLICT', 'mergeId']);
      assert.deepEqual(await snapshot(), before);
      await revert(mergeId);
      const afterRevert = await repoint({ m: mergeId, from, to });
      assert.equal(afterRevert.errors?.[0].extensions?.code, 'CONFLICT');
    });

    it('refuses to revert a merge whose rows a later merge moved on, until that one is reverted', async () => {
      const [a, b, c] = [s.person(), s.person(), s.person()];
      const first = await repointAndCheck(a, b);
      const second = await repointAndCheck(b, c);
      const blocked = await revert(first.mergeId);
      assert.deepEqual([blocked.errors?.[0].extensions?.code, blocked.errors?.[0].extensions?.field], ['CONFLICT', 'mergeId']);
      assert.deepEqual(await snapshot(), second.after);
      assert.equal((await revert(second.mergeId)).data?.[s.revertField].rowsMoved, second.moved.size);
      assert.equal((await revert(first.mergeId)).data?.[s.revertField].rowsMoved, first.moved.size);
      assert.deepEqual(await snapshot(), first.before);
    });
  });
}
