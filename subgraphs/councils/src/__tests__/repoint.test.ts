import { buildDemoRegion } from '@continuum/demo';
import { repointContractTests, type Snapshot } from '@continuum/dev/repoint-contract';
import assert from 'node:assert/strict';
import { it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { COUNCIL_PERSON_REFERENCES } from '../merge/person-references.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const TABLES = COUNCIL_PERSON_REFERENCES.tables.map((t) => t.table);
const EPISODE_TABLES = new Set(['direct_payment', 'individual_service_fund', 'commissioned_package']);

/** Demo people by the one kind of council episode they have, each handed out once so tests do not share people. */
const used = new Set<string>();
function personWith(episodes: { personId: string; end: string | null }[], openEnded = false): string {
  const found = episodes.find(
    (e) => !used.has(e.personId) && (!openEnded || e.end === null) && region.carePlans.some((c) => c.personId === e.personId),
  );
  if (!found) throw new Error('the demo region has no such person left');
  used.add(found.personId);
  return found.personId;
}
const withDirectPayment = (openEnded = false) => personWith(region.directPayments, openEnded);
const withServiceFund = (openEnded = false) => personWith(region.individualServiceFunds, openEnded);
const withPackage = () => personWith(region.commissionedPackages);
const concerned = new Set(region.safeguardingConcerns.map((c) => c.personId));
const withSafeguardingConcern = () => personWith(region.directPayments.filter((dp) => concerned.has(dp.personId)));
const followedUp = new Set(region.safeguardingFollowUps.map((f) => f.personId));
const withFollowUp = () => personWith(region.directPayments.filter((dp) => followedUp.has(dp.personId)));
const reabled = new Set(region.reablementPeriods.map((r) => r.personId));
const withReablement = () => personWith(region.directPayments.filter((dp) => reabled.has(dp.personId)));
const kinds = [withDirectPayment, withPackage, withServiceFund];
let turn = 0;

repointContractTests({
  name: 'councils',
  subgraph,
  repointField: 'repointPersonInCouncils',
  revertField: 'revertPersonRepointInCouncils',
  tables: TABLES,
  personColumn: () => 'person_id',
  /** The survivor's episodes that overlap another of theirs, at least one of the two moved. */
  expectedOverlaps(after: Snapshot, to: string, moved: Set<string>): string[] {
    const episodes = [...after]
      .filter(([, { table, row }]) => EPISODE_TABLES.has(table) && row.person_id === to)
      .map(([id, { row }]) => ({ id, start: row.start, end: row.end ?? '9999-12-31' }));
    const out = new Set<string>();
    for (const a of episodes) {
      for (const b of episodes) {
        if (a.id < b.id && a.start <= b.end && b.start <= a.end && (moved.has(a.id) || moved.has(b.id))) out.add(a.id).add(b.id);
      }
    }
    return [...out].sort();
  },
  person: () => kinds[turn++ % kinds.length]!(),
  overlappingPair: () => [withDirectPayment(true), withServiceFund(true)],
  async addRowFor(db, personId) {
    const id = randomUUID();
    const council = await db.council.findFirst();
    await db.carePlan.create({
      data: {
        id,
        personId,
        councilId: council.id,
        outcomes: [],
        tasks: [],
        contingencyPlanInPlace: false,
        lastReviewed: new Date('2026-01-01'),
        nextReview: new Date('2026-07-01'),
      },
    });
    return { table: 'care_plan', id };
  },
  more: ({ repointAndCheck }) => {
    it('moves the safeguarding follow-ups about the retired person to the survivor', async () => {
      const from = withFollowUp();
      const followUps = region.safeguardingFollowUps.filter((f) => f.personId === from).map((f) => f.id);
      const { after, moved } = await repointAndCheck(from, withPackage());
      for (const id of followUps) {
        assert.ok(moved.has(id), `follow-up ${id} not moved`);
        assert.equal(after.get(id)?.table, 'safeguarding_follow_up');
      }
    });
    it('moves the reablement periods of the retired person to the survivor', async () => {
      const from = withReablement();
      const periods = region.reablementPeriods.filter((r) => r.personId === from).map((r) => r.id);
      const { after, moved } = await repointAndCheck(from, withPackage());
      for (const id of periods) {
        assert.ok(moved.has(id), `reablement period ${id} not moved`);
        assert.equal(after.get(id)?.table, 'reablement_period');
      }
    });
  },
  pairsCoveringEveryTable: () => [
    [withServiceFund(true), withDirectPayment(true)],
    [withDirectPayment(), withPackage()],
    [withPackage(), withServiceFund()],
    [withSafeguardingConcern(), withPackage()],
    [withFollowUp(), withPackage()],
    [withReablement(), withPackage()],
  ],
});
