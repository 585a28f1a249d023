import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { difference, peopleRelatedTo, startTestHub, statementCounts, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
// People who employ PAs, so every subgraph has rows to load. The first ten include someone on
// each kind of funding, so both caseloads touch every table and only their length differs.
// The caseload is the ICB's CHC nurse's: people the ICB funds, has assessed or is party to a move of.
const related = peopleRelatedTo(region, 'QHM');
const allEmployers = [...new Set(region.employments.map((e) => e.employerPersonId))].filter((id) => related.has(id));
const oneOfEach = [
  region.directPayments,
  region.individualServiceFunds,
  region.commissionedPackages,
  region.personalHealthBudgets,
  region.chcPackages,
  region.integratedBudgets,
].flatMap((episodes) => episodes.find((e) => allEmployers.includes(e.personId))?.personId ?? []);
const employers = [
  ...new Set([
    ...oneOfEach,
    ...region.chcDecisions
      .filter((d) => related.has(d.personId))
      .slice(0, 1)
      .map((d) => d.personId),
    ...allEmployers,
  ]),
];

/** A caseload view: everything an integrated care team sees for each person on a list. */
const CASELOAD = `query ($ids: [ID!]!) {
  peopleById(ids: $ids) {
    id familyName
    fundingHistory { __typename id start end funderName }
    carePlan { contingencyPlanInPlace }
    chcDecisions { outcome }
    paTeam { hoursPerWeek personalAssistant { familyName dbsCheck { status } trainingRecords { completedOn course { code } } careCertificate { standardsCompleted } } }
  }
}`;

describe('batching across the graph (no N+1)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  async function caseload(ids: string[]) {
    const beforeCounts = statementCounts(hub);
    const res = await hub.as('chc-nurse.icb')(CASELOAD, { ids });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return { res, statements: difference(statementCounts(hub), beforeCounts) };
  }

  it('issues the same number of SQL statements per subgraph for a caseload of 10 and of 200 people', async () => {
    const small = await caseload(employers.slice(0, 10));
    const large = await caseload(employers.slice(0, 200));
    assert.equal(small.res.data.peopleById.length, 10);
    assert.equal(large.res.data.peopleById.length, 200);
    assert.deepEqual(large.statements, small.statements);
    for (const [name, n] of Object.entries(small.statements)) assert.ok(n > 0 && n < 20, `${name} sent ${n} statements`);
  });
});
