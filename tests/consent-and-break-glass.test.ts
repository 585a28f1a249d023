/**
 * Consent and objection per person (purpose, organisations, period) honoured by every subgraph;
 * break-glass access with a reason, a time limit and a review; an audit trail no one can change.
 */
import { demoUser, buildDemoRegion } from '@continuum/demo';
import { signInternalToken } from '@continuum/access';
import { dayFromToday, freshDatabase, postGraphQL, type GraphQLResponse } from '@continuum/dev/testing';
import pg from 'pg';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const ELEANOR = region.featured.movedDirectPaymentToPhb;
const RECORD = `query ($id: ID) { person(id: $id) { familyName fundingHistory { __typename } paTeam { id } } }`;
const RECORD_CONSENT = `mutation ($i: RecordConsentInput!) { recordConsent(input: $i) { id kind purpose organisationCodes validFrom validTo active recordedBy } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawConsent(id: $id) { id active withdrawnAt withdrawnBy } }`;
const TODAY = dayFromToday(0);
/** Eleanor recording her own consent or objection, signed in as herself. */
const HERSELF = { givenBy: 'PERSON', method: 'SIGNED_IN_PERSON' };
/** Her social worker recording what she said. */
const SHE_SAID = { givenBy: 'PERSON', method: 'VERBAL' };
const REASON = 'Admitted unconscious to A&E in Wrexham; the ward needs her care plan tonight';

/** A person out of the caller's reach is answered as if there were no such person: NOT_FOUND on person(id), nothing of the record. */
function assertPersonNotFound(res: GraphQLResponse, message?: string) {
  const error = res.errors?.[0];
  assert.deepEqual(
    [res.errors?.length, error?.extensions?.code, error?.extensions?.field, error?.path],
    [1, 'NOT_FOUND', 'id', ['person']],
    `${message ?? ''} ${JSON.stringify(res.errors)}`,
  );
  assert.equal(res.data?.person ?? null, null);
}

