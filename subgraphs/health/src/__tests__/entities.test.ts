import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { expectedChcDecisions, expectedEpisodeFields, expectedFunderName, expectedHealthFunding, plain, sortShares } from './helpers.ts';

const region = buildDemoRegion();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const EPISODE = 'id start end status funderName funderCode weeklyAmount person { id } healthBody { odsCode }';

describe('health subgraph _entities contract', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  const run = async (query: string, variables?: Record<string, unknown>) => plain(await sg.execute(query, variables));
  const entities = async (typename: string, selection: string, ids: string[]) => {
    const res = await run(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typename} { ${selection} } } }`, {
      reps: ids.map((id) => ({ __typename: typename, id })),
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data._entities as any[];
  };
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  it('resolves HealthBody by id to the seeded body, null for unknown or malformed ids', async () => {
    const bodies = region.healthBodies;
    const got = await entities('HealthBody', 'id odsCode name kind nation', [...bodies.map((b) => b.id), UNKNOWN, 'not-a-uuid']);
    assert.deepEqual(
      got.slice(0, bodies.length),
      bodies.map((b) => ({ id: b.id, odsCode: b.odsCode, name: b.name, kind: b.kind, nation: b.nation })),
    );
    assert.deepEqual(got.slice(bodies.length), [null, null]);
  });

  it('resolves PersonalHealthBudget field by field, including who supports the payments', async () => {
    const withProvider = region.personalHealthBudgets.find((p) => p.paymentSupportProviderId)!;
    const withoutProvider = region.personalHealthBudgets.find((p) => !p.paymentSupportProviderId);
    const phbs = [withProvider, ...(withoutProvider ? [withoutProvider] : [])];
    const got = await entities(
      'PersonalHealthBudget',
      `${EPISODE} vehicle management hourlyRate hoursPerWeek paymentSupportProvider { __typename id }`,
      [...phbs.map((p) => p.id), UNKNOWN],
    );
    phbs.forEach((p, i) =>
      assert.deepEqual(got[i], {
        ...expectedEpisodeFields(region, p),
        vehicle: 'PERSONAL_HEALTH_BUDGET',
        management: p.management,
        hourlyRate: p.hourlyRate,
        hoursPerWeek: p.hoursPerWeek,
        paymentSupportProvider: p.paymentSupportProviderId ? { __typename: 'SupportOrganisation', id: p.paymentSupportProviderId } : null,
      }),
    );
    assert.equal(got[phbs.length], null);
  });

  it('resolves ContinuingHealthcarePackage with the eligibility decision behind it', async () => {
    const pkg = region.chcPackages[0];
    const decision = region.chcDecisions.find((d) => d.id === pkg.decisionId)!;
    const got = await entities(
      'ContinuingHealthcarePackage',
      `${EPISODE} vehicle decision { id decidedOn outcome nextReview healthBody { odsCode } }`,
      [pkg.id, UNKNOWN, 'nope'],
    );
    assert.deepEqual(got[0], {
      ...expectedEpisodeFields(region, pkg),
      vehicle: 'CONTINUING_HEALTHCARE',
      decision: {
        id: decision.id,
        decidedOn: decision.decidedOn,
        outcome: decision.outcome,
        nextReview: decision.nextReview,
        healthBody: { odsCode: decision.healthBodyOdsCode },
      },
    });
    assert.deepEqual(got.slice(1), [null, null]);
  });

  it("gives the featured NHS episodes the status their story says: Eleanor Robson's PHB and Hilda Errington's integrated budget run", async () => {
    const phb = region.personalHealthBudgets.find((p) => p.personId === region.featured.movedDirectPaymentToPhb)!;
    const budget = region.integratedBudgets.find((b) => b.personId === region.featured.integratedBudget)!;
    const [eleanor] = await entities('PersonalHealthBudget', 'status end', [phb.id]);
    const [hilda] = await entities('IntegratedBudget', 'status end', [budget.id]);
    assert.deepEqual(
      [eleanor, hilda],
      [
        { status: 'ACTIVE', end: null },
        { status: 'ACTIVE', end: null },
      ],
    );
  });

  it("resolves IntegratedBudget with each funder's share, council names looked up from their GSS codes", async () => {
    const budget = region.integratedBudgets.find((b) => b.personId === region.featured.integratedBudget)!;
    const got = await entities('IntegratedBudget', `${EPISODE} vehicle shares { funderKind funderCode funderName percentage }`, [
      budget.id,
      UNKNOWN,
    ]);
    const { shares, ...rest } = got[0];
    assert.deepEqual(rest, { ...expectedEpisodeFields(region, budget), vehicle: 'INTEGRATED_BUDGET' });
    assert.deepEqual(
      sortShares(shares),
      sortShares(budget.shares.map((s) => ({ ...s, funderName: expectedFunderName(region, s.funderKind, s.funderCode) }))),
    );
    assert.ok(
      shares.some((s: any) => s.funderKind === 'COUNCIL') && shares.some((s: any) => s.funderKind === 'HEALTH'),
      'both a council and an NHS share',
    );
    assert.equal(got[1], null);
  });

  it('contributes Person.healthFunding: all three kinds merged, oldest first', async () => {
    const people = [
      region.featured.movedDirectPaymentToPhb,
      region.featured.integratedBudget,
      region.chcPackages[0].personId,
      region.people.find((p) => expectedHealthFunding(region, p.id).length === 0)!.id,
    ];
    const got = await entities('Person', 'id healthFunding { __typename id start }', people);
    people.forEach((id, i) => assert.deepEqual(got[i], { id, healthFunding: expectedHealthFunding(region, id) }));
    assert.ok(
      got[0].healthFunding.some((e: any) => e.__typename === 'PersonalHealthBudget'),
      'the featured mover holds a PHB',
    );
    assert.ok(
      got[1].healthFunding.some((e: any) => e.__typename === 'IntegratedBudget'),
      'the featured person holds an integrated budget',
    );
  });

  it('contributes Person.chcDecisions, oldest first; a malformed person id resolves to null', async () => {
    const decided = [...new Set(region.chcDecisions.map((d) => d.personId))].slice(0, 5);
    const got = await entities('Person', 'id chcDecisions { id decidedOn outcome nextReview healthBody { odsCode } }', [
      ...decided,
      'not-a-uuid',
    ]);
    decided.forEach((id, i) => assert.deepEqual(got[i], { id, chcDecisions: expectedChcDecisions(region, id) }));
    assert.equal(got[decided.length], null);
  });

  it('publishes its SDL through _service for composition', async () => {
    const res = await run('{ _service { sdl } }');
    assert.match(res.data._service.sdl, /type PersonalHealthBudget implements FundingEpisode\s+@key\(fields: "id"\)/);
  });
});
