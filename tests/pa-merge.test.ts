import { demoUser, buildDemoRegion } from '@continuum/demo';
import { signInternalToken } from '@continuum/access';
import { postGraphQL } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, peopleRelatedTo, registerLead, rowCounts as countRows, startTestHub, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
/** The council funding each employer (their first direct payment), to find PAs employed in two councils. */
const councilOf = new Map(region.directPayments.map((d) => [d.personId, d.councilGssCode]));
const councilsOfPa = (paId: string) =>
  new Set(
    region.employments
      .filter((e) => e.personalAssistantId === paId)
      .map((e) => councilOf.get(e.employerPersonId))
      .filter(Boolean),
  );
const trained = new Set(region.trainingRecords.map((t) => t.personalAssistantId));
const assessedStandards = (paId: string) =>
  new Set(region.careCertificateAssessments.filter((a) => a.personalAssistantId === paId).map((a) => a.standard));
const coursesOf = (paId: string) => new Set(region.trainingRecords.filter((t) => t.personalAssistantId === paId).map((t) => t.courseId));
/**
 * PA records are merged by an employer-support organisation that runs payroll in several councils
 * and so may see both records and every employer of each.
 */
const MERGER = 'support-adviser.tyneside-payroll';
const supported = peopleRelatedTo(region, demoUser(MERGER).organisationCode);
const allEmployersSupported = (paId: string) =>
  region.employments.filter((e) => e.personalAssistantId === paId).every((e) => supported.has(e.employerPersonId));
/** PAs employed in exactly one council, with training: pairs from two councils who share a course (an overlap to report). */
const candidates = region.personalAssistants.filter(
  (pa) => councilsOfPa(pa.id).size === 1 && trained.has(pa.id) && allEmployersSupported(pa.id),
);
function pairAcrossCouncils(skip: Set<string>): [string, string] {
  for (const a of candidates) {
    if (skip.has(a.id)) continue;
    const b = candidates.find(
      (x) =>
        !skip.has(x.id) &&
        x.id !== a.id &&
        [...councilsOfPa(x.id)][0] !== [...councilsOfPa(a.id)][0] &&
        [...coursesOf(x.id)].some((c) => coursesOf(a.id).has(c)),
    );
    if (b) return [a.id, b.id];
  }
  throw new Error('no two PAs from two councils with a shared course in the demo region');
}
const used = new Set<string>();
const [survivor, retired] = pairAcrossCouncils(used);
used.add(survivor).add(retired);
const [survivor2, retired2] = pairAcrossCouncils(used);
used.add(survivor2).add(retired2);
/** Two more PAs the merging organisation may see, neither on the findable register in the demo data. */
const listed = new Set(region.registerEntries.map((e) => e.personalAssistantId));
const [survivor3, retired3] = candidates.filter((pa) => !used.has(pa.id) && !listed.has(pa.id)).map((pa) => pa.id);

/** The finding-and-cover rows naming a PA, and the column naming them, that a PA merge moves. */
const FINDING_AND_COVER: [string, string][] = [
  ['pa_contact', 'personal_assistant_id'],
  ['vacancy_application', 'personal_assistant_id'],
  ['vacancy', 'filled_by_pa_id'],
  ['cover_request', 'covered_by_pa_id'],
  ['contingency_arrangement', 'personal_assistant_id'],
];

/** Two register organisations serving different councils. */
const registers = region.supportOrganisations.filter((o) => o.areasServed.length > 0);
const registerA = registers[0]!;
const registerB = registers.find((o) => !o.areasServed.some((a) => registerA.areasServed.includes(a)))!;

