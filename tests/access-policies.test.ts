/**
 * Every subgraph's access policy against its schema: each rule names a field or type that
 * exists, and the root fields left to the default (the hub's own services only) are exactly the
 * hub's steps and internal lists — so a new field is closed until someone decides who may call it.
 */
import { rootRule } from '@continuum/kit';
import { buildSubgraphSchema } from '@apollo/subgraph';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';

/** Root fields only the hub's services may call: transition steps, merge steps, person-id lists for reports. */
const HUB_ONLY: Record<string, string[]> = {
  people: [],
  councils: ['endCouncilEpisodeForTransition', 'openCouncilEpisodeForTransition', 'personIdsFundedByCouncil', 'repointPersonInCouncils', 'revertPersonRepointInCouncils', 'undoCouncilTransitionSteps'],
  health: ['endHealthEpisodeForTransition', 'openHealthEpisodeForTransition', 'personIdsFundedByHealthBody', 'personIdsWithHealthPlan', 'repointPersonInHealth', 'revertPersonRepointInHealth', 'undoHealthTransitionSteps'],
  support: ['repointPersonInSupport', 'revertPersonRepointInSupport'],
  training: [],
};

describe('access policies cover each subgraph schema', () => {
  for (const mod of SUBGRAPH_MODULES) {
    const schema = buildSubgraphSchema({ typeDefs: mod.typeDefs, resolvers: mod.resolvers as never });
    it(`${mod.name}: every rule names a real root field or type, and only the hub's steps are left to the hub`, () => {
      const hubOnly: string[] = [];
      for (const op of ['Query', 'Mutation'] as const) {
        const root = op === 'Query' ? schema.getQueryType() : schema.getMutationType();
        const fields = Object.keys(root?.getFields() ?? {}).filter((f) => !f.startsWith('_'));
        for (const declared of Object.keys(mod.accessPolicy.root[op] ?? {})) assert.ok(fields.includes(declared), `${op}.${declared} is not in the ${mod.name} schema`);
        for (const f of fields) if (rootRule(mod.accessPolicy, op, f).access === 'HUB_ONLY') hubOnly.push(f);
      }
      assert.deepEqual(hubOnly.sort(), HUB_ONLY[mod.name]);
      for (const [typeName, rule] of Object.entries(mod.accessPolicy.types)) {
        const type = schema.getType(typeName);
        assert.ok(type, `type ${typeName} is not in the ${mod.name} schema`);
        for (const f of Object.keys(rule.fields ?? {})) assert.ok('getFields' in type && f in (type as any).getFields(), `${typeName}.${f} is not in the ${mod.name} schema`);
      }
    });
  }
});
