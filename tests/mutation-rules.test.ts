/**
 * Every write has a rule: each Mutation field of the supergraph (and of the partner subgraph) is
 * named in its owning subgraph's access policy, HUB_ONLY steps included, and every write a user may
 * make names the roles that may make it. A write whose answer is a person's or PA's record must
 * name what it acts on, so that a refusal comes before anything is written: the guard will not
 * start without it.
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { guardSchema, rootRule, withDefaults, type AccessPolicy } from '@continuum/access';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from '@jest/globals';
import {
  parse,
  type DocumentNode,
  type EnumTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type StringValueNode,
  type EnumValueNode,
} from 'graphql';
import { gql } from 'graphql-tag';
import { subgraph as microcare } from '../partners/flintshire-microcare/src/subgraph.ts';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';

const supergraph = parse(fs.readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'));

/** The supergraph's mutations, each with the subgraph that owns it (its @join__field graph). */
function supergraphMutations(doc: DocumentNode): [string, string][] {
  const graphs = doc.definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === 'EnumTypeDefinition' && d.name.value === 'join__Graph',
  )!;
  const nameOf = new Map(
    graphs.values!.map((v) => {
      const arg = v.directives!.find((d) => d.name.value === 'join__graph')!.arguments!.find((a) => a.name.value === 'name')!;
      return [v.name.value, (arg.value as StringValueNode).value];
    }),
  );
  const mutation = doc.definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === 'ObjectTypeDefinition' && d.name.value === 'Mutation',
  )!;
  return mutation.fields!.map((f) => {
    const join = f.directives!.find((d) => d.name.value === 'join__field')!;
    const graph = join.arguments!.find((a) => a.name.value === 'graph')!.value as EnumValueNode;
    return [f.name.value, nameOf.get(graph.value)!];
  });
}

/** A subgraph's own mutations, from its SDL. */
function ownMutations(typeDefs: DocumentNode): string[] {
  return typeDefs.definitions
    .filter(
      (d): d is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
        (d.kind === 'ObjectTypeDefinition' || d.kind === 'ObjectTypeExtension') && d.name.value === 'Mutation',
    )
    .flatMap((d) => (d.fields ?? []).map((f) => f.name.value));
}

const POLICIES: Record<string, AccessPolicy | undefined> = Object.fromEntries(
  [...SUBGRAPH_MODULES, microcare].map((m) => [m.name, m.accessPolicy]),
);

/** The rule a policy declares for a mutation (null when it is left to the default). */
function declared(policy: AccessPolicy | undefined, field: string) {
  return policy?.root.Mutation?.[field] ?? null;
}

describe('every mutation has a declared write rule', () => {
  const mutations = supergraphMutations(supergraph);

  it("reads the supergraph: about fifty mutations, each owned by one of the hub's subgraphs", () => {
    assert.ok(mutations.length >= 45, `${mutations.length} mutations`);
    for (const [field, owner] of mutations) assert.ok(owner in POLICIES, `${field} is owned by ${owner}, a subgraph with a policy`);
  });

  it("names every supergraph mutation in its owning subgraph's policy, HUB_ONLY steps included", () => {
    const missing = mutations.filter(([field, owner]) => !declared(POLICIES[owner], field)).map(([f, o]) => `${o}.${f}`);
    assert.deepEqual(missing, []);
  });

  it("names every mutation of the partner subgraph in the partner's policy", () => {
    const fields = ownMutations(microcare.typeDefs);
    assert.ok(fields.length >= 6);
    assert.deepEqual(
      fields.filter((f) => !declared(microcare.accessPolicy, f)),
      [],
    );
  });

  it('names, for every write a user may make, the roles that may make it', () => {
    const all: [string, string][] = [...mutations, ...ownMutations(microcare.typeDefs).map((f): [string, string] => [f, microcare.name])];
    const unnamed = all.filter(([field, owner]) => {
      const rule = rootRule(POLICIES[owner]!, 'Mutation', field);
      return rule.access !== 'HUB_ONLY' && !rule.roles?.length;
    });
    assert.deepEqual(
      unnamed.map(([f, o]) => `${o}.${f}`),
      [],
    );
    for (const [field, owner] of all)
      assert.notEqual(rootRule(POLICIES[owner]!, 'Mutation', field).access, 'PUBLIC', `${owner}.${field} is not open to anyone`);
  });

  it('installs every policy (the guard refuses to start a write that could only be screened after it is written)', () => {
    for (const mod of [...SUBGRAPH_MODULES, microcare]) {
      assert.doesNotThrow(
        () =>
          guardSchema(buildSubgraphSchema({ typeDefs: mod.typeDefs, resolvers: mod.resolvers as never }), withDefaults(mod.accessPolicy)),
        mod.name,
      );
    }
    const typeDefs = gql`
      type Person @key(fields: "id") {
        id: ID!
      }
      type Query {
        hello: String
      }
      type Mutation {
        touchPerson(id: ID!): Person!
      }
    `;
    const careless: AccessPolicy = {
      root: { Mutation: { touchPerson: { access: 'PERSON_DATA', fieldClass: 'PERSON_IDENTITY', roles: ['SOCIAL_WORKER'] } } },
      types: {},
    };
    assert.throws(
      () => guardSchema(buildSubgraphSchema({ typeDefs }), withDefaults(careless)),
      /touchPerson returns Person.*personArg, paArg or subjectOf/,
    );
    const careful: AccessPolicy = {
      root: {
        Mutation: { touchPerson: { access: 'PERSON_DATA', fieldClass: 'PERSON_IDENTITY', roles: ['SOCIAL_WORKER'], personArg: 'id' } },
      },
      types: {},
    };
    assert.doesNotThrow(() => guardSchema(buildSubgraphSchema({ typeDefs }), withDefaults(careful)));
  });
});
