/**
 * The allow/deny matrix over real HTTP: each demo role from its own organisation asks for
 * Eleanor Robson's record and her PA Aisha Khan's, field set by field set. Every allowed read
 * leaves an audit row naming the user, organisation, role, purpose, person, records and fields;
 * every refusal answers as "not found" (records) or names the restricted field, and no refused
 * value appears anywhere in the response.
 */
import { demoUser, buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const ELEANOR = region.people.find((p) => p.id === region.featured.movedDirectPaymentToPhb)!;
const team = region.employments
  .filter((e) => e.employerPersonId === ELEANOR.id)
  .map((e) => region.personalAssistants.find((p) => p.id === e.personalAssistantId)!);
const AISHA = team.find((p) => p.givenName === 'Aisha')!;
const carePlan = region.carePlans.find((p) => p.personId === ELEANOR.id)!;
const phb = region.personalHealthBudgets.find((e) => e.personId === ELEANOR.id)!;
const concern = region.safeguardingConcerns.find((c) => c.personId === ELEANOR.id)!;
/** A PA with no tie to Eleanor, her council, ICB, payroll provider or the Newcastle trainer. */
const trainedByNewcastleHospitals = new Set(
  region.trainingRecords
    .filter((r) => region.courses.find((c) => c.id === r.courseId)!.providerId === demoUser('trainer.newcastle-hospitals').organisationCode)
    .map((r) => r.personalAssistantId),
);
const STRANGER_PA = region.personalAssistants.find(
  (p) =>
    !trainedByNewcastleHospitals.has(p.id) &&
    p.registerOrganisationId === null &&
    region.employments.some(
      (e) =>
        e.personalAssistantId === p.id &&
        e.end === null &&
        region.directPayments.some((d) => d.personId === e.employerPersonId && d.councilGssCode === 'W06000005' && d.end === null),
    ),
)!;

type Expect = 'ALLOW' | 'NOT_FOUND' | 'FORBIDDEN';
interface Probe {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Where the answer sits in data, e.g. ['person', 'carePlan']. */
  path: string[];
  /** A value only an allowed answer contains: it must appear when allowed and nowhere when refused. */
  secret: string;
  /** Audit expected for an allowed read: the record type and a field named in the row. */
  audit: { recordType: string; field: string; personId?: string; paId?: string };
}

const byNhs = { n: ELEANOR.nhsNumber };
const PROBES: Record<string, Probe> = {
  identity: {
    name: 'her identity',
    query: `query ($n: String) { person(nhsNumber: $n) { givenName familyName dateOfBirth } }`,
    variables: byNhs,
    path: ['person', 'dateOfBirth'],
    secret: ELEANOR.dateOfBirth,
    audit: { recordType: 'Person', field: 'dateOfBirth', personId: ELEANOR.id },
  },
  funding: {
    name: 'her funding',
    query: `query ($n: String) { person(nhsNumber: $n) { fundingHistory { __typename weeklyAmount } } }`,
    variables: byNhs,
    path: ['person', 'fundingHistory'],
    secret: String(phb.weeklyAmount),
    audit: { recordType: 'PersonalHealthBudget', field: 'weeklyAmount', personId: ELEANOR.id },
  },
  carePlan: {
    name: 'her care plan',
    query: `query ($n: String) { person(nhsNumber: $n) { carePlan { outcomes } } }`,
    variables: byNhs,
    path: ['person', 'carePlan'],
    secret: carePlan.outcomes[0],
    audit: { recordType: 'CarePlanSummary', field: 'outcomes', personId: ELEANOR.id },
  },
  paTeam: {
    name: 'her PA team',
    query: `query ($n: String) { person(nhsNumber: $n) { paTeam { role personalAssistant { familyName } } } }`,
    variables: byNhs,
    path: ['person', 'paTeam'],
    secret: AISHA.familyName,
    audit: { recordType: 'Employment', field: 'role', personId: ELEANOR.id },
  },
  paProfile: {
    name: "her PA's DBS status",
    query: `query ($id: ID!) { personalAssistant(id: $id) { familyName dbsCheck { status } } }`,
    variables: { id: AISHA.id },
    path: ['personalAssistant', 'dbsCheck'],
    secret: AISHA.familyName,
    audit: { recordType: 'PersonalAssistant', field: 'dbsCheck', paId: AISHA.id },
  },
  niNumber: {
    name: "her PA's NI number",
    query: `query ($id: ID!) { personalAssistant(id: $id) { nationalInsuranceNumberSuffix } }`,
    variables: { id: AISHA.id },
    path: ['personalAssistant', 'nationalInsuranceNumberSuffix'],
    secret: `"${AISHA.niNumberSuffix}"`,
    audit: { recordType: 'PersonalAssistant', field: 'nationalInsuranceNumberSuffix', paId: AISHA.id },
  },
  training: {
    name: "her PA's training",
    query: `query ($id: ID!) { personalAssistant(id: $id) { trainingRecords { completedOn course { code } } } }`,
    variables: { id: AISHA.id },
    path: ['personalAssistant', 'trainingRecords'],
    secret: 'HT-PEG',
    audit: { recordType: 'TrainingRecord', field: 'completedOn', paId: AISHA.id },
  },
  safeguarding: {
    name: 'her safeguarding concerns',
    query: `query ($n: String) { person(nhsNumber: $n) { safeguardingConcerns { category summary } } }`,
    variables: byNhs,
    path: ['person', 'safeguardingConcerns'],
    secret: concern.summary,
    audit: { recordType: 'SafeguardingConcern', field: 'summary', personId: ELEANOR.id },
  },
  strangerPa: {
    name: 'an unrelated PA in Wales',
    query: `query ($id: ID!) { personalAssistant(id: $id) { familyName } }`,
    variables: { id: STRANGER_PA.id },
    path: ['personalAssistant', 'familyName'],
    secret: `"${STRANGER_PA.familyName}"`,
    audit: { recordType: 'PersonalAssistant', field: 'familyName', paId: STRANGER_PA.id },
  },
};

/** user → probe → expected outcome. */
const MATRIX: Record<string, Record<keyof typeof PROBES, Expect>> = {
  'social-worker.newcastle': {
    identity: 'ALLOW',
    funding: 'ALLOW',
    carePlan: 'ALLOW',
    paTeam: 'ALLOW',
    paProfile: 'ALLOW',
    niNumber: 'FORBIDDEN',
    training: 'ALLOW',
    safeguarding: 'ALLOW',
    strangerPa: 'NOT_FOUND',
  },
  'phb-lead.icb': {
    identity: 'ALLOW',
    funding: 'ALLOW',
    carePlan: 'ALLOW',
    paTeam: 'ALLOW',
    paProfile: 'ALLOW',
    niNumber: 'FORBIDDEN',
    training: 'ALLOW',
    safeguarding: 'FORBIDDEN',
    strangerPa: 'NOT_FOUND',
  },
  'chc-nurse.icb': {
    identity: 'ALLOW',
    funding: 'ALLOW',
    carePlan: 'ALLOW',
    paTeam: 'ALLOW',
    paProfile: 'ALLOW',
    niNumber: 'FORBIDDEN',
    training: 'ALLOW',
    safeguarding: 'FORBIDDEN',
    strangerPa: 'NOT_FOUND',
  },
  'support-adviser.tyneside-payroll': {
    identity: 'ALLOW',
    funding: 'ALLOW',
    carePlan: 'FORBIDDEN',
    paTeam: 'ALLOW',
    paProfile: 'ALLOW',
    niNumber: 'ALLOW',
    training: 'ALLOW',
    safeguarding: 'FORBIDDEN',
    strangerPa: 'NOT_FOUND',
  },
  // A role with no class of person data is refused the field outright, whoever the person: that says nothing about them.
  'trainer.newcastle-hospitals': {
    identity: 'FORBIDDEN',
    funding: 'FORBIDDEN',
    carePlan: 'FORBIDDEN',
    paTeam: 'FORBIDDEN',
    paProfile: 'ALLOW',
    niNumber: 'FORBIDDEN',
    training: 'ALLOW',
    safeguarding: 'FORBIDDEN',
    strangerPa: 'NOT_FOUND',
  },
  'pa.aisha-khan': {
    identity: 'FORBIDDEN',
    funding: 'FORBIDDEN',
    carePlan: 'FORBIDDEN',
    paTeam: 'FORBIDDEN',
    paProfile: 'ALLOW',
    niNumber: 'ALLOW',
    training: 'ALLOW',
    safeguarding: 'FORBIDDEN',
    strangerPa: 'NOT_FOUND',
  },
  'dpo.continuum': {
    identity: 'ALLOW',
    funding: 'FORBIDDEN',
    carePlan: 'FORBIDDEN',
    paTeam: 'FORBIDDEN',
    paProfile: 'FORBIDDEN',
    niNumber: 'FORBIDDEN',
    training: 'FORBIDDEN',
    safeguarding: 'FORBIDDEN',
    strangerPa: 'FORBIDDEN',
  },
  'person.eleanor-robson': {
    identity: 'ALLOW',
    funding: 'ALLOW',
    carePlan: 'ALLOW',
    paTeam: 'ALLOW',
    paProfile: 'ALLOW',
    niNumber: 'FORBIDDEN',
    training: 'ALLOW',
    safeguarding: 'FORBIDDEN',
    strangerPa: 'NOT_FOUND',
  },
  'social-worker.flintshire': {
    identity: 'NOT_FOUND',
    funding: 'NOT_FOUND',
    carePlan: 'NOT_FOUND',
    paTeam: 'NOT_FOUND',
    paProfile: 'NOT_FOUND',
    niNumber: 'NOT_FOUND',
    training: 'NOT_FOUND',
    safeguarding: 'NOT_FOUND',
    strangerPa: 'ALLOW',
  },
  'chc-nurse.betsi': {
    identity: 'NOT_FOUND',
    funding: 'NOT_FOUND',
    carePlan: 'NOT_FOUND',
    paTeam: 'NOT_FOUND',
    paProfile: 'NOT_FOUND',
    niNumber: 'NOT_FOUND',
    training: 'NOT_FOUND',
    safeguarding: 'NOT_FOUND',
    strangerPa: 'NOT_FOUND',
  },
  'commissioner.icb': {
    identity: 'FORBIDDEN',
    funding: 'FORBIDDEN',
    carePlan: 'FORBIDDEN',
    paTeam: 'FORBIDDEN',
    paProfile: 'FORBIDDEN',
    niNumber: 'FORBIDDEN',
    training: 'FORBIDDEN',
    safeguarding: 'FORBIDDEN',
    strangerPa: 'FORBIDDEN',
  },
};

const at = (data: any, path: string[]) => path.reduce((v, k) => (v == null ? v : v[k]), data);

describe('who sees what: roles × organisations × field sets, with an audit row for every allowed read', () => {
  let hub: TestHub;
  let lastAuditId = 0;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  /** Audit rows written since the last call. */
  async function newAuditRows() {
    const r = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 ORDER BY id', [lastAuditId]);
    if (r.rows.length) lastAuditId = Number(r.rows[r.rows.length - 1].id);
    return r.rows;
  }

  for (const [userId, row] of Object.entries(MATRIX)) {
    for (const [probeName, expected] of Object.entries(row)) {
      const probe = PROBES[probeName];
      it(`${userId}: ${probe.name} → ${expected}`, async () => {
        const user = demoUser(userId);
        await newAuditRows();
        const res = await hub.as(userId)(probe.query, probe.variables);
        const text = JSON.stringify(res);
        const audit = await newAuditRows();
        if (expected === 'ALLOW') {
          assert.equal(res.errors, undefined, text);
          assert.notEqual(at(res.data, probe.path), null, `${probe.path.join('.')} is answered`);
          assert.ok(text.includes(probe.secret), `the answer holds ${probe.secret}: ${text.slice(0, 300)}`);
          const rows = audit.filter(
            (a) =>
              a.outcome === 'ALLOWED' &&
              a.record_type === probe.audit.recordType &&
              (probe.audit.personId ? a.person_id === probe.audit.personId : a.pa_id === probe.audit.paId),
          );
          assert.ok(rows.length >= 1, `an audit row for ${probe.audit.recordType}: ${JSON.stringify(audit)}`);
          const [a] = rows;
          assert.deepEqual(
            [a.user_id, a.user_name, a.organisation_code, a.role, a.purpose, a.action],
            [user.userId, user.name, user.organisationCode, user.role, user.purpose, 'READ'],
          );
          assert.ok(a.fields.includes(probe.audit.field), `fields ${a.fields} include ${probe.audit.field}`);
          assert.ok(a.record_ids.length >= 1 && a.at instanceof Date);
          return;
        }
        assert.ok(res.errors?.length, `refused: ${text}`);
        assert.equal(text.includes(probe.secret), false, `no refused value leaks: ${text}`);
        const codes = res.errors!.map((e) => e.extensions?.code);
        if (expected === 'NOT_FOUND') {
          assert.ok(codes.includes('NOT_FOUND'), text);
          assert.ok(!codes.includes('FORBIDDEN'), 'an out-of-scope record is not found, never forbidden');
        } else {
          assert.ok(codes.includes('FORBIDDEN'), text);
        }
        assert.equal(
          audit.some(
            (a) =>
              a.outcome === 'ALLOWED' &&
              a.record_type === probe.audit.recordType &&
              (a.person_id === probe.audit.personId || a.pa_id === probe.audit.paId) &&
              a.fields.includes(probe.audit.field),
          ),
          false,
          'no allowed read of the refused data is recorded',
        );
      });
    }
  }

  it('answers an out-of-scope person exactly as a person who does not exist', async () => {
    const outsider = hub.as('social-worker.flintshire');
    const hidden = await outsider(`query ($id: ID) { person(id: $id) { id } }`, { id: ELEANOR.id });
    const missing = await outsider(`query ($id: ID) { person(id: $id) { id } }`, { id: '7f9c2ba4-e88f-4e8b-9d3c-0a1b2c3d4e5f' });
    const shape = (r: any) => ({
      ...r.errors[0],
      message: r.errors[0].message.replace(/[0-9a-f-]{36}/, 'ID'),
      extensions: { ...r.errors[0].extensions },
    });
    assert.deepEqual(shape(hidden), shape(missing));
    assert.deepEqual(hidden.data, missing.data);
  });

  it('records refused reads as DENIED in the audit trail, without the data', async () => {
    await newAuditRows();
    await hub.as('chc-nurse.betsi')(PROBES.identity.query, PROBES.identity.variables);
    const rows = await newAuditRows();
    const denied = rows.filter((a) => a.outcome === 'DENIED' && a.person_id === ELEANOR.id);
    assert.equal(denied.length, 1, JSON.stringify(rows));
    assert.deepEqual([denied[0].user_id, denied[0].organisation_code, denied[0].fields], ['chc-nurse.betsi', '7A1', []]);
  });

  it('drops people out of scope from a caseload and from search, keeping the places of a caseload', async () => {
    const flintshirePerson = region.directPayments.find((d) => d.councilGssCode === 'W06000005' && d.end === null)!.personId;
    const res = await hub.as('social-worker.newcastle')(`query ($ids: [ID!]!) { peopleById(ids: $ids) { id } }`, {
      ids: [ELEANOR.id, flintshirePerson],
    });
    assert.deepEqual(res.data.peopleById, [{ id: ELEANOR.id }, null]);
    const search = await hub.as('social-worker.newcastle')(
      `{ people(filter: { name: "Robson" }, first: 100) { totalCount edges { node { id } } } }`,
    );
    const ids = search.data.people.edges.map((e: any) => e.node.id);
    assert.ok(ids.includes(ELEANOR.id));
    const robsons = region.people.filter((p) => p.familyName.startsWith('Robson') || p.givenName.startsWith('Robson'));
    const newcastle = peopleRelatedTo(region, 'E08000021');
    assert.ok(robsons.length > ids.length, 'Robsons elsewhere are left out');
    assert.deepEqual(
      [...ids].sort(),
      robsons
        .filter((p) => newcastle.has(p.id))
        .map((p) => p.id)
        .sort(),
    );
    assert.equal(search.data.people.totalCount, ids.length, 'the total counts only the people the caller may see');
  });

  it('shows the person and a data protection officer who has read the record; no one else', async () => {
    const LOG = `query ($id: ID) { person(id: $id) { accessLog(first: 100) { totalCount edges { node { userName organisationCode role purpose service action recordType fields outcome breakGlass } } } } }`;
    await hub.as('phb-lead.icb')(PROBES.carePlan.query, PROBES.carePlan.variables);
    for (const userId of ['person.eleanor-robson', 'dpo.continuum']) {
      const res = await hub.as(userId)(LOG, { id: ELEANOR.id });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const entries = res.data.person.accessLog.edges.map((e: any) => e.node);
      assert.ok(
        entries.some(
          (e: any) =>
            e.userName === demoUser('phb-lead.icb').name &&
            e.recordType === 'CarePlanSummary' &&
            e.fields.includes('outcomes') &&
            e.service === 'councils',
        ),
      );
      assert.ok(
        entries.some((e: any) => e.organisationCode === '7A1' && e.outcome === 'DENIED'),
        'refusals are in the log too',
      );
    }
    for (const userId of ['social-worker.newcastle', 'phb-lead.icb']) {
      const res = await hub.as(userId)(LOG, { id: ELEANOR.id });
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      assert.equal(res.data.person.accessLog, null);
    }
  });
});
