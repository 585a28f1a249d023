/**
 * The audit trail names the real caller of every write, made or refused, and the user behind
 * every call the hub's own services make for someone: a report computed for a user, a funder's
 * reconcile that opens and ends episodes in other subgraphs.
 */
import { generateSigningKey, signToken, DEMO_ISSUER, DEFAULT_AUDIENCE, signServiceToken, type AuditEventRow } from '@continuum/access';
import { demoUser } from '@continuum/demo';
import { claimsFromCaller } from '@continuum/runtime';
import { dayFromToday, postGraphQL } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { funderUser, startTestHub, type TestHub } from './helpers.ts';
import { agreeAll, candidates, gql, pick, PROPOSE, region } from './transition-journeys.ts';

const NE = new Set(region.councils.filter((c) => c.nation === 'ENGLAND').map((c) => c.gssCode));
const ELEANOR = region.people.find((p) => p.nhsNumber === '9991112227')!.id;

const ACCESS_LOG = `query ($id: ID) { person(id: $id) { accessLog(first: 100) { edges { node { userId action outcome refusal onBehalfOf { userId userName organisationCode role } } } } } }`;
const COUNCIL_ANSWER = `mutation ($id: ID!, $code: String!) {
  respondToTransitionAsCouncil(transitionId: $id, councilGssCode: $code, decision: AGREE, respondedBy: "DP team leader") { decision }
}`;

