import { buildDemoRegion } from '@continuum/demo';
import { repointContractTests, type Snapshot } from '@continuum/dev/repoint-contract';
import { randomUUID } from 'node:crypto';
import { HEALTH_PERSON_REFERENCES } from '../merge/person-references.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const TABLES = HEALTH_PERSON_REFERENCES.tables.map((t) => t.table);
const EPISODE_TABLES = new Set(['personal_health_budget', 'chc_package', 'integrated_budget']);

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
const kinds = [withPhb, withChc, withIntegratedBudget];
let turn = 0;

repointContractTests({
  name: 'health',
  subgraph,
  repointField: 'repointPersonInHealth',
  revertField: 'revertPersonRepointInHealth',
  tables: TABLES,
  personColumn: () => 'person_id',
  /** The survivor's episodes that overlap another of theirs, at least one of the two moved. */
  expectedOverlaps(after: Snapshot, to: string, moved: Set<string>): string[] {
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
  },
  person: () => kinds[turn++ % kinds.length]!(),
  overlappingPair: () => [withChc(true), withPhb(true)],
  async addRowFor(db, personId) {
    const id = randomUUID();
    const body = await db.healthBody.findFirst();
    await db.healthPlan.create({ data: { id, personId, healthBodyId: body.id, tasks: [], lastReviewed: new Date('2026-01-01') } });
    return { table: 'health_plan', id };
  },
  pairsCoveringEveryTable: () => [
    [withPhb(true), withChc(true)],
    [withChc(), withIntegratedBudget()],
    [withIntegratedBudget(), withPhb()],
  ],
});
