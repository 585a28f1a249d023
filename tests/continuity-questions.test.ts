import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { continuityQuestions } from './continuity-questions.ts';
import { startTestHub, type TestHub } from './helpers.ts';

// Asked by the ICB's PHB lead: every question is about the people the ICB funds or is moving to its funding.
describe('the five continuity questions, each one query through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  for (const q of continuityQuestions()) {
    it(`answers ${q.name} on the demo data without errors`, async () => {
      const res = await hub.as('phb-lead.icb')(q.query, q.variables);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const json = JSON.stringify(res.data);
      assert.ok(!/"totalCount":0\b/.test(json) && !/^\{"\w+":\[\]\}$/.test(json), `${q.name} has an answer: ${json.slice(0, 200)}`);
    });
  }
});
