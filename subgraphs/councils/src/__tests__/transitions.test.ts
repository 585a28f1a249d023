import { addDays, isoDate, parseIsoDate } from '@continuum/runtime';
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday, inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { standInHub } from './stand-in-hub.ts';

/** A month after the pinned day: an episode opened for a booked move is PLANNED until then. */
const START = dayFromToday(30);

const region = buildDemoRegion();
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const NEWCASTLE = 'E08000021';
const PROVIDER = region.supportOrganisations[0].id;

const OPEN = `mutation ($t: ID!, $input: OpenCouncilEpisodeInput!) { openCouncilEpisodeForTransition(transitionId: $t, input: $input) {
  __typename id vehicle start end status funderCode weeklyAmount person { id }
  ... on DirectPayment { hourlyRate hoursPerWeek paymentSupport paymentSupportProvider { id } }
  ... on IndividualServiceFund { holdingProvider { id } }
  ... on CommissionedPackage { providerName rateKind hourlyRate hoursPerWeek } } }`;
const END = `mutation ($t: ID!, $e: ID!, $d: Date!) { endCouncilEpisodeForTransition(transitionId: $t, episodeId: $e, lastDay: $d) { __typename id start end } }`;
const UNDO = `mutation ($t: ID!) { undoCouncilTransitionSteps(transitionId: $t) }`;
const RESPOND = `mutation ($t: ID!, $c: String!, $d: TransitionDecision!, $by: String!, $note: String, $key: String) {
  respondToTransitionAsCouncil(transitionId: $t, councilGssCode: $c, decision: $d, respondedBy: $by, note: $note, idempotencyKey: $key) {
    funderCode decision respondedBy note respondedAt } }`;

function dpInput(overrides: Record<string, unknown> = {}) {
  return {
    personId: randomUUID(),
    vehicle: 'DIRECT_PAYMENT',
    councilGssCode: NEWCASTLE,
    start: START,
    weeklyAmount: 296.4,
    hourlyRate: 12.35,
    hoursPerWeek: 24,
    paymentSupport: 'PAYROLL_SERVICE',
    paymentSupportProviderId: PROVIDER,
    ...overrides,
  };
}

/** Seeded direct payments no transition has touched: open-ended, and ended for another reason. */
const untouched = region.directPayments.filter((dp) => !dp.endedByTransitionId && !dp.openedByTransitionId);
const OPEN_DP = untouched.find((dp) => dp.end === null)!;
const ENDED_DP = untouched.find((dp) => dp.end !== null)!;
const ENDED_BY_TRANSITION = region.directPayments.find((dp) => dp.endedByTransitionId)!;

