/**
 * A consent widens who sees a person, so it must say who gave it and how, name the organisations
 * it covers, end within 12 months, and carry evidence when it rests on a document. Anything less
 * is refused with the field and a reason, and nothing is written. The data protection officer
 * lists every consent with who gave and recorded it, its basis and its dates.
 */
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const ELEANOR = region.featured.movedDirectPaymentToPhb;
const FLINTSHIRE = 'W06000005';
const TODAY = dayFromToday(0);
const RECORD = `mutation ($i: RecordConsentInput!) { recordConsent(input: $i) {
  id personId kind purpose organisationCodes validFrom validTo givenBy representativeName representativeRelationship method evidenceReference
  recordedBy recordedByUserId recordedByRole recordedByOrganisation active } }`;
const SEE = `query ($id: ID) { person(id: $id) { id familyName } }`;
/** What her Newcastle social worker records when she says yes to sharing with Flintshire for a year. */
const GOOD = {
  personId: ELEANOR,
  kind: 'CONSENT',
  purpose: 'DIRECT_CARE',
  organisationCodes: [FLINTSHIRE],
  validFrom: TODAY,
  validTo: dayFromToday(365),
  givenBy: 'PERSON',
  method: 'VERBAL',
};

describe('consent says who gave it, how, to whom and until when', () => {
  let hub: TestHub;
  const consentRows = async () => (await hub.accessStore.pool.query('SELECT count(*)::int AS n FROM consent')).rows[0].n as number;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const refusals: [string, Record<string, unknown>, string][] = [
    ['for every organisation (none named)', { organisationCodes: undefined }, 'input.organisationCodes'],
    ['for every organisation (an empty list)', { organisationCodes: [] }, 'input.organisationCodes'],
    ['open-ended (no end date)', { validTo: undefined }, 'input.validTo'],
    ['for more than 12 months', { validTo: dayFromToday(367) }, 'input.validTo'],
    ['written, with no evidence reference', { method: 'WRITTEN' }, 'input.evidenceReference'],
    [
      'under a Lasting Power of Attorney, with no evidence reference',
      {
        method: 'LASTING_POWER_OF_ATTORNEY',
        givenBy: 'REPRESENTATIVE',
        representativeName: 'Joan Robson',
        representativeRelationship: 'daughter, attorney',
      },
      'input.evidenceReference',
    ],
    [
      'under a Lasting Power of Attorney, as given by the person herself',
      { method: 'LASTING_POWER_OF_ATTORNEY', evidenceReference: 'LPA-7000-1234-5678' },
      'input.givenBy',
    ],
    ['by a representative left unnamed', { givenBy: 'REPRESENTATIVE', representativeRelationship: 'daughter' }, 'input.representativeName'],
    [
      'by a representative with no relationship to her',
      { givenBy: 'REPRESENTATIVE', representativeName: 'Joan Robson' },
      'input.representativeRelationship',
    ],
    ['as signed in by the person, when a social worker records it', { method: 'SIGNED_IN_PERSON' }, 'input.method'],
    ['for an organisation code that is not one', { organisationCodes: ['Flintshire council'] }, 'input.organisationCodes[0]'],
  ];
  for (const [what, change, field] of refusals) {
    it(`refuses a consent recorded ${what}: BAD_USER_INPUT on ${field}, nothing written`, async () => {
      const before = await consentRows();
      const res = await hub.as('social-worker.newcastle')(RECORD, { i: { ...GOOD, ...change } });
      assert.equal(res.errors?.length, 1, JSON.stringify(res.errors));
      const [error] = res.errors!;
      assert.deepEqual([error.extensions?.code, error.extensions?.field], ['BAD_USER_INPUT', field], JSON.stringify(error));
      assert.ok(typeof error.extensions?.reason === 'string' && (error.extensions.reason as string).length > 10, JSON.stringify(error));
      assert.equal(res.data?.recordConsent ?? null, null);
      assert.equal(await consentRows(), before);
    });
  }

  it('refuses the old shape (no giver, no method): a consent cannot be recorded without saying who gave it and how', async () => {
    const before = await consentRows();
    const res = await hub.as('social-worker.newcastle')(RECORD, {
      i: { personId: ELEANOR, kind: 'CONSENT', purpose: 'DIRECT_CARE', validFrom: TODAY },
    });
    assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res.errors));
    assert.match(String(res.errors?.[0]?.extensions?.field), /^i/);
    assert.equal(await consentRows(), before);
  });

  it('records a consent given by a named representative under an LPA, with its evidence and who recorded it, and it opens the record to the organisation named only', async () => {
    assert.equal((await hub.as('social-worker.flintshire')(SEE, { id: ELEANOR })).errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const input = {
      ...GOOD,
      validTo: dayFromToday(30),
      givenBy: 'REPRESENTATIVE',
      representativeName: 'Joan Robson',
      representativeRelationship: 'daughter, attorney',
      method: 'LASTING_POWER_OF_ATTORNEY',
      evidenceReference: 'LPA-7000-1234-5678',
    };
    const c = (await gqlData(hub.as('social-worker.newcastle'), RECORD, { i: input })).recordConsent;
    assert.deepEqual(
      [
        c.personId,
        c.organisationCodes,
        c.validFrom,
        c.validTo,
        c.givenBy,
        c.representativeName,
        c.representativeRelationship,
        c.method,
        c.evidenceReference,
        c.active,
      ],
      [
        ELEANOR,
        [FLINTSHIRE],
        TODAY,
        dayFromToday(30),
        'REPRESENTATIVE',
        'Joan Robson',
        'daughter, attorney',
        'LASTING_POWER_OF_ATTORNEY',
        'LPA-7000-1234-5678',
        true,
      ],
    );
    assert.deepEqual(
      [c.recordedBy, c.recordedByUserId, c.recordedByRole, c.recordedByOrganisation],
      ['Sam Patel (social worker)', 'social-worker.newcastle', 'SOCIAL_WORKER', 'E08000021'],
    );
    assert.equal((await gqlData(hub.as('social-worker.flintshire'), SEE, { id: ELEANOR })).person.familyName, 'Robson');
    assert.equal(
      (await hub.as('chc-nurse.betsi')(SEE, { id: ELEANOR })).errors?.[0]?.extensions?.code,
      'NOT_FOUND',
      'Betsi Cadwaladr is not named',
    );
    await gqlData(hub.as('social-worker.newcastle'), `mutation ($id: ID!) { withdrawConsent(id: $id) { id } }`, { id: c.id });
  });

  it('accepts a consent of exactly 12 months less a day, and a written one with its reference', async () => {
    const year = (await gqlData(hub.as('social-worker.newcastle'), RECORD, { i: GOOD })).recordConsent;
    assert.deepEqual([year.validTo, year.active, year.method, year.evidenceReference], [dayFromToday(365), true, 'VERBAL', null]);
    const written = (
      await gqlData(hub.as('social-worker.newcastle'), RECORD, {
        i: { ...GOOD, method: 'WRITTEN', evidenceReference: 'NCC consent form 2291' },
      })
    ).recordConsent;
    assert.deepEqual([written.method, written.evidenceReference], ['WRITTEN', 'NCC consent form 2291']);
  });

  it('lets the person record her own consent only as herself, signed in', async () => {
    const eleanor = hub.as('person.eleanor-robson');
    const verbal = await eleanor(RECORD, { i: GOOD });
    assert.deepEqual([verbal.errors?.[0]?.extensions?.code, verbal.errors?.[0]?.extensions?.field], ['BAD_USER_INPUT', 'input.method']);
    const own = (await gqlData(eleanor, RECORD, { i: { ...GOOD, method: 'SIGNED_IN_PERSON' } })).recordConsent;
    assert.deepEqual(
      [own.givenBy, own.method, own.recordedByRole, own.recordedByUserId],
      ['PERSON', 'SIGNED_IN_PERSON', 'PERSON', 'person.eleanor-robson'],
    );
  });

  it('still takes an objection for every organisation, until withdrawn: it only narrows who sees her', async () => {
    const o = (
      await gqlData(hub.as('person.eleanor-robson'), RECORD, {
        i: {
          personId: ELEANOR,
          kind: 'OBJECTION',
          purpose: 'TRAINING_ADMINISTRATION',
          validFrom: TODAY,
          givenBy: 'PERSON',
          method: 'SIGNED_IN_PERSON',
        },
      })
    ).recordConsent;
    assert.deepEqual([o.kind, o.organisationCodes, o.validTo, o.active], ['OBJECTION', [], null, true]);
  });

  it('is refused by the access store itself when written around the API: every organisation, open-ended, no giver', async () => {
    const before = await consentRows();
    await assert.rejects(
      hub.accessStore.pool.query(
        `INSERT INTO consent (id, person_id, kind, purpose, organisation_codes, valid_from, valid_to, recorded_by, recorded_by_organisation)
         VALUES (gen_random_uuid(), $1, 'CONSENT', 'DIRECT_CARE', '{}', $2, NULL, 'Someone', 'E08000021')`,
        [ELEANOR, dayFromToday(-10)],
      ),
      (err: any) => err.code === '23514',
    );
    assert.equal(await consentRows(), before);
  });
});

