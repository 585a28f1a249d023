/**
 * A record the caller may not see is answered as null. If the field naming it were non-null,
 * that null would climb to its parent, and a PA asking for her own employments would lose her
 * whole record for one hidden employer. This test reads the checked-in supergraph and fails on
 * any non-null field, outside Query and Mutation, whose type carries an access rule in some
 * subgraph (or is an interface such a type implements).
 */
import { DEFAULT_TYPES } from '@continuum/access';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from '@jest/globals';
import {
  buildSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';

const SUPERGRAPH = path.resolve(import.meta.dirname, '../schema/supergraph.graphql');

/** Types some subgraph screens: the defaults every subgraph gets, and each policy's own. */
function screenedTypes(): Set<string> {
  const names = new Set(Object.keys(DEFAULT_TYPES));
  for (const mod of SUBGRAPH_MODULES) for (const name of Object.keys(mod.accessPolicy?.types ?? {})) names.add(name);
  return names;
}

function isScreened(schema: GraphQLSchema, type: GraphQLNamedType, screened: Set<string>): boolean {
  if (screened.has(type.name)) return true;
  return isAbstractType(type) && schema.getPossibleTypes(type).some((t) => screened.has(t.name));
}

/** An edge's node is screened with the edge: the guard drops both, and the edge from its list. */
function isConnectionEdge(schema: GraphQLSchema, typeName: string): boolean {
  if (!typeName.endsWith('Edge')) return false;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== typeName) continue;
      const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
      if (!isListType(inner)) return false;
    }
  }
  return true;
}

describe('hidden references never hide their parent', () => {
  const schema = buildSchema(fs.readFileSync(SUPERGRAPH, 'utf8'), { assumeValidSDL: true });
  const screened = screenedTypes();

  it('knows the screened types (Person, PersonalAssistant, Employment, Transition, funding episodes …)', () => {
    for (const name of [
      'Person',
      'PersonalAssistant',
      'Employment',
      'Transition',
      'DirectPayment',
      'PersonalHealthBudget',
      'TrainingRecord',
    ])
      assert.ok(screened.has(name), name);
  });

  it('has no non-null field naming a screened record, outside Query and Mutation', () => {
    const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name]);
    const offending: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__') || roots.has(type.name)) continue;
      for (const field of Object.values(type.getFields())) {
        // A list drops hidden items (or keeps their place as null when its items may be null).
        if (!isNonNullType(field.type) || isListType(field.type.ofType)) continue;
        if (field.name === 'node' && isConnectionEdge(schema, type.name)) continue;
        if (isScreened(schema, getNamedType(field.type), screened)) offending.push(`${type.name}.${field.name}: ${String(field.type)}`);
      }
    }
    assert.deepEqual(offending, [], `make these nullable (and recompose): ${offending.join(', ')}`);
  });
});
