import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const NEWCASTLE = region.councils.find((c) => c.gssCode === 'E08000021') ?? region.councils[0];
/** The pinned day moved by whole days, YYYY-MM-DD. */
const daysFromToday = (days: number) =>
  new Date(Date.parse(`${process.env.CONTINUUM_TODAY!}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const START = `mutation ($input: StartDirectPaymentInput!) { startDirectPayment(input: $input) {
  id vehicle start end status funderName funderCode weeklyAmount hourlyRate hoursPerWeek paymentSupport
  paymentSupportProvider { id } person { id } council { gssCode } } }`;

function directPaymentInput(overrides: Record<string, unknown> = {}) {
  return {
    personId: randomUUID(),
    councilGssCode: NEWCASTLE.gssCode,
    start: '2025-04-01',
    end: '2026-03-31',
    hourlyRate: 12.35,
    hoursPerWeek: 7.5,
    paymentSupport: 'SELF_MANAGED',
    ...overrides,
  };
}

describe('councils subgraph', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let count: () => Promise<number>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    count = () => (sg.database.client as any).directPayment.count();
  });
  afterAll(() => sg.stop());

  it('lists every council by name with its nation and region', async () => {
    const res = await sg.execute(`{ councils { gssCode name nation region } }`);
    assert.equal(res.errors, undefined);
    const expected = [...region.councils]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.gssCode < b.gssCode ? -1 : 1))
      .map(({ gssCode, name, nation, region: area }) => ({ gssCode, name, nation, region: area }));
    assert.deepEqual(res.data.councils, expected);
  });

  it('finds a council by GSS code (any case) or by id, with its rates', async () => {
    const byCode = await sg.execute(`query ($g: String) { council(gssCode: $g) { id name rates { kind hourlyRate effectiveFrom } } }`, {
      g: NEWCASTLE.gssCode.toLowerCase(),
    });
    assert.equal(byCode.errors, undefined);
    assert.equal(byCode.data.council.id, NEWCASTLE.id);
    assert.equal(byCode.data.council.name, NEWCASTLE.name);
    assert.equal(byCode.data.council.rates.length, NEWCASTLE.rates.length);
    const byId = await sg.execute(`query ($id: ID) { council(id: $id) { gssCode } }`, { id: NEWCASTLE.id });
    assert.deepEqual(byId.data, { council: { gssCode: NEWCASTLE.gssCode } });
  });

  const badCouncilLookups: [string, string, string, string][] = [
    ['neither id nor gssCode', `{ council { id } }`, 'BAD_USER_INPUT', 'id'],
    ['both id and gssCode', `{ council(id: "${NEWCASTLE.id}", gssCode: "${NEWCASTLE.gssCode}") { id } }`, 'BAD_USER_INPUT', 'id'],
    ['a malformed id', `{ council(id: "42") { id } }`, 'BAD_USER_INPUT', 'id'],
    ['an unknown id', `{ council(id: "${UNKNOWN_ID}") { id } }`, 'NOT_FOUND', 'id'],
    ['a malformed GSS code', `{ council(gssCode: "Newcastle") { id } }`, 'BAD_USER_INPUT', 'gssCode'],
    ['an unknown GSS code', `{ council(gssCode: "E09999999") { id } }`, 'NOT_FOUND', 'gssCode'],
  ];
  for (const [what, query, code, field] of badCouncilLookups) {
    it(`answers council() with ${what} by ${code} on ${field}`, async () => {
      const res = await sg.execute(query);
      assert.equal(res.data?.council ?? null, null);
      assert.equal(res.errors?.[0].extensions?.code, code);
      assert.equal(res.errors?.[0].extensions?.field, field);
    });
  }

  it('finds a direct payment by id; unknown ids are NOT_FOUND, malformed ones BAD_USER_INPUT', async () => {
    const dp = region.directPayments[0];
    const res = await sg.execute(`query ($id: ID!) { directPayment(id: $id) { id person { id } weeklyAmount } }`, { id: dp.id });
    assert.deepEqual(res.data.directPayment, { id: dp.id, person: { id: dp.personId }, weeklyAmount: dp.weeklyAmount });
    const unknown = await sg.execute(`{ directPayment(id: "${UNKNOWN_ID}") { id } }`);
    assert.equal(unknown.errors?.[0].extensions?.code, 'NOT_FOUND');
    const malformed = await sg.execute(`{ directPayment(id: "dp-1") { id } }`);
    assert.equal(malformed.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(malformed.errors?.[0].extensions?.field, 'id');
  });

  it('starts a self-managed direct payment, weekly amount rounded to the penny', async () => {
    const before = await count();
    const input = directPaymentInput({ start: daysFromToday(-30), end: daysFromToday(334) });
    const res = await sg.execute(START, { input });
    assert.equal(res.errors, undefined);
    const dp = res.data.startDirectPayment;
    assert.match(dp.id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      { ...dp, id: undefined },
      {
        id: undefined,
        vehicle: 'DIRECT_PAYMENT',
        start: daysFromToday(-30),
        end: daysFromToday(334),
        status: 'ACTIVE',
        funderName: NEWCASTLE.name,
        funderCode: NEWCASTLE.gssCode,
        weeklyAmount: 92.63, // 12.35 × 7.5 = 92.625
        hourlyRate: 12.35,
        hoursPerWeek: 7.5,
        paymentSupport: 'SELF_MANAGED',
        paymentSupportProvider: null,
        person: { id: input.personId },
        council: { gssCode: NEWCASTLE.gssCode },
      },
    );
    assert.equal(await count(), before + 1);
    const funding = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { socialCareFunding { id } } } }`,
      {
        reps: [{ __typename: 'Person', id: input.personId }],
      },
    );
    assert.deepEqual(funding.data._entities[0].socialCareFunding, [{ id: dp.id }]);
  });

  it('gives a direct payment its status on the pinned day: PLANNED before its start, ACTIVE to its last day, ENDED after', async () => {
    const periods: [string | null, string | null, string][] = [
      [daysFromToday(1), null, 'PLANNED'],
      [daysFromToday(0), daysFromToday(0), 'ACTIVE'],
      [daysFromToday(-400), daysFromToday(0), 'ACTIVE'],
      [daysFromToday(-400), null, 'ACTIVE'],
      [daysFromToday(-400), daysFromToday(-1), 'ENDED'],
    ];
    for (const [start, end, status] of periods) {
      const res = await sg.execute(START, { input: directPaymentInput({ start, end }) });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(
        [res.data.startDirectPayment.start, res.data.startDirectPayment.end, res.data.startDirectPayment.status],
        [start, end, status],
      );
    }
  });

  it('starts an open-ended direct payment run through a payroll service', async () => {
    const provider = region.supportOrganisations.find((o) => o.kinds.includes('PAYROLL_PROVIDER'))?.id ?? randomUUID();
    const res = await sg.execute(START, {
      input: directPaymentInput({
        end: null,
        paymentSupport: 'PAYROLL_SERVICE',
        paymentSupportProviderId: provider,
        hourlyRate: 14,
        hoursPerWeek: 20,
      }),
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data.startDirectPayment.end, null);
    assert.equal(res.data.startDirectPayment.weeklyAmount, 280);
    assert.deepEqual(res.data.startDirectPayment.paymentSupportProvider, { id: provider });
  });

  const badInputs: [string, Record<string, unknown>, string, string, RegExp][] = [
    ['an end before the start', { start: '2025-04-01', end: '2025-03-31' }, 'BAD_USER_INPUT', 'input.end', /on or after the start/],
    ['a zero hourly rate', { hourlyRate: 0 }, 'BAD_USER_INPUT', 'input.hourlyRate', /greater than zero/],
    ['a negative hourly rate', { hourlyRate: -12 }, 'BAD_USER_INPUT', 'input.hourlyRate', /greater than zero/],
    ['an hourly rate above £100', { hourlyRate: 100.01 }, 'BAD_USER_INPUT', 'input.hourlyRate', /at most 100/],
    ['an hourly rate in fractions of a penny', { hourlyRate: 12.345 }, 'BAD_USER_INPUT', 'input.hourlyRate', /two decimal places/],
    ['zero hours a week', { hoursPerWeek: 0 }, 'BAD_USER_INPUT', 'input.hoursPerWeek', /greater than zero/],
    ['more hours than a week has', { hoursPerWeek: 168.5 }, 'BAD_USER_INPUT', 'input.hoursPerWeek', /at most 168/],
    ['a weekly amount that rounds to nothing', { hourlyRate: 0.01, hoursPerWeek: 0.25 }, 'BAD_USER_INPUT', 'input.hoursPerWeek', /£0.00/],
    ['a malformed person id', { personId: 'person-1' }, 'BAD_USER_INPUT', 'input.personId', /UUID/],
    ['a malformed GSS code', { councilGssCode: 'NCL' }, 'BAD_USER_INPUT', 'input.councilGssCode', /GSS code/],
    ['an unknown council', { councilGssCode: 'E09999999' }, 'NOT_FOUND', 'input.councilGssCode', /Council/],
    [
      'a payroll service without its provider',
      { paymentSupport: 'PAYROLL_SERVICE' },
      'BAD_USER_INPUT',
      'input.paymentSupportProviderId',
      /required/,
    ],
    [
      'a managed account without its provider',
      { paymentSupport: 'MANAGED_ACCOUNT' },
      'BAD_USER_INPUT',
      'input.paymentSupportProviderId',
      /required/,
    ],
    [
      'a self-managed payment naming a provider',
      { paymentSupportProviderId: randomUUID() },
      'BAD_USER_INPUT',
      'input.paymentSupportProviderId',
      /left out/,
    ],
    [
      'a malformed provider id',
      { paymentSupport: 'MANAGED_ACCOUNT', paymentSupportProviderId: 'acme' },
      'BAD_USER_INPUT',
      'input.paymentSupportProviderId',
      /UUID/,
    ],
  ];
  for (const [what, override, code, field, reason] of badInputs) {
    it(`refuses ${what} with ${code} on ${field} and writes nothing`, async () => {
      const before = await count();
      const res = await sg.execute(START, { input: directPaymentInput(override) });
      assert.equal(res.data, null);
      assert.equal(res.errors?.[0].extensions?.code, code);
      assert.equal(res.errors?.[0].extensions?.field, field);
      assert.match(res.errors![0].extensions!.reason, reason);
      assert.equal(await count(), before);
    });
  }

  for (const [what, date] of [
    ['an impossible date (30 February)', '2025-02-30'],
    ['a date in the wrong form', '01/04/2025'],
  ]) {
    it(`refuses ${what} as BAD_USER_INPUT naming input.start, writing nothing`, async () => {
      const before = await count();
      const res = await sg.execute(START, { input: directPaymentInput({ start: date }) });
      assert.equal(res.data, undefined);
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.match(res.errors![0].message, /input\.start|"start"/);
      assert.match(res.errors![0].message, new RegExp(date.replace(/[/]/g, '\\/')));
      assert.equal(await count(), before);
    });
  }

  it("refuses a period overlapping the person's existing episodes of any kind (CONFLICT on input.start)", async () => {
    const personId = randomUUID();
    const first = await sg.execute(START, { input: directPaymentInput({ personId, start: '2025-01-01', end: '2025-06-30' }) });
    assert.equal(first.errors, undefined);
    const before = await count();
    const clashes = [
      { start: '2025-06-30', end: null }, // shares the last day
      { start: '2024-01-01', end: '2025-01-01' }, // shares the first day
      { start: '2025-02-01', end: '2025-03-01' }, // inside
      { start: '2024-01-01', end: null }, // open-ended before it
    ];
    for (const period of clashes) {
      const res = await sg.execute(START, { input: directPaymentInput({ personId, ...period }) });
      assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT', JSON.stringify(period));
      assert.equal(res.errors?.[0].extensions?.field, 'input.start');
      // The refusal names no id, date or state of the episode it collides with.
      assert.equal(
        res.errors![0].extensions!.reason,
        "the period overlaps another of this person's social care episodes (direct payment, individual service fund or commissioned package)",
      );
      assert.doesNotMatch(JSON.stringify(res.errors), new RegExp(first.data.startDirectPayment.id));
    }
    assert.equal(await count(), before);
    // The days either side are free.
    const after = await sg.execute(START, { input: directPaymentInput({ personId, start: '2025-07-01', end: null }) });
    assert.equal(after.errors, undefined);
    const earlier = await sg.execute(START, { input: directPaymentInput({ personId, start: '2024-01-01', end: '2024-12-31' }) });
    assert.equal(earlier.errors, undefined);
    assert.equal(await count(), before + 2);
  });

  it('refuses a direct payment over a seeded individual service fund or commissioned package', async () => {
    for (const episode of [region.individualServiceFunds[0], region.commissionedPackages[0]]) {
      const before = await count();
      const res = await sg.execute(START, {
        input: directPaymentInput({ personId: episode.personId, start: episode.start, end: episode.start }),
      });
      assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
      assert.equal(res.errors?.[0].extensions?.field, 'input.start');
      // The refusal names no id, date or state of the episode it collides with.
      assert.equal(
        res.errors![0].extensions!.reason,
        "the period overlaps another of this person's social care episodes (direct payment, individual service fund or commissioned package)",
      );
      assert.doesNotMatch(JSON.stringify(res.errors), new RegExp(episode.id));
      assert.equal(await count(), before);
    }
  });

  it('lets only one of three simultaneous overlapping starts through', async () => {
    const personId = randomUUID();
    const before = await count();
    const results = await Promise.all([1, 2, 3].map(() => sg.execute(START, { input: directPaymentInput({ personId }) })));
    assert.equal(results.filter((r) => !r.errors).length, 1);
    assert.ok(results.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'CONFLICT'));
    assert.equal(await count(), before + 1);
  });
});
