import { addDays, isoDate, parseIsoDate } from '@continuum/runtime';
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday, inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { plain } from './helpers.ts';
import { standInHub } from './stand-in-hub.ts';

/** A month after the pinned day: an episode opened for a booked move is PLANNED until then. */
const START = dayFromToday(30);

const region = buildDemoRegion();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const QHM = region.healthBodies.find((b) => b.odsCode === 'QHM')!;
const NEWCASTLE = region.councils.find((c) => c.gssCode === 'E08000021')!;
const PROVIDER = region.supportOrganisations[0].id;

const OPEN = `mutation ($t: ID!, $input: OpenHealthEpisodeInput!) { openHealthEpisodeForTransition(transitionId: $t, input: $input) {
  __typename id vehicle start end status funderCode funderName weeklyAmount person { id }
  ... on PersonalHealthBudget { management hourlyRate hoursPerWeek paymentSupportProvider { id } }
  ... on ContinuingHealthcarePackage { decision { id outcome } }
  ... on IntegratedBudget { shares { funderKind funderCode funderName percentage } } } }`;
const END = `mutation ($t: ID!, $e: ID!, $d: Date!) { endHealthEpisodeForTransition(transitionId: $t, episodeId: $e, lastDay: $d) { __typename id start end } }`;
const UNDO = `mutation ($t: ID!) { undoHealthTransitionSteps(transitionId: $t) }`;
const RESPOND = `mutation ($t: ID!, $o: String!, $d: TransitionDecision!, $by: String!, $note: String, $key: String) {
  respondToTransitionAsHealthBody(transitionId: $t, healthBodyOdsCode: $o, decision: $d, respondedBy: $by, note: $note, idempotencyKey: $key) {
    funderCode decision respondedBy note respondedAt } }`;

function phbInput(overrides: Record<string, unknown> = {}) {
  return {
    personId: randomUUID(),
    vehicle: 'PERSONAL_HEALTH_BUDGET',
    healthBodyOdsCode: 'QHM',
    start: START,
    weeklyAmount: 420,
    hourlyRate: 14,
    hoursPerWeek: 30,
    management: 'DIRECT_PAYMENT',
    paymentSupportProviderId: PROVIDER,
    ...overrides,
  };
}

const integratedInput = (shares: unknown[], overrides: Record<string, unknown> = {}) => ({
  personId: randomUUID(),
  vehicle: 'INTEGRATED_BUDGET',
  healthBodyOdsCode: 'QHM',
  start: START,
  weeklyAmount: 500,
  shares,
  ...overrides,
});
const SPLIT_40_60 = [
  { funderKind: 'COUNCIL', funderCode: NEWCASTLE.gssCode, percentage: 40, funderName: NEWCASTLE.name },
  { funderKind: 'HEALTH', funderCode: 'QHM', percentage: 60 },
];

/** Each person's latest CHC decision at QHM (ties broken by id, as the subgraph does). */
const latestDecision = new Map<string, (typeof region.chcDecisions)[number]>();
for (const d of [...region.chcDecisions]
  .filter((d) => d.healthBodyOdsCode === 'QHM')
  .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id))) {
  latestDecision.set(d.personId, d);
}
const ELIGIBLE = [...latestDecision.values()].find((d) => d.outcome === 'ELIGIBLE')!;
const NOT_ELIGIBLE = [...latestDecision.values()].find((d) => d.outcome === 'NOT_ELIGIBLE')!;

const untouched = region.personalHealthBudgets.filter((e) => !e.endedByTransitionId && !e.openedByTransitionId);
const OPEN_PHB = untouched.find((e) => e.end === null)!;
const ENDED_PHB = untouched.find((e) => e.end !== null && e.end > e.start)!;

