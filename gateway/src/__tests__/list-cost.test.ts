import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { buildSchema, parse } from 'graphql';
import { operationCost } from '../limits/list-cost.ts';

const schema = buildSchema(`
  type Query { people(first: Int = 20): PersonConnection! peopleById(ids: [ID!]!): [Person]! person(id: ID): Person councils: [Council!]! }
  type PersonConnection { edges: [PersonEdge!]! totalCount: Int! }
  type PersonEdge { node: Person! }
  type Person { id: ID! name: String! team: [Employment!]! plan: Plan }
  type Employment { hours: Float! pa: Pa! }
  type Pa { name: String! training: [Training!]! }
  type Training { code: String! }
  type Plan { text: String! }
  type Council { name: String! }
`);
const options = { maxCost: 50_000, unboundedListSize: 5, maxPageSize: 100 };
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), null, variables, options);

describe('list-aware query cost', () => {
  it('counts one per object and nothing for scalars', () => {
    assert.equal(cost('{ person(id: "1") { id name plan { text } } }'), 2);
  });

  it('multiplies by the page size asked for, from a literal, a variable or the default', () => {
    assert.equal(cost('{ people(first: 10) { edges { node { id } } } }'), 10 * (1 + 5 * (1 + 1)));
    assert.equal(cost('query ($n: Int) { people(first: $n) { totalCount } }', { n: 40 }), 40);
    assert.equal(cost('{ people { totalCount } }'), 20);
  });

  it('multiplies by the number of ids asked for, and by 5 for a list with no bound', () => {
    assert.equal(
      cost('query ($ids: [ID!]!) { peopleById(ids: $ids) { team { pa { training { code } } } } }', { ids: Array(200).fill('x') }),
      200 * (1 + 5 * (1 + 1 + 5)),
    );
    assert.equal(cost('{ councils { name } }'), 5);
  });

  it('follows fragments, inline and named, and never loops on a cycle', () => {
    const viaFragment = cost('{ person(id: "1") { ...P } } fragment P on Person { team { pa { name } } }');
    assert.equal(viaFragment, cost('{ person(id: "1") { team { pa { name } } } }'));
    assert.equal(cost('{ person(id: "1") { ... on Person { plan { text } } } }'), 2);
    assert.ok(Number.isFinite(cost('{ person(id: "1") { ...A } } fragment A on Person { ...A plan { text } }')));
  });

  it('refuses a page above 100 with BAD_USER_INPUT on first', () => {
    assert.throws(
      () => cost('{ people(first: 101) { totalCount } }'),
      (err: any) => err.extensions.code === 'BAD_USER_INPUT' && err.extensions.field === 'first',
    );
  });
});