describe('councils: transition steps', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const episodes = async () =>
    (await db.directPayment.count()) + (await db.individualServiceFund.count()) + (await db.commissionedPackage.count());
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  afterAll(() => sg.stop());

  it('opens a direct payment for a transition once; a repeat returns the same episode and writes nothing', async () => {
    const t = randomUUID();
    const input = dpInput();
    const first = await sg.execute(OPEN, { t, input });
    assert.equal(first.errors, undefined);
    const dp = first.data.openCouncilEpisodeForTransition;
    assert.equal(dp.__typename, 'DirectPayment');
    assert.deepEqual(
      {
        vehicle: dp.vehicle,
        start: dp.start,
        end: dp.end,
        status: dp.status,
        funderCode: dp.funderCode,
        weeklyAmount: dp.weeklyAmount,
        person: dp.person.id,
      },
      {
        vehicle: 'DIRECT_PAYMENT',
        start: START,
        end: null,
        status: 'PLANNED',
        funderCode: NEWCASTLE,
        weeklyAmount: 296.4,
        person: input.personId,
      },
    );
    assert.deepEqual(
      [dp.hourlyRate, dp.hoursPerWeek, dp.paymentSupport, dp.paymentSupportProvider.id],
      [12.35, 24, 'PAYROLL_SERVICE', PROVIDER],
    );
    const before = await episodes();
    const again = await sg.execute(OPEN, { t, input });
    assert.equal(again.data.openCouncilEpisodeForTransition.id, dp.id);
    // Even a repeat that differs returns what the first call opened: one episode per transition.
    const differing = await sg.execute(OPEN, { t, input: dpInput({ weeklyAmount: 10 }) });
    assert.equal(differing.data.openCouncilEpisodeForTransition.id, dp.id);
    assert.equal(await episodes(), before);
    assert.equal((await db.directPayment.findUnique({ where: { id: dp.id } })).openedByTransitionId, t);
  });

  it('opens without the overlap check against the episode being moved from', async () => {
    const res = await sg.execute(OPEN, {
      t: randomUUID(),
      input: dpInput({ personId: OPEN_DP.personId, start: isoDate(addDays(parseIsoDate(OPEN_DP.start)!, 30)) }),
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data.openCouncilEpisodeForTransition.person.id, OPEN_DP.personId);
  });

  it('opens an individual service fund held by the named provider', async () => {
    const res = await sg.execute(OPEN, {
      t: randomUUID(),
      input: {
        personId: randomUUID(),
        vehicle: 'INDIVIDUAL_SERVICE_FUND',
        councilGssCode: NEWCASTLE,
        start: START,
        weeklyAmount: 410,
        paymentSupportProviderId: PROVIDER,
      },
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data.openCouncilEpisodeForTransition.__typename, 'IndividualServiceFund');
    assert.equal(res.data.openCouncilEpisodeForTransition.holdingProvider.id, PROVIDER);
  });

  it('opens a commissioned package, at the commissioned rate with the provider to be confirmed unless named', async () => {
    const base = {
      personId: randomUUID(),
      vehicle: 'COMMISSIONED_PACKAGE',
      councilGssCode: NEWCASTLE,
      start: START,
      weeklyAmount: 300,
      hourlyRate: 25,
      hoursPerWeek: 12,
    };
    const unnamed = await sg.execute(OPEN, { t: randomUUID(), input: base });
    assert.equal(unnamed.errors, undefined);
    assert.deepEqual(
      {
        providerName: unnamed.data.openCouncilEpisodeForTransition.providerName,
        rateKind: unnamed.data.openCouncilEpisodeForTransition.rateKind,
      },
      { providerName: 'Provider to be confirmed', rateKind: 'COMMISSIONED_WITH_EMPLOYEES' },
    );
    const named = await sg.execute(OPEN, {
      t: randomUUID(),
      input: { ...base, providerName: 'Tyneside Home Care', rateKind: 'COMMISSIONED_SOLE_TRADER' },
    });
    assert.equal(named.data.openCouncilEpisodeForTransition.providerName, 'Tyneside Home Care');
    assert.equal(named.data.openCouncilEpisodeForTransition.rateKind, 'COMMISSIONED_SOLE_TRADER');
  });

  const badOpens: [string, string, Record<string, unknown>, string, string][] = [
    ['a malformed transition id', 'not-a-uuid', dpInput(), 'BAD_USER_INPUT', 'transitionId'],
    ['a malformed person id', randomUUID(), dpInput({ personId: 'p-1' }), 'BAD_USER_INPUT', 'input.personId'],
    ['an NHS vehicle', randomUUID(), dpInput({ vehicle: 'PERSONAL_HEALTH_BUDGET' }), 'BAD_USER_INPUT', 'input.vehicle'],
    ['a malformed GSS code', randomUUID(), dpInput({ councilGssCode: 'Newcastle' }), 'BAD_USER_INPUT', 'input.councilGssCode'],
    ['an unknown council', randomUUID(), dpInput({ councilGssCode: 'E09999999' }), 'NOT_FOUND', 'input.councilGssCode'],
    ['a zero weekly amount', randomUUID(), dpInput({ weeklyAmount: 0 }), 'BAD_USER_INPUT', 'input.weeklyAmount'],
    ['a direct payment without an hourly rate', randomUUID(), dpInput({ hourlyRate: null }), 'BAD_USER_INPUT', 'input.hourlyRate'],
    ['an hourly rate above £100', randomUUID(), dpInput({ hourlyRate: 150 }), 'BAD_USER_INPUT', 'input.hourlyRate'],
    ['more hours than a week has', randomUUID(), dpInput({ hoursPerWeek: 200 }), 'BAD_USER_INPUT', 'input.hoursPerWeek'],
    ['a direct payment without payment support', randomUUID(), dpInput({ paymentSupport: null }), 'BAD_USER_INPUT', 'input.paymentSupport'],
    [
      'a payroll service without its provider',
      randomUUID(),
      dpInput({ paymentSupportProviderId: null }),
      'BAD_USER_INPUT',
      'input.paymentSupportProviderId',
    ],
    [
      'a provider for a self-managed payment',
      randomUUID(),
      dpInput({ paymentSupport: 'SELF_MANAGED' }),
      'BAD_USER_INPUT',
      'input.paymentSupportProviderId',
    ],
    [
      'a fund without its holding provider',
      randomUUID(),
      dpInput({ vehicle: 'INDIVIDUAL_SERVICE_FUND', paymentSupportProviderId: null }),
      'BAD_USER_INPUT',
      'input.paymentSupportProviderId',
    ],
    [
      'a package at the direct payment rate',
      randomUUID(),
      dpInput({ vehicle: 'COMMISSIONED_PACKAGE', rateKind: 'DIRECT_PAYMENT' }),
      'BAD_USER_INPUT',
      'input.rateKind',
    ],
  ];
  for (const [what, t, input, code, field] of badOpens) {
    it(`refuses to open with ${what}: ${code} on ${field}, nothing written`, async () => {
      const before = await episodes();
      const res = await sg.execute(OPEN, { t, input });
      assert.equal(res.data, null);
      assert.equal(res.errors?.[0].extensions?.code, code);
      assert.equal(res.errors?.[0].extensions?.field, field);
      assert.equal(await episodes(), before);
    });
  }

  it('ends an episode the day before the new funding; a repeat returns it unchanged', async () => {
    const t = randomUUID();
    const lastDay = isoDate(addDays(parseIsoDate(OPEN_DP.start)!, 40));
    const res = await sg.execute(END, { t, e: OPEN_DP.id, d: lastDay });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data.endCouncilEpisodeForTransition, {
      __typename: 'DirectPayment',
      id: OPEN_DP.id,
      start: OPEN_DP.start,
      end: lastDay,
    });
    const row = await db.directPayment.findUnique({ where: { id: OPEN_DP.id } });
    assert.equal(row.endedByTransitionId, t);
    assert.equal(row.endBeforeTransition, null);
    // Repeats (even naming another day) leave it as the first call set it.
    const again = await sg.execute(END, { t, e: OPEN_DP.id, d: isoDate(addDays(parseIsoDate(lastDay)!, 5)) });
    assert.equal(again.data.endCouncilEpisodeForTransition.end, lastDay);
    assert.deepEqual(await db.directPayment.findUnique({ where: { id: OPEN_DP.id } }), row);
    // Another transition cannot end it again.
    const other = await sg.execute(END, { t: randomUUID(), e: OPEN_DP.id, d: lastDay });
    assert.equal(other.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(other.errors?.[0].extensions?.field, 'episodeId');
  });

  it('refuses an unknown episode (NOT_FOUND), a last day before the start (BAD_USER_INPUT) and an episode that already ended earlier (CONFLICT)', async () => {
    const cases: [string, string, string, string][] = [
      [UNKNOWN_ID, '2026-01-01', 'NOT_FOUND', 'episodeId'],
      ['dp-1', '2026-01-01', 'BAD_USER_INPUT', 'episodeId'],
      [ENDED_DP.id, isoDate(addDays(parseIsoDate(ENDED_DP.start)!, -1)), 'BAD_USER_INPUT', 'lastDay'],
      [ENDED_DP.id, isoDate(addDays(parseIsoDate(ENDED_DP.end!)!, 10)), 'CONFLICT', 'episodeId'],
      [ENDED_DP.id, ENDED_DP.end!, 'CONFLICT', 'episodeId'],
      [ENDED_BY_TRANSITION.id, ENDED_BY_TRANSITION.end!, 'CONFLICT', 'episodeId'],
    ];
    for (const [e, d, code, field] of cases) {
      const before = await db.directPayment.findUnique({ where: { id: ENDED_DP.id } });
      const res = await sg.execute(END, { t: randomUUID(), e, d });
      assert.equal(res.errors?.[0].extensions?.code, code, `${e} ${d}`);
      assert.equal(res.errors?.[0].extensions?.field, field, `${e} ${d}`);
      assert.deepEqual(await db.directPayment.findUnique({ where: { id: ENDED_DP.id } }), before);
    }
  });

  it('undoes a transition: the opened episode goes, the old end comes back; a repeat changes nothing', async () => {
    const t = randomUUID();
    const old = untouched.find((dp) => dp.end !== null && dp.id !== ENDED_DP.id && dp.end > dp.start)!;
    const lastDay = isoDate(addDays(parseIsoDate(old.end!)!, -1));
    const opened = await sg.execute(OPEN, { t, input: dpInput({ personId: old.personId, start: old.end }) });
    assert.equal(opened.errors, undefined);
    const ended = await sg.execute(END, { t, e: old.id, d: lastDay });
    assert.equal(ended.data.endCouncilEpisodeForTransition.end, lastDay);
    assert.equal(isoDate((await db.directPayment.findUnique({ where: { id: old.id } })).endBeforeTransition), old.end);

    const count = await episodes();
    const undo = await sg.execute(UNDO, { t });
    assert.deepEqual(undo.data, { undoCouncilTransitionSteps: true });
    assert.equal(await db.directPayment.findUnique({ where: { id: opened.data.openCouncilEpisodeForTransition.id } }), null);
    const restored = await db.directPayment.findUnique({ where: { id: old.id } });
    assert.deepEqual([isoDate(restored.end), restored.endedByTransitionId, restored.endBeforeTransition], [old.end, null, null]);
    assert.equal(await episodes(), count - 1);

    const again = await sg.execute(UNDO, { t });
    assert.deepEqual(again.data, { undoCouncilTransitionSteps: true });
    assert.equal(await episodes(), count - 1);
    assert.deepEqual(await db.directPayment.findUnique({ where: { id: old.id } }), restored);
    // An open-ended episode gets its open end back.
    const t2 = randomUUID();
    const openEnded = untouched.filter((dp) => dp.end === null)[1];
    await sg.execute(END, { t: t2, e: openEnded.id, d: isoDate(addDays(parseIsoDate(openEnded.start)!, 3)) });
    await sg.execute(UNDO, { t: t2 });
    assert.equal((await db.directPayment.findUnique({ where: { id: openEnded.id } })).end, null);
  });

  it('answers undo with a malformed transition id by BAD_USER_INPUT', async () => {
    const res = await sg.execute(UNDO, { t: 'x' });
    assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(res.errors?.[0].extensions?.field, 'transitionId');
  });
});

/** A seeded transition still collecting answers, with one council answer already given. */
const ANSWERED = region.transitions.find((t) => t.status === 'PROPOSED' && t.responses.some((r) => r.funderKind === 'COUNCIL'))!;
const ANSWER = ANSWERED.responses.find((r) => r.funderKind === 'COUNCIL')!;

describe('councils: answers to transitions', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  let hub: Awaited<ReturnType<typeof standInHub>>;
  const answers = () => db.transitionResponse.count();
  const PROPOSED = {
    id: randomUUID(),
    status: 'PROPOSED',
    parties: [
      { funderKind: 'COUNCIL' as const, funderCode: NEWCASTLE },
      { funderKind: 'HEALTH' as const, funderCode: 'QHM' },
    ],
  };
  const EFFECTIVE = { id: randomUUID(), status: 'EFFECTIVE', parties: PROPOSED.parties };
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
    hub = await standInHub([PROPOSED, EFFECTIVE]);
  });
  afterAll(async () => {
    await hub.close();
    await sg.stop();
  });
  const respond = (vars: Record<string, unknown>) =>
    sg.execute(RESPOND, { t: PROPOSED.id, c: NEWCASTLE, d: 'AGREE', by: 'Sam Reid, Direct payments team leader', ...vars });

  it('refuses malformed input before asking the graph anything', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ t: 'tr-1' }, 'BAD_USER_INPUT', 'transitionId'],
      [{ c: 'Newcastle' }, 'BAD_USER_INPUT', 'councilGssCode'],
      [{ c: 'E09999999' }, 'NOT_FOUND', 'councilGssCode'],
      [{ by: '   ' }, 'BAD_USER_INPUT', 'respondedBy'],
      [{ note: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'note'],
    ];
    const count = await answers();
    for (const [vars, code, field] of cases) {
      const res = await respond(vars);
      assert.equal(res.errors?.[0].extensions?.code, code, JSON.stringify(vars));
      assert.equal(res.errors?.[0].extensions?.field, field);
    }
    assert.equal(await answers(), count);
  });

  it('answers with a clear retryable error when the graph cannot be reached, and records nothing', async () => {
    const count = await answers();
    const res = await respond({});
    assert.equal(res.data, null);
    assert.equal(res.errors?.[0].extensions?.code, 'SUBGRAPH_UNAVAILABLE');
    assert.equal(res.errors?.[0].extensions?.field, 'transitionId');
    assert.match(res.errors![0].message, /could not be checked/);
    assert.equal(await answers(), count);
  });

  it('returns a stored answer again without asking the graph; a different answer is a CONFLICT', async () => {
    const same = await sg.execute(RESPOND, { t: ANSWERED.id, c: ANSWER.funderCode, d: ANSWER.decision, by: 'someone else' });
    assert.equal(same.errors, undefined);
    assert.deepEqual(same.data.respondToTransitionAsCouncil, {
      funderCode: ANSWER.funderCode,
      decision: ANSWER.decision,
      respondedBy: ANSWER.respondedBy,
      note: ANSWER.note,
      respondedAt: ANSWER.respondedAt,
    });
    const count = await answers();
    const changed = await sg.execute(RESPOND, {
      t: ANSWERED.id,
      c: ANSWER.funderCode,
      d: ANSWER.decision === 'AGREE' ? 'REJECT' : 'AGREE',
      by: 'someone else',
    });
    assert.equal(changed.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(changed.errors?.[0].extensions?.field, 'decision');
    assert.equal(await answers(), count);
  });

  it('with the graph: records an answer once, refuses non-parties, unknown and finished transitions', async () => {
    sg.graph.setUrl(hub.url);
    const count = await answers();
    const unknown = await respond({ t: UNKNOWN_ID });
    assert.deepEqual([unknown.errors?.[0].extensions?.code, unknown.errors?.[0].extensions?.field], ['NOT_FOUND', 'transitionId']);
    const notParty = await respond({ c: 'E08000024' });
    // A funder that is not a party is told what an unknown id is told: nothing about the transition.
    assert.deepEqual([notParty.errors?.[0].extensions?.code, notParty.errors?.[0].extensions?.field], ['NOT_FOUND', 'transitionId']);
    assert.doesNotMatch(notParty.errors![0].message, /part(y|ies)/i);
    const finished = await respond({ t: EFFECTIVE.id });
    assert.deepEqual([finished.errors?.[0].extensions?.code, finished.errors?.[0].extensions?.field], ['CONFLICT', 'transitionId']);
    assert.match(finished.errors![0].message, /already EFFECTIVE/);
    assert.equal(await answers(), count);

    const first = await respond({ note: '  Agreed at panel  ', key: 'panel-1' });
    assert.equal(first.errors, undefined);
    assert.deepEqual(
      { ...first.data.respondToTransitionAsCouncil, respondedAt: undefined },
      {
        funderCode: NEWCASTLE,
        decision: 'AGREE',
        respondedBy: 'Sam Reid, Direct payments team leader',
        note: 'Agreed at panel',
        respondedAt: undefined,
      },
    );
    assert.equal(await answers(), count + 1);
    const requests = hub.requests();
    const repeat = await respond({ note: 'Agreed at panel', key: 'panel-1' });
    assert.deepEqual(repeat.data, first.data);
    assert.equal(hub.requests(), requests, 'a repeat needs no trip to the graph');
    const reused = await respond({ note: 'something else', key: 'panel-1' });
    assert.deepEqual([reused.errors?.[0].extensions?.code, reused.errors?.[0].extensions?.field], ['CONFLICT', 'idempotencyKey']);
    const rejected = await respond({ d: 'REJECT' });
    assert.equal(rejected.errors?.[0].extensions?.code, 'CONFLICT');
    assert.equal(await answers(), count + 1);

    const entities = await sg.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Transition { id councilResponses { funderCode decision } } } }`,
      {
        r: [{ __typename: 'Transition', id: PROPOSED.id }],
      },
    );
    assert.deepEqual(entities.data._entities, [{ id: PROPOSED.id, councilResponses: [{ funderCode: NEWCASTLE, decision: 'AGREE' }] }]);
  });
});

describe('councils: contributed transition fields and lists', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  it('contributes Transition.councilResponses: the seeded council answers, oldest first; none for unknown or malformed ids', async () => {
    const sample = region.transitions.filter((t) => t.responses.length > 0).slice(0, 40);
    const reps = [
      ...sample.map((t) => ({ __typename: 'Transition', id: t.id })),
      { __typename: 'Transition', id: UNKNOWN_ID },
      { __typename: 'Transition', id: 'x' },
    ];
    const res = await sg.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Transition { id councilResponses { funderCode decision respondedBy note respondedAt } } } }`,
      { r: reps },
    );
    assert.equal(res.errors, undefined);
    const expected = sample.map((t) => ({
      id: t.id,
      councilResponses: t.responses
        .filter((r) => r.funderKind === 'COUNCIL')
        .sort((a, b) => a.respondedAt.localeCompare(b.respondedAt) || a.funderCode.localeCompare(b.funderCode))
        .map(({ funderCode, decision, respondedBy, note, respondedAt }) => ({ funderCode, decision, respondedBy, note, respondedAt })),
    }));
    assert.deepEqual(res.data._entities, [...expected, { id: UNKNOWN_ID, councilResponses: [] }, { id: 'x', councilResponses: [] }]);
  });

  it('resolves Council by its GSS code as well as by id; unknown or malformed codes resolve to null', async () => {
    const council = region.councils.find((c) => c.gssCode === NEWCASTLE)!;
    const res = await sg.execute(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Council { id gssCode name } } }`, {
      r: [
        { __typename: 'Council', gssCode: NEWCASTLE },
        { __typename: 'Council', gssCode: NEWCASTLE.toLowerCase() },
        { __typename: 'Council', id: council.id },
        { __typename: 'Council', gssCode: 'E09999999' },
        { __typename: 'Council', gssCode: 'Newcastle' },
      ],
    });
    assert.equal(res.errors, undefined);
    const expected = { id: council.id, gssCode: NEWCASTLE, name: council.name };
    assert.deepEqual(res.data._entities, [expected, expected, expected, null, null]);
  });

  it('lists the people a council funds on any day of a period, from all three kinds of episode', async () => {
    const [from, to] = [dayFromToday(-700), dayFromToday(-520)];
    const episodes = [...region.directPayments, ...region.individualServiceFunds, ...region.commissionedPackages];
    const expected = [
      ...new Set(
        episodes.filter((e) => e.councilGssCode === NEWCASTLE && e.start <= to && (e.end === null || e.end >= from)).map((e) => e.personId),
      ),
    ].sort();
    assert.ok(expected.length > 10);
    const res = await sg.execute(`query ($g: String!, $f: Date!, $t: Date!) { personIdsFundedByCouncil(gssCode: $g, from: $f, to: $t) }`, {
      g: NEWCASTLE,
      f: from,
      t: to,
    });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data.personIdsFundedByCouncil, expected);
  });

  it('refuses a period that ends before it starts, and an unknown council', async () => {
    const q = `query ($g: String!, $f: Date!, $t: Date!) { personIdsFundedByCouncil(gssCode: $g, from: $f, to: $t) }`;
    const backwards = await sg.execute(q, { g: NEWCASTLE, f: dayFromToday(-520), t: dayFromToday(-700) });
    assert.deepEqual([backwards.errors?.[0].extensions?.code, backwards.errors?.[0].extensions?.field], ['BAD_USER_INPUT', 'to']);
    const unknown = await sg.execute(q, { g: 'E09999999', f: dayFromToday(-700), t: dayFromToday(-520) });
    assert.deepEqual([unknown.errors?.[0].extensions?.code, unknown.errors?.[0].extensions?.field], ['NOT_FOUND', 'gssCode']);
  });
});
