/**
 * Contingency plans and cover over real HTTP through the gateway: an employer's plan is
 * structured and filterable (people without one); a cover request proposes the plan's
 * arrangements first and then PAs on the findable register, marks a micro-care partner at the
 * rule of four as unavailable and refuses to record cover by them; cover records who, how and
 * how fast; an unfilled short call escalates; bad input and callers without a relationship are
 * refused with nothing written; each write is audited with its caller.
 */
import { buildDemoRegion, demoUser } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, pasVisibleTo, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';
import { tableState } from './table-state.ts';

const region = buildDemoRegion();
const NEWCASTLE = 'E08000021';
const ELEANOR = demoUser('person.eleanor-robson').personId!;
const AISHA = demoUser('pa.aisha-khan').personalAssistantId!;
const today = dayFromToday(0);
const activeToday = (e: { start: string; end: string | null }) => e.start <= today && (e.end === null || e.end >= today);
const aishaForEleanor = region.employments.find(
  (e) => e.employerPersonId === ELEANOR && e.personalAssistantId === AISHA && activeToday(e),
)!;
const newcastleSees = pasVisibleTo(region, NEWCASTLE);
const backup = region.personalAssistants.find(
  (p) =>
    newcastleSees.has(p.id) &&
    p.id !== AISHA &&
    !region.employments.some((e) => e.employerPersonId === ELEANOR && e.personalAssistantId === p.id),
)!;
/** People each business supports today. */
const supportedToday = (id: string) => region.microCareClients.filter((c) => c.enterpriseId === id && activeToday(c)).length;
const full = region.microEnterprises.find((m) => supportedToday(m.id) >= 4)!;
const roomy = region.microEnterprises.find((m) => supportedToday(m.id) < 4 && supportedToday(m.id) > 0)!;

const PLAN = `mutation ($input: ContingencyPlanInput!) { setContingencyPlan(input: $input) {
  agreedByAll testedOn arrangements { kind name microEnterpriseId agencyTopUpPerHour personalAssistant { id } } } }`;
const REQUEST = `mutation ($employment: ID!, $from: Date!, $to: Date!, $reason: CoverReason!) {
  requestCover(employment: $employment, from: $from, to: $to, reason: $reason) {
    id status from to reason candidates { kind name available reasons shortfalls microEnterpriseId personalAssistant { id } registerEntry { id givenName training } } } }`;
const RECORD = `mutation ($id: ID!, $input: RecordCoverInput!) { recordCover(id: $id, input: $input) {
  id status coveredBy coveredByName agencyTopUpPerHour hoursToFill filledAt candidates { kind } } }`;
const related = peopleRelatedTo(region, NEWCASTLE);
/** The demo region's plans of people Newcastle works with (the featured Eleanor has none until a test records one). */
const planned = new Set(
  region.contingencyPlans
    .map((p) => p.employerPersonId)
    .filter((id) => related.has(id) && region.employments.some((e) => e.employerPersonId === id && activeToday(e))),
);
/** The demo region's cover requests of Newcastle's people not met by the day before they start. */
const seededEscalated = region.coverRequests
  .filter((c) => related.has(c.employerPersonId) && c.filledAt === null && Date.parse(c.fromDay) - Date.parse(today) <= 86_400_000)
  .map((c) => c.id);
const MISSING = `query ($state: ContingencyPlanState!) { people(filter: { contingencyPlan: $state }, first: 100) { totalCount edges { node { id } } } }`;