const REGISTER = `mutation ($input: RegisterPersonalAssistantInput!, $key: String) {
  registerPersonalAssistant(input: $input, idempotencyKey: $key) {
    outcome matchedBy
    personalAssistant { id givenName familyName registerIdentifiers { organisation { id } value } }
    review { id status candidates { personalAssistant { id } score rule reasons contributions { field comparison weight detail } } }
  }
}`;
const REVIEW = `query ($id: ID!) {
  paMatchReview(id: $id) {
    id status personalAssistant { id registerIdentifiers { value } }
    decisions { action automatic decidedBy reason personalAssistant { id } fromPersonalAssistant { id } registerIdentifiers { value } }
  }
}`;
const PA = `query ($id: ID!) {
  personalAssistant(id: $id) {
    id formerIds registerIdentifiers { organisation { id } value }
    employers { id employer { id } }
    trainingRecords { id course { code } }
    careCertificate { competencesAssessed }
  }
}`;
const MERGE = `mutation ($s: ID!, $r: ID!, $key: String) {
  mergePersonalAssistants(survivorId: $s, retiredId: $r, decidedBy: "register.lead@example.org", reason: "one PA on two councils' registers", idempotencyKey: $key) {
    id status retiredPersonalAssistantId survivor { id } rowsMoved overlaps unmergedAt
    steps { subgraph state rowsMoved overlaps }
  }
}`;
const UNMERGE = `mutation ($id: ID!) {
  unmergePersonalAssistants(mergeId: $id, decidedBy: "register.lead@example.org", reason: "two PAs after all") { id status unmergedAt unmergedBy }
}`;

const identity = (over: Record<string, unknown>) => ({
  registerOrganisationId: registerA.id,
  registerReference: 'A-0001',
  givenName: 'Joanna',
  familyName: 'Pattinson',
  dateOfBirth: '1985-03-12',
  niNumberSuffix: '42B',
  postcodeDistrict: 'NE6',
  ...over,
});

/** Tables holding PAs and what names them, across the subgraphs. */
const COUNTED: Record<string, string[]> = {
  support: ['personal_assistant', 'employment', 'pa_local_identifier'],
  training: ['training_record', 'care_certificate_assessment'],
};

