/**
 * The Care Certificate's two halves over real HTTP through the gateway: each standard's knowledge
 * (its course) and its competence assessed in the workplace, with the assessor and day; the
 * assessor register (council-trained, colleges' internal assessors); the certificate awarded when
 * every standard has both; "knowledge done, waiting for assessment" as a filter; and the two
 * writes, for trainers of the assessing organisation only, refusing an assessor's own record and
 * other bad input with nothing written.
 */
import { buildDemoRegion } from '@continuum/demo';
import type { Caller } from '@continuum/runtime';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, pasVisibleTo, startTestHub, type Client, type TestHub } from './helpers.ts';
import { assertRefusedWrite } from './refused-write.ts';

const region = buildDemoRegion();
const NEWCASTLE = 'E08000021';
const college = region.trainingProviders.find((p) => p.name === 'Newcastle College')!;
const durhamTeam = region.trainingProviders.find((p) => p.kind === 'COUNCIL_LEARNING_AND_DEVELOPMENT' && p.name.startsWith('Durham'))!;
const COLLEGE_TRAINER: Caller = {
  userId: 'trainer.newcastle-college',
  name: 'Internal assessor lead',
  organisationCode: college.id,
  organisationKind: 'TRAINING_PROVIDER',
  role: 'TRAINER',
  purpose: 'TRAINING_ADMINISTRATION',
};

const standardOf = new Map(region.courses.filter((c) => c.careCertificateStandard !== null).map((c) => [c.id, c.careCertificateStandard!]));
const assessorById = new Map(region.careCertificateAssessors.map((a) => [a.id, a]));
/** Per PA, the first knowledge completion of each standard. */
const knowledgeOf = new Map<string, Map<number, string>>();
for (const r of region.trainingRecords) {
  const s = standardOf.get(r.courseId);
  if (s === undefined) continue;
  const mine = knowledgeOf.get(r.personalAssistantId) ?? new Map<number, string>();
  knowledgeOf.set(r.personalAssistantId, mine);
  const latest = mine.get(s);
  // The progress shows the latest completion of a standard's knowledge.
  if (!latest || r.completedOn > latest) mine.set(s, r.completedOn);
}
const assessmentsOf = (paId: string) => region.careCertificateAssessments.filter((a) => a.personalAssistantId === paId);
const stageOf = (paId: string) => {
  const k = knowledgeOf.get(paId)?.size ?? 0;
  const a = assessmentsOf(paId).length;
  return k === 16 ? (a === 16 ? 'AWARDED' : 'AWAITING_ASSESSMENT') : k > 0 ? 'KNOWLEDGE_IN_PROGRESS' : null;
};

const PROGRESS = `query ($id: ID!) { personalAssistant(id: $id) { careCertificate {
  standardsCompleted competencesAssessed standardsAwaitingAssessment stage awardedOn complete
  standards { standard knowledgeCompletedOn competenceAssessedOn assessor { id kind organisation { id } } } } } }`;
