/**
 * DBS checks over real HTTP through the gateway: each PA's checks as the demo region holds them
 * (level, barred lists, who requested, processed and paid, the Update Service, the result and,
 * after a negative return, the recorded discussion and decision — never what was disclosed);
 * whether a check can be relied on for a new employment in a role and household, and why not;
 * and the four writes, each for the roles its rule names, audited with the caller, and refused
 * with nothing written when the caller may not make it or the input is wrong.
 */
import { buildDemoRegion, demoUser } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, pasVisibleTo, startTestHub, type Client, type TestHub } from './helpers.ts';
import { assertRefusedWrite, writeAuditSince } from './refused-write.ts';

const region = buildDemoRegion();
const ELEANOR = demoUser('person.eleanor-robson').personId!;
const AISHA = demoUser('pa.aisha-khan').personalAssistantId!;
/** Another of Eleanor's PAs: the writes are made on them, so Aisha's checks stay as seeded. */
const OTHER_PA = region.employments.find((e) => e.employerPersonId === ELEANOR && e.personalAssistantId !== AISHA)!.personalAssistantId;
const NEWCASTLE = 'E08000021';
const TYNESIDE_PAYROLL = demoUser('support-adviser.tyneside-payroll').organisationCode;
const DURHAM = demoUser('social-worker.durham').organisationCode;
const newcastleSees = pasVisibleTo(region, NEWCASTLE);

const CHECK_FIELDS = `id status checkedOn current level adultsBarredList childrenBarredList appliedOn paidBy result
  processedBy { kind organisationCode } updateService { subscribedOn lastStatusCheckOn lastStatusCheckResult }`;
const CHECKS = `query ($id: ID!) { personalAssistant(id: $id) { id dbsCheck { ${CHECK_FIELDS} } dbsChecks { ${CHECK_FIELDS} } } }`;
const RESTRICTED = `query ($id: ID!) { personalAssistant(id: $id) { dbsChecks { id level requestedBy { id } negativeReturnDecision { decision } } } }`;
const SUFFICIENT = `query ($id: ID!, $role: DbsRole!, $household: DbsHouseholdInput) {
  personalAssistant(id: $id) { dbsSufficientFor(role: $role, household: $household) {
    sufficient requiredLevel adultsBarredListRequired childrenBarredListRequired shortfalls check { id } } } }`;
const RECORD = `mutation ($input: RecordDbsCheckInput!) { recordDbsCheck(input: $input) { ${CHECK_FIELDS} requestedBy { id } } }`;
const CERTIFICATE = `mutation ($id: ID!, $on: Date!, $result: DbsResult!) { recordDbsCertificate(id: $id, issuedOn: $on, result: $result) { id status checkedOn result } }`;
const STATUS_CHECK = `mutation ($id: ID!, $input: RecordDbsStatusCheckInput!) { recordDbsStatusCheck(id: $id, input: $input) { id updateService { subscribedOn lastStatusCheckOn lastStatusCheckResult } } }`;
const DECISION = `mutation ($id: ID!, $input: RecordDbsDecisionInput!) { recordDbsNegativeReturnDecision(id: $id, input: $input) {
  id negativeReturnDecision { discussionHeldOn discussedWith decision decidedOn } } }`;

type Check = (typeof region.dbsChecks)[number];
/** What the graph should show of a seeded check. */
const view = (c: Check) => ({
  id: c.id,
  status: c.result ?? 'IN_PROGRESS',
  checkedOn: c.certificateIssuedOn,
  level: c.level,
  adultsBarredList: c.adultsBarredList,
  childrenBarredList: c.childrenBarredList,
  appliedOn: c.appliedOn,
  paidBy: c.paidBy,
  result: c.result,
  processedBy: { kind: c.processedByKind, organisationCode: c.processedByCode },
  updateService: c.updateServiceSubscribedOn
    ? { subscribedOn: c.updateServiceSubscribedOn, lastStatusCheckOn: c.lastStatusCheckOn, lastStatusCheckResult: c.lastStatusCheckResult }
    : null,
});
const withoutCurrent = ({ current: _current, ...rest }: Record<string, unknown>) => rest;