describe('consent and objection, honoured by every subgraph', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  /** What each subgraph answers a crafted lookup of the person with, as a user (null: out of scope). */
  async function entityAnswers(userId: string) {
    const token = await signInternalToken(hub.keys.gateway, demoUser(userId));
    const out: Record<string, unknown> = {};
    for (const [name, field] of [
      ['people', 'familyName'],
      ['councils', 'socialCareFunding { id }'],
      ['health', 'healthFunding { id }'],
      ['support', 'paTeam { id }'],
    ]) {
      const res = await postGraphQL(
        hub.subgraph(name as never).url,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { ${field} } } }`,
        { r: [{ __typename: 'Person', id: ELEANOR }] },
        { authorization: `Bearer ${token}` },
      );
      out[name] = res.data?._entities?.[0] ?? null;
    }
    return out;
  }

  it('an objection to one organisation hides the record from it in every subgraph, leaves others alone, and lifts when withdrawn', async () => {
    const eleanor = hub.as('person.eleanor-robson');
    const objection = await eleanor(RECORD_CONSENT, {
      i: { personId: ELEANOR, kind: 'OBJECTION', purpose: 'DIRECT_CARE', organisationCodes: ['E08000021'], validFrom: TODAY, ...HERSELF },
    });
    assert.equal(objection.errors, undefined, JSON.stringify(objection.errors));
    assert.deepEqual(
      [objection.data.recordConsent.kind, objection.data.recordConsent.active, objection.data.recordConsent.recordedBy],
      ['OBJECTION', true, 'Eleanor Robson'],
    );

    const newcastle = await hub.as('social-worker.newcastle')(RECORD, { id: ELEANOR });
    assertPersonNotFound(newcastle);
    assert.doesNotMatch(JSON.stringify(newcastle), /Robson/);
    assert.deepEqual(Object.values(await entityAnswers('social-worker.newcastle')), [null, null, null, null]);
    const icb = await hub.as('phb-lead.icb')(RECORD, { id: ELEANOR });
    assert.equal(icb.data.person.familyName, 'Robson', 'the ICB is not named in the objection');

    const withdrawn = await eleanor(WITHDRAW, { id: objection.data.recordConsent.id });
    assert.deepEqual([withdrawn.data.withdrawConsent.active, withdrawn.data.withdrawConsent.withdrawnBy], [false, 'Eleanor Robson']);
    const again = await hub.as('social-worker.newcastle')(RECORD, { id: ELEANOR });
    assert.equal(again.errors, undefined, JSON.stringify(again.errors));
    assert.ok(Object.values(await entityAnswers('social-worker.newcastle')).every((v) => v !== null));
  });

  it('an objection for one purpose does not stop another purpose', async () => {
    const eleanor = hub.as('person.eleanor-robson');
    const o = await eleanor(RECORD_CONSENT, {
      i: { personId: ELEANOR, kind: 'OBJECTION', purpose: 'PAYMENT_ADMINISTRATION', validFrom: TODAY, ...HERSELF },
    });
    // Her payroll provider works under payment administration: refused. Care staff under direct care: not.
    assertPersonNotFound(await hub.as('support-adviser.tyneside-payroll')(RECORD, { id: ELEANOR }));
    assert.equal((await hub.as('phb-lead.icb')(RECORD, { id: ELEANOR })).errors, undefined);
    await eleanor(WITHDRAW, { id: o.data.recordConsent.id });
    assert.equal((await hub.as('support-adviser.tyneside-payroll')(RECORD, { id: ELEANOR })).errors, undefined);
  });

  it('consent lets an organisation with no relationship see the record, in every subgraph, only within its period', async () => {
    assertPersonNotFound(await hub.as('social-worker.flintshire')(RECORD, { id: ELEANOR }));
    const eleanor = hub.as('person.eleanor-robson');
    const future = await eleanor(RECORD_CONSENT, {
      i: {
        personId: ELEANOR,
        kind: 'CONSENT',
        purpose: 'DIRECT_CARE',
        organisationCodes: ['W06000005'],
        validFrom: dayFromToday(30),
        validTo: dayFromToday(60),
        ...HERSELF,
      },
    });
    assert.equal(future.data.recordConsent.active, false);
    assertPersonNotFound(await hub.as('social-worker.flintshire')(RECORD, { id: ELEANOR }), 'not yet in force');
    await eleanor(RECORD_CONSENT, {
      i: {
        personId: ELEANOR,
        kind: 'CONSENT',
        purpose: 'DIRECT_CARE',
        organisationCodes: ['W06000005'],
        validFrom: TODAY,
        validTo: dayFromToday(90),
        ...HERSELF,
      },
    });
    const res = await hub.as('social-worker.flintshire')(RECORD, { id: ELEANOR });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.person.paTeam.length, 3);
    assert.equal(res.data.person.fundingHistory.length, 2);
    assert.ok(Object.values(await entityAnswers('social-worker.flintshire')).every((v) => v !== null));
    const consents = await eleanor(`query ($id: ID) { person(id: $id) { consents { kind purpose organisationCodes active } } }`, {
      id: ELEANOR,
    });
    assert.ok(consents.data.person.consents.some((c: any) => c.kind === 'CONSENT' && c.active && c.organisationCodes[0] === 'W06000005'));
  });

  it('refuses consent for a person the recorder may not see (not found), and bad periods', async () => {
    const stranger = region.directPayments.find((d) => d.councilGssCode === 'W06000005' && d.end === null)!.personId;
    const res = await hub.as('social-worker.newcastle')(RECORD_CONSENT, {
      i: {
        personId: stranger,
        kind: 'CONSENT',
        purpose: 'DIRECT_CARE',
        organisationCodes: ['E08000021'],
        validFrom: TODAY,
        validTo: dayFromToday(30),
        ...SHE_SAID,
      },
    });
    assert.deepEqual(
      [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field, res.errors?.[0]?.path],
      ['NOT_FOUND', 'input.personId', ['recordConsent']],
      JSON.stringify(res.errors),
    );
    assert.equal(res.data?.recordConsent ?? null, null);
    const bad = await hub.as('person.eleanor-robson')(RECORD_CONSENT, {
      i: {
        personId: ELEANOR,
        kind: 'CONSENT',
        purpose: 'DIRECT_CARE',
        organisationCodes: ['W06000005'],
        validFrom: dayFromToday(10),
        validTo: dayFromToday(9),
        ...HERSELF,
      },
    });
    assert.deepEqual([bad.errors?.[0]?.extensions?.code, bad.errors?.[0]?.extensions?.field], ['BAD_USER_INPUT', 'input.validTo']);
  });
});

describe('break-glass access', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());
  const BREAK = `mutation ($p: ID!, $c: BreakGlassCategory = CLINICAL_EMERGENCY, $r: String!, $m: Int) { breakGlass(personId: $p, category: $c, reason: $r, minutes: $m) { id personId userId organisationCode role category reason grantedAt expiresAt reviewedAt } }`;

  it('needs a stated reason and a time limit, and only care roles may break the glass', async () => {
    const nurse = hub.as('chc-nurse.betsi');
    const short = await nurse(BREAK, { p: ELEANOR, r: 'urgent' });
    assert.deepEqual([short.errors?.[0]?.extensions?.code, short.errors?.[0]?.extensions?.field], ['BAD_USER_INPUT', 'reason']);
    const long = await nurse(BREAK, { p: ELEANOR, r: REASON, m: 600 });
    assert.deepEqual([long.errors?.[0]?.extensions?.code, long.errors?.[0]?.extensions?.field], ['BAD_USER_INPUT', 'minutes']);
    for (const userId of ['support-adviser.tyneside-payroll', 'commissioner.icb', 'dpo.continuum']) {
      const res = await hub.as(userId)(BREAK, { p: ELEANOR, r: REASON });
      assert.equal(res.data, null, `${userId} may not break the glass`);
      assert.equal(res.errors?.length, 1, JSON.stringify(res.errors));
      const [error] = res.errors!;
      assert.deepEqual(
        [error.extensions?.code, error.extensions?.field, error.path],
        ['FORBIDDEN', 'breakGlass', ['breakGlass']],
        `${userId}: ${JSON.stringify(error)}`,
      );
      assert.match(error.message, new RegExp(`^breakGlass is not available to the ${demoUser(userId).role} role`));
    }
    // Neither the bad requests nor the refused roles left a grant behind.
    const grants = await hub.accessStore.pool.query('SELECT user_id FROM break_glass WHERE person_id = $1', [ELEANOR]);
    assert.deepEqual(grants.rows, []);
  });

  it('opens the record to that user alone until it expires, flags every read, and is reviewed by the data protection officer', async () => {
    const nurse = hub.as('chc-nurse.betsi');
    assertPersonNotFound(await nurse(RECORD, { id: ELEANOR }));
    const granted = await nurse(BREAK, { p: ELEANOR, r: REASON, m: 30 });
    assert.equal(granted.errors, undefined, JSON.stringify(granted.errors));
    const grant = granted.data.breakGlass;
    assert.ok(Date.parse(grant.expiresAt) - Date.parse(grant.grantedAt) <= 30 * 60_000 + 1000);

    const res = await nurse(RECORD, { id: ELEANOR });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data.person.familyName, 'Robson');
    // A colleague at the same board has no grant.
    const colleague = { ...demoUser('chc-nurse.betsi'), userId: 'chc-nurse-2.betsi', name: 'Another nurse' };
    assertPersonNotFound(await hub.as(colleague)(RECORD, { id: ELEANOR }));

    const log = await hub.as('dpo.continuum')(
      `query ($id: ID) { person(id: $id) { accessLog(first: 100) { edges { node { userId service recordType breakGlass } } } } }`,
      { id: ELEANOR },
    );
    const mine = log.data.person.accessLog.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.userId === 'chc-nurse.betsi' && n.recordType !== 'breakGlass');
    const allowed = mine.filter((n: any) => n.breakGlass);
    assert.ok(
      ['people', 'councils', 'support'].every((s) => allowed.some((n: any) => n.service === s)),
      JSON.stringify(mine),
    );

    const dpo = hub.as('dpo.continuum');
    const pending = (
      await dpo(`{ breakGlassGrants { edges { node { id userId category reason reviewed reviewedAt } } } }`)
    ).data.breakGlassGrants.edges.map((e: any) => e.node);
    assert.ok(
      pending.some((g: any) => g.id === grant.id && g.category === 'CLINICAL_EMERGENCY' && g.reviewed === false && g.reviewedAt === null),
    );
    const reviewed = await dpo(
      `mutation ($id: ID!) { reviewBreakGlass(id: $id, note: "Emergency admission confirmed with the ward") { id reviewedAt reviewedBy reviewNote } }`,
      { id: grant.id },
    );
    assert.equal(reviewed.data.reviewBreakGlass.reviewedBy, 'Nadia Hussain (data protection officer)');
    assert.ok(
      !(await dpo(`{ breakGlassGrants { edges { node { id } } } }`)).data.breakGlassGrants.edges.some((e: any) => e.node.id === grant.id),
    );
    const nurseReview = await nurse(`{ breakGlassGrants { totalCount } }`);
    assert.deepEqual(
      [nurseReview.errors?.[0]?.extensions?.code, nurseReview.errors?.[0]?.extensions?.field],
      ['FORBIDDEN', 'breakGlassGrants'],
      JSON.stringify(nurseReview.errors),
    );

    // Time passes: the grant lapses and the record is out of reach again.
    await hub.accessStore.pool.query(`UPDATE break_glass SET expires_at = now() - interval '1 second' WHERE id = $1`, [grant.id]);
    assertPersonNotFound(await nurse(RECORD, { id: ELEANOR }));
  });
});

describe('the audit trail is append-only', () => {
  let hub: TestHub;
  // The database's administrator, who migrates it (the subgraphs' own role is refused these outright: tests/database-roles).
  let administrator: pg.Pool;
  beforeAll(async () => {
    const accessDatabaseUrl = await freshDatabase('access');
    administrator = new pg.Pool({ connectionString: accessDatabaseUrl, max: 1 });
    hub = await startTestHub({ accessDatabaseUrl });
    await hub.as('phb-lead.icb')(RECORD, { id: ELEANOR });
  });
  afterAll(async () => {
    await hub.stop();
    await administrator.end();
  });

  for (const statement of ['UPDATE audit_event SET user_id = $$someone else$$', 'DELETE FROM audit_event', 'TRUNCATE audit_event']) {
    it(`refuses ${statement.split(' ')[0]} on the audit table, even to the database's administrator`, async () => {
      const before = (await hub.accessStore.pool.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n;
      assert.ok(before > 0);
      await assert.rejects(administrator.query(statement), /append-only/);
      assert.equal((await hub.accessStore.pool.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n, before);
    });
  }

  it('offers no API that changes it: no mutation names the audit trail', async () => {
    const res = await hub.as('dpo.continuum')(`{ __schema { mutationType { fields { name } } } }`);
    const names: string[] = res.data.__schema.mutationType.fields.map((f: any) => f.name);
    assert.ok(names.length > 10);
    assert.deepEqual(
      names.filter((n) => /audit|accessLog/i.test(n)),
      [],
    );
  });
});
