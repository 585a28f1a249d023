import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from '@jest/globals';
import { supergraphSubgraphs } from '../gateway.ts';

const checkedIn = fs.readFileSync(new URL('../../../schema/supergraph.graphql', import.meta.url), 'utf8');

const agencies = [
  { name: 'councils', url: 'http://localhost:4002/graphql' },
  { name: 'health', url: 'http://localhost:4003/graphql' },
  { name: 'people', url: 'http://localhost:4001/graphql' },
  { name: 'support', url: 'http://localhost:4004/graphql' },
  { name: 'training', url: 'http://localhost:4005/graphql' },
];

/**
 * The checked-in supergraph with a partner's subgraph joined the way another tool may print it:
 * arguments in another order, over several lines, and a description quoting a retired entry.
 */
const withPartner = checkedIn.replace(
  /^enum join__Graph \{\n/m,
  `enum join__Graph {
  """
  The partner's statistics office. It replaced:
    STATS @join__graph(name: "stats-retired", url: "http://retired.example/graphql")
  """
  PARTNER_STATS @join__graph(
    url: "https://stats.partner.example/graphql"
    name: "partner-stats"
  )
`,
);

describe('subgraphs of a supergraph', () => {
  it('reads the names and URLs of the checked-in supergraph', () => {
    assert.deepEqual(supergraphSubgraphs(checkedIn), agencies);
  });

  it('puts an override in place of the supergraph URL of that subgraph only', () => {
    const found = supergraphSubgraphs(checkedIn, { people: 'http://people.internal:9001/graphql', unknown: 'http://nowhere.example/' });
    assert.deepEqual(
      found,
      agencies.map((s) => (s.name === 'people' ? { ...s, url: 'http://people.internal:9001/graphql' } : s)),
    );
  });

  it('reads a partner subgraph whatever its formatting, and nothing from descriptions', () => {
    assert.notEqual(withPartner, checkedIn);
    assert.deepEqual(supergraphSubgraphs(withPartner, { 'partner-stats': 'http://stats.internal/graphql' }), [
      { name: 'councils', url: 'http://localhost:4002/graphql' },
      { name: 'health', url: 'http://localhost:4003/graphql' },
      { name: 'partner-stats', url: 'http://stats.internal/graphql' },
      { name: 'people', url: 'http://localhost:4001/graphql' },
      { name: 'support', url: 'http://localhost:4004/graphql' },
      { name: 'training', url: 'http://localhost:4005/graphql' },
    ]);
    assert.equal(supergraphSubgraphs(withPartner).find((s) => s.name === 'partner-stats')?.url, 'https://stats.partner.example/graphql');
  });
});
