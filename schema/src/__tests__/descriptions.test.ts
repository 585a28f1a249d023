import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import { undescribed } from '../descriptions.ts';

const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** Every subgraph's SDL: the hub's five and each partner's. */
const schemas = ['subgraphs', 'partners'].flatMap((folder) =>
  fs
    .readdirSync(path.join(root, folder))
    .map((name) => path.join(folder, name, 'schema.graphql'))
    .filter((file) => fs.existsSync(path.join(root, file))),
);

describe('schema descriptions', () => {
  it('finds the five hub subgraphs and the example partner', () => {
    for (const name of ['people', 'councils', 'health', 'support', 'training'])
      assert.ok(schemas.includes(path.join('subgraphs', name, 'schema.graphql')), name);
    assert.ok(schemas.includes(path.join('partners', 'flintshire-microcare', 'schema.graphql')));
  });

  it.each(schemas)('%s describes every type, field, argument and enum value', (file) => {
    assert.deepEqual(undescribed(fs.readFileSync(path.join(root, file), 'utf8')), [], `${file} lacks descriptions`);
  });

  it("the subgraph template describes every element, so a new partner's schema starts complete", () => {
    const template = fs.readFileSync(path.join(root, 'scripts', 'subgraph-template', 'schema.graphql.tmpl'), 'utf8');
    assert.deepEqual(undescribed(template), []);
  });

  it('names what lacks a description: types, fields, arguments, input fields, enum values; not federation', () => {
    const sdl = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      scalar _Any
      type Query { person(id: ID!): Person _service: String }
      "A person."
      type Person @key(fields: "id") { "Hub id." id: ID! name(style: Style): String }
      enum Style { "Full." FULL SHORT }
      input Filter { "By name." name: String age: Int }
      extend type Person { "Extended." extra: Int other: Int }
    `;
    assert.deepEqual(undescribed(sdl), [
      'Query',
      'Query.person',
      'Query.person(id:)',
      'Person.name',
      'Person.name(style:)',
      'Style',
      'Style.SHORT',
      'Filter',
      'Filter.age',
      'Person.other',
    ]);
  });
});
