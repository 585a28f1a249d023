import { buildDemoRegion } from '@continuum/demo';
import { inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { careCertificateOf, expectedRecord, recordsOf, todayIso } from './expected.ts';

const region = buildDemoRegion();
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { __typename
  ... on TrainingProvider { id name kind }
  ... on Course { id code title category careCertificateStandard durationDays validityMonths requiresNhsSignOff provider { id name } }
  ... on TrainingRecord { id personalAssistant { id } course { id code } completedOn expiresOn signedOffBy { name role organisation nhsStaff } current }
} }`;

describe('training subgraph _entities contract', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
  });
  afterAll(() => sg.stop());

  const reps = (typename: string, id: string) => [
    { __typename: typename, id },
    { __typename: typename, id: UNKNOWN },
    { __typename: typename, id: 'not-a-uuid' },
  ];

  it('resolves TrainingProvider representations to the seeded provider, null for unknown ids', async () => {
    const known = region.trainingProviders[0];
    const res = await sg.execute(ENTITIES, { reps: reps('TrainingProvider', known.id) });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities, [
      { __typename: 'TrainingProvider', id: known.id, name: known.name, kind: known.kind },
      null,
      null,
    ]);
  });

  it('resolves Course representations to the catalogue entry and its provider, null for unknown ids', async () => {
    const known = region.courses.find((c) => c.requiresNhsSignOff)!;
    const provider = region.trainingProviders.find((p) => p.id === known.providerId)!;
    const res = await sg.execute(ENTITIES, { reps: reps('Course', known.id) });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities, [
      {
        __typename: 'Course',
        id: known.id,
        code: known.code,
        title: known.title,
        category: known.category,
        careCertificateStandard: known.careCertificateStandard,
        durationDays: known.durationDays,
        validityMonths: known.validityMonths,
        requiresNhsSignOff: true,
        provider: { id: provider.id, name: provider.name },
      },
      null,
      null,
    ]);
  });

  it('resolves TrainingRecord representations with expiry fixed from the course validity', async () => {
    const expiring = region.trainingRecords.find((r) => region.courses.find((c) => c.id === r.courseId)!.validityMonths !== null)!;
    const lasting = region.trainingRecords.find((r) => region.courses.find((c) => c.id === r.courseId)!.validityMonths === null)!;
    const res = await sg.execute(ENTITIES, {
      reps: [...reps('TrainingRecord', expiring.id), { __typename: 'TrainingRecord', id: lasting.id }],
    });
    assert.equal(res.errors, undefined);
    assert.deepEqual(res.data._entities[0], { __typename: 'TrainingRecord', ...expectedRecord(region, expiring.id) });
    assert.notEqual(res.data._entities[0].expiresOn, null);
    assert.equal(res.data._entities[1], null);
    assert.equal(res.data._entities[2], null);
    assert.deepEqual(res.data._entities[3], { __typename: 'TrainingRecord', ...expectedRecord(region, lasting.id) });
    assert.equal(res.data._entities[3].expiresOn, null);
    assert.equal(res.data._entities[3].current, true);
  });

  it('marks records past their expiry as not current and the rest as current', async () => {
    const today = todayIso();
    const ids = region.trainingRecords.slice(0, 400).map((r) => r.id);
    const res = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on TrainingRecord { id expiresOn current } } }`,
      {
        reps: ids.map((id) => ({ __typename: 'TrainingRecord', id })),
      },
    );
    assert.equal(res.errors, undefined);
    for (const r of res.data._entities) assert.equal(r.current, r.expiresOn === null || r.expiresOn >= today, r.id);
    assert.ok(
      res.data._entities.some((r: any) => !r.current),
      'the demo region holds lapsed training',
    );
  });

  it('contributes PersonalAssistant.trainingRecords, newest completion first', async () => {
    const withMany = [...new Set(region.trainingRecords.map((r) => r.personalAssistantId))].find(
      (id) => recordsOf(region, id).length >= 3,
    )!;
    const res = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalAssistant { id trainingRecords { id completedOn course { code } } } } }`,
      {
        reps: [
          { __typename: 'PersonalAssistant', id: withMany },
          { __typename: 'PersonalAssistant', id: UNKNOWN },
          { __typename: 'PersonalAssistant', id: 'not-a-uuid' },
        ],
      },
    );
    assert.equal(res.errors, undefined);
    const courseCode = new Map(region.courses.map((c) => [c.id, c.code]));
    assert.deepEqual(res.data._entities[0], {
      id: withMany,
      trainingRecords: recordsOf(region, withMany).map((r) => ({
        id: r.id,
        completedOn: r.completedOn,
        course: { code: courseCode.get(r.courseId) },
      })),
    });
    // A PA the register holds but who has no training yet has an empty list, not an error.
    assert.deepEqual(res.data._entities[1], { id: UNKNOWN, trainingRecords: [] });
    assert.equal(res.data._entities[2], null);
  });

  it('contributes PersonalAssistant.careCertificate: the latest completion per standard', async () => {
    const paIds = region.personalAssistants.map((p) => p.id);
    const complete = paIds.find((id) => careCertificateOf(region, id).complete);
    const partial = paIds.find((id) => {
      const c = careCertificateOf(region, id);
      return c.standardsCompleted > 0 && !c.complete;
    });
    const none = paIds.find((id) => careCertificateOf(region, id).standardsCompleted === 0);
    const chosen = [complete, partial, none].filter((id): id is string => id !== undefined);
    assert.ok(chosen.length >= 2, 'the demo region has PAs at different stages of the Care Certificate');
    const res = await sg.execute(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalAssistant { careCertificate { standardsCompleted standardsTotal complete standards { standard title completedOn } } } } }`,
      { reps: chosen.map((id) => ({ __typename: 'PersonalAssistant', id })) },
    );
    assert.equal(res.errors, undefined);
    chosen.forEach((id, i) => assert.deepEqual(res.data._entities[i].careCertificate, careCertificateOf(region, id), id));
  });

  it('publishes its SDL through _service for composition', async () => {
    const res = await sg.execute('{ _service { sdl } }');
    assert.match(res.data._service.sdl, /type PersonalAssistant\s+@key\(fields: "id"\)/);
    assert.match(res.data._service.sdl, /type TrainingRecord\s+@key\(fields: "id"\)/);
  });
});