const STAGE = `query ($stage: CareCertificateStage!, $first: Int, $after: String) {
  careCertificates(stage: $stage, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const REGISTER = `mutation ($input: RegisterCareCertificateAssessorInput!) { registerCareCertificateAssessor(input: $input) { id name kind capacityPerMonth assessedLast30Days organisation { id } } }`;
const ASSESS = `mutation ($input: RecordCareCertificateAssessmentInput!) { recordCareCertificateAssessment(input: $input) {
  competencesAssessed standards { standard competenceAssessedOn assessor { id } } } }`;

describe('Care Certificate: knowledge and workplace assessment', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  const collegeTrainer = () => hub.as(COLLEGE_TRAINER);
  const refused = (client: Client, query: string, variables: Record<string, unknown>, code: string, field?: string) =>
    assertRefusedWrite(hub, client, query, variables, code, field);

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it("shows each standard's knowledge and assessment as the demo region holds them, and the certificate awarded on the last day", async () => {
    const seen = pasVisibleTo(region, NEWCASTLE);
    const awarded = [...knowledgeOf.keys()].find((id) => seen.has(id) && stageOf(id) === 'AWARDED')!;
    const waiting = [...knowledgeOf.keys()].find((id) => seen.has(id) && stageOf(id) === 'AWAITING_ASSESSMENT')!;
    for (const paId of [awarded, waiting]) {
      const progress = (await gqlData(newcastle(), PROGRESS, { id: paId })).personalAssistant.careCertificate;
      const assessed = new Map(assessmentsOf(paId).map((a) => [a.standard, a]));
      const standards = Array.from({ length: 16 }, (_, i) => {
        const a = assessed.get(i + 1);
        return {
          standard: i + 1,
          knowledgeCompletedOn: knowledgeOf.get(paId)!.get(i + 1) ?? null,
          competenceAssessedOn: a?.assessedOn ?? null,
          assessor: a
            ? {
                id: a.assessorId,
                kind: assessorById.get(a.assessorId)!.kind,
                organisation: { id: assessorById.get(a.assessorId)!.providerId },
              }
            : null,
        };
      });
      const days = standards.flatMap((s) => [s.knowledgeCompletedOn!, s.competenceAssessedOn!]).sort();
      assert.deepEqual(progress, {
        standardsCompleted: 16,
        competencesAssessed: assessed.size,
        standardsAwaitingAssessment: 16 - assessed.size,
        stage: stageOf(paId),
        awardedOn: stageOf(paId) === 'AWARDED' ? days[days.length - 1] : null,
        complete: true,
        standards,
      });
    }
  });

  it('lists the PAs whose knowledge is done and who wait for assessment (and those awarded), only those the caller may see', async () => {
    const seen = pasVisibleTo(region, NEWCASTLE);
    for (const stage of ['AWAITING_ASSESSMENT', 'AWARDED', 'KNOWLEDGE_IN_PROGRESS']) {
      const expected = [...knowledgeOf.keys()].filter((id) => seen.has(id) && stageOf(id) === stage).sort();
      const first = (await gqlData(newcastle(), STAGE, { stage, first: 100 })).careCertificates;
      assert.equal(first.totalCount, expected.length, stage);
      const ids = first.edges.map((e: any) => e.node.id);
      if (first.pageInfo.hasNextPage) {
        const next = (await gqlData(newcastle(), STAGE, { stage, first: 100, after: first.pageInfo.endCursor })).careCertificates;
        ids.push(...next.edges.map((e: any) => e.node.id));
      }
      assert.deepEqual(ids, expected.slice(0, 200), stage);
      assert.ok(expected.length > 0, `${stage} in the demo region`);
    }
    const res = await hub.as('commissioner.icb')(STAGE, { stage: 'AWARDED' });
    assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('the assessor register: council-trained and college internal assessors, with organisation and capacity', async () => {
    const list = (
      await gqlData(
        newcastle(),
        `query ($o: ID) { careCertificateAssessors(organisationId: $o) { id name kind capacityPerMonth organisation { id } } }`,
        { o: college.id },
      )
    ).careCertificateAssessors;
    const expected = region.careCertificateAssessors
      .filter((a) => a.providerId === college.id)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    assert.deepEqual(
      list,
      expected.map((a) => ({
        id: a.id,
        name: a.name,
        kind: 'COLLEGE_INTERNAL_ASSESSOR',
        capacityPerMonth: a.capacityPerMonth,
        organisation: { id: college.id },
      })),
    );
    const all = (await gqlData(newcastle(), `{ careCertificateAssessors { kind } }`)).careCertificateAssessors;
    assert.deepEqual([...new Set(all.map((a: any) => a.kind))].sort(), ['COLLEGE_INTERNAL_ASSESSOR', 'COUNCIL_TRAINED']);
  });

  it("a college registers an assessor and records assessments; never the assessor's own record, nor bad input, with nothing written", async () => {
    const seen = pasVisibleTo(region, college.id);
    const assessed = new Set(region.careCertificateAssessments.map((a) => `${a.personalAssistantId}/${a.standard}`));
    const pending = [...knowledgeOf].flatMap(([paId, standards]) =>
      seen.has(paId) ? [...standards].filter(([s]) => !assessed.has(`${paId}/${s}`)).map(([s, on]) => ({ paId, standard: s, on })) : [],
    );
    const [own, other] = [pending[0]!, pending.find((p) => p.paId !== pending[0]!.paId)!];

    await refused(
      collegeTrainer(),
      REGISTER,
      { input: { name: 'Wrong kind', kind: 'COUNCIL_TRAINED', capacityPerMonth: 10 } },
      'BAD_USER_INPUT',
      'input.kind',
    );
    await refused(
      collegeTrainer(),
      REGISTER,
      { input: { name: 'Too many', kind: 'COLLEGE_INTERNAL_ASSESSOR', capacityPerMonth: 201 } },
      'BAD_USER_INPUT',
      'input.capacityPerMonth',
    );
    await refused(
      hub.as('social-worker.newcastle'),
      REGISTER,
      { input: { name: 'Not a trainer', kind: 'COUNCIL_TRAINED', capacityPerMonth: 5 } },
      'FORBIDDEN',
    );
    // The assessor also works as a PA (the first PA with a standard waiting).
    const assessor = (
      await gqlData(collegeTrainer(), REGISTER, {
        input: {
          name: 'Assessor who is also a PA',
          kind: 'COLLEGE_INTERNAL_ASSESSOR',
          capacityPerMonth: 12,
          personalAssistantId: own.paId,
        },
      })
    ).registerCareCertificateAssessor;
    assert.deepEqual(
      [assessor.kind, assessor.capacityPerMonth, assessor.assessedLast30Days, assessor.organisation.id],
      ['COLLEGE_INTERNAL_ASSESSOR', 12, 0, college.id],
    );

    const input = (p: typeof own, extra: Record<string, unknown> = {}) => ({
      input: { personalAssistantId: p.paId, standard: p.standard, assessedOn: dayFromToday(0), assessorId: assessor.id, ...extra },
    });
    await refused(collegeTrainer(), ASSESS, input(own), 'BAD_USER_INPUT', 'input.assessorId');
    await refused(collegeTrainer(), ASSESS, input(other, { assessedOn: dayFromToday(1) }), 'BAD_USER_INPUT', 'input.assessedOn');
    const dayBefore = new Date(Date.parse(`${other.on}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await refused(collegeTrainer(), ASSESS, input(other, { assessedOn: dayBefore }), 'BAD_USER_INPUT', 'input.assessedOn');
    await refused(collegeTrainer(), ASSESS, input(other, { standard: 17 }), 'BAD_USER_INPUT', 'input.standard');
    const missing = Array.from({ length: 16 }, (_, i) => i + 1).find((s) => !knowledgeOf.get(other.paId)!.has(s));
    if (missing) await refused(collegeTrainer(), ASSESS, input(other, { standard: missing }), 'CONFLICT', 'input.standard');
    const durhamAssessor = region.careCertificateAssessors.find((a) => a.providerId === durhamTeam.id)!;
    await refused(collegeTrainer(), ASSESS, input(other, { assessorId: durhamAssessor.id }), 'FORBIDDEN', 'input.assessorId');
    for (const user of ['social-worker.newcastle', 'support-adviser.tyneside-payroll', 'pa.aisha-khan'])
      await refused(hub.as(user), ASSESS, input(other), 'FORBIDDEN');

    const lastAudit = Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
    const progress = (await gqlData(collegeTrainer(), ASSESS, input(other))).recordCareCertificateAssessment;
    const standard = progress.standards.find((s: any) => s.standard === other.standard);
    assert.deepEqual(standard, { standard: other.standard, competenceAssessedOn: dayFromToday(0), assessor: { id: assessor.id } });
    assert.equal(progress.competencesAssessed, assessmentsOf(other.paId).length + 1);
    const audit = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2', [lastAudit, 'WRITE']);
    assert.ok(
      audit.rows.some(
        (a: any) => a.user_id === COLLEGE_TRAINER.userId && a.outcome === 'ALLOWED' && a.record_type === 'recordCareCertificateAssessment',
      ),
    );
    await refused(collegeTrainer(), ASSESS, input(other), 'CONFLICT', 'input.standard');
    const register = (
      await gqlData(collegeTrainer(), `query ($o: ID) { careCertificateAssessors(organisationId: $o) { id assessedLast30Days } }`, {
        o: college.id,
      })
    ).careCertificateAssessors;
    assert.equal(register.find((a: any) => a.id === assessor.id).assessedLast30Days, 1);
  });
});
