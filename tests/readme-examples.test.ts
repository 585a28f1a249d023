/**
 * README's example operations and its /health samples, run as README says (the demo user it
 * names, through the real gateway, the partner published where needed) against a hub seeded with
 * the demo region: each answers what README prints, modulo ids, instants, ports and timings, with
 * README's base-day dates moved to the test's anchor as the region's are.
 */
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { demoCalendar } from '@continuum/demo';
import { operatorHealth } from './helpers.ts';
import { partnerSdl, startPartnerHub, type PartnerHub } from './partner-helpers.ts';
import { moveDates, normalise, readmeExamples, sectionLines } from './readme-examples.ts';

const { examples, blocks } = readmeExamples();
const calendar = demoCalendar();
const expected = (value: unknown) => normalise(moveDates(value, calendar.day));

describe("README's examples", () => {
  let ph: PartnerHub;
  beforeAll(async () => {
    ph = await startPartnerHub({ timeoutMs: 30_000 });
    const { published } = await ph.publish(partnerSdl());
    assert.ok(published, 'the partner is published');
  });
  afterAll(() => ph?.stop());

  it('marks every GraphQL block in README, and every answer under "Example queries" (Health included), as an example with its user', () => {
    const used = new Set(examples.flatMap((e) => blocks.filter((b) => b.line > e.line).slice(0, e.kind === 'graphql' ? 2 : 1)));
    const [from, to] = sectionLines('Example queries');
    const unmarked = blocks
      .filter((b) => b.lang === 'graphql' || (b.lang === 'json' && b.line > from && b.line < to))
      .filter((b) => !used.has(b))
      .map((b) => `README.md:${b.line}`);
    assert.deepEqual(unmarked, []);
    assert.ok(
      examples.some((e) => e.partner && e.kind === 'graphql'),
      'the partner example is among them',
    );
    assert.ok(examples.some((e) => e.kind === 'operator-health'));
  });

  it.each(examples.map((e) => [`README.md:${e.line} (${e.marker})`, e] as const))('%s answers what README prints', async (_label, e) => {
    let actual: unknown;
    if (e.kind === 'graphql') {
      const res = await ph.hub.as(e.user!)(e.operation!);
      actual = res.errors ? { errors: res.errors, data: res.data } : { data: res.data };
    } else if (e.kind === 'operator-health') {
      actual = (await operatorHealth(ph.hub)).body;
    } else {
      actual = await (await fetch(ph.hub.gatewayUrl.replace('/graphql', '/health'))).json();
    }
    assert.deepEqual(normalise(actual), expected(e.expected), JSON.stringify(actual));
  });
});
