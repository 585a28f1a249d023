import { buildDemoRegion } from '@continuum/demo';
import { repointContractTests } from '@continuum/dev/repoint-contract';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { it } from '@jest/globals';
import { TRAINING_PERSON_REFERENCES } from '../merge/person-references.ts';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();

/** Demo employers with training funding claims, each handed out once so tests do not share people. */
const used = new Set<string>();
function employer(): string {
  const found = region.trainingFundingClaims.find((c) => !used.has(c.employerPersonId));
  if (!found) throw new Error('the demo region has no employer with funding claims left');
  used.add(found.employerPersonId);
  return found.employerPersonId;
}

repointContractTests({
  name: 'training',
  subgraph,
  repointField: 'repointPersonInTraining',
  revertField: 'revertPersonRepointInTraining',
  tables: TRAINING_PERSON_REFERENCES.tables.map((t) => t.table),
  personColumn: () => 'employer_person_id',
  // An employer's several claims are no clash.
  expectedOverlaps: () => [],
  person: employer,
  overlappingPair: () => [employer(), employer()],
  async addRowFor(db, personId) {
    const id = randomUUID();
    await db.$executeRawUnsafe(
      `INSERT INTO training_funding_claim (id, employer_person_id, course_id, fund, amount, claimed_on, status, recorded_by)
       VALUES ($1::uuid, $2::uuid, $3::uuid, 'INDIVIDUAL_EMPLOYER_FUNDING', 120, '2026-01-05', 'SUBMITTED', 'test')`,
      id,
      personId,
      region.trainingFundingClaims[0]!.courseId,
    );
    return { table: 'training_funding_claim', id };
  },
  more: ({ repointAndCheck }) => {
    it("moves every training funding claim of the retired employer to the survivor, beside the survivor's own", async () => {
      const [from, to] = [employer(), employer()];
      const { after, moved, result } = await repointAndCheck(from, to);
      const theirs = region.trainingFundingClaims.filter((c) => c.employerPersonId === from).map((c) => c.id);
      assert.deepEqual([...moved].sort(), theirs.sort());
      for (const c of region.trainingFundingClaims.filter((c) => c.employerPersonId === to))
        assert.equal(after.get(c.id)?.row.employer_person_id, to);
      assert.deepEqual(result.overlaps, []);
    });
  },
});
