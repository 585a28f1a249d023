import { buildDemoRegion } from '@continuum/demo';
import { isoDate, today } from '@continuum/runtime';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { plain } from './helpers.ts';

const region = buildDemoRegion();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const QHM = region.healthBodies.find((b) => b.odsCode === 'QHM')!;
/** A council with no seeded agreement, so hand-made budgets give exact sums. */
const GATESHEAD = 'E08000037';

const covers = (e: { start: string; end: string | null }, day: string) => e.start <= day && (e.end === null || e.end >= day);

describe('health: NHS plans and payment processing agreements', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const run = async (query: string, variables?: Record<string, unknown>) => plain(await sg.execute(query, variables));
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  afterAll(() => sg.stop());

  it('contributes Person.healthPlan: the NHS plan with its tasks; null for people without one', async () => {
    const plans = region.healthPlans.slice(0, 25);
    const res = await run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id healthPlan { id lastReviewed healthBody { odsCode } tasks { description healthRelated hoursPerWeek } } } } }`,
      {
        r: [...plans.map((p) => ({ __typename: 'Person', id: p.personId })), { __typename: 'Person', id: UNKNOWN }],
      },
    );
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities, [
      ...plans.map((p) => ({
        id: p.personId,
        healthPlan: { id: p.id, lastReviewed: p.lastReviewed, healthBody: { odsCode: p.healthBodyOdsCode }, tasks: p.tasks },
      })),
      { id: UNKNOWN, healthPlan: null },
    ]);
  });

  it('lists the people holding a plan from a body', async () => {
    const expected = [...new Set(region.healthPlans.filter((p) => p.healthBodyOdsCode === 'QHM').map((p) => p.personId))].sort();
    const res = await run(`{ personIdsWithHealthPlan(odsCode: "QHM") }`);
    assert.deepEqual(res.data.personIdsWithHealthPlan, expected);
    const unknown = await run(`{ personIdsWithHealthPlan(odsCode: "ZZZ") }`);
    assert.deepEqual([unknown.errors?.[0].extensions?.code, unknown.errors?.[0].extensions?.field], ['NOT_FOUND', 'odsCode']);
  });

  it('lists a body’s agreements with their councils, fees and today’s customers as seeded', async () => {
    const res =
      await run(`{ paymentProcessingAgreements(odsCode: "QHM") { id council { gssCode } healthBody { odsCode } feePerCustomerPerMonth start end
      customers(on: "2026-06-01") { id paymentsProcessedBy { gssCode } } } }`);
    assert.equal(res.errors, undefined);
    const expected = region.paymentProcessingAgreements
      .filter((a) => a.healthBodyOdsCode === 'QHM')
      .sort((a, b) => a.councilGssCode.localeCompare(b.councilGssCode))
      .map((a) => ({
        id: a.id,
        council: { gssCode: a.councilGssCode },
        healthBody: { odsCode: 'QHM' },
        feePerCustomerPerMonth: a.feePerCustomerPerMonth,
        start: a.start,
        end: a.end,
        customers: region.personalHealthBudgets
          .filter(
            (p) => p.paymentsProcessedByCouncilGssCode === a.councilGssCode && p.healthBodyOdsCode === 'QHM' && covers(p, '2026-06-01'),
          )
          .sort((x, y) => x.start.localeCompare(y.start) || x.id.localeCompare(y.id))
          .map((p) => ({ id: p.id, paymentsProcessedBy: { gssCode: a.councilGssCode } })),
      }));
    assert.ok(expected.length >= 1);
    assert.ok(expected.some((a) => a.customers.length > 0));
    assert.deepEqual(res.data.paymentProcessingAgreements, expected);
  });

  it('charges a quarter by customer-months: each month counts the budgets active on any of its days while the agreement runs', async () => {
    const agreementId = randomUUID();
    await db.paymentProcessingAgreement.create({
      data: {
        id: agreementId,
        healthBodyId: QHM.id,
        councilGssCode: GATESHEAD,
        feePerCustomerPerMonth: 10.5,
        start: new Date('2025-02-15'),
        end: null,
      },
    });
    const budget = (start: string, end: string | null) => ({
      id: randomUUID(),
      personId: randomUUID(),
      healthBodyId: QHM.id,
      start: new Date(start),
      end: end ? new Date(end) : null,
      weeklyAmount: 100,
      management: 'DIRECT_PAYMENT',
      hourlyRate: 12,
      hoursPerWeek: 8,
      paymentsProcessedByCouncilGssCode: GATESHEAD,
    });
    const [januaryOnly, febToMarch, fromMarch31, endsBeforeAgreement] = [
      budget('2025-01-01', '2025-01-31'),
      budget('2025-02-20', '2025-03-05'),
      budget('2025-03-31', null),
      budget('2024-01-01', '2025-02-10'),
    ];
    await db.personalHealthBudget.createMany({ data: [januaryOnly, febToMarch, fromMarch31, endsBeforeAgreement] });

    const q = `query ($o: String!, $q: String!, $on: Date) { paymentProcessingAgreements(odsCode: $o) { id customers(on: $on) { id } feeForQuarter(quarter: $q) { quarter customerMonths fee } } }`;
    const of = (res: any) => res.data.paymentProcessingAgreements.find((a: any) => a.id === agreementId);
    // January: the agreement had not started. February (15th–28th): febToMarch. March: febToMarch and fromMarch31.
    const q1 = of(await run(q, { o: 'QHM', q: '2025-q1', on: '2025-03-01' }));
    assert.deepEqual(q1.feeForQuarter, { quarter: '2025-Q1', customerMonths: 3, fee: 31.5 });
    assert.deepEqual(q1.customers, [{ id: febToMarch.id }]);
    // April to June: fromMarch31 only, every month.
    const q2 = of(await run(q, { o: 'QHM', q: '2025-Q2', on: '2025-01-20' }));
    assert.deepEqual(q2.feeForQuarter, { quarter: '2025-Q2', customerMonths: 3, fee: 31.5 });
    assert.deepEqual(q2.customers, [], 'no customers before the agreement starts');
    const q4 = of(await run(q, { o: 'QHM', q: '2024-Q4', on: '2025-04-01' }));
    assert.deepEqual(q4.feeForQuarter, { quarter: '2024-Q4', customerMonths: 0, fee: 0 });
    assert.deepEqual(q4.customers, [{ id: fromMarch31.id }]);
  });

  /** The calendar quarter `n` quarters before the pinned day's, with its months' first and last days. */
  function quarterBefore(n: number): { label: string; months: [string, string][] } {
    const now = today();
    const index = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3) - n;
    const year = Math.floor(index / 4);
    const q = index % 4;
    const months = [0, 1, 2].map((i): [string, string] => {
      const month = q * 3 + i;
      return [isoDate(new Date(Date.UTC(year, month, 1))), isoDate(new Date(Date.UTC(year, month + 1, 0)))];
    });
    return { label: `${year}-Q${q + 1}`, months };
  }

  it('agrees with the seeded agreements: customer-months × the monthly fee', async () => {
    const quarter = quarterBefore(5);
    const res = await run(
      `{ paymentProcessingAgreements(odsCode: "QHM") { id feeForQuarter(quarter: "${quarter.label}") { customerMonths fee } } }`,
    );
    assert.equal(res.errors, undefined);
    const agreements = region.paymentProcessingAgreements.filter((x) => x.healthBodyOdsCode === 'QHM');
    assert.ok(agreements.length > 0, 'QHM has agreements in the demo region');
    let charged = 0;
    for (const a of agreements) {
      const budgets = region.personalHealthBudgets.filter(
        (p) => p.paymentsProcessedByCouncilGssCode === a.councilGssCode && p.healthBodyOdsCode === 'QHM',
      );
      const months = quarter.months.reduce((sum, [first, last]) => {
        const from = a.start > first ? a.start : first;
        const to = a.end !== null && a.end < last ? a.end : last;
        return from > to ? sum : sum + budgets.filter((p) => p.start <= to && (p.end === null || p.end >= from)).length;
      }, 0);
      const got = res.data.paymentProcessingAgreements.find((x: any) => x.id === a.id).feeForQuarter;
      assert.deepEqual(got, { customerMonths: months, fee: Math.round(months * a.feePerCustomerPerMonth * 100) / 100 });
      charged += months;
    }
    assert.ok(charged > 0, 'the quarter has customers to charge for');
  });

  for (const bad of ['2025', '2025-Q5', 'Q1-2025', '2025-Q1x', '']) {
    it(`refuses the quarter "${bad}" with BAD_USER_INPUT on quarter`, async () => {
      const res = await run(`query ($q: String!) { paymentProcessingAgreements(odsCode: "QHM") { feeForQuarter(quarter: $q) { fee } } }`, {
        q: bad,
      });
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(res.errors?.[0].extensions?.field, 'quarter');
    });
  }

  it('names the council processing a PHB’s payments, by GSS code; none for the others', async () => {
    const processed = region.personalHealthBudgets.find((p) => p.paymentsProcessedByCouncilGssCode)!;
    const other = region.personalHealthBudgets.find((p) => !p.paymentsProcessedByCouncilGssCode)!;
    const res = await run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalHealthBudget { id paymentsProcessedBy { __typename gssCode } } } }`,
      {
        r: [processed, other].map((p) => ({ __typename: 'PersonalHealthBudget', id: p.id })),
      },
    );
    assert.deepEqual(res.data._entities, [
      { id: processed.id, paymentsProcessedBy: { __typename: 'Council', gssCode: processed.paymentsProcessedByCouncilGssCode } },
      { id: other.id, paymentsProcessedBy: null },
    ]);
  });

  it('refuses agreements of an unknown body', async () => {
    const res = await run(`{ paymentProcessingAgreements(odsCode: "ZZZ") { id } }`);
    assert.deepEqual([res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field], ['NOT_FOUND', 'odsCode']);
  });
});