describe("the data protection officer's list of consents", () => {
  let hub: TestHub;
  const LIST = `query ($f: ConsentRecordFilter, $first: Int, $after: String) { consentRecords(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id personId kind givenBy representativeName method evidenceReference organisationCodes validFrom validTo recordedBy recordedByRole recordedByOrganisation active } } } }`;
  const recorded: string[] = [];
  beforeAll(async () => {
    hub = await startTestHub();
    const social = hub.as('social-worker.newcastle');
    for (const [days, method, evidence] of [
      [30, 'VERBAL', null],
      [60, 'WRITTEN', 'NCC consent form 17'],
      [90, 'VERBAL', null],
    ] as const) {
      recorded.push(
        (await gqlData(social, RECORD, { i: { ...GOOD, validTo: dayFromToday(days), method, evidenceReference: evidence } })).recordConsent
          .id,
      );
    }
  });
  afterAll(() => hub.stop());

  it('lists every consent newest first, with who gave and recorded it, how, and its dates, page by page', async () => {
    const dpo = hub.as('dpo.continuum');
    const first = (await gqlData(dpo, LIST, { first: 2 })).consentRecords;
    assert.deepEqual([first.totalCount, first.edges.length, first.pageInfo.hasNextPage], [3, 2, true]);
    const second = (await gqlData(dpo, LIST, { first: 2, after: first.pageInfo.endCursor })).consentRecords;
    assert.deepEqual([second.edges.length, second.pageInfo.hasNextPage], [1, false]);
    const nodes = [...first.edges, ...second.edges].map((e: any) => e.node);
    assert.deepEqual(
      nodes.map((n: any) => n.id),
      [...recorded].reverse(),
    );
    assert.deepEqual(nodes[1], {
      id: recorded[1],
      personId: ELEANOR,
      kind: 'CONSENT',
      givenBy: 'PERSON',
      representativeName: null,
      method: 'WRITTEN',
      evidenceReference: 'NCC consent form 17',
      organisationCodes: [FLINTSHIRE],
      validFrom: TODAY,
      validTo: dayFromToday(60),
      recordedBy: 'Sam Patel (social worker)',
      recordedByRole: 'SOCIAL_WORKER',
      recordedByOrganisation: 'E08000021',
      active: true,
    });
  });

  it('narrows to those in force, or to one recording organisation', async () => {
    const dpo = hub.as('dpo.continuum');
    await gqlData(hub.as('social-worker.newcastle'), `mutation ($id: ID!) { withdrawConsent(id: $id) { id } }`, { id: recorded[0] });
    const active = (await gqlData(dpo, LIST, { f: { activeOnly: true } })).consentRecords;
    assert.deepEqual(active.edges.map((e: any) => e.node.id).sort(), [recorded[1], recorded[2]].sort());
    assert.equal((await gqlData(dpo, LIST, { f: { recordedByOrganisation: 'QHM' } })).consentRecords.totalCount, 0);
  });

  it('is for the data protection officer only (FORBIDDEN), and a foreign cursor is BAD_USER_INPUT', async () => {
    for (const user of ['social-worker.newcastle', 'person.eleanor-robson', 'commissioner.icb']) {
      const res = await hub.as(user)(LIST, {});
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${user}: ${JSON.stringify(res.errors)}`);
      assert.equal(res.data?.consentRecords ?? null, null);
    }
    const bad = await hub.as('dpo.continuum')(LIST, { after: 'not-a-cursor' });
    assert.deepEqual([bad.errors?.[0]?.extensions?.code, bad.errors?.[0]?.extensions?.field], ['BAD_USER_INPUT', 'after']);
  });
});
