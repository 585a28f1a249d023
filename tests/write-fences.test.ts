/**
 * Writes are fenced like reads, over real HTTP: a write naming a person or PA the caller may not
 * see answers exactly like an unknown id and writes nothing (no row, no relationship), audited as a
 * refused write; a write never opens access on its own (what it implies is pending until
 * corroborated, and listed for the data protection officer with who recorded it and by which
 * write); an episode counts from its first day; and a competence signed off by NHS staff is
 * recorded only by a trainer of an NHS organisation that already trains the PA, naming who
 * attested it and on whose behalf.
 */
import { demoUser, DEMO_USERS, buildDemoRegion } from '@continuum/demo';
import type { Caller } from '@continuum/runtime';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, pasVisibleTo, peopleRelatedTo, rowCounts, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const FLINTSHIRE = 'W06000005';
const UNKNOWN = '5b0e3c1a-7d2f-4e8a-9c6b-2f4d1e0a9b7c';

/** People and PAs none of the demo users' organisations has a relationship with, by the README's rules. */
const demoOrganisations = [...new Set(DEMO_USERS.filter((u) => u.organisationKind !== 'INDIVIDUAL').map((u) => u.organisationCode))];
const seen = new Set(demoOrganisations.flatMap((o) => [...peopleRelatedTo(region, o)]));
const paSeen = new Set(demoOrganisations.flatMap((o) => [...pasVisibleTo(region, o)]));
const councilEpisodes = [...region.directPayments, ...region.individualServiceFunds, ...region.commissionedPackages];
/** Strangers with a verified NHS number and no council episode running now or later (a new one overlaps nothing). */
const strangers = region.people.filter(
  (p) =>
    !seen.has(p.id) &&
    p.nhsNumberStatus === '01' &&
    p.nhsNumber &&
    !councilEpisodes.some((e) => e.personId === p.id && (e.end === null || e.end >= dayFromToday(-1))),
);
const strangerPas = region.personalAssistants.filter((p) => !paSeen.has(p.id) && p.id !== demoUser('pa.aisha-khan').personalAssistantId);
const [S1, S2, S3, S4, S5, S6, S7] = strangers;
const AISHA = demoUser('pa.aisha-khan').personalAssistantId!;
const ELEANOR = demoUser('person.eleanor-robson').personId!;

/** A colleague of a demo user: same organisation and role, another person (break-glass is one user's, not their team's). */
const colleagueOf = (userId: string): Caller => ({ ...demoUser(userId), userId: `${userId}.colleague`, name: 'A colleague' });

const PERSON = `query ($id: ID) { person(id: $id) { id givenName dateOfBirth } }`;
const START_DP = `mutation ($i: StartDirectPaymentInput!) { startDirectPayment(input: $i) { id start end } }`;
const CHC = `mutation ($i: RecordChcDecisionInput!) { recordChcDecision(input: $i) { id } }`;
const TRAIN = `mutation ($i: RecordTrainingInput!) { recordTraining(input: $i) { id signedOffBy { name nhsStaff attestedBy onBehalfOf } } }`;
const REGISTER = `mutation ($i: RegisterPersonInput!) { registerPerson(input: $i) { outcome matchedBy person { id givenName familyName dateOfBirth nhsNumber { value } } review { id candidates { person { id } } } } }`;
const ASSERTED = `query { assertedRelationships(pendingOnly: true) { id subjectKind subjectId organisationCode kind status sourceType sourceId startsOn assertedBy assertedByUserId assertedThrough corroboration } }`;
const CONFIRM = `mutation ($id: ID!) { reviewAssertedRelationship(id: $id, decision: CONFIRM, note: "Confirmed with the council's team manager") { id status corroboration } }`;
const dp = (personId: string, councilGssCode: string, start: string, end: string | null) => ({
  i: { personId, councilGssCode, start, end, hourlyRate: 14, hoursPerWeek: 10, paymentSupport: 'SELF_MANAGED' },
});
const clinical = (personalAssistantId: string, nhsStaff = true) => ({
  i: {
    personalAssistantId,
    courseCode: 'HT-CATH',
    completedOn: dayFromToday(0),
    signedOffBy: { name: 'Dr A Nurse', role: 'Clinical nurse specialist', organisation: 'An NHS trust', nhsStaff },
  },
});
const codeAndField = (res: any) => [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field];