describe('contingency plans and cover', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  let coverId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    assert.ok(aishaForEleanor && backup && full && roomy, 'the demo region has what these tests use');
  });
  afterAll(() => hub.stop());

  it('lists the employers without a contingency plan: everyone employing a PA today whom the caller may see', async () => {
    const employers = new Set(
      region.employments.filter((e) => activeToday(e) && related.has(e.employerPersonId)).map((e) => e.employerPersonId),
    );
    const without = [...employers].filter((id) => !planned.has(id));
    assert.ok(without.length > 0 && planned.size > 0, 'the demo region has employers with and without a plan');
    const found = (await gqlData(newcastle(), MISSING, { state: 'MISSING' })).people;
    assert.equal(found.totalCount, without.length);
    assert.ok(found.edges.every((e: any) => employers.has(e.node.id) && !planned.has(e.node.id)));
    assert.equal((await gqlData(newcastle(), MISSING, { state: 'IN_PLACE' })).people.totalCount, planned.size);
  });

  it('records a structured plan, read back with the person, and the person leaves the missing list', async () => {
    const input = {
      employerPersonId: ELEANOR,
      agreedByAll: true,
      testedOn: dayFromToday(-30),
      arrangements: [
        { kind: 'BACKUP_PA', personalAssistantId: backup.id },
        { kind: 'MICRO_CARE_PARTNER', microEnterpriseId: full.id },
        { kind: 'FAMILY', name: 'Her daughter, Claire' },
        { kind: 'AGENCY', name: 'Tyneside Home Support', agencyTopUpPerHour: 3.5 },
      ],
    };
    const plan = (await gqlData(newcastle(), PLAN, { input })).setContingencyPlan;
    assert.deepEqual(plan, {
      agreedByAll: true,
      testedOn: dayFromToday(-30),
      arrangements: [
        {
          kind: 'BACKUP_PA',
          name: backup.givenName,
          microEnterpriseId: null,
          agencyTopUpPerHour: null,
          personalAssistant: { id: backup.id },
        },
        {
          kind: 'MICRO_CARE_PARTNER',
          name: full.tradingName,
          microEnterpriseId: full.id,
          agencyTopUpPerHour: null,
          personalAssistant: null,
        },
        { kind: 'FAMILY', name: 'Her daughter, Claire', microEnterpriseId: null, agencyTopUpPerHour: null, personalAssistant: null },
        { kind: 'AGENCY', name: 'Tyneside Home Support', microEnterpriseId: null, agencyTopUpPerHour: 3.5, personalAssistant: null },
      ],
    });
    const read = await gqlData(newcastle(), `query ($id: ID!) { person(id: $id) { contingencyPlan { arrangements { kind } } } }`, {
      id: ELEANOR,
    });
    assert.deepEqual(
      read.person.contingencyPlan.arrangements.map((a: any) => a.kind),
      ['BACKUP_PA', 'MICRO_CARE_PARTNER', 'FAMILY', 'AGENCY'],
    );
    const inPlace = (await gqlData(newcastle(), MISSING, { state: 'IN_PLACE' })).people;
    assert.equal(inPlace.totalCount, planned.size + 1);
    assert.ok(!planned.has(ELEANOR), 'Eleanor had no plan before: the one more in place is hers');
    const missing = (await gqlData(newcastle(), MISSING, { state: 'MISSING' })).people;
    assert.ok(!missing.edges.some((e: any) => e.node.id === ELEANOR));
    const audit = await hub.accessStore.pool.query(
      `SELECT user_id FROM audit_event WHERE action = 'WRITE' AND record_type = 'setContingencyPlan' AND outcome = 'ALLOWED'`,
    );
    assert.deepEqual(audit.rows, [{ user_id: 'social-worker.newcastle' }]);
  });

  it('proposes the plan first (the micro-carer at the rule of four unavailable), then register PAs other than the one off', async () => {
    const request = (
      await gqlData(newcastle(), REQUEST, {
        employment: aishaForEleanor.id,
        from: dayFromToday(3),
        to: dayFromToday(5),
        reason: 'SICKNESS',
      })
    ).requestCover;
    coverId = request.id;
    assert.equal(request.status, 'OPEN');
    const [pa, micro, family, agency, ...register] = request.candidates;
    assert.deepEqual([pa.kind, pa.available, pa.personalAssistant], ['BACKUP_PA', true, { id: backup.id }]);
    assert.deepEqual(micro, {
      kind: 'MICRO_CARE_PARTNER',
      name: full.tradingName,
      available: false,
      reasons: ['in the contingency plan (2 of 4)'],
      shortfalls: [`already supports ${supportedToday(full.id)} people (rule of four)`],
      microEnterpriseId: full.id,
      personalAssistant: null,
      registerEntry: null,
    });
    assert.deepEqual([family.kind, agency.kind], ['FAMILY', 'AGENCY']);
    assert.ok(register.length > 0, 'PAs on the findable register are proposed');
    for (const c of register) {
      assert.equal(c.kind, 'REGISTER_PA');
      assert.notEqual(c.registerEntry, null);
      assert.equal(c.available, c.shortfalls.length === 0);
    }
    // Eleanor's care plans ask for PEG feeding, stoma care and medication: a register PA proposed as
    // available holds all three, and one lacking any is a near miss naming it as the care plan's.
    const PLAN = ['MEDICATION', 'PEG_FEEDING', 'STOMA_CARE'];
    for (const c of register) {
      const lacking = PLAN.filter((t) => !(c.registerEntry.training ?? []).includes(t));
      if (c.available) assert.deepEqual(lacking, [], JSON.stringify(c));
      for (const t of lacking)
        assert.ok(c.shortfalls.includes(`no ${t.toLowerCase().replace(/_/g, ' ')} training (care plan)`), JSON.stringify(c));
    }
  });

  it('refuses cover by a micro-carer already supporting four people, writing nothing; records agency cover with its top-up', async () => {
    const before = await tableState(hub);
    const refused = await newcastle()(RECORD, { id: coverId, input: { kind: 'MICRO_CARE_PARTNER', microEnterpriseId: full.id } });
    assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT', JSON.stringify(refused.errors));
    assert.equal(refused.errors?.[0]?.extensions?.field, 'input.microEnterpriseId');
    assert.match(refused.errors![0]!.message, /rule of four/);
    assert.deepEqual(await tableState(hub), before);

    const filled = (
      await gqlData(newcastle(), RECORD, { id: coverId, input: { kind: 'AGENCY', name: 'Tyneside Home Support', agencyTopUpPerHour: 3.5 } })
    ).recordCover;
    assert.equal(filled.status, 'FILLED');
    assert.equal(filled.coveredBy, 'AGENCY');
    assert.equal(filled.coveredByName, 'Tyneside Home Support');
    assert.equal(filled.agencyTopUpPerHour, 3.5);
    assert.ok(filled.hoursToFill >= 0 && filled.hoursToFill < 1);
    assert.deepEqual(filled.candidates, []);
    const again = await newcastle()(RECORD, { id: coverId, input: { kind: 'FAMILY', name: 'Claire' } });
    assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT');
  });

  it('a micro-carer with room may cover', async () => {
    const request = (
      await gqlData(newcastle(), REQUEST, {
        employment: aishaForEleanor.id,
        from: dayFromToday(10),
        to: dayFromToday(10),
        reason: 'PLANNED_LEAVE',
      })
    ).requestCover;
    const filled = (
      await gqlData(newcastle(), RECORD, { id: request.id, input: { kind: 'MICRO_CARE_PARTNER', microEnterpriseId: roomy.id } })
    ).recordCover;
    assert.deepEqual([filled.status, filled.coveredBy, filled.coveredByName], ['FILLED', 'MICRO_CARE_PARTNER', roomy.tradingName]);
  });

  it('an unfilled short call escalates to the council', async () => {
    const request = (
      await gqlData(newcastle(), REQUEST, { employment: aishaForEleanor.id, from: today, to: dayFromToday(1), reason: 'UNPLANNED_LEAVE' })
    ).requestCover;
    assert.equal(request.status, 'ESCALATED');
    const escalated = (await gqlData(newcastle(), `{ coverRequests(status: ESCALATED) { id } }`)).coverRequests;
    assert.deepEqual(escalated.map((r: any) => r.id).sort(), [request.id, ...seededEscalated].sort());
    const all = (await gqlData(newcastle(), `query ($id: ID!) { coverRequests(employerPersonId: $id) { status } }`, { id: ELEANOR }))
      .coverRequests;
    assert.deepEqual(
      all.map((r: any) => r.status),
      ['ESCALATED', 'FILLED', 'FILLED'],
    );
  });

  it('refuses bad input with the field and the reason, writing nothing', async () => {
    const before = await tableState(hub);
    const cases: [string, Record<string, unknown>, string][] = [
      [REQUEST, { employment: aishaForEleanor.id, from: dayFromToday(-1), to: today, reason: 'SICKNESS' }, 'from'],
      [REQUEST, { employment: aishaForEleanor.id, from: dayFromToday(4), to: dayFromToday(2), reason: 'SICKNESS' }, 'to'],
      [
        PLAN,
        { input: { employerPersonId: ELEANOR, agreedByAll: false, arrangements: [{ kind: 'BACKUP_PA' }] } },
        'input.arrangements[0].personalAssistantId',
      ],
      [
        PLAN,
        { input: { employerPersonId: ELEANOR, agreedByAll: false, arrangements: [{ kind: 'AGENCY', name: 'A', agencyTopUpPerHour: -2 }] } },
        'input.arrangements[0].agencyTopUpPerHour',
      ],
      [PLAN, { input: { employerPersonId: ELEANOR, agreedByAll: false, arrangements: [] } }, 'input.arrangements'],
      [
        PLAN,
        {
          input: { employerPersonId: ELEANOR, agreedByAll: false, arrangements: [{ kind: 'REGISTER_PA', personalAssistantId: backup.id }] },
        },
        'input.arrangements[0].kind',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const res = await newcastle()(query, variables);
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res.errors));
      assert.equal(res.errors?.[0]?.extensions?.field, field);
    }
    assert.deepEqual(await tableState(hub), before);
  });

  it('only those working with the employer may plan or ask for cover; the plan holders list is for the hub itself', async () => {
    const before = await tableState(hub);
    const durham = await hub.as('social-worker.durham')(REQUEST, {
      employment: aishaForEleanor.id,
      from: dayFromToday(3),
      to: dayFromToday(4),
      reason: 'SICKNESS',
    });
    assert.equal(durham.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(durham.errors));
    for (const user of ['trainer.newcastle-hospitals', 'commissioner.icb', 'pa.aisha-khan']) {
      const res = await hub.as(user)(PLAN, {
        input: { employerPersonId: ELEANOR, agreedByAll: false, arrangements: [{ kind: 'FAMILY', name: 'X' }] },
      });
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${user}: ${JSON.stringify(res.errors)}`);
    }
    const holders = await newcastle()(`{ contingencyPlanHolders(state: MISSING) }`);
    assert.equal(holders.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(await tableState(hub), before);
  });
});
