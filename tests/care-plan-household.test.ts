/**
 * A care plan's household (who lives in or regularly visits the home, as counts by age band only),
 * care group and SALT primary support reason, over real HTTP through the gateway: as the demo
 * region holds them; the household seen only by social workers of the council holding the plan
 * (not the NHS, not another council even under break-glass); recorded only by them, audited with
 * the caller, and refused with nothing written for bad counts or anyone else.
 */
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';
import { tableState } from './table-state.ts';

const region = buildDemoRegion();
const NEWCASTLE = 'E08000021';
const ICB = 'QHM';
const CHILD_BANDS = new Set(['UNDER_5', 'AGE_5_TO_11', 'AGE_12_TO_17']);
const BANDS = ['UNDER_5', 'AGE_5_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_64', 'AGE_65_AND_OVER'];

type Household = (typeof region.carePlanHouseholds)[number];
const householdOf = new Map(region.carePlanHouseholds.map((h) => [h.carePlanId, h]));
const newcastleSees = peopleRelatedTo(region, NEWCASTLE);
const icbSees = peopleRelatedTo(region, ICB);
/** A Newcastle plan with children in the home, of someone the ICB also funds (so its staff see the person). */
const shared = region.carePlans.find(
  (c) =>
    c.councilGssCode === NEWCASTLE &&
    newcastleSees.has(c.personId) &&
    icbSees.has(c.personId) &&
    householdOf.get(c.id)!.members.some((m) => CHILD_BANDS.has(m.ageBand)),
)!;
/** Another Newcastle plan, to write on. */
const written = region.carePlans.find((c) => c.councilGssCode === NEWCASTLE && newcastleSees.has(c.personId) && c.id !== shared.id)!;

const PLAN = `query ($id: ID!) { person(id: $id) { id carePlan { id careGroup primarySupportReason
  household { members { presence ageBand count } childrenLivingIn childrenVisiting adultsLivingIn adultsVisiting recordedOn } } } }`;
const RECORD = `mutation ($id: ID!, $input: CarePlanHouseholdInput!) { recordCarePlanHousehold(carePlanId: $id, input: $input) {
  id careGroup primarySupportReason household { members { presence ageBand count } childrenLivingIn childrenVisiting adultsLivingIn adultsVisiting recordedOn } } }`;

/** The household as the graph should show it, worked out here from the region's record. */
function expectedHousehold(h: Household) {
  const sum = (presence: string, children: boolean) =>
    h.members.filter((m) => m.presence === presence && CHILD_BANDS.has(m.ageBand) === children).reduce((s, m) => s + m.count, 0);
  return {
    members: [...h.members].sort((a, b) => a.presence.localeCompare(b.presence) || BANDS.indexOf(a.ageBand) - BANDS.indexOf(b.ageBand)),
    childrenLivingIn: sum('LIVES_IN', true),
    childrenVisiting: sum('REGULARLY_VISITS', true),
    adultsLivingIn: sum('LIVES_IN', false),
    adultsVisiting: sum('REGULARLY_VISITS', false),
    recordedOn: h.householdRecordedOn,
  };
}

