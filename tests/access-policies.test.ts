/**
 * Every subgraph's access policy against its schema: each rule names a field or type that
 * exists, and the root fields left to the default (the hub's own services only) are exactly the
 * hub's steps and internal lists — so a new field is closed until someone decides who may call it.
 */
import { rootRule } from '@continuum/access';
import { buildSubgraphSchema } from '@apollo/subgraph';
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { SUBGRAPH_MODULES } from '../scripts/subgraphs.ts';

/** Root fields only the hub's services may call: transition steps, merge steps, person- and PA-id lists for reports. */
const HUB_ONLY: Record<string, string[]> = {
  people: ['personIdsInPostcodeDistricts'],
  councils: [
    'councilFundingFacts',
    'endCouncilEpisodeForTransition',
    'openCouncilEpisodeForTransition',
    'personIdsFundedByCouncil',
    'repointPersonInCouncils',
    'revertPersonRepointInCouncils',
    'undoCouncilTransitionSteps',
  ],
  health: [
    'endHealthEpisodeForTransition',
    'healthFundingFacts',
    'openHealthEpisodeForTransition',
    'personIdsFundedByHealthBody',
    'personIdsWithHealthPlan',
    'repointPersonInHealth',
    'revertPersonRepointInHealth',
    'undoHealthTransitionSteps',
  ],
  support: [
    'contingencyPlanHolders',
    'employerPersonIdsInPeriod',
    'employmentSpansInPeriod',
    'findablePaDistricts',
    'payslipCountsForGroups',
    'peerGroupMeetingCounts',
    'personalAssistantIdsInScope',
    'repointPersonInSupport',
    'revertPersonRepointInSupport',
  ],
  training: [
    'repointPersonInTraining',
    'repointPersonalAssistantInTraining',
    'revertPersonRepointInTraining',
    'revertPersonalAssistantRepointInTraining',
  ],
};

describe('access policies cover each subgraph schema', () => {
  for (const mod of SUBGRAPH_MODULES) {
    const schema = buildSubgraphSchema({ typeDefs: mod.typeDefs, resolvers: mod.resolvers as never });
    it(`${mod.name}: every rule names a real root field or type, and only the hub's steps are left to the hub`, () => {
      const policy = mod.accessPolicy;
      assert.ok(policy, `${mod.name} declares an access policy`);
      const hubOnly: string[] = [];
      for (const op of ['Query', 'Mutation'] as const) {
        const root = op === 'Query' ? schema.getQueryType() : schema.getMutationType();
        const fields = Object.keys(root?.getFields() ?? {}).filter((f) => !f.startsWith('_'));
        for (const declared of Object.keys(policy.root[op] ?? {}))
          assert.ok(fields.includes(declared), `${op}.${declared} is not in the ${mod.name} schema`);
        for (const f of fields) if (rootRule(policy, op, f).access === 'HUB_ONLY') hubOnly.push(f);
      }
      assert.deepEqual(hubOnly.sort(), HUB_ONLY[mod.name]);
      for (const [typeName, rule] of Object.entries(policy.types)) {
        const type = schema.getType(typeName);
        assert.ok(type, `type ${typeName} is not in the ${mod.name} schema`);
        for (const f of Object.keys(rule.fields ?? {}))
          assert.ok('getFields' in type && f in (type as any).getFields(), `${typeName}.${f} is not in the ${mod.name} schema`);
      }
    });
  }
});

describe('demo users', () => {
  it('name real organisations and people of the demo region, with the relationships they are described by', async () => {
    const { buildDemoRegion } = await import('@continuum/demo');
    const { DEMO_USERS, demoUser } = await import('@continuum/demo');
    const { peopleRelatedTo } = await import('./helpers.ts');
    const region = buildDemoRegion();
    const orgs = new Set<string>([
      ...region.councils.map((c) => c.gssCode),
      ...region.healthBodies.map((h) => h.odsCode),
      ...region.supportOrganisations.map((o) => o.id),
      ...region.trainingProviders.map((t) => t.id),
      'CONTINUUM',
    ]);
    for (const u of DEMO_USERS) {
      if (u.organisationKind === 'INDIVIDUAL') continue;
      assert.ok(orgs.has(u.organisationCode), `${u.userId}: ${u.organisationCode} is in the region`);
    }
    const eleanor = region.featured.movedDirectPaymentToPhb;
    assert.equal(demoUser('person.eleanor-robson').personId, eleanor);
    const aisha = demoUser('pa.aisha-khan').personalAssistantId!;
    assert.ok(region.employments.some((e) => e.employerPersonId === eleanor && e.personalAssistantId === aisha));
    for (const userId of ['social-worker.newcastle', 'phb-lead.icb', 'chc-nurse.icb', 'support-adviser.tyneside-payroll']) {
      assert.ok(
        peopleRelatedTo(region, demoUser(userId).organisationCode).has(eleanor),
        `${userId} has a relationship with Eleanor Robson`,
      );
    }
    for (const userId of ['social-worker.flintshire', 'chc-nurse.betsi'])
      assert.ok(!peopleRelatedTo(region, demoUser(userId).organisationCode).has(eleanor));
    assert.ok(peopleRelatedTo(region, 'E06000047').has(region.featured.integratedBudget), "Durham pays part of Hilda Errington's budget");
    assert.ok(peopleRelatedTo(region, 'E06000004').has(region.featured.inFlightBlocked), 'Stockton funds Brenda Reid');
    const trainer = demoUser('trainer.newcastle-hospitals').organisationCode;
    const courses = new Set(region.courses.filter((c) => c.providerId === trainer).map((c) => c.id));
    assert.ok(region.trainingRecords.some((r) => r.personalAssistantId === aisha && courses.has(r.courseId)));
  });
});