describe('health: transition steps', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const run = async (query: string, variables?: Record<string, unknown>) => plain(await sg.execute(query, variables));
  const episodes = async () =>
    (await db.personalHealthBudget.count()) +
    (await db.chcPackage.count()) +
    (await db.integratedBudget.count()) +
    (await db.integratedBudgetShare.count());
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  afterAll(() => sg.stop());

  it('opens a personal health budget for a transition once; repeats return it and write nothing', async () => {
    const t = randomUUID();
    const input = phbInput();
    const first = await run(OPEN, { t, input });
    assert.equal(first.errors, undefined);
    const phb = first.data.openHealthEpisodeForTransition;
    assert.deepEqual(phb, {
      __typename: 'PersonalHealthBudget',
      id: phb.id,
      vehicle: 'PERSONAL_HEALTH_BUDGET',
      start: START,
      end: null,
      status: 'PLANNED',
      funderCode: 'QHM',
      funderName: QHM.name,
      weeklyAmount: 420,
      person: { id: input.personId },
      management: 'DIRECT_PAYMENT',
      hourlyRate: 14,
      hoursPerWeek: 30,
      paymentSupportProvider: { id: PROVIDER },
    });
    const count = await episodes();
    assert.equal((await run(OPEN, { t, input })).data.openHealthEpisodeForTransition.id, phb.id);
    assert.equal(
      (await run(OPEN, { t, input: phbInput({ vehicle: 'CONTINUING_HEALTHCARE' }) })).data.openHealthEpisodeForTransition.id,
      phb.id,
    );
    assert.equal(await episodes(), count);
    assert.equal((await db.personalHealthBudget.findUnique({ where: { id: phb.id } })).openedByTransitionId, t);
  });

  it('opens continuing healthcare on the body’s latest decision, only when it is ELIGIBLE', async () => {
    const ok = await run(OPEN, {
      t: randomUUID(),
      input: { personId: ELIGIBLE.personId, vehicle: 'CONTINUING_HEALTHCARE', healthBodyOdsCode: 'QHM', start: START, weeklyAmount: 1200 },
    });
    assert.equal(ok.errors, undefined);
    assert.equal(ok.data.openHealthEpisodeForTransition.__typename, 'ContinuingHealthcarePackage');
    assert.deepEqual(ok.data.openHealthEpisodeForTransition.decision, { id: ELIGIBLE.id, outcome: 'ELIGIBLE' });
    const count = await episodes();
    for (const personId of [NOT_ELIGIBLE.personId, randomUUID()]) {
      const res = await run(OPEN, {
        t: randomUUID(),
        input: { personId, vehicle: 'CONTINUING_HEALTHCARE', healthBodyOdsCode: 'QHM', start: START, weeklyAmount: 1200 },
      });
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(res.errors?.[0].extensions?.field, 'input.personId');
    }
    assert.equal(await episodes(), count);
  });

  it('opens an integrated budget with each funder’s share and name', async () => {
    const res = await run(OPEN, { t: randomUUID(), input: integratedInput(SPLIT_40_60) });
    assert.equal(res.errors, undefined);
    const budget = res.data.openHealthEpisodeForTransition;
    assert.equal(budget.__typename, 'IntegratedBudget');
    assert.deepEqual(budget.shares, [
      { funderKind: 'HEALTH', funderCode: 'QHM', funderName: QHM.name, percentage: 60 },
      { funderKind: 'COUNCIL', funderCode: NEWCASTLE.gssCode, funderName: NEWCASTLE.name, percentage: 40 },
    ]);
  });

  const badOpens: [string, Record<string, unknown>, string, string][] = [
    ['a malformed person id', phbInput({ personId: 'p-1' }), 'BAD_USER_INPUT', 'input.personId'],
    ['a council vehicle', phbInput({ vehicle: 'DIRECT_PAYMENT' }), 'BAD_USER_INPUT', 'input.vehicle'],
    ['a malformed ODS code', phbInput({ healthBodyOdsCode: 'North East' }), 'BAD_USER_INPUT', 'input.healthBodyOdsCode'],
    ['an unknown NHS body', phbInput({ healthBodyOdsCode: 'ZZZ' }), 'NOT_FOUND', 'input.healthBodyOdsCode'],
    ['a negative weekly amount', phbInput({ weeklyAmount: -5 }), 'BAD_USER_INPUT', 'input.weeklyAmount'],
    ['fractions of a penny', phbInput({ weeklyAmount: 10.005 }), 'BAD_USER_INPUT', 'input.weeklyAmount'],
    ['a PHB without its management', phbInput({ management: null }), 'BAD_USER_INPUT', 'input.management'],
    ['a PHB without hours', phbInput({ hoursPerWeek: null }), 'BAD_USER_INPUT', 'input.hoursPerWeek'],
    ['shares for a PHB', phbInput({ shares: SPLIT_40_60 }), 'BAD_USER_INPUT', 'input.shares'],
    ['an integrated budget without shares', integratedInput([]), 'BAD_USER_INPUT', 'input.shares'],
    ['shares adding up to 90%', integratedInput([{ ...SPLIT_40_60[0], percentage: 30 }, SPLIT_40_60[1]]), 'BAD_USER_INPUT', 'input.shares'],
    [
      'no council share',
      integratedInput([{ funderKind: 'HEALTH', funderCode: 'QHM', percentage: 100 }]),
      'BAD_USER_INPUT',
      'input.shares[0].percentage',
    ],
    [
      'another NHS body’s share',
      integratedInput([SPLIT_40_60[0], { funderKind: 'HEALTH', funderCode: '7A1', percentage: 60 }]),
      'BAD_USER_INPUT',
      'input.shares[1].funderCode',
    ],
    [
      'a council share without a GSS code',
      integratedInput([{ ...SPLIT_40_60[0], funderCode: 'Newcastle' }, SPLIT_40_60[1]]),
      'BAD_USER_INPUT',
      'input.shares[0].funderCode',
    ],
    [
      'a council twice',
      integratedInput([{ ...SPLIT_40_60[0], percentage: 20 }, { ...SPLIT_40_60[0], percentage: 20 }, SPLIT_40_60[1]]),
      'BAD_USER_INPUT',
      'input.shares[1].funderCode',
    ],
  ];
  for (const [what, input, code, field] of badOpens) {
    it(`refuses to open with ${what}: ${code} on ${field}, nothing written`, async () => {
      const count = await episodes();
      const res = await run(OPEN, { t: randomUUID(), input });
      assert.equal(res.data, null);
      assert.equal(res.errors?.[0].extensions?.code, code, JSON.stringify(res.errors));
      assert.equal(res.errors?.[0].extensions?.field, field);
      assert.equal(await episodes(), count);
    });
  }

  it('reports that shares are 90% in plain words', async () => {
    const res = await run(OPEN, { t: randomUUID(), input: integratedInput([{ ...SPLIT_40_60[0], percentage: 30 }, SPLIT_40_60[1]]) });
    assert.equal(res.errors?.[0].extensions?.reason, 'shares add up to 90%, not 100%');
  });

  it('needs the graph to name a council share given without a name: a clear retryable error without it, nothing written', async () => {
    const count = await episodes();
    const res = await run(OPEN, { t: randomUUID(), input: integratedInput([{ ...SPLIT_40_60[0], funderName: null }, SPLIT_40_60[1]]) });
    assert.equal(res.data, null);
    assert.equal(res.errors?.[0].extensions?.code, 'SUBGRAPH_UNAVAILABLE');
    assert.equal(res.errors?.[0].extensions?.field, 'input.shares');
    assert.equal(await episodes(), count);
  });

  it('ends an episode for a transition; repeats return it unchanged; another transition cannot end it again', async () => {
    const t = randomUUID();
    const lastDay = isoDate(addDays(parseIsoDate(OPEN_PHB.start)!, 20));
    const res = await run(END, { t, e: OPEN_PHB.id, d: lastDay });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data.endHealthEpisodeForTransition, {
      __typename: 'PersonalHealthBudget',
      id: OPEN_PHB.id,
      start: OPEN_PHB.start,
      end: lastDay,
    });
    const row = await db.personalHealthBudget.findUnique({ where: { id: OPEN_PHB.id } });
    assert.deepEqual([row.endedByTransitionId, row.endBeforeTransition], [t, null]);
    const again = await run(END, { t, e: OPEN_PHB.id, d: lastDay });
    assert.equal(again.data.endHealthEpisodeForTransition.end, lastDay);
    assert.deepEqual(await db.personalHealthBudget.findUnique({ where: { id: OPEN_PHB.id } }), row);
    const other = await run(END, { t: randomUUID(), e: OPEN_PHB.id, d: lastDay });
    assert.deepEqual([other.errors?.[0].extensions?.code, other.errors?.[0].extensions?.field], ['CONFLICT', 'episodeId']);
  });

  it('refuses an unknown episode, a last day before the start and an episode already ended earlier, changing nothing', async () => {
    const cases: [string, string, string, string][] = [
      [UNKNOWN, '2026-01-01', 'NOT_FOUND', 'episodeId'],
      [ENDED_PHB.id, isoDate(addDays(parseIsoDate(ENDED_PHB.start)!, -1)), 'BAD_USER_INPUT', 'lastDay'],
      [ENDED_PHB.id, isoDate(addDays(parseIsoDate(ENDED_PHB.end!)!, 1)), 'CONFLICT', 'episodeId'],
    ];
    const before = await db.personalHealthBudget.findUnique({ where: { id: ENDED_PHB.id } });
    for (const [e, d, code, field] of cases) {
      const res = await run(END, { t: randomUUID(), e, d });
      assert.deepEqual([res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field], [code, field], `${e} ${d}`);
    }
    assert.deepEqual(await db.personalHealthBudget.findUnique({ where: { id: ENDED_PHB.id } }), before);
  });

  it('undoes a transition: the opened integrated budget and its shares go, the old end comes back; repeat-safe', async () => {
    const t = randomUUID();
    const lastDay = isoDate(addDays(parseIsoDate(ENDED_PHB.end!)!, -1));
    const opened = await run(OPEN, { t, input: integratedInput(SPLIT_40_60, { personId: ENDED_PHB.personId, start: ENDED_PHB.end }) });
    assert.equal(opened.errors, undefined);
    const ended = await run(END, { t, e: ENDED_PHB.id, d: lastDay });
    assert.equal(ended.data.endHealthEpisodeForTransition.end, lastDay);
    const count = await episodes();
    assert.deepEqual((await run(UNDO, { t })).data, { undoHealthTransitionSteps: true });
    assert.equal(await db.integratedBudget.findUnique({ where: { id: opened.data.openHealthEpisodeForTransition.id } }), null);
    assert.equal(await episodes(), count - 3, 'the budget and its two shares');
    const restored = await db.personalHealthBudget.findUnique({ where: { id: ENDED_PHB.id } });
    assert.deepEqual([isoDate(restored.end), restored.endedByTransitionId, restored.endBeforeTransition], [ENDED_PHB.end, null, null]);
    assert.deepEqual((await run(UNDO, { t })).data, { undoHealthTransitionSteps: true });
    assert.equal(await episodes(), count - 3);
    assert.deepEqual((await run(UNDO, { t: randomUUID() })).data, { undoHealthTransitionSteps: true });
  });
});