describe('writes are fenced: refused before anything is written, and never opening access on their own', () => {
  let hub: TestHub;
  let lastAudit = 0;
  beforeAll(async () => {
    hub = await startTestHub();
    lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
  });
  afterAll(() => hub.stop());

  /** Relationships the access store holds with a subject, pending or not. */
  const relationshipsWith = async (subjectId: string) =>
    Number((await hub.accessStore.pool.query('SELECT count(*)::int AS n FROM relationship WHERE subject_id = $1', [subjectId])).rows[0].n);
  /** Audit rows since the last call. */
  async function newAudit(): Promise<any[]> {
    const r = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 ORDER BY id', [lastAudit]);
    if (r.rows.length) lastAudit = Number(r.rows[r.rows.length - 1].id);
    return r.rows;
  }
  /** An error's shape with the id it names taken out: a stranger's answer must equal an unknown id's. */
  const shape = (res: any, id: string) => ({
    code: res.errors?.[0]?.extensions?.code,
    field: res.errors?.[0]?.extensions?.field,
    message: String(res.errors?.[0]?.message).replaceAll(id, 'ID'),
    data: res.data,
  });

  it('startDirectPayment for a person the council does not work with answers NOT_FOUND like an unknown id, writes no episode or relationship, keeps them hidden, and is audited as a refused write', async () => {
    const flintshire = hub.as('social-worker.flintshire');
    await newAudit();
    const counts = await rowCounts(hub, { councils: ['direct_payment'] });
    const before = await relationshipsWith(S1.id);
    const res = await flintshire(START_DP, dp(S1.id, FLINTSHIRE, dayFromToday(1), dayFromToday(1)));
    assert.deepEqual(codeAndField(res), ['NOT_FOUND', 'input.personId'], JSON.stringify(res));
    assert.deepEqual(
      shape(res, S1.id),
      shape(await flintshire(START_DP, dp(UNKNOWN, FLINTSHIRE, dayFromToday(1), dayFromToday(1))), UNKNOWN),
    );
    assert.deepEqual(await rowCounts(hub, { councils: ['direct_payment'] }), counts, 'no episode');
    assert.equal(await relationshipsWith(S1.id), before, 'no relationship');
    assert.equal((await flintshire(PERSON, { id: S1.id })).errors?.[0]?.extensions?.code, 'NOT_FOUND', 'still hidden');
    const audit = (await newAudit()).filter((a) => a.person_id === S1.id && a.user_id === 'social-worker.flintshire');
    assert.ok(
      audit.some((a) => a.action === 'WRITE' && a.outcome === 'DENIED'),
      JSON.stringify(audit),
    );
    assert.ok(!audit.some((a) => a.action === 'WRITE' && a.outcome === 'ALLOWED'));
  });

  it('recordChcDecision with no review date for a stranger answers NOT_FOUND and leaves no decision and no relationship', async () => {
    const counts = await rowCounts(hub, { health: ['chc_decision'] });
    const before = await relationshipsWith(S2.id);
    const res = await hub.as('chc-nurse.betsi')(CHC, {
      i: { personId: S2.id, healthBodyOdsCode: '7A1', decidedOn: dayFromToday(0), outcome: 'ELIGIBLE' },
    });
    assert.deepEqual(codeAndField(res), ['NOT_FOUND', 'input.personId'], JSON.stringify(res));
    assert.deepEqual(await rowCounts(hub, { health: ['chc_decision'] }), counts);
    assert.equal(await relationshipsWith(S2.id), before);
    assert.equal((await hub.as('chc-nurse.betsi')(PERSON, { id: S2.id })).errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });

  it('an episode counts from its first day: a funding relationship starting next year opens nothing today, one starting today does', async () => {
    const flintshire = hub.as('social-worker.flintshire');
    const fact = (start: string) => ({
      organisationCode: FLINTSHIRE,
      subjectKind: 'PERSON' as const,
      subjectId: S3.id,
      kind: 'FUNDER',
      startsOn: start,
      endsOn: start,
      sourceType: 'DirectPayment',
      sourceId: randomUUID(),
    });
    await hub.accessStore.recordRelationships([fact(dayFromToday(365))]);
    assert.equal(
      (await flintshire(PERSON, { id: S3.id })).errors?.[0]?.extensions?.code,
      'NOT_FOUND',
      'a one-day episode next year gives nothing today',
    );
    await hub.accessStore.recordRelationships([fact(dayFromToday(0))]);
    assert.equal((await gqlData(flintshire, PERSON, { id: S3.id })).person.id, S3.id, 'one running today does');
  });

  it('a direct payment by a council that sees the person only through break-glass is pending: a colleague sees nothing, the DPO sees who recorded it and by which write, and only a confirmation opens it', async () => {
    const rhys = hub.as('social-worker.flintshire');
    await gqlData(
      rhys,
      `mutation ($p: ID!) { breakGlass(personId: $p, category: URGENT_HOSPITAL_DISCHARGE, reason: "Hospital discharge tonight and the funding council cannot be reached by phone", minutes: 30) { id } }`,
      { p: S4.id },
    );
    const started = (await gqlData(rhys, START_DP, dp(S4.id, FLINTSHIRE, dayFromToday(0), dayFromToday(30)))).startDirectPayment;
    const colleague = hub.as(colleagueOf('social-worker.flintshire'));
    assert.equal(
      (await colleague(PERSON, { id: S4.id })).errors?.[0]?.extensions?.code,
      'NOT_FOUND',
      'the funding relationship it implies gives no access yet',
    );

    const dpo = hub.as('dpo.continuum');
    const listed = (await gqlData(dpo, ASSERTED)).assertedRelationships.filter((r: any) => r.subjectId === S4.id);
    assert.deepEqual(
      listed.map((r: any) => [
        r.organisationCode,
        r.kind,
        r.status,
        r.sourceType,
        r.sourceId,
        r.startsOn,
        r.assertedBy,
        r.assertedByUserId,
        r.assertedThrough,
        r.corroboration,
      ]),
      [
        [
          FLINTSHIRE,
          'FUNDER',
          'PENDING',
          'DirectPayment',
          started.id,
          dayFromToday(0),
          'Rhys Jones (social worker)',
          'social-worker.flintshire',
          'startDirectPayment',
          null,
        ],
      ],
    );
    const confirmed = (await gqlData(dpo, CONFIRM, { id: listed[0].id })).reviewAssertedRelationship;
    assert.equal(confirmed.status, 'STANDING');
    assert.match(confirmed.corroboration, /data protection officer/);
    assert.equal((await gqlData(colleague, PERSON, { id: S4.id })).person.id, S4.id, 'confirmed, it counts');
  });

  it('registerPerson with a verified NHS number, the given name and a wrong date of birth links pending: the answer echoes nothing held, the record stays hidden, the DPO sees it, and only a confirmation opens it', async () => {
    const durham = hub.as('social-worker.durham');
    const wrongBirth = `${Number(S5.dateOfBirth.slice(0, 4)) - 3}${S5.dateOfBirth.slice(4)}`;
    const res = await durham(REGISTER, {
      i: {
        nhsNumber: S5.nhsNumber,
        nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
        givenName: S5.givenName,
        familyName: 'Unknown',
        dateOfBirth: wrongBirth,
      },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const r = res.data.registerPerson;
    assert.deepEqual([r.outcome, r.person, r.review.candidates], ['LINKED', null, []]);
    const text = JSON.stringify(res);
    for (const held of [S5.id, S5.dateOfBirth, S5.familyName])
      assert.equal(text.includes(held), false, `${held} is not in the answer: ${text}`);
    assert.equal((await durham(PERSON, { id: S5.id })).errors?.[0]?.extensions?.code, 'NOT_FOUND');

    const dpo = hub.as('dpo.continuum');
    const [listed] = (await gqlData(dpo, ASSERTED)).assertedRelationships.filter((x: any) => x.subjectId === S5.id);
    assert.deepEqual(
      [listed.organisationCode, listed.kind, listed.status, listed.sourceType, listed.sourceId, listed.assertedBy, listed.assertedThrough],
      ['E06000047', 'REGISTERED', 'PENDING', 'Registration', r.review.id, 'Claire Dobson (social worker)', 'registerPerson'],
    );
    await gqlData(dpo, CONFIRM, { id: listed.id });
    assert.equal((await gqlData(durham, PERSON, { id: S5.id })).person.dateOfBirth, S5.dateOfBirth);
  });

  it('registerPerson whose verified NHS number, names and date of birth all agree stands at once: the answer shows the person', async () => {
    const r = (
      await gqlData(hub.as('social-worker.stockton'), REGISTER, {
        i: {
          nhsNumber: S6.nhsNumber,
          nhsNumberVerificationStatus: 'NUMBER_PRESENT_AND_VERIFIED',
          givenName: S6.givenName,
          familyName: S6.familyName,
          dateOfBirth: S6.dateOfBirth,
        },
      })
    ).registerPerson;
    assert.deepEqual([r.outcome, r.person.id, r.person.dateOfBirth], ['LINKED', S6.id, S6.dateOfBirth]);
    const all = (await gqlData(hub.as('dpo.continuum'), `{ assertedRelationships { subjectId status corroboration } }`))
      .assertedRelationships;
    assert.deepEqual(
      all.filter((x: any) => x.subjectId === S6.id).map((x: any) => [x.status, x.corroboration]),
      [['STANDING', 'a verified NHS number with names and date of birth agreeing with the record']],
    );
  });

  it('addEmployment naming a PA the caller may not see answers NOT_FOUND on the PA and writes no employment and no link', async () => {
    const [pa] = strangerPas;
    const counts = await rowCounts(hub, { support: ['employment'] });
    const links = Number((await hub.accessStore.pool.query('SELECT count(*)::int AS n FROM employment_link').then((r) => r.rows[0])).n);
    const res = await hub.as('social-worker.newcastle')(`mutation ($i: AddEmploymentInput!) { addEmployment(input: $i) { id } }`, {
      i: {
        employerPersonId: ELEANOR,
        personalAssistantId: pa.id,
        start: dayFromToday(7),
        hoursPerWeek: 10,
        role: 'Personal assistant',
        contractSigned: true,
      },
    });
    assert.deepEqual(codeAndField(res), ['NOT_FOUND', 'input.personalAssistantId'], JSON.stringify(res));
    assert.deepEqual(await rowCounts(hub, { support: ['employment'] }), counts);
    assert.equal(Number((await hub.accessStore.pool.query('SELECT count(*)::int AS n FROM employment_link')).rows[0].n), links);
  });

  describe('competences signed off by NHS staff', () => {
    const trainer = demoUser('trainer.newcastle-hospitals');
    const trainedByTrust = pasVisibleTo(region, trainer.organisationCode);
    const untrained = strangerPas.find((p) => !trainedByTrust.has(p.id))!;
    const training = () => rowCounts(hub, { training: ['training_record'] });

    it('a trainer cannot record catheter care for a PA they never trained: NOT_FOUND, no record, and the PA stays hidden', async () => {
      const counts = await training();
      const before = await relationshipsWith(untrained.id);
      const res = await hub.as(trainer)(TRAIN, clinical(untrained.id));
      assert.deepEqual(codeAndField(res), ['NOT_FOUND', 'input.personalAssistantId'], JSON.stringify(res));
      assert.deepEqual(await training(), counts);
      assert.equal(await relationshipsWith(untrained.id), before);
      assert.equal(
        (await hub.as(trainer)(`query ($id: ID!) { personalAssistant(id: $id) { id familyName } }`, { id: untrained.id })).errors?.[0]
          ?.extensions?.code,
        'NOT_FOUND',
      );
    });

    it('a PA recording an NHS-signed-off competence for another PA is refused as not found, and no row is written', async () => {
      const counts = await training();
      const res = await hub.as('pa.aisha-khan')(TRAIN, clinical(untrained.id));
      assert.deepEqual(codeAndField(res), ['NOT_FOUND', 'input.personalAssistantId'], JSON.stringify(res));
      assert.deepEqual(await training(), counts, 'refused before the resolver ran');
      const audit = (await newAudit()).filter((a) => a.user_id === 'pa.aisha-khan' && a.record_type !== 'TrainingRecord');
      assert.ok(
        audit.some((a) => a.action === 'WRITE' && a.outcome === 'DENIED' && a.pa_id === untrained.id),
        JSON.stringify(audit),
      );
    });

    it('a PA never records an NHS sign-off, even for themselves; nor does a social worker who may see the PA: FORBIDDEN, nothing written', async () => {
      const counts = await training();
      for (const user of ['pa.aisha-khan', 'social-worker.newcastle', 'support-adviser.tyneside-payroll']) {
        const res = await hub.as(user)(TRAIN, clinical(AISHA));
        assert.deepEqual(codeAndField(res), ['FORBIDDEN', 'input.signedOffBy.nhsStaff'], `${user}: ${JSON.stringify(res)}`);
      }
      assert.deepEqual(await training(), counts);
    });

    it('a trainer of a college that trains the PA, not an NHS organisation, cannot record an NHS sign-off', async () => {
      const colleges = new Set(region.trainingProviders.filter((p) => p.kind === 'FURTHER_EDUCATION_COLLEGE').map((p) => p.id));
      const record = region.trainingRecords.find((r) => colleges.has(region.courses.find((c) => c.id === r.courseId)!.providerId))!;
      const college = region.courses.find((c) => c.id === record.courseId)!.providerId;
      const tutor: Caller = {
        userId: 'trainer.college',
        name: 'College tutor',
        organisationCode: college,
        organisationKind: 'TRAINING_PROVIDER',
        role: 'TRAINER',
        purpose: 'TRAINING_ADMINISTRATION',
      };
      const counts = await training();
      const res = await hub.as(tutor)(TRAIN, clinical(record.personalAssistantId));
      assert.deepEqual(codeAndField(res), ['FORBIDDEN', 'input.signedOffBy.nhsStaff'], JSON.stringify(res));
      assert.deepEqual(await training(), counts);
    });

    it('an NHS trust trainer who trains the PA records catheter care, and the record names who attested it and on whose behalf', async () => {
      const recorded = (await gqlData(hub.as(trainer), TRAIN, clinical(AISHA))).recordTraining;
      assert.deepEqual(recorded.signedOffBy, {
        name: 'Dr A Nurse',
        nhsStaff: true,
        attestedBy: 'Fiona Walker (clinical educator)',
        onBehalfOf: trainer.organisationCode,
      });
      const training = hub.subgraphs.find((s) => s.name === 'training')!;
      const [row] = await training.database.client.$queryRawUnsafe(
        `SELECT signed_off_attested_by_user_id AS who, signed_off_on_behalf_of AS org FROM training_record WHERE id = $1::uuid`,
        recorded.id,
      );
      assert.deepEqual([row.who, row.org], ['trainer.newcastle-hospitals', trainer.organisationCode]);
    });
  });

  it('a relationship a write implies for someone its caller already works with stands at once (no review needed)', async () => {
    const newcastle = hub.as('social-worker.newcastle');
    const mine = [...peopleRelatedTo(region, 'E08000021')].find(
      (id) => id !== ELEANOR && !councilEpisodes.some((e) => e.personId === id && (e.end === null || e.end >= dayFromToday(-1))),
    )!;
    const started = (await gqlData(newcastle, START_DP, dp(mine, 'E08000021', dayFromToday(400), dayFromToday(400)))).startDirectPayment;
    const all = (await gqlData(hub.as('dpo.continuum'), `{ assertedRelationships(unreviewedOnly: false) { sourceId } }`))
      .assertedRelationships;
    assert.ok(!all.some((x: any) => x.sourceId === started.id), 'not on the review list');
    const [row] = (
      await hub.accessStore.pool.query('SELECT pending, asserted_by, corroboration FROM relationship WHERE source_id = $1', [started.id])
    ).rows;
    assert.deepEqual(
      [row.pending, row.asserted_by, row.corroboration],
      [false, 'Sam Patel (social worker)', 'E08000021 already had a relationship with the person'],
    );
    assert.ok(S7, 'enough strangers in the region');
  });
});