describe('one PA, one record across registers: matching, review and merges through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  /** Register B's lead decides B's reviews; the merging organisation merges and looks. */
  const asB = (query: string, variables?: Record<string, unknown>) => gqlData(hub.as(registerLead(registerB.id)), query, variables);
  const gql = (query: string, variables?: Record<string, unknown>) => gqlData(hub.as(MERGER), query, variables);
  const register = async (input: Record<string, unknown>, key?: string) =>
    (await gqlData(hub.as(registerLead(String(input.registerOrganisationId))), REGISTER, { input, key })).registerPersonalAssistant;
  const rowCounts = () => countRows(hub, COUNTED);
  const supportDb = () => hub.subgraphs.find((s) => s.name === 'support')!.database.client;
  /** Ids of the finding-and-cover rows naming the PA, table by table. */
  const findingAndCover = async (paId: string) => {
    const out: Record<string, string[]> = {};
    for (const [table, column] of FINDING_AND_COVER) {
      const rows = await supportDb().$queryRawUnsafe(`SELECT id::text FROM "${table}" WHERE "${column}" = $1::uuid ORDER BY id`, paId);
      out[table] = rows.map((r: { id: string }) => r.id);
    }
    return out;
  };
  const entryOf = async (paId: string) =>
    (await supportDb().$queryRawUnsafe(`SELECT id::text FROM register_entry WHERE personal_assistant_id = $1::uuid`, paId))[0]?.id ?? null;
  const paView = async (id: string, view = gql) => {
    const pa = (await view(PA, { id })).personalAssistant;
    return {
      id: pa.id,
      formerIds: pa.formerIds,
      identifiers: pa.registerIdentifiers.map((l: any) => `${l.organisation.id}/${l.value}`).sort(),
      employments: pa.employers.map((e: any) => e.id).sort(),
      training: pa.trainingRecords.map((t: any) => t.id).sort(),
      competencesAssessed: pa.careCertificate?.competencesAssessed ?? 0,
    };
  };

  it('the demo region has PAs employed in two different councils, with training, and registers serving different councils', () => {
    assert.ok(registerB, 'two registers with no council in common');
    assert.notDeepEqual([...councilsOfPa(survivor)], [...councilsOfPa(retired)]);
  });

  it('two councils’ registers submit one PA (a typo in the name, a moved postcode): one PA with both registers’ identifiers', async () => {
    const first = await register(identity({}));
    assert.equal(first.outcome, 'CREATED');
    const second = await register(
      identity({ registerOrganisationId: registerB.id, registerReference: 'B-77', givenName: 'Joana', postcodeDistrict: 'DH1 4LP' }),
    );
    // A link to a PA another register holds waits for the data protection officer: until then register B is shown nothing of them.
    assert.deepEqual(
      [second.outcome, second.matchedBy, second.personalAssistant, second.review.candidates],
      ['LINKED', 'NI_SUFFIX_NAMES_DOB', null, []],
    );
    const pending = (
      await gqlData(
        hub.as('dpo.continuum'),
        `{ assertedRelationships(pendingOnly: true) { id subjectId organisationCode kind status assertedThrough } }`,
      )
    ).assertedRelationships;
    const asserted = pending.find((r: any) => r.subjectId === first.personalAssistant.id && r.organisationCode === registerB.id);
    assert.deepEqual(
      [asserted?.kind, asserted?.status, asserted?.assertedThrough],
      ['PA_REGISTER', 'PENDING', 'registerPersonalAssistant'],
    );
    await gqlData(
      hub.as('dpo.continuum'),
      `mutation ($id: ID!) { reviewAssertedRelationship(id: $id, decision: CONFIRM, note: "Both registers list her") { id } }`,
      { id: asserted.id },
    );
    const review = (
      await asB(
        `query ($id: ID!) { paMatchReview(id: $id) { candidates { personalAssistant { id registerIdentifiers { organisation { id } value } } reasons contributions { field comparison } } } }`,
        { id: second.review.id },
      )
    ).paMatchReview;
    const [candidate] = review.candidates;
    assert.equal(candidate.personalAssistant.id, first.personalAssistant.id);
    assert.ok(
      candidate.reasons.some((r: string) => r.startsWith('Given name nearly agrees: Jaro-Winkler')),
      candidate.reasons.join('\n'),
    );
    assert.ok(candidate.contributions.some((c: any) => c.field === 'POSTCODE_DISTRICT' && c.comparison === 'DISAGREE'));
    assert.deepEqual(
      candidate.personalAssistant.registerIdentifiers.map((l: any) => `${l.organisation.id}/${l.value}`).sort(),
      [`${registerA.id}/A-0001`, `${registerB.id}/B-77`].sort(),
    );
    // The first register sends the PA again: recognised by its own identifier, nothing written.
    const counts = await rowCounts();
    const again = await register(identity({ givenName: 'Jo' }));
    assert.deepEqual(
      [again.outcome, again.matchedBy, again.personalAssistant.id],
      ['LINKED', 'REGISTER_IDENTIFIER', first.personalAssistant.id],
    );
    assert.deepEqual(await rowCounts(), counts);
  });

  it('never links a twin or a namesake automatically', async () => {
    const twin = await register(identity({ registerReference: 'A-0002', givenName: 'Emily', niNumberSuffix: '17C' }));
    // Another given name and another NI suffix already tell the twin apart: a PA of her own, no review.
    assert.equal(twin.outcome, 'CREATED', JSON.stringify(twin));
    assert.equal(twin.review, null);
    assert.equal(twin.personalAssistant.givenName, 'Emily');
    const namesake = await register(
      identity({ registerOrganisationId: registerB.id, registerReference: 'B-78', niNumberSuffix: '90A', postcodeDistrict: 'TS24' }),
    );
    assert.equal(namesake.outcome, 'SENT_TO_REVIEW', JSON.stringify(namesake));
    assert.equal(namesake.personalAssistant, null);
  });

  it('a review linked and unlinked: each decision recorded with who and why, the identifier ending on its own PA', async () => {
    const sent = await register(
      identity({ registerOrganisationId: registerB.id, registerReference: 'B-79', niNumberSuffix: '91A', postcodeDistrict: 'TS25' }),
    );
    assert.equal(sent.outcome, 'SENT_TO_REVIEW');
    const target = sent.review.candidates[0].personalAssistant.id;
    const open = (await asB(`query { paMatchReviews(first: 100) { totalCount edges { node { id } } } }`)).paMatchReviews;
    assert.ok(open.edges.some((e: any) => e.node.id === sent.review.id));

    const linked = (
      await asB(
        `mutation ($id: ID!, $pa: ID!) { linkPaMatchReview(id: $id, personalAssistantId: $pa, decidedBy: "reviewer@register", reason: "same NI letter on payroll") { status personalAssistant { id } } }`,
        { id: sent.review.id, pa: target },
      )
    ).linkPaMatchReview;
    assert.deepEqual(linked, { status: 'LINKED', personalAssistant: { id: target } });
    assert.ok((await paView(target, asB)).identifiers.includes(`${registerB.id}/B-79`));

    const unlinked = (
      await asB(
        `mutation ($id: ID!) { unlinkPaMatchReview(id: $id, decidedBy: "senior@register", reason: "payroll shows a different NI number") { status personalAssistant { id } } }`,
        { id: sent.review.id },
      )
    ).unlinkPaMatchReview;
    assert.equal(unlinked.status, 'NOT_A_MATCH');
    assert.notEqual(unlinked.personalAssistant.id, target);
    assert.ok(!(await paView(target, asB)).identifiers.includes(`${registerB.id}/B-79`));
    assert.deepEqual((await paView(unlinked.personalAssistant.id, asB)).identifiers, [`${registerB.id}/B-79`]);

    const history = (await asB(REVIEW, { id: sent.review.id })).paMatchReview.decisions;
    assert.deepEqual(
      history.map((d: any) => [d.action, d.automatic, d.decidedBy, d.reason, d.personalAssistant?.id, d.fromPersonalAssistant?.id ?? null]),
      [
        ['LINK', false, 'reviewer@register', 'same NI letter on payroll', target, null],
        ['UNLINK', false, 'senior@register', 'payroll shows a different NI number', unlinked.personalAssistant.id, target],
      ],
    );
  });

  it('a not-a-match decision is reopened (the PA record it created removed), unless training has records for that PA', async () => {
    const REJECT = `mutation ($id: ID!) { rejectPaMatchReview(id: $id, decidedBy: "reviewer@register", reason: "different PA") { status personalAssistant { id } } }`;
    const REOPEN = `mutation ($id: ID!) { reopenPaMatchReview(id: $id, decidedBy: "senior@register", reason: "decided too soon") { status personalAssistant { id } decisions { action decidedBy } } }`;
    const counts = await rowCounts();
    const sent = await register(
      identity({ registerOrganisationId: registerB.id, registerReference: 'B-80', niNumberSuffix: '92A', postcodeDistrict: 'TS26' }),
    );
    const created = (await asB(REJECT, { id: sent.review.id })).rejectPaMatchReview;
    assert.equal(created.status, 'NOT_A_MATCH');
    const reopened = (await asB(REOPEN, { id: sent.review.id })).reopenPaMatchReview;
    assert.deepEqual([reopened.status, reopened.personalAssistant], ['OPEN', null]);
    assert.deepEqual(
      reopened.decisions.map((d: any) => [d.action, d.decidedBy]),
      [
        ['NOT_A_MATCH', 'reviewer@register'],
        ['REOPEN', 'senior@register'],
      ],
    );
    assert.deepEqual(await rowCounts(), counts, 'the PA record the decision created is gone again');
    const twice = await hub.as(registerLead(registerB.id))(REOPEN, { id: sent.review.id });
    assert.equal(twice.errors?.[0]?.extensions?.code, 'CONFLICT');

    const trained = (await asB(REJECT, { id: sent.review.id })).rejectPaMatchReview.personalAssistant.id;
    // The register records a course for the PA the decision created (a trainer who never trained them may not).
    const course = region.courses.find((c) => !c.requiresNhsSignOff)!;
    await gqlData(hub.as(registerLead(registerB.id)), `mutation ($input: RecordTrainingInput!) { recordTraining(input: $input) { id } }`, {
      input: {
        personalAssistantId: trained,
        courseCode: course.code,
        completedOn: '2025-01-15',
        signedOffBy: { name: 'A Trainer', role: 'Trainer', organisation: 'Skills for Care', nhsStaff: false },
      },
    });
    const refused = await hub.as(registerLead(registerB.id))(REOPEN, { id: sent.review.id });
    assert.equal(refused.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.match(refused.errors?.[0]?.message ?? '', /training records/);
  });

  it('merges two PA records: employments in two councils and training records under the survivor, the retired id resolves, nothing lost; unmerge restores exactly', async () => {
    const counts = await rowCounts();
    const [s0, r0] = [await paView(survivor), await paView(retired)];
    const retiredFinding = Object.values(await findingAndCover(retired)).flat().length;
    assert.ok(s0.employments.length && r0.employments.length && s0.training.length && r0.training.length);
    assert.ok(assessedStandards(retired).size > 0, 'the retired record has Care Certificate assessments');

    const merge = (await gql(MERGE, { s: survivor, r: retired })).mergePersonalAssistants;
    assert.equal(merge.status, 'MERGED', JSON.stringify(merge));
    assert.deepEqual(
      merge.steps.map((s: any) => [s.subgraph, s.state, s.rowsMoved]),
      [
        ['SUPPORT', 'DONE', r0.employments.length + retiredFinding],
        ['TRAINING', 'DONE', r0.training.length + assessedStandards(retired).size],
      ],
    );
    // The same course recorded for both records is kept twice and reported; so is a Care
    // Certificate standard assessed on both (two assessments reported for each).
    const trainingOverlaps: string[] = merge.steps[1].overlaps;
    const recordOverlaps = trainingOverlaps.filter((id) => [...s0.training, ...r0.training].includes(id));
    assert.ok(recordOverlaps.length >= 2, JSON.stringify(merge));
    const sharedStandards = [...assessedStandards(retired)].filter((n) => assessedStandards(survivor).has(n));
    assert.equal(trainingOverlaps.length - recordOverlaps.length, 2 * sharedStandards.length, JSON.stringify(merge));

    const merged = await paView(survivor);
    assert.deepEqual(merged.employments, [...s0.employments, ...r0.employments].sort());
    assert.deepEqual(merged.training, [...s0.training, ...r0.training].sort());
    assert.equal(
      merged.competencesAssessed,
      new Set([...assessedStandards(survivor), ...assessedStandards(retired)]).size,
      "the survivor's Care Certificate counts the retired record's workplace assessments",
    );
    assert.deepEqual(merged.formerIds, [retired]);
    const EMPLOYMENTS_OF = `query ($pa: ID!) { employments(filter: { personalAssistantId: $pa }, first: 100) { edges { node { id } } } }`;
    const byRetired = (await gql(EMPLOYMENTS_OF, { pa: retired })).employments.edges.map((e: any) => e.node.id).sort();
    assert.deepEqual(byRetired, merged.employments, "asking for the retired PA's employments finds them under the survivor");
    assert.deepEqual(await paView(retired), merged, 'the retired id answers with the survivor, training included');
    const support = hub.subgraphs.find((s) => s.name === 'support')!;
    // Asked directly, as the gateway asks it on the merging adviser's behalf.
    const entity = await postGraphQL(
      support.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalAssistant { id } } }`,
      {
        r: [{ __typename: 'PersonalAssistant', id: retired }],
      },
      { authorization: `Bearer ${await signInternalToken(hub.keys.gateway, demoUser(MERGER))}` },
    );
    assert.deepEqual(entity.data._entities, [{ id: survivor }], JSON.stringify(entity.errors));
    // An employer of the retired PA sees the survivor in their PA team.
    const employer = region.employments.find((e) => e.personalAssistantId === retired)!.employerPersonId;
    const team = (
      await gql(`query ($id: ID!) { person(id: $id) { paTeam(includeEnded: true) { personalAssistant { id } } } }`, { id: employer })
    ).person.paTeam;
    assert.ok(team.some((e: any) => e.personalAssistant.id === survivor));
    assert.deepEqual(await rowCounts(), counts, 'merging removes and adds no PA, employment or training row');

    const unmerged = (await gql(UNMERGE, { id: merge.id })).unmergePersonalAssistants;
    assert.deepEqual([unmerged.status, unmerged.unmergedBy], ['UNMERGED', 'register.lead@example.org']);
    assert.deepEqual(await paView(survivor), s0);
    assert.deepEqual(await paView(retired), r0);
    assert.deepEqual(await rowCounts(), counts);
    const again = await hub.as(MERGER)(UNMERGE, { id: merge.id });
    assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT');
  });

  it("moves the retired PA's register entry, contacts, vacancy applications, vacancies filled, cover given and back-up arrangements to the survivor; unmerge moves each back", async () => {
    const db = supportDb();
    const employment = region.employments.find((e) => e.personalAssistantId === retired3)!;
    const plan = region.contingencyPlans.find((p) => p.arrangements.length < 5)!;
    const [entry, contact, open, filled, cover] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const [applied, appliedBySurvivor] = [randomUUID(), randomUUID()];
    await db.$executeRawUnsafe(
      `INSERT INTO register_entry (id, personal_assistant_id, postcode_district, consent_given_on, published_by, training, care_groups)
       VALUES ($1::uuid, $2::uuid, 'NE6', '2026-01-05', 'the PA', '{}', '{}')`,
      entry,
      retired3,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO pa_contact (id, register_entry_id, personal_assistant_id, for_person_id, requested_by, requested_by_organisation, message)
       VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, 'sw@example.org', 'C1', 'cover on Tuesdays')`,
      contact,
      entry,
      retired3,
      employment.employerPersonId,
    );
    for (const [id, filledBy] of [
      [open, null],
      [filled, retired3],
    ]) {
      await db.$executeRawUnsafe(
        `INSERT INTO vacancy (id, employer_person_id, posted_on, posted_by, postcode_district, hours_per_week, hourly_rate, filled_on, filled_by_pa_id)
         VALUES ($1::uuid, $2::uuid, '2026-01-05', 'the employer', 'NE6', 10, 12.5, CASE WHEN $3::uuid IS NULL THEN NULL ELSE '2026-02-01'::date END, $3::uuid)`,
        id,
        employment.employerPersonId,
        filledBy,
      );
    }
    // Both records applied to the same vacancy: the survivor holds both applications once merged.
    for (const [id, pa] of [
      [applied, retired3],
      [appliedBySurvivor, survivor3],
    ]) {
      await db.$executeRawUnsafe(
        `INSERT INTO vacancy_application (id, vacancy_id, personal_assistant_id, applied_on, recorded_by) VALUES ($1::uuid, $2::uuid, $3::uuid, '2026-01-10', 'the employer')`,
        id,
        open,
        pa,
      );
    }
    await db.$executeRawUnsafe(
      `INSERT INTO cover_request (id, employment_id, employer_person_id, from_day, to_day, reason, requested_by, covered_by_kind, covered_by_pa_id, filled_at, filled_by)
       VALUES ($1::uuid, $2::uuid, $3::uuid, '2026-02-02', '2026-02-03', 'SICKNESS', 'the employer', 'BACKUP_PA', $4::uuid, CURRENT_TIMESTAMP, 'the employer')`,
      cover,
      employment.id,
      employment.employerPersonId,
      retired3,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO contingency_arrangement (employer_person_id, position, kind, personal_assistant_id) VALUES ($1::uuid, 90, 'BACKUP_PA', $2::uuid)`,
      plan.employerPersonId,
      retired3,
    );
    const [arrangement] = await db.$queryRawUnsafe(
      `SELECT id::text FROM contingency_arrangement WHERE employer_person_id = $1::uuid AND position = 90`,
      plan.employerPersonId,
    );
    const before: Record<'survivor' | 'retired', Record<string, string[]>> = {
      survivor: await findingAndCover(survivor3),
      retired: await findingAndCover(retired3),
    };
    assert.deepEqual(
      { ...before.retired },
      {
        pa_contact: [contact],
        vacancy_application: [applied],
        vacancy: [filled],
        cover_request: [cover],
        contingency_arrangement: [arrangement.id],
      },
    );
    assert.equal(await entryOf(survivor3), null);

    const merge = (await gql(MERGE, { s: survivor3, r: retired3 })).mergePersonalAssistants;
    assert.equal(merge.status, 'MERGED', JSON.stringify(merge));
    const sorted = (a: string[], b: string[]) => [...a, ...b].sort();
    const merged = await findingAndCover(survivor3);
    for (const [table] of FINDING_AND_COVER)
      assert.deepEqual(merged[table], sorted(before.survivor[table]!, before.retired[table]!), table);
    assert.deepEqual(Object.values(await findingAndCover(retired3)).flat(), []);
    assert.equal(await entryOf(survivor3), entry, "a survivor without a register entry takes the retired PA's");
    const [application] = await db.$queryRawUnsafe(
      `SELECT moved_from_pa_id::text AS "from" FROM vacancy_application WHERE id = $1::uuid`,
      applied,
    );
    assert.equal(application.from, retired3);

    assert.equal((await gql(UNMERGE, { id: merge.id })).unmergePersonalAssistants.status, 'UNMERGED');
    assert.deepEqual(await findingAndCover(retired3), before.retired);
    assert.deepEqual(await findingAndCover(survivor3), before.survivor);
    assert.deepEqual([await entryOf(retired3), await entryOf(survivor3)], [entry, null]);

    // Both with an entry: the survivor's is kept (as the survivor's own record is), the retired one's stays theirs.
    const survivorEntry = randomUUID();
    await db.$executeRawUnsafe(
      `INSERT INTO register_entry (id, personal_assistant_id, postcode_district, consent_given_on, published_by, training, care_groups)
       VALUES ($1::uuid, $2::uuid, 'NE7', '2026-01-05', 'the PA', '{}', '{}')`,
      survivorEntry,
      survivor3,
    );
    const again = (await gql(MERGE, { s: survivor3, r: retired3 })).mergePersonalAssistants;
    assert.equal(again.status, 'MERGED', JSON.stringify(again));
    assert.deepEqual([await entryOf(survivor3), await entryOf(retired3)], [survivorEntry, entry]);
    assert.deepEqual((await findingAndCover(survivor3)).pa_contact, sorted(before.survivor.pa_contact!, [contact]));
    assert.equal((await gql(UNMERGE, { id: again.id })).unmergePersonalAssistants.status, 'UNMERGED');
    assert.deepEqual([await entryOf(survivor3), await entryOf(retired3)], [survivorEntry, entry]);
    assert.deepEqual(await findingAndCover(retired3), before.retired);
  });

  it('refuses bad merges with clear errors and nothing written', async () => {
    const counts = await rowCounts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ s: survivor, r: survivor }, 'BAD_USER_INPUT', 'retiredId'],
      [{ s: 'not-an-id', r: retired }, 'BAD_USER_INPUT', 'survivorId'],
      [{ s: survivor, r: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'retiredId'],
    ];
    for (const [vars, code, field] of cases) {
      const res = await hub.as(MERGER)(MERGE, vars);
      assert.deepEqual([res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field], [code, field], JSON.stringify(res.errors));
    }
    assert.deepEqual(await rowCounts(), counts);
  });

  it('stays PENDING while training is down, and reconcilePaMerge finishes it once training is back', async () => {
    const counts = await rowCounts();
    const before = await paView(retired2);
    await hub.stopSubgraph('training');
    let merge;
    try {
      merge = (await gql(MERGE, { s: survivor2, r: retired2, key: 'pa-merge-while-training-down' })).mergePersonalAssistants;
      assert.equal(merge.status, 'PENDING');
      assert.deepEqual(
        merge.steps.map((s: any) => [s.subgraph, s.state]),
        [
          ['SUPPORT', 'DONE'],
          ['TRAINING', 'PENDING'],
        ],
      );
    } finally {
      await hub.restartSubgraph('training');
    }
    const done = (
      await gql(`mutation ($id: ID!) { reconcilePaMerge(id: $id) { status steps { subgraph state rowsMoved } } }`, { id: merge.id })
    ).reconcilePaMerge;
    assert.deepEqual(
      done.steps.map((s: any) => [s.subgraph, s.state]),
      [
        ['SUPPORT', 'DONE'],
        ['TRAINING', 'DONE'],
      ],
    );
    assert.equal(done.status, 'MERGED');
    assert.deepEqual(
      (await paView(survivor2)).training.filter((id: string) => before.training.includes(id)),
      before.training,
    );
    assert.deepEqual(await rowCounts(), counts);
    assert.equal((await gql(UNMERGE, { id: merge.id })).unmergePersonalAssistants.status, 'UNMERGED');
  });
});
