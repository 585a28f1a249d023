/**
 * Lists count and page only the records the caller may see: a total, or a page cut short by
 * hidden records, would otherwise tell a user how many records out of their scope match.
 */
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { rowCounts, startTestHub, type Client, type TestHub } from './helpers.ts';

/** Every page of a list, as `first`-sized pages: the nodes, each page's size and the reported total. */
async function allPages(ask: Client, field: string, args: string, first = 100) {
  const nodes: string[] = [];
  const sizes: { size: number; hasNextPage: boolean }[] = [];
  let after: string | null = null;
  const totals = new Set<number>();
  do {
    const res: any = await ask(
      `query ($after: String) { ${field}(${args ? `${args}, ` : ''}first: ${first}, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { after },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const page = res.data[field];
    totals.add(page.totalCount);
    nodes.push(...page.edges.map((e: any) => e.node.id));
    sizes.push({ size: page.edges.length, hasNextPage: page.pageInfo.hasNextPage });
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { nodes, sizes, total: [...totals] };
}

describe('lists count and page only what the caller may see', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const cases: [user: string, field: string, args: string, table: [string, string]][] = [
    ['social-worker.flintshire', 'transitions', '', ['people', 'transition']],
    ['chc-nurse.betsi', 'transitions', '', ['people', 'transition']],
    ['social-worker.stockton', 'employments', '', ['support', 'employment']],
    ['support-adviser.tyneside-payroll', 'employments', '', ['support', 'employment']],
    ['social-worker.durham', 'personalAssistants', '', ['support', 'personal_assistant']],
    ['trainer.newcastle-hospitals', 'personalAssistants', '', ['support', 'personal_assistant']],
  ];
  for (const [user, field, args, [subgraph, table]] of cases) {
    it(`${field} as ${user}: the total is the number of records listed, every page but the last is full, and fewer than the hub holds`, async () => {
      const { nodes, sizes, total } = await allPages(hub.as(user), field, args, 25);
      assert.deepEqual(total, [nodes.length], 'one total on every page, equal to the records listed');
      assert.equal(new Set(nodes).size, nodes.length, 'no record twice');
      for (const s of sizes.slice(0, -1)) assert.deepEqual(s, { size: 25, hasNextPage: true });
      const held = (await rowCounts(hub, { [subgraph]: [table] }))[`${subgraph}.${table}`]!;
      assert.ok(nodes.length < held, `${nodes.length} listed of ${held} held`);
    });
  }

  it('a commissioner is refused person-level lists outright, with no count', async () => {
    for (const field of ['transitions', 'employments', 'personalAssistants']) {
      const res: any = await hub.as('commissioner.icb')(`{ ${field}(first: 1) { totalCount } }`);
      assert.equal(res.data?.[field] ?? null, null);
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(res.errors));
    }
  });
});