describe('DBS checks: reusable, status only, decided on openly after a negative return', () => {
  let hub: TestHub;
  let auditSince: () => Promise<any[]>;
  const newcastle = () => hub.as('social-worker.newcastle');
  const adviser = () => hub.as('support-adviser.tyneside-payroll');
  const refused = (client: Client, query: string, variables: Record<string, unknown>, code: string, field?: string) =>
    assertRefusedWrite(hub, client, query, variables, code, field);

  beforeAll(async () => {
    hub = await startTestHub();
    auditSince = writeAuditSince(hub);
    await auditSince();
  });
  afterAll(() => hub.stop());

  describe('reading', () => {
    it("shows a PA's checks as the demo region holds them, newest first, and the summary with the check behind it", async () => {
      const expected = region.dbsChecks.filter((c) => c.personalAssistantId === AISHA);
      assert.equal(expected.length, 1, 'Aisha Khan has one certificate on record');
      const pa = (await gqlData(newcastle(), CHECKS, { id: AISHA })).personalAssistant;
      assert.deepEqual(pa.dbsChecks.map(withoutCurrent), expected.map(view));
      assert.deepEqual(withoutCurrent(pa.dbsCheck), view(expected[0]!));
      assert.equal(pa.dbsCheck.current, true);
    });

    it('a PA never checked has no check record, only the status, and no certificate to rely on', async () => {
      const unchecked = region.personalAssistants.find((p) => p.dbsStatus === 'NOT_CHECKED' && newcastleSees.has(p.id))!;
      const pa = (
        await gqlData(
          newcastle(),
          `query ($id: ID!) { personalAssistant(id: $id) { dbsCheck { status id level } dbsChecks { id } dbsSufficientFor(role: DOMESTIC_SUPPORT) { sufficient shortfalls check { id } } } }`,
          { id: unchecked.id },
        )
      ).personalAssistant;
      assert.deepEqual(pa, {
        dbsCheck: { status: 'NOT_CHECKED', id: null, level: null },
        dbsChecks: [],
        dbsSufficientFor: { sufficient: false, shortfalls: ['NO_CERTIFICATE'], check: null },
      });
      assert.equal(
        region.dbsChecks.length,
        region.personalAssistants.filter((p) => p.dbsStatus !== 'NOT_CHECKED').length,
        'one check behind every status but NOT_CHECKED',
      );
    });

    it('processing splits as the seeds say: about 45% councils, 35% support organisations', () => {
      const share = (kind: string) => region.dbsChecks.filter((c) => c.processedByKind === kind).length / region.dbsChecks.length;
      assert.ok(Math.abs(share('COUNCIL') - 0.45) < 0.03, `councils ${share('COUNCIL')}`);
      assert.ok(Math.abs(share('SUPPORT_ORGANISATION') - 0.35) < 0.03, `support organisations ${share('SUPPORT_ORGANISATION')}`);
    });

    it('who asked for a check and the decision after a negative return are for those deciding on employment, not a trainer', async () => {
      const seen = (await gqlData(newcastle(), RESTRICTED, { id: AISHA })).personalAssistant.dbsChecks;
      const seeded = region.dbsChecks.find((c) => c.personalAssistantId === AISHA)!;
      assert.deepEqual(seen, [
        { id: seeded.id, level: 'ENHANCED', requestedBy: { id: seeded.requestedByPersonId }, negativeReturnDecision: null },
      ]);
      const trainer = await hub.as('trainer.newcastle-hospitals')(RESTRICTED, { id: AISHA });
      assert.deepEqual(trainer.errors?.map((e) => [e.extensions?.code, e.extensions?.field]).sort(), [
        ['FORBIDDEN', 'negativeReturnDecision'],
        ['FORBIDDEN', 'requestedBy'],
      ]);
      const level = await hub.as('trainer.newcastle-hospitals')(
        `query ($id: ID!) { personalAssistant(id: $id) { dbsChecks { level current } } }`,
        {
          id: AISHA,
        },
      );
      assert.equal(level.errors, undefined, 'the level and currency are the PA profile the trainer sees');
      assert.deepEqual(level.data.personalAssistant.dbsChecks, [{ level: 'ENHANCED', current: true }]);
      for (const user of ['commissioner.icb', 'social-worker.durham']) {
        const res = await hub.as(user)(RESTRICTED, { id: AISHA });
        assert.equal(res.data?.personalAssistant ?? null, null, user);
        assert.ok(
          ['FORBIDDEN', 'NOT_FOUND'].includes(res.errors?.[0]?.extensions?.code as string),
          `${user}: ${JSON.stringify(res.errors)}`,
        );
      }
    });
  });

  describe('Query.dbsChecks', () => {
    const LIST = `query ($filter: DbsCheckFilter, $first: Int, $after: String) {
      dbsChecks(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id personalAssistant { id } } } } }`;
    const newestFirst = (a: Check, b: Check) =>
      (b.certificateIssuedOn ?? '9999').localeCompare(a.certificateIssuedOn ?? '9999') || a.id.localeCompare(b.id);
    const seenBy = (c: Check) => newcastleSees.has(c.personalAssistantId);

    it('lists only the checks of PAs the caller may see, newest certificate first, in pages', async () => {
      const expected = region.dbsChecks.filter(seenBy).sort(newestFirst);
      const first = (await gqlData(newcastle(), LIST, { first: 100 })).dbsChecks;
      assert.equal(first.totalCount, expected.length);
      const second = (await gqlData(newcastle(), LIST, { first: 100, after: first.pageInfo.endCursor })).dbsChecks;
      assert.deepEqual(
        [...first.edges, ...second.edges].map((e: any) => [e.node.id, e.node.personalAssistant.id]),
        expected.slice(0, 200).map((c) => [c.id, c.personalAssistantId]),
      );
    });

    it('filters the negative returns with and without a recorded decision, and by PA', async () => {
      const cases: [Record<string, unknown>, (c: Check) => boolean][] = [
        [{ result: 'INFORMATION_DISCLOSED' }, (c) => c.result === 'INFORMATION_DISCLOSED'],
        [{ result: 'INFORMATION_DISCLOSED', decisionRecorded: false }, (c) => c.result === 'INFORMATION_DISCLOSED' && c.decision === null],
        [{ decisionRecorded: true }, (c) => c.decision !== null],
        [{ personalAssistantId: AISHA }, (c) => c.personalAssistantId === AISHA],
      ];
      for (const [filter, matches] of cases) {
        const expected = region.dbsChecks.filter((c) => seenBy(c) && matches(c)).sort(newestFirst);
        const page = (await gqlData(newcastle(), LIST, { filter, first: 100 })).dbsChecks;
        assert.deepEqual(
          page.edges.map((e: any) => e.node.id),
          expected.map((c) => c.id),
          JSON.stringify(filter),
        );
        assert.equal(page.totalCount, expected.length);
      }
    });

    it('refuses a malformed PA id, a page above 100 and a cursor it did not issue; a commissioner sees none', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ filter: { personalAssistantId: 'pa-1' } }, 'filter.personalAssistantId'],
        [{ first: 101 }, 'first'],
        [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
      ];
      for (const [vars, field] of cases) {
        const res = await newcastle()(LIST, vars);
        assert.deepEqual(
          [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field],
          ['BAD_USER_INPUT', field],
          JSON.stringify(vars),
        );
      }
      const res = await hub.as('commissioner.icb')(LIST, {});
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    });
  });

  describe('dbsSufficientFor', () => {
    it("Aisha's enhanced check with the adults' barred list, on the Update Service and status-checked this month, serves for personal care", async () => {
      const answer = (await gqlData(newcastle(), SUFFICIENT, { id: AISHA, role: 'PERSONAL_CARE' })).personalAssistant.dbsSufficientFor;
      assert.deepEqual(answer, {
        sufficient: true,
        requiredLevel: 'ENHANCED',
        adultsBarredListRequired: true,
        childrenBarredListRequired: false,
        shortfalls: [],
        check: { id: region.dbsChecks.find((c) => c.personalAssistantId === AISHA)!.id },
      });
    });

    it("with a child visiting the home it also needs the children's barred list, and says so", async () => {
      const answer = (await gqlData(newcastle(), SUFFICIENT, { id: AISHA, role: 'DOMESTIC_SUPPORT', household: { childrenVisiting: 1 } }))
        .personalAssistant.dbsSufficientFor;
      assert.deepEqual(
        [answer.sufficient, answer.requiredLevel, answer.childrenBarredListRequired, answer.shortfalls],
        [false, 'ENHANCED', true, ['CHILDREN_BARRED_LIST_NOT_SEARCHED']],
      );
    });

    it('names every shortfall of the seeded checks as the rule says (a sample of PAs the social worker may see)', async () => {
      // One certificate per PA in the demo region, so the check judged is that one.
      const sample = region.dbsChecks.filter(
        (c) => c.result !== null && c.personalAssistantId !== AISHA && newcastleSees.has(c.personalAssistantId),
      );
      const kinds = (c: Check) =>
        `${c.level}/${c.adultsBarredList}/${!!c.updateServiceSubscribedOn}/${c.lastStatusCheckResult}/${c.result}`;
      // Every kind of check the region holds, once each, plus the first few.
      const picked = [...new Map(sample.map((c) => [kinds(c), c])).values(), ...sample.slice(0, 20)];
      let judged = 0;
      for (const c of picked) {
        const res = await newcastle()(SUFFICIENT, { id: c.personalAssistantId, role: 'PERSONAL_CARE' });
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const expected: string[] = [];
        if (c.level !== 'ENHANCED') expected.push('LEVEL_TOO_LOW');
        if (!c.adultsBarredList) expected.push('ADULTS_BARRED_LIST_NOT_SEARCHED');
        if (!c.updateServiceSubscribedOn) expected.push('NOT_ON_UPDATE_SERVICE');
        else if (c.lastStatusCheckResult === 'NEW_INFORMATION') expected.push('NEW_INFORMATION');
        else if (!c.lastStatusCheckOn || c.lastStatusCheckOn < dayFromToday(-28)) expected.push('STATUS_CHECK_DUE');
        if (c.result === 'INFORMATION_DISCLOSED') expected.push('INFORMATION_DISCLOSED');
        assert.deepEqual(res.data.personalAssistant.dbsSufficientFor.shortfalls, expected, c.id);
        assert.equal(res.data.personalAssistant.dbsSufficientFor.sufficient, expected.length === 0, c.id);
        judged++;
      }
      assert.ok(
        judged >= 20 && picked.some((c) => c.result === 'INFORMATION_DISCLOSED') && picked.some((c) => c.level !== 'ENHANCED'),
        `judged ${judged} checks`,
      );
    });

    it('refuses a negative or impossible count of children', async () => {
      for (const household of [{ childrenLivingIn: -1 }, { childrenVisiting: 99 }]) {
        const res = await newcastle()(SUFFICIENT, { id: AISHA, role: 'PERSONAL_CARE', household });
        const field = `household.${Object.keys(household)[0]}`;
        assert.deepEqual([res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field], ['BAD_USER_INPUT', field]);
      }
    });
  });

  describe('writes', () => {
    it('a council records an application for an employer, then its certificate: the PA summary follows, audited with the caller', async () => {
      const before = (await gqlData(newcastle(), CHECKS, { id: OTHER_PA })).personalAssistant.dbsCheck;
      await auditSince();
      const made = (
        await gqlData(newcastle(), RECORD, {
          input: {
            personalAssistantId: OTHER_PA,
            level: 'ENHANCED',
            adultsBarredList: true,
            childrenBarredList: true,
            requestedByPersonId: ELEANOR,
            appliedOn: dayFromToday(-10),
            paidBy: 'DIRECT_PAYMENT',
          },
        })
      ).recordDbsCheck;
      assert.deepEqual(
        [made.status, made.result, made.checkedOn, made.processedBy, made.requestedBy, made.updateService],
        ['IN_PROGRESS', null, null, { kind: 'COUNCIL', organisationCode: NEWCASTLE }, { id: ELEANOR }, null],
      );
      const audit = await auditSince();
      assert.ok(
        audit.some((a) => a.user_id === 'social-worker.newcastle' && a.outcome === 'ALLOWED' && a.record_type === 'recordDbsCheck'),
        JSON.stringify(audit),
      );
      // Another organisation did not process it: it may not record its certificate.
      await refused(adviser(), CERTIFICATE, { id: made.id, on: dayFromToday(-1), result: 'CLEAR' }, 'FORBIDDEN', 'id');
      await refused(newcastle(), CERTIFICATE, { id: made.id, on: dayFromToday(1), result: 'CLEAR' }, 'BAD_USER_INPUT', 'issuedOn');
      await refused(newcastle(), CERTIFICATE, { id: made.id, on: dayFromToday(-11), result: 'CLEAR' }, 'BAD_USER_INPUT', 'issuedOn');
      const issued = (await gqlData(newcastle(), CERTIFICATE, { id: made.id, on: dayFromToday(-1), result: 'CLEAR' })).recordDbsCertificate;
      assert.deepEqual([issued.status, issued.checkedOn, issued.result], ['CLEAR', dayFromToday(-1), 'CLEAR']);
      await refused(newcastle(), CERTIFICATE, { id: made.id, on: dayFromToday(0), result: 'CLEAR' }, 'CONFLICT', 'id');
      const after = (await gqlData(newcastle(), CHECKS, { id: OTHER_PA })).personalAssistant;
      assert.deepEqual([after.dbsCheck.id, after.dbsCheck.status, after.dbsCheck.checkedOn], [made.id, 'CLEAR', dayFromToday(-1)]);
      assert.equal(after.dbsChecks[0].id, made.id, 'the newest first');
      assert.notDeepEqual(after.dbsCheck, before);

      // Not on the Update Service: a status check needs the subscription's day first.
      await refused(
        newcastle(),
        STATUS_CHECK,
        { id: made.id, input: { checkedOn: dayFromToday(0), result: 'NO_NEW_INFORMATION' } },
        'BAD_USER_INPUT',
        'input.subscribedOn',
      );
      await refused(
        newcastle(),
        STATUS_CHECK,
        { id: made.id, input: { checkedOn: dayFromToday(0), result: 'NO_NEW_INFORMATION', subscribedOn: dayFromToday(-5) } },
        'BAD_USER_INPUT',
        'input.subscribedOn',
      );
      const checked = (
        await gqlData(adviser(), STATUS_CHECK, {
          id: made.id,
          input: { checkedOn: dayFromToday(0), result: 'NO_NEW_INFORMATION', subscribedOn: dayFromToday(0) },
        })
      ).recordDbsStatusCheck;
      assert.deepEqual(checked.updateService, {
        subscribedOn: dayFromToday(0),
        lastStatusCheckOn: dayFromToday(0),
        lastStatusCheckResult: 'NO_NEW_INFORMATION',
      });
      const reusable = (await gqlData(newcastle(), SUFFICIENT, { id: OTHER_PA, role: 'PERSONAL_CARE', household: { childrenLivingIn: 2 } }))
        .personalAssistant.dbsSufficientFor;
      assert.deepEqual([reusable.sufficient, reusable.check.id], [true, made.id]);
    });

    it('a negative return: the discussion and decision are recorded once, with the employer and applicant, never the content', async () => {
      const made = (
        await gqlData(adviser(), RECORD, {
          input: {
            personalAssistantId: OTHER_PA,
            level: 'ENHANCED',
            adultsBarredList: true,
            appliedOn: dayFromToday(-30),
            paidBy: 'SUPPORT_ORGANISATION',
            certificateIssuedOn: dayFromToday(-20),
            result: 'INFORMATION_DISCLOSED',
            updateServiceSubscribedOn: dayFromToday(-19),
          },
        })
      ).recordDbsCheck;
      assert.deepEqual(made.processedBy, { kind: 'SUPPORT_ORGANISATION', organisationCode: TYNESIDE_PAYROLL });
      const input = {
        discussionHeldOn: dayFromToday(-10),
        discussedWith: ['EMPLOYER', 'APPLICANT', 'CARE_MANAGER'],
        decision: 'PROCEED_WITH_SAFEGUARDS',
      };
      await refused(
        newcastle(),
        DECISION,
        { id: made.id, input: { ...input, discussedWith: ['EMPLOYER', 'CARE_MANAGER'] } },
        'BAD_USER_INPUT',
        'input.discussedWith',
      );
      await refused(
        newcastle(),
        DECISION,
        { id: made.id, input: { ...input, discussionHeldOn: dayFromToday(2) } },
        'BAD_USER_INPUT',
        'input.discussionHeldOn',
      );
      await refused(
        newcastle(),
        DECISION,
        { id: made.id, input: { ...input, discussionHeldOn: dayFromToday(-25) } },
        'BAD_USER_INPUT',
        'input.discussionHeldOn',
      );
      await refused(
        newcastle(),
        DECISION,
        { id: made.id, input: { ...input, decidedOn: dayFromToday(-11) } },
        'BAD_USER_INPUT',
        'input.decidedOn',
      );
      await refused(hub.as('chc-nurse.icb'), DECISION, { id: made.id, input }, 'FORBIDDEN');
      const decided = (await gqlData(newcastle(), DECISION, { id: made.id, input })).recordDbsNegativeReturnDecision;
      assert.deepEqual(decided.negativeReturnDecision, { ...input, decidedOn: input.discussionHeldOn });
      await refused(newcastle(), DECISION, { id: made.id, input }, 'CONFLICT', 'id');
      const clear = region.dbsChecks.find((c) => c.personalAssistantId === AISHA)!;
      await refused(newcastle(), DECISION, { id: clear.id, input }, 'CONFLICT', 'id');
      const rule = (await gqlData(newcastle(), SUFFICIENT, { id: OTHER_PA, role: 'SOCIAL_SUPPORT' })).personalAssistant.dbsSufficientFor;
      assert.equal(rule.sufficient, true, 'the clear certificate recorded earlier still serves');
    });

    it('refuses bad input field by field, writing nothing', async () => {
      const input = { personalAssistantId: OTHER_PA, level: 'ENHANCED', appliedOn: dayFromToday(-10), paidBy: 'COUNCIL' };
      const cases: [Record<string, unknown>, string][] = [
        [{ certificateIssuedOn: dayFromToday(3), result: 'CLEAR' }, 'input.certificateIssuedOn'],
        [{ appliedOn: dayFromToday(1) }, 'input.appliedOn'],
        [{ certificateIssuedOn: dayFromToday(-12), result: 'CLEAR' }, 'input.certificateIssuedOn'],
        [{ certificateIssuedOn: dayFromToday(-1) }, 'input.result'],
        [{ result: 'CLEAR' }, 'input.certificateIssuedOn'],
        [{ level: 'BASIC', adultsBarredList: true }, 'input.adultsBarredList'],
        [{ level: 'STANDARD', childrenBarredList: true }, 'input.childrenBarredList'],
        [{ updateServiceSubscribedOn: dayFromToday(-1) }, 'input.updateServiceSubscribedOn'],
        [
          { certificateIssuedOn: dayFromToday(-2), result: 'CLEAR', updateServiceSubscribedOn: dayFromToday(-3) },
          'input.updateServiceSubscribedOn',
        ],
        [{ requestedByPersonId: 'employer-1' }, 'input.requestedByPersonId'],
        [{ personalAssistantId: 'pa-1' }, 'input.personalAssistantId'],
      ];
      for (const [change, field] of cases) await refused(newcastle(), RECORD, { input: { ...input, ...change } }, 'BAD_USER_INPUT', field);
    });

    it('refuses roles the rule does not name, and answers not found for a PA the caller may not see', async () => {
      const input = { personalAssistantId: AISHA, level: 'ENHANCED', appliedOn: dayFromToday(-10), paidBy: 'COUNCIL' };
      for (const user of [
        'chc-nurse.icb',
        'phb-lead.icb',
        'trainer.newcastle-hospitals',
        'commissioner.icb',
        'pa.aisha-khan',
        'person.eleanor-robson',
        'dpo.continuum',
      ]) {
        await refused(hub.as(user), RECORD, { input }, 'FORBIDDEN');
      }
      assert.equal(pasVisibleTo(region, DURHAM).has(AISHA), false, 'Durham does not work with Aisha');
      await refused(hub.as('social-worker.durham'), RECORD, { input }, 'NOT_FOUND', 'input.personalAssistantId');
      const audit = await auditSince();
      assert.ok(
        audit.some((a) => a.user_id === 'social-worker.durham' && a.outcome === 'DENIED'),
        'the refusal is audited',
      );
    });
  });
});
