import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { operatorHealth, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const PERSON = region.featured.movedDirectPaymentToPhb;
const HUB_SUBGRAPHS = ['councils', 'health', 'people', 'support', 'training'];

/** The person's PAs in post today, by family name, with the completion days of each one's training records (newest first). */
function expectedTeam() {
  const today = dayFromToday(0);
  const team = region.employments.filter((e) => e.employerPersonId === PERSON && e.start <= today && (e.end === null || e.end >= today));
  return team
    .map((e) => {
      const pa = region.personalAssistants.find((p) => p.id === e.personalAssistantId)!;
      const completed = region.trainingRecords.filter((r) => r.personalAssistantId === pa.id).map((r) => r.completedOn);
      return { familyName: pa.familyName, completed: completed.sort().reverse() };
    })
    .sort((a, b) => a.familyName.localeCompare(b.familyName));
}

describe('a subgraph that is down costs only its own fields', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await hub.stopSubgraph('training');
  });
  afterAll(() => hub.stop());

  it('the featured person has a team of three PAs, each with training records', () => {
    const team = expectedTeam();
    assert.equal(team.length, 3);
    assert.ok(
      team.every((pa) => pa.completed.length > 0),
      JSON.stringify(team),
    );
  });

  it('reports the stopped subgraph as down and the hub as degraded on GET /health', async () => {
    const { status, body } = await operatorHealth(hub);
    assert.equal(status, 200);
    assert.equal(body.status, 'degraded');
    assert.deepEqual(
      body.subgraphs.map((s: any) => [s.name, s.status]).sort(),
      HUB_SUBGRAPHS.map((name) => [name, name === 'training' ? 'down' : 'up']),
    );
  });

  it('still answers the person and their PA team, with one SUBGRAPH_UNAVAILABLE error naming training and its fields null', async () => {
    const res = await hub.as('phb-lead.icb')(
      `query ($id: ID) { person(id: $id) { familyName paTeam { personalAssistant { familyName trainingRecords { completedOn } } } } }`,
      { id: PERSON },
    );
    assert.equal(res.data.person.familyName, region.people.find((p) => p.id === PERSON)!.familyName);
    const team = res.data.person.paTeam.map((t: any) => t.personalAssistant);
    assert.deepEqual(
      team.map((pa: any) => pa.familyName).sort(),
      expectedTeam().map((pa) => pa.familyName),
      'every PA of the team is answered by support',
    );
    assert.deepEqual(
      team.map((pa: any) => pa.trainingRecords),
      team.map(() => null),
      "training's field is null for each PA",
    );
    assert.equal(res.errors?.length, 1, JSON.stringify(res.errors));
    const [error] = res.errors!;
    assert.equal(error.extensions?.code, 'SUBGRAPH_UNAVAILABLE', JSON.stringify(error));
    assert.equal(error.extensions?.subgraph, 'training');
    assert.equal(error.message, 'training is unavailable');
  });

  it('answers the training fields again once the subgraph is back', async () => {
    await hub.restartSubgraph('training');
    const res = await hub.as('phb-lead.icb')(
      `query ($id: ID) { person(id: $id) { paTeam { personalAssistant { familyName trainingRecords { completedOn } } } } }`,
      { id: PERSON },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const team = res.data.person.paTeam
      .map((t: any) => ({
        familyName: t.personalAssistant.familyName,
        completed: t.personalAssistant.trainingRecords
          .map((r: any) => r.completedOn)
          .sort()
          .reverse(),
      }))
      .sort((a: any, b: any) => a.familyName.localeCompare(b.familyName));
    assert.deepEqual(team, expectedTeam());
  });
});
