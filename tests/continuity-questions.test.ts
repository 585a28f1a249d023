import { postGraphQL } from '@continuum/kit/testing';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hub } from '../scripts/hub.ts';
import { continuityQuestions } from './continuity-questions.ts';
import { startTestHub } from './helpers.ts';

describe('the five continuity questions, each one query through the gateway', () => {
  let hub: Hub;
  before(async () => {
    hub = await startTestHub();
  });
  after(() => hub.stop());

  for (const q of continuityQuestions()) {
    it(`answers ${q.name} on the demo data without errors`, async () => {
      const res = await postGraphQL(hub.gatewayUrl, q.query, q.variables);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const json = JSON.stringify(res.data);
      assert.ok(!/"totalCount":0\b/.test(json) && !/^\{"\w+":\[\]\}$/.test(json), `${q.name} has an answer: ${json.slice(0, 200)}`);
    });
  }
});