describe("a care plan's household, care group and primary support reason", () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  async function refused(client: ReturnType<TestHub['as']>, variables: Record<string, unknown>, code: string, field?: string) {
    const before = await tableState(hub);
    const res = await client(RECORD, variables);
    assert.equal(res.errors?.[0]?.extensions?.code, code, JSON.stringify(res.errors));
    if (field) assert.equal(res.errors?.[0]?.extensions?.field, field, JSON.stringify(res.errors));
    assert.equal(res.data?.recordCarePlanHousehold ?? null, null);
    assert.deepEqual(await tableState(hub), before, 'a refused write changed nothing');
  }

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("the holding council's social worker sees the plan's household, care group and support reason as the demo region holds them", async () => {
    const h = householdOf.get(shared.id)!;
    const plan = (await gqlData(newcastle(), PLAN, { id: shared.personId })).person.carePlan;
    assert.deepEqual(plan, {
      id: shared.id,
      careGroup: h.careGroup,
      primarySupportReason: h.primarySupportReason,
      household: expectedHousehold(h),
    });
    assert.ok(plan.household.childrenLivingIn + plan.household.childrenVisiting > 0, 'children in the home');
  });

  it('the NHS staff who may see the person, and another council breaking the glass, see the care group but no household', async () => {
    const durham = hub.as('social-worker.durham');
    await gqlData(
      durham,
      `mutation ($p: ID!) { breakGlass(personId: $p, category: URGENT_HOSPITAL_DISCHARGE, reason: "Hospital discharge tonight and the funding council cannot be reached by phone", minutes: 30) { id } }`,
      { p: shared.personId },
    );
    for (const user of ['phb-lead.icb', 'chc-nurse.icb', 'social-worker.durham']) {
      const res = await hub.as(user)(PLAN, { id: shared.personId });
      assert.equal(res.errors, undefined, `${user}: ${JSON.stringify(res.errors)}`);
      const plan = res.data.person.carePlan;
      assert.deepEqual([plan.id, plan.careGroup, plan.household], [shared.id, householdOf.get(shared.id)!.careGroup, null], user);
    }
    // Durham sees the person through the glass, but the plan is Newcastle's to record.
    await refused(
      durham,
      { id: shared.id, input: { careGroup: 'OLDER_PEOPLE', primarySupportReason: 'PHYSICAL_PERSONAL_CARE', members: [] } },
      'FORBIDDEN',
      'carePlanId',
    );
  });

  it("records a plan's household, replacing what was there, audited with the caller", async () => {
    const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    const members = [
      { presence: 'REGULARLY_VISITS', ageBand: 'AGE_5_TO_11', count: 2 },
      { presence: 'LIVES_IN', ageBand: 'AGE_18_TO_64', count: 1 },
      { presence: 'LIVES_IN', ageBand: 'UNDER_5', count: 1 },
    ];
    const input = { careGroup: 'PHYSICAL_DISABILITY', primarySupportReason: 'PHYSICAL_ACCESS_AND_MOBILITY', members };
    const plan = (await gqlData(newcastle(), RECORD, { id: written.id, input })).recordCarePlanHousehold;
    assert.deepEqual(plan, {
      id: written.id,
      careGroup: 'PHYSICAL_DISABILITY',
      primarySupportReason: 'PHYSICAL_ACCESS_AND_MOBILITY',
      household: {
        members: [members[2], members[1], members[0]],
        childrenLivingIn: 1,
        childrenVisiting: 2,
        adultsLivingIn: 1,
        adultsVisiting: 0,
        recordedOn: dayFromToday(0),
      },
    });
    const alone = (await gqlData(newcastle(), RECORD, { id: written.id, input: { ...input, careGroup: 'OLDER_PEOPLE', members: [] } }))
      .recordCarePlanHousehold;
    assert.deepEqual([alone.careGroup, alone.household.members, alone.household.childrenVisiting], ['OLDER_PEOPLE', [], 0]);
    const audit = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2', [lastAudit, 'WRITE']);
    assert.ok(
      audit.rows.some(
        (a: any) => a.user_id === 'social-worker.newcastle' && a.outcome === 'ALLOWED' && a.record_type === 'recordCarePlanHousehold',
      ),
      JSON.stringify(audit.rows),
    );
  });

  it('refuses counts below one or above thirty and a band given twice, field by field, writing nothing', async () => {
    const base = { careGroup: 'MENTAL_HEALTH', primarySupportReason: 'MENTAL_HEALTH' };
    const cases: [unknown[], string][] = [
      [[{ presence: 'LIVES_IN', ageBand: 'UNDER_5', count: 0 }], 'input.members[0].count'],
      [[{ presence: 'LIVES_IN', ageBand: 'UNDER_5', count: -2 }], 'input.members[0].count'],
      [
        [
          { presence: 'LIVES_IN', ageBand: 'AGE_18_TO_64', count: 1 },
          { presence: 'REGULARLY_VISITS', ageBand: 'UNDER_5', count: 31 },
        ],
        'input.members[1].count',
      ],
      [
        [
          { presence: 'LIVES_IN', ageBand: 'AGE_18_TO_64', count: 1 },
          { presence: 'LIVES_IN', ageBand: 'AGE_18_TO_64', count: 2 },
        ],
        'input.members[1]',
      ],
    ];
    for (const [members, field] of cases)
      await refused(newcastle(), { id: written.id, input: { ...base, members } }, 'BAD_USER_INPUT', field);
    await refused(newcastle(), { id: 'plan-1', input: { ...base, members: [] } }, 'BAD_USER_INPUT', 'carePlanId');
  });

  it('refuses every role but social workers, and answers not found for a plan the caller may not see', async () => {
    const input = { careGroup: 'DEMENTIA', primarySupportReason: 'MEMORY_AND_COGNITION', members: [] };
    for (const user of [
      'phb-lead.icb',
      'chc-nurse.icb',
      'support-adviser.tyneside-payroll',
      'trainer.newcastle-hospitals',
      'commissioner.icb',
      'pa.aisha-khan',
      'person.eleanor-robson',
      'dpo.continuum',
    ]) {
      await refused(hub.as(user), { id: shared.id, input }, 'FORBIDDEN');
    }
    const stockton = region.carePlans.find((c) => c.councilGssCode === 'E06000004' && !newcastleSees.has(c.personId))!;
    await refused(newcastle(), { id: stockton.id, input }, 'NOT_FOUND', 'carePlanId');
  });
});
