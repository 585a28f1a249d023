import { buildDemoRegion } from '@continuum/kit/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();

describe('a subgraph that is down costs only its own fields', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
    await hub.stopSubgraph('training');
  });
  afterAll(() => hub.stop());

  it('reports the stopped subgraph as down and the hub as degraded on GET /health', async () => {
    const res = await fetch(hub.gatewayUrl.replace('/graphql', '/health'));
    const body: any = await res.json();
    assert.equal(body.status, 'degraded');
    assert.equal(body.subgraphs.find((s: any) => s.name === 'training').status, 'down');
    assert.equal(body.subgraphs.find((s: any) => s.name === 'people').status, 'up');
  });

  it('still answers the person and their PA team, with an error for the training fields only', async () => {
    const id = region.featured.movedDirectPaymentToPhb;
    const res = await hub.as('phb-lead.icb')(`query ($id: ID) { person(id: $id) { familyName paTeam { personalAssistant { familyName trainingRecords { completedOn } } } } }`, { id });
    assert.equal(res.data.person.familyName, region.people.find((p) => p.id === id)!.familyName);
    assert.equal(res.data.person.paTeam.length, 3);
    assert.ok(res.errors?.length);
  });

  it('answers the training fields again once the subgraph is back', async () => {
    await hub.restartSubgraph('training');
    const id = region.featured.movedDirectPaymentToPhb;
    const res = await hub.as('phb-lead.icb')(`query ($id: ID) { person(id: $id) { paTeam { personalAssistant { trainingRecords { completedOn } } } } }`, { id });
    assert.equal(res.errors, undefined);
    assert.ok(res.data.person.paTeam.every((t: any) => t.personalAssistant.trainingRecords.length > 0));
  });
});
