import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from '@jest/globals';
import { compose, hubSubgraphs, SUPERGRAPH_PATH } from '../compose.ts';

describe('composition', () => {
  const result = compose();

  it('composes the five subgraphs without errors', () => {
    assert.deepEqual(result.errors, []);
    assert.ok(result.supergraphSdl);
  });

  it('has only the reviewed hints: funders add FundingEpisode fields the timeline subgraph does not need', () => {
    for (const hint of result.hints) {
      assert.match(hint, /Field "FundingEpisode\.\w+" of interface type "FundingEpisode" is defined in some but not all subgraphs/);
    }
  });

  it('matches the checked-in schema/supergraph.graphql (run `npm run compose` when this fails)', () => {
    const checkedIn = fs.readFileSync(SUPERGRAPH_PATH, 'utf8');
    assert.equal(checkedIn.trim(), result.supergraphSdl!.trim());
  });

  it('fails composition when two subgraphs give one field different types', () => {
    const broken = hubSubgraphs();
    broken.push({
      name: 'clash',
      url: 'http://localhost:1/graphql',
      sdl: 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Extra @key(fields: "id") { id: ID! name: Int }\ntype Query { extra: Extra }',
    });
    broken.push({
      name: 'clash2',
      url: 'http://localhost:2/graphql',
      sdl: 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Extra @key(fields: "id") { id: ID! name: String }',
    });
    const r = compose(broken);
    assert.equal(r.supergraphSdl, null);
    assert.ok(
      r.errors.some((e) => /Extra\.name/.test(e)),
      r.errors.join('\n'),
    );
  });
});