describe("the audit trail names the real caller of every write and the user behind the hub's services", () => {
  let hub: TestHub;
  const lastId = async () => Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS id FROM audit_event')).rows[0].id);
  const rowsAfter = async (id: number) =>
    (await hub.accessStore.pool.query<AuditEventRow>('SELECT * FROM audit_event WHERE id > $1 ORDER BY id', [id])).rows;
  const transitions = async (personId: string) =>
    Number(
      (
        (await (hub.subgraph('people').database.client as any).$queryRawUnsafe(
          'SELECT count(*)::int AS n FROM transition WHERE person_id = $1::uuid',
          personId,
        )) as { n: number }[]
      )[0].n,
    );

  /** A council's direct payment holder proposed for a move to the ICB's PHB, by the council. */
  async function proposed() {
    const dp = pick(
      candidates(
        region.directPayments.filter((d) => NE.has(d.councilGssCode)),
        (n) => n >= 1,
      ),
    );
    const input = {
      personId: dp.personId,
      fromEpisodeId: dp.id,
      toVehicle: 'PERSONAL_HEALTH_BUDGET',
      toFunderCode: 'QHM',
      effectiveDate: dayFromToday(14),
      proposedBy: dp.councilGssCode,
      reason: 'Eligible for NHS funding after a deterioration in health',
      newPlan: { weeklyAmount: 420, hourlyRate: 15, hoursPerWeek: 28, phbManagement: 'NOTIONAL' },
    };
    const transition = (await gql(hub, funderUser(dp.councilGssCode), PROPOSE, { input })).proposeTransition;
    return { dp, input, transition };
  }

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("a council's answer to a transition leaves a WRITE row naming the user who gave it, the transition and ALLOWED", async () => {
    const { dp, transition } = await proposed();
    const user = funderUser(dp.councilGssCode);
    const from = await lastId();
    await gql(hub, user, COUNCIL_ANSWER, { id: transition.id, code: dp.councilGssCode });
    const writes = (await rowsAfter(from)).filter((r) => r.action === 'WRITE');
    assert.equal(writes.length, 1, JSON.stringify(writes));
    const [w] = writes;
    assert.deepEqual(
      [w.subgraph, w.user_id, w.user_name, w.organisation_code, w.role, w.outcome, w.refusal, w.on_behalf_of_user_id],
      ['councils', user.userId, user.name, dp.councilGssCode, 'SOCIAL_WORKER', 'ALLOWED', null, null],
    );
    assert.ok(w.record_ids.includes(transition.id), `the transition is named: ${w.record_ids}`);
  });

  it('a write refused for the wrong organisation is a WRITE row, DENIED with FORBIDDEN, and nothing is written', async () => {
    const { dp, transition } = await proposed();
    const other = [...NE].find((c) => c !== dp.councilGssCode)!;
    const from = await lastId();
    const res = await hub.as(funderUser(other))(COUNCIL_ANSWER, { id: transition.id, code: dp.councilGssCode });
    assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const writes = (await rowsAfter(from)).filter((r) => r.action === 'WRITE');
    assert.equal(writes.length, 1, JSON.stringify(writes));
    assert.deepEqual(
      [writes[0].user_id, writes[0].organisation_code, writes[0].outcome, writes[0].refusal],
      [funderUser(other).userId, other, 'DENIED', 'FORBIDDEN'],
    );
    assert.ok(writes[0].record_ids.includes(transition.id));
    const state = (
      await gql(hub, funderUser(dp.councilGssCode), `query ($id: ID!) { transition(id: $id) { status } }`, { id: transition.id })
    ).transition;
    assert.equal(state.status, 'PROPOSED', 'no answer recorded');
  });

  it('a write the rule let through but the resolver refused (bad input) is DENIED with BAD_USER_INPUT, not ALLOWED, and nothing is written', async () => {
    const dp = pick(
      candidates(
        region.directPayments.filter((d) => NE.has(d.councilGssCode)),
        (n) => n >= 1,
      ),
    );
    const user = funderUser(dp.councilGssCode);
    const before = await transitions(dp.personId);
    const from = await lastId();
    const input = {
      personId: dp.personId,
      fromEpisodeId: dp.id,
      toVehicle: 'PERSONAL_HEALTH_BUDGET',
      toFunderCode: 'QHM',
      effectiveDate: dayFromToday(14),
      proposedBy: dp.councilGssCode,
      reason: 'Eligible for NHS funding after a deterioration in health',
      newPlan: { weeklyAmount: -5, hourlyRate: 15, hoursPerWeek: 28, phbManagement: 'NOTIONAL' },
    };
    const res = await hub.as(user)(PROPOSE, { input });
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res.errors));
    const writes = (await rowsAfter(from)).filter((r) => r.action === 'WRITE');
    assert.ok(writes.length >= 1);
    for (const w of writes)
      assert.deepEqual([w.user_id, w.outcome, w.refusal, w.person_id], [user.userId, 'DENIED', 'BAD_USER_INPUT', dp.personId]);
    assert.equal(await transitions(dp.personId), before, 'no transition written');
    // The data protection officer sees the refusal and its code in the person's access log.
    const log = (await gql(hub, 'dpo.continuum', ACCESS_LOG, { id: dp.personId })).person.accessLog.edges.map((e: any) => e.node);
    assert.ok(
      log.some((n: any) => n.userId === user.userId && n.action === 'WRITE' && n.outcome === 'DENIED' && n.refusal === 'BAD_USER_INPUT'),
      JSON.stringify(log),
    );
  });

  it("when a funder's reconcile makes the move, the other subgraphs' WRITE rows name the hub's service and the user it acted for", async () => {
    const { dp, transition } = await proposed();
    await agreeAll(hub, transition);
    const user = funderUser(dp.councilGssCode);
    const from = await lastId();
    const done = (
      await gql(hub, user, `mutation ($id: ID!) { reconcileTransition(id: $id) { status newEpisode { id } } }`, { id: transition.id })
    ).reconcileTransition;
    assert.equal(done.status, 'EFFECTIVE');
    const rows = await rowsAfter(from);
    const service = rows.filter((r) => r.user_id === 'service:hub');
    assert.ok(service.length > 0, 'the coordinator called the other subgraphs');
    for (const r of service) {
      assert.deepEqual(
        [r.role, r.on_behalf_of_user_id, r.on_behalf_of_user_name, r.on_behalf_of_organisation_code, r.on_behalf_of_role],
        ['HUB_SERVICE', user.userId, user.name, dp.councilGssCode, 'SOCIAL_WORKER'],
        JSON.stringify(r),
      );
    }
    const opened = service.find((r) => r.subgraph === 'health' && r.action === 'WRITE' && r.record_ids.includes(done.newEpisode.id));
    assert.ok(opened, 'the new PHB, opened in health, is a WRITE row');
    assert.deepEqual([opened.person_id, opened.outcome], [dp.personId, 'ALLOWED']);
    const ended = service.find((r) => r.subgraph === 'councils' && r.action === 'WRITE' && r.record_ids.includes(dp.id));
    assert.ok(ended, 'the direct payment, ended in councils, is a WRITE row');
    assert.equal(ended.person_id, dp.personId);
  });

  it("a report computed for a user leaves rows in the subgraphs it asks that name the user and the hub's service", async () => {
    const from = await lastId();
    await gql(
      hub,
      'phb-lead.icb',
      `query ($id: ID!) { continuityReport(personId: $id) { personRecords personalAssistants { personalAssistant { id } } } }`,
      { id: ELEANOR },
    );
    const rows = await rowsAfter(from);
    const forHer = rows.filter((r) => r.user_id === 'service:hub' && r.person_id === ELEANOR);
    assert.ok(forHer.length > 0, "the report read the person's records through the hub's service");
    const user = demoUser('phb-lead.icb');
    for (const r of forHer) {
      assert.deepEqual(
        [r.user_name, r.role, r.on_behalf_of_user_id, r.on_behalf_of_user_name, r.on_behalf_of_organisation_code, r.on_behalf_of_role],
        ['Continuum hub service', 'HUB_SERVICE', 'phb-lead.icb', user.name, 'QHM', 'PHB_LEAD'],
      );
    }
    // Her record from people, funding from councils and health, the PA team from support: each names her.
    assert.deepEqual([...new Set(forHer.map((r) => r.subgraph))].sort(), ['councils', 'health', 'people', 'support']);
    assert.deepEqual(
      rows.filter((r) => r.user_id === 'service:hub' && r.on_behalf_of_user_id === null),
      [],
      'nothing read for no one',
    );
    // Her access log, as the data protection officer reads it, names the user behind the hub's service.
    const log = (await gql(hub, 'dpo.continuum', ACCESS_LOG, { id: ELEANOR })).person.accessLog.edges.map((e: any) => e.node);
    const viaService = log.filter((n: any) => n.userId === 'service:hub');
    assert.ok(viaService.length > 0);
    for (const n of viaService)
      assert.deepEqual(n.onBehalfOf, { userId: 'phb-lead.icb', userName: user.name, organisationCode: 'QHM', role: 'PHB_LEAD' });
  });

  it("only the hub's services may act for someone: a user token naming another user is refused, and so is a service token acting for a service", async () => {
    const sw = demoUser('social-worker.newcastle');
    const claims = {
      ...claimsFromCaller(sw),
      on_behalf_of: { sub: 'dpo.continuum', name: 'DPO', org: 'CONTINUUM', role: 'DATA_PROTECTION_OFFICER' },
    };
    const userToken = await signToken(hub.keys.identityProvider, claims, {
      issuer: DEMO_ISSUER,
      audience: DEFAULT_AUDIENCE,
      subject: sw.userId,
      seconds: 600,
    });
    const asUser = await postGraphQL(hub.gatewayUrl, '{ people(first: 1) { totalCount } }', {}, { authorization: `Bearer ${userToken}` });
    assert.equal(asUser.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const serviceToken = await signServiceToken(hub.keys.services, 'hub', DEFAULT_AUDIENCE, {
      userId: 'service:other',
      name: 'Other',
      organisationCode: 'CONTINUUM',
      role: 'HUB_SERVICE',
    });
    const asService = await postGraphQL(
      hub.gatewayUrl,
      '{ people(first: 1) { totalCount } }',
      {},
      { authorization: `Bearer ${serviceToken}` },
    );
    assert.equal(asService.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    // A key the hub does not trust cannot sign a service acting for a user either.
    const stranger = await generateSigningKey();
    const forged = await signServiceToken(stranger, 'hub', DEFAULT_AUDIENCE, {
      userId: sw.userId,
      name: sw.name,
      organisationCode: sw.organisationCode,
      role: sw.role,
    });
    assert.equal(
      (await postGraphQL(hub.gatewayUrl, '{ people(first: 1) { totalCount } }', {}, { authorization: `Bearer ${forged}` })).errors?.[0]
        ?.extensions?.code,
      'UNAUTHENTICATED',
    );
  });
});
