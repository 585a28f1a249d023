import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';

const region = buildDemoRegion();
const REPOINT = `mutation ($m: ID!, $from: ID!, $to: ID!) { repointPersonalAssistantInTraining(mergeId: $m, fromPersonalAssistantId: $from, toPersonalAssistantId: $to) { mergeId rowsMoved overlaps } }`;
const REVERT = `mutation ($m: ID!) { revertPersonalAssistantRepointInTraining(mergeId: $m) { mergeId rowsMoved overlaps } }`;
const RECORD = `mutation ($input: RecordTrainingInput!) { recordTraining(input: $input) { id } }`;
const SIGN_OFF = { name: 'Jo Employer', role: 'Employer', organisation: 'Self-directed support', nhsStaff: false };

const recordsOf = (pa: string) => region.trainingRecords.filter((t) => t.personalAssistantId === pa);
const trainedPas = [...new Set(region.trainingRecords.map((t) => t.personalAssistantId))];
const plainCourse = region.courses.find((c) => !c.requiresNhsSignOff)!;

describe('training: repointing a merged PA', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let db: any;
  const rows = async () =>
    new Map(
      ((await db.$queryRawUnsafe(`SELECT id::text AS id, to_jsonb(t) AS row FROM "training_record" t`)) as { id: string; row: any }[]).map(
        (r) => [r.id, r.row],
      ),
    );

  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    db = sg.database.client;
  });
  afterAll(() => sg.stop());

  it('moves every training record and competence of the retired PA, keeps the same course completed on the same day by both, reports overlaps; a revert restores exactly', async () => {
    const [to, from] = [trainedPas[0]!, trainedPas[1]!];
    // The same course on the same day for both records: once one PA, it must not be lost to the one-per-day key.
    for (const pa of [to, from]) {
      const res = await sg.execute(RECORD, {
        input: { personalAssistantId: pa, courseCode: plainCourse.code, completedOn: '2024-02-29', signedOffBy: SIGN_OFF },
      });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    }
    const before = await rows();
    const retiredRows = [...before].filter(([, r]) => r.personal_assistant_id === from).map(([id]) => id);
    assert.equal(retiredRows.length, recordsOf(from).length + 1);

    const mergeId = randomUUID();
    const res = await sg.execute(REPOINT, { m: mergeId, from, to });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const after = await rows();
    assert.equal(after.size, before.size, 'no training record is lost or added');
    for (const [id, row] of before) {
      const now = after.get(id)!;
      if (row.personal_assistant_id === from) assert.deepEqual(now, { ...row, personal_assistant_id: to, moved_from_pa_id: from });
      else assert.deepEqual(now, row);
    }
    const result = res.data.repointPersonalAssistantInTraining;
    assert.equal(result.rowsMoved, retiredRows.length);
    const sameCourse = [...after].filter(([, r]) => r.personal_assistant_id === to && r.course_id === plainCourse.id).map(([id]) => id);
    assert.ok(sameCourse.length >= 2, "both records of the shared course are now the survivor's");
    for (const id of sameCourse) assert.ok(result.overlaps.includes(id), 'both records of the shared course are reported');

    // A repeat moves nothing new and answers the same.
    assert.deepEqual((await sg.execute(REPOINT, { m: mergeId, from, to })).data.repointPersonalAssistantInTraining, result);
    const pa = (
      await sg.execute(
        `query ($id: ID!) { _entities(representations: [{ __typename: "PersonalAssistant", id: $id }]) { ... on PersonalAssistant { trainingRecords { id } } } }`,
        { id: to },
      )
    ).data._entities[0];
    assert.equal(pa.trainingRecords.length, [...after.values()].filter((r) => r.personal_assistant_id === to).length);

    const reverted = (await sg.execute(REVERT, { m: mergeId })).data.revertPersonalAssistantRepointInTraining;
    assert.deepEqual(reverted, { mergeId, rowsMoved: retiredRows.length, overlaps: [] });
    assert.deepEqual(await rows(), before, 'every record is back, as it was');
    assert.equal((await sg.execute(REVERT, { m: mergeId })).data.revertPersonalAssistantRepointInTraining.rowsMoved, 0);
    const reused = await sg.execute(REPOINT, { m: mergeId, from, to });
    assert.equal(reused.errors?.[0]?.extensions?.code, 'CONFLICT');
  });

  it("moves the retired PA's Care Certificate assessments: the survivor's progress counts them, a standard assessed on both is kept twice and reported; a revert restores exactly", async () => {
    const assessedStandards = (pa: string) =>
      new Set(region.careCertificateAssessments.filter((a) => a.personalAssistantId === pa).map((a) => a.standard));
    // The retired record has assessments; the survivor has a trained record with none.
    const from = trainedPas.find((pa) => assessedStandards(pa).size > 0 && pa !== trainedPas[0] && pa !== trainedPas[1])!;
    const to = trainedPas.find((pa) => assessedStandards(pa).size === 0 && pa !== trainedPas[0] && pa !== trainedPas[1])!;
    assert.ok(from && to, 'the demo region has an assessed PA and a trained one without assessments');
    const standards = [...assessedStandards(from)];
    // One standard assessed on both records as well: once one PA, neither assessment is lost.
    const assessorId = region.careCertificateAssessments.find((a) => a.personalAssistantId === from)!.assessorId;
    await db.careCertificateAssessment.create({
      data: { personalAssistantId: to, standard: standards[0]!, assessedOn: new Date('2025-03-03'), assessorId, recordedBy: 'Test' },
    });
    const assessments = async () =>
      new Map(
        (
          (await db.$queryRawUnsafe(`SELECT id::text AS id, to_jsonb(t) AS row FROM "care_certificate_assessment" t`)) as {
            id: string;
            row: any;
          }[]
        ).map((r) => [r.id, r.row]),
      );
    const progressOf = async (pa: string) =>
      (
        await sg.execute(
          `query ($id: ID!) { _entities(representations: [{ __typename: "PersonalAssistant", id: $id }]) { ... on PersonalAssistant { careCertificate { competencesAssessed } } } }`,
          { id: pa },
        )
      ).data._entities[0].careCertificate;
    assert.equal((await progressOf(to)).competencesAssessed, 1);

    const before = await assessments();
    const retired = [...before].filter(([, r]) => r.personal_assistant_id === from).map(([id]) => id);
    assert.equal(retired.length, standards.length);
    const mergeId = randomUUID();
    const res = await sg.execute(REPOINT, { m: mergeId, from, to });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const after = await assessments();
    assert.equal(after.size, before.size, 'no assessment is lost or added');
    for (const [id, row] of before) {
      if (row.personal_assistant_id === from)
        assert.deepEqual(after.get(id), { ...row, personal_assistant_id: to, moved_from_pa_id: from });
      else assert.deepEqual(after.get(id), row);
    }
    assert.equal((await progressOf(to)).competencesAssessed, standards.length, "the survivor's progress counts the retired record's");
    const both = [...after].filter(([, r]) => r.personal_assistant_id === to && r.standard === standards[0]).map(([id]) => id);
    assert.equal(both.length, 2);
    const result = res.data.repointPersonalAssistantInTraining;
    for (const id of both) assert.ok(result.overlaps.includes(id), 'both assessments of the shared standard are reported');

    const reverted = (await sg.execute(REVERT, { m: mergeId })).data.revertPersonalAssistantRepointInTraining;
    assert.equal(reverted.rowsMoved, result.rowsMoved);
    assert.deepEqual(await assessments(), before, 'every assessment is back, as it was');
    assert.equal((await progressOf(to)).competencesAssessed, 1);
  });

  it('moves the link of an assessor who works as the retired PA to the survivor (whose record they may not assess); a revert moves it back', async () => {
    const [from, to] = [trainedPas[4]!, trainedPas[5]!];
    const provider = region.careCertificateAssessors[0]!.providerId;
    const id = randomUUID();
    await db.careCertificateAssessor.create({
      data: {
        id,
        name: 'Sam Assessor',
        kind: 'COUNCIL_TRAINED',
        providerId: provider,
        capacityPerMonth: 4,
        personalAssistantId: from,
        registeredBy: 'Test',
      },
    });
    const linkedTo = async () => (await db.careCertificateAssessor.findUnique({ where: { id } })).personalAssistantId;
    const mergeId = randomUUID();
    const res = await sg.execute(REPOINT, { m: mergeId, from, to });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(await linkedTo(), to);
    assert.equal((await sg.execute(REVERT, { m: mergeId })).errors, undefined);
    assert.equal(await linkedTo(), from);
  });

  it('refuses a merge of a PA into themselves and a revert of an unknown merge', async () => {
    const pa = trainedPas[2]!;
    const self = await sg.execute(REPOINT, { m: randomUUID(), from: pa, to: pa });
    assert.deepEqual(
      [self.errors?.[0]?.extensions?.code, self.errors?.[0]?.extensions?.field],
      ['BAD_USER_INPUT', 'toPersonalAssistantId'],
    );
    const unknown = await sg.execute(REVERT, { m: randomUUID() });
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });
});