const ANSWERED = region.transitions.find(
  (t) => ['PROPOSED', 'AGREED'].includes(t.status) && t.responses.some((r) => r.funderKind === 'HEALTH'),
)!;
const ANSWER = ANSWERED.responses.find((r) => r.funderKind === 'HEALTH')!;

describe('health: answers to transitions', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  let hub: Awaited<ReturnType<typeof standInHub>>;
  const run = async (query: string, variables?: Record<string, unknown>) => plain(await sg.execute(query, variables));
  const answers = () => db.transitionResponse.count();
  const PROPOSED = {
    id: randomUUID(),
    status: 'PROPOSED',
    parties: [
      { funderKind: 'COUNCIL' as const, funderCode: NEWCASTLE.gssCode },
      { funderKind: 'HEALTH' as const, funderCode: 'QHM' },
    ],
  };
  const WITHDRAWN = { id: randomUUID(), status: 'WITHDRAWN', parties: PROPOSED.parties };
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
    hub = await standInHub(
      [PROPOSED, WITHDRAWN],
      region.councils.map(({ gssCode, name }) => ({ gssCode, name })),
    );
  });
  afterAll(async () => {
    await hub.close();
    await sg.stop();
  });
  const respond = (vars: Record<string, unknown>) =>
    run(RESPOND, { t: PROPOSED.id, o: 'QHM', d: 'AGREE', by: 'Alison Hudson, PHB lead', ...vars });

  it('refuses malformed input before asking the graph anything', async () => {
    const count = await answers();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ t: '42' }, 'BAD_USER_INPUT', 'transitionId'],
      [{ o: 'not an ods code' }, 'BAD_USER_INPUT', 'healthBodyOdsCode'],
      [{ o: 'ZZZ' }, 'NOT_FOUND', 'healthBodyOdsCode'],
      [{ by: '' }, 'BAD_USER_INPUT', 'respondedBy'],
    ];
    for (const [vars, code, field] of cases) {
      const res = await respond(vars);
      assert.deepEqual([res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field], [code, field], JSON.stringify(vars));
    }
    assert.equal(await answers(), count);
  });

  it('answers with a clear retryable error when the graph cannot be reached, and records nothing', async () => {
    const count = await answers();
    const res = await respond({});
    assert.equal(res.data, null);
    assert.deepEqual([res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field], ['SUBGRAPH_UNAVAILABLE', 'transitionId']);
    assert.equal(await answers(), count);
  });

  it('returns a stored answer again without the graph; a different one is a CONFLICT', async () => {
    const same = await run(RESPOND, { t: ANSWERED.id, o: ANSWER.funderCode, d: ANSWER.decision, by: 'x' });
    assert.equal(same.errors, undefined);
    assert.deepEqual(same.data.respondToTransitionAsHealthBody, {
      funderCode: ANSWER.funderCode,
      decision: ANSWER.decision,
      respondedBy: ANSWER.respondedBy,
      note: ANSWER.note,
      respondedAt: ANSWER.respondedAt,
    });
    const changed = await run(RESPOND, {
      t: ANSWERED.id,
      o: ANSWER.funderCode,
      d: ANSWER.decision === 'AGREE' ? 'REJECT' : 'AGREE',
      by: 'x',
    });
    assert.deepEqual([changed.errors?.[0].extensions?.code, changed.errors?.[0].extensions?.field], ['CONFLICT', 'decision']);
  });

  it('with the graph: records an answer once; refuses non-parties, unknown and withdrawn transitions', async () => {
    sg.graph.setUrl(hub.url);
    const count = await answers();
    const unknown = await respond({ t: UNKNOWN });
    assert.deepEqual([unknown.errors?.[0].extensions?.code, unknown.errors?.[0].extensions?.field], ['NOT_FOUND', 'transitionId']);
    const notParty = await respond({ o: '7A1' });
    // A funder that is not a party is told what an unknown id is told: nothing about the transition.
    assert.deepEqual([notParty.errors?.[0].extensions?.code, notParty.errors?.[0].extensions?.field], ['NOT_FOUND', 'transitionId']);
    assert.doesNotMatch(notParty.errors![0].message, /part(y|ies)/i);
    const withdrawn = await respond({ t: WITHDRAWN.id, d: 'REJECT' });
    assert.deepEqual([withdrawn.errors?.[0].extensions?.code, withdrawn.errors?.[0].extensions?.field], ['CONFLICT', 'transitionId']);
    assert.equal(await answers(), count);

    const first = await respond({ d: 'REJECT', note: 'The PA team needs PEG training first', key: 'k-1' });
    assert.equal(first.errors, undefined);
    assert.equal(first.data.respondToTransitionAsHealthBody.decision, 'REJECT');
    const repeat = await respond({ d: 'REJECT', note: 'The PA team needs PEG training first', key: 'k-1' });
    assert.deepEqual(repeat.data, first.data);
    assert.equal(await answers(), count + 1);

    const entities = await run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Transition { id healthResponses { funderCode decision note } } } }`,
      {
        r: [{ __typename: 'Transition', id: PROPOSED.id }],
      },
    );
    assert.deepEqual(entities.data._entities, [
      { id: PROPOSED.id, healthResponses: [{ funderCode: 'QHM', decision: 'REJECT', note: 'The PA team needs PEG training first' }] },
    ]);
  });

  it('with the graph: names a council share from the councils, and refuses a council the graph does not know', async () => {
    const named = await run(OPEN, {
      t: randomUUID(),
      input: integratedInput([{ funderKind: 'COUNCIL', funderCode: NEWCASTLE.gssCode, percentage: 40 }, SPLIT_40_60[1]]),
    });
    assert.equal(named.errors, undefined);
    assert.equal(named.data.openHealthEpisodeForTransition.shares[1].funderName, NEWCASTLE.name);
    const unknown = await run(OPEN, {
      t: randomUUID(),
      input: integratedInput([{ funderKind: 'COUNCIL', funderCode: 'E09999999', percentage: 40 }, SPLIT_40_60[1]]),
    });
    assert.deepEqual(
      [unknown.errors?.[0].extensions?.code, unknown.errors?.[0].extensions?.field],
      ['NOT_FOUND', 'input.shares[0].funderCode'],
    );
  });
});

describe('health: contributed transition fields and funded people', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  const run = async (query: string, variables?: Record<string, unknown>) => plain(await sg.execute(query, variables));
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  it('contributes Transition.healthResponses: the seeded NHS answers; none for unknown ids', async () => {
    const sample = region.transitions.filter((t) => t.responses.length > 0).slice(0, 40);
    const res = await run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Transition { id healthResponses { funderCode decision respondedBy note respondedAt } } } }`,
      {
        r: [...sample.map((t) => ({ __typename: 'Transition', id: t.id })), { __typename: 'Transition', id: UNKNOWN }],
      },
    );
    assert.equal(res.errors, undefined);
    const expected = sample.map((t) => ({
      id: t.id,
      healthResponses: t.responses
        .filter((r) => r.funderKind === 'HEALTH')
        .sort((a, b) => a.respondedAt.localeCompare(b.respondedAt) || a.funderCode.localeCompare(b.funderCode))
        .map(({ funderCode, decision, respondedBy, note, respondedAt }) => ({ funderCode, decision, respondedBy, note, respondedAt })),
    }));
    assert.deepEqual(res.data._entities, [...expected, { id: UNKNOWN, healthResponses: [] }]);
  });

  it('lists the people an NHS body funds on any day of a period, from all three vehicles', async () => {
    const [from, to] = [dayFromToday(-700), dayFromToday(-335)];
    const all = [...region.personalHealthBudgets, ...region.chcPackages, ...region.integratedBudgets];
    const expected = [
      ...new Set(
        all.filter((e) => e.healthBodyOdsCode === 'QHM' && e.start <= to && (e.end === null || e.end >= from)).map((e) => e.personId),
      ),
    ].sort();
    assert.ok(expected.length > 10);
    const res = await run(`{ personIdsFundedByHealthBody(odsCode: "qhm", from: "${from}", to: "${to}") }`);
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data.personIdsFundedByHealthBody, expected);
    const backwards = await run(`{ personIdsFundedByHealthBody(odsCode: "QHM", from: "${to}", to: "${from}") }`);
    assert.deepEqual([backwards.errors?.[0].extensions?.code, backwards.errors?.[0].extensions?.field], ['BAD_USER_INPUT', 'to']);
    const unknown = await run(`{ personIdsFundedByHealthBody(odsCode: "ZZZ", from: "${from}", to: "${to}") }`);
    assert.deepEqual([unknown.errors?.[0].extensions?.code, unknown.errors?.[0].extensions?.field], ['NOT_FOUND', 'odsCode']);
  });
});
