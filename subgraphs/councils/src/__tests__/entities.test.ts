import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const councilByGss = new Map(region.councils.map((c) => [c.gssCode, c]));

/** An episode's status on the pinned day: not started yet, running to its last day, or over. */
function statusOf(start: string, end: string | null): 'PLANNED' | 'ACTIVE' | 'ENDED' {
  const today = process.env.CONTINUUM_TODAY!;
  return start > today ? 'PLANNED' : end !== null && end < today ? 'ENDED' : 'ACTIVE';
}

/** The demo region's social care episodes of one person, oldest first (kind and id break ties). */
function socialCareFundingOf(personId: string) {
  const kinds = [
    ['DirectPayment', region.directPayments],
    ['IndividualServiceFund', region.individualServiceFunds],
    ['CommissionedPackage', region.commissionedPackages],
  ] as const;
  return kinds
    .flatMap(([typename, rows], kind) =>
      rows.filter((e) => e.personId === personId).map((e) => ({ typename, kind, id: e.id, start: e.start })),
    )
    .sort((a, b) => a.start.localeCompare(b.start) || a.kind - b.kind || a.id.localeCompare(b.id))
    .map(({ typename, id, start }) => ({ __typename: typename, id, start }));
}

const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { __typename
  ... on Council { id gssCode name nation region rates { kind hourlyRate effectiveFrom } }
  ... on DirectPayment { id vehicle start end status funderName funderCode weeklyAmount person { id } council { gssCode } hourlyRate hoursPerWeek paymentSupport paymentSupportProvider { id } }
  ... on IndividualServiceFund { id vehicle start end status funderName funderCode weeklyAmount person { id } council { gssCode } holdingProvider { id } }
  ... on CommissionedPackage { id vehicle start end status funderName funderCode weeklyAmount person { id } council { gssCode } providerName rateKind hourlyRate hoursPerWeek }
} }`;

describe('councils subgraph _entities contract', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  async function entities(reps: Record<string, unknown>[]) {
    const res = await sg.execute(ENTITIES, { reps });
    assert.equal(res.errors, undefined);
    return res.data._entities;
  }

  it('resolves Council representations to the seeded council and its rates, null for unknown ids', async () => {
    const council = region.councils[0];
    const [found, unknown, malformed] = await entities([
      { __typename: 'Council', id: council.id },
      { __typename: 'Council', id: UNKNOWN_ID },
      { __typename: 'Council', id: 'E08000021' },
    ]);
    const rates = [...council.rates].sort((a, b) => a.kind.localeCompare(b.kind) || a.effectiveFrom.localeCompare(b.effectiveFrom));
    assert.deepEqual(found, {
      __typename: 'Council',
      id: council.id,
      gssCode: council.gssCode,
      name: council.name,
      nation: council.nation,
      region: council.region,
      rates: rates.map((r) => ({ kind: r.kind, hourlyRate: r.hourlyRate, effectiveFrom: r.effectiveFrom })),
    });
    assert.equal(unknown, null);
    assert.equal(malformed, null);
  });

  it('resolves DirectPayment representations field by field, null for unknown ids', async () => {
    const withProvider = region.directPayments.find((d) => d.paymentSupportProviderId)!;
    const selfManaged = region.directPayments.find((d) => !d.paymentSupportProviderId) ?? withProvider;
    const [a, b, unknown] = await entities([
      { __typename: 'DirectPayment', id: withProvider.id },
      { __typename: 'DirectPayment', id: selfManaged.id },
      { __typename: 'DirectPayment', id: UNKNOWN_ID },
    ]);
    for (const [got, dp] of [
      [a, withProvider],
      [b, selfManaged],
    ] as const) {
      const council = councilByGss.get(dp.councilGssCode)!;
      assert.deepEqual(got, {
        __typename: 'DirectPayment',
        id: dp.id,
        vehicle: 'DIRECT_PAYMENT',
        start: dp.start,
        end: dp.end,
        status: statusOf(dp.start, dp.end),
        funderName: council.name,
        funderCode: council.gssCode,
        weeklyAmount: dp.weeklyAmount,
        person: { id: dp.personId },
        council: { gssCode: council.gssCode },
        hourlyRate: dp.hourlyRate,
        hoursPerWeek: dp.hoursPerWeek,
        paymentSupport: dp.paymentSupport,
        paymentSupportProvider: dp.paymentSupportProviderId ? { id: dp.paymentSupportProviderId } : null,
      });
    }
    assert.equal(unknown, null);
  });

  it('gives the featured direct payments the status their story says: ended by a move, or still running', async () => {
    const dpOf = (personId: string) => region.directPayments.find((d) => d.personId === personId)!;
    const [eleanor, hilda, brenda] = await entities(
      [region.featured.movedDirectPaymentToPhb, region.featured.integratedBudget, region.featured.inFlightBlocked].map((p) => ({
        __typename: 'DirectPayment',
        id: dpOf(p).id,
      })),
    );
    assert.deepEqual([eleanor.status, hilda.status, brenda.status], ['ENDED', 'ENDED', 'ACTIVE']);
  });

  it('resolves IndividualServiceFund representations field by field, null for unknown ids', async () => {
    const isf = region.individualServiceFunds[0];
    const council = councilByGss.get(isf.councilGssCode)!;
    const [found, unknown] = await entities([
      { __typename: 'IndividualServiceFund', id: isf.id },
      { __typename: 'IndividualServiceFund', id: UNKNOWN_ID },
    ]);
    assert.deepEqual(found, {
      __typename: 'IndividualServiceFund',
      id: isf.id,
      vehicle: 'INDIVIDUAL_SERVICE_FUND',
      start: isf.start,
      end: isf.end,
      status: statusOf(isf.start, isf.end),
      funderName: council.name,
      funderCode: council.gssCode,
      weeklyAmount: isf.weeklyAmount,
      person: { id: isf.personId },
      council: { gssCode: council.gssCode },
      holdingProvider: { id: isf.holdingProviderId },
    });
    assert.equal(unknown, null);
  });

  it('resolves CommissionedPackage representations field by field, null for unknown ids', async () => {
    const cp = region.commissionedPackages[0];
    const council = councilByGss.get(cp.councilGssCode)!;
    const [found, unknown] = await entities([
      { __typename: 'CommissionedPackage', id: cp.id },
      { __typename: 'CommissionedPackage', id: 'not-a-uuid' },
    ]);
    assert.deepEqual(found, {
      __typename: 'CommissionedPackage',
      id: cp.id,
      vehicle: 'COMMISSIONED_PACKAGE',
      start: cp.start,
      end: cp.end,
      status: statusOf(cp.start, cp.end),
      funderName: council.name,
      funderCode: council.gssCode,
      weeklyAmount: cp.weeklyAmount,
      person: { id: cp.personId },
      council: { gssCode: council.gssCode },
      providerName: cp.providerName,
      rateKind: cp.rateKind,
      hourlyRate: cp.hourlyRate,
      hoursPerWeek: cp.hoursPerWeek,
    });
    assert.equal(unknown, null);
  });

  it('contributes Person.socialCareFunding: every kind merged, oldest first', async () => {
    // The person with the most social care episodes exercises the merge best.
    const counts = new Map<string, number>();
    for (const e of [...region.directPayments, ...region.individualServiceFunds, ...region.commissionedPackages])
      counts.set(e.personId, (counts.get(e.personId) ?? 0) + 1);
    const busiest = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    const res = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { id socialCareFunding { __typename id start } } } }`,
      {
        reps: [
          { __typename: 'Person', id: busiest },
          { __typename: 'Person', id: UNKNOWN_ID },
          { __typename: 'Person', id: 'nobody' },
        ],
      },
    );
    assert.equal(res.errors, undefined);
    const expected = socialCareFundingOf(busiest);
    assert.ok(expected.length >= 2, 'the demo region has someone with more than one social care episode');
    assert.deepEqual(res.data._entities[0], { id: busiest, socialCareFunding: expected });
    assert.deepEqual(res.data._entities[1], { id: UNKNOWN_ID, socialCareFunding: [] });
    assert.deepEqual(res.data._entities[2], { id: 'nobody', socialCareFunding: [] });
  });

  it('gives every person the same social care episodes as the demo region', async () => {
    const people = region.people.slice(0, 150);
    const res = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { socialCareFunding { __typename id start } } } }`,
      { reps: people.map((p) => ({ __typename: 'Person', id: p.id })) },
    );
    assert.equal(res.errors, undefined);
    people.forEach((p, i) => assert.deepEqual(res.data._entities[i].socialCareFunding, socialCareFundingOf(p.id), p.id));
  });

  it('contributes Person.carePlan: the latest reviewed plan, null when no council holds one', async () => {
    const plans = [...region.carePlans].sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || b.id.localeCompare(a.id));
    const plan = plans[0];
    const latest = plans.find((p) => p.personId === plan.personId)!;
    const withoutPlan = region.people.find((p) => !region.carePlans.some((c) => c.personId === p.id));
    const res = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { carePlan { id council { gssCode name } outcomes tasks { description healthRelated hoursPerWeek } contingencyPlanInPlace lastReviewed nextReview } } } }`,
      {
        reps: [
          { __typename: 'Person', id: plan.personId },
          { __typename: 'Person', id: withoutPlan?.id ?? UNKNOWN_ID },
        ],
      },
    );
    assert.equal(res.errors, undefined);
    const council = councilByGss.get(latest.councilGssCode)!;
    assert.deepEqual(res.data._entities[0].carePlan, {
      id: latest.id,
      council: { gssCode: council.gssCode, name: council.name },
      outcomes: latest.outcomes,
      tasks: latest.tasks,
      contingencyPlanInPlace: latest.contingencyPlanInPlace,
      lastReviewed: latest.lastReviewed,
      nextReview: latest.nextReview,
    });
    assert.equal(res.data._entities[1].carePlan, null);
  });

  it('publishes its SDL through _service for composition', async () => {
    const res = await sg.execute('{ _service { sdl } }');
    assert.match(res.data._service.sdl, /type DirectPayment implements FundingEpisode\s+@key\(fields: "id"\)/);
  });
});
