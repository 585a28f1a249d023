import { addDays, isoDate, parseIsoDate } from '@continuum/runtime';
import { buildDemoRegion } from '@continuum/demo';
import { dayFromToday, inProcessSubgraph } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { subgraph } from '../subgraph.ts';
import { addMonthsIso, expectedRecord, todayIso } from './expected.ts';

const region = buildDemoRegion();

const RECORD = `mutation ($input: RecordTrainingInput!) { recordTraining(input: $input) {
  id personalAssistant { id } course { code } completedOn expiresOn current signedOffBy { name role organisation nhsStaff }
} }`;
const EMPLOYER_SIGN_OFF = { name: 'Jo Employer', role: 'Employer', organisation: 'Self-directed support', nhsStaff: false };
const NURSE_SIGN_OFF = {
  name: 'Sam Nurse',
  role: 'District nurse',
  organisation: 'Newcastle upon Tyne Hospitals NHS Foundation Trust',
  nhsStaff: true,
};

const courseWith = (pred: (c: (typeof region.courses)[number]) => boolean) => region.courses.find(pred)!;
const healthTask = courseWith((c) => c.requiresNhsSignOff);
const twelveMonthCourse = courseWith((c) => !c.requiresNhsSignOff && c.validityMonths === 12);
const nonExpiringCourse = courseWith((c) => c.category !== 'CARE_CERTIFICATE_STANDARD' && c.validityMonths === null);
const standards = region.courses
  .filter((c) => c.category === 'CARE_CERTIFICATE_STANDARD')
  .sort((a, b) => a.careCertificateStandard! - b.careCertificateStandard!);

/** About nine months back: a twelve-month course completed then is still current on the pinned day. */
const NINE_MONTHS_AGO = dayFromToday(-270);

/** The day after YYYY-MM-DD. */
const dayAfter = (iso: string) => isoDate(addDays(parseIsoDate(iso)!, 1));

/**
 * The most recent 29 February whose twelve-month expiry (28 February of the next year) is already
 * behind the pinned day, so a completion on it has lapsed.
 */
function lapsedLeapDay(): { completedOn: string; expiresOn: string } {
  const today = todayIso();
  for (let year = Number(today.slice(0, 4)); ; year--) {
    const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const expiresOn = `${year + 1}-02-28`;
    if (isLeap && expiresOn < today) return { completedOn: `${year}-02-29`, expiresOn };
  }
}

describe('training subgraph', () => {
  let sg: Awaited<ReturnType<typeof inProcessSubgraph>>;
  let count: () => Promise<number>;
  beforeAll(async () => {
    sg = await inProcessSubgraph(subgraph);
    count = () => (sg.database.client as any).trainingRecord.count();
  });
  afterAll(() => sg.stop());

  const record = (override: Record<string, unknown>) =>
    sg.execute(RECORD, {
      input: {
        personalAssistantId: randomUUID(),
        courseCode: twelveMonthCourse.code,
        completedOn: NINE_MONTHS_AGO,
        signedOffBy: EMPLOYER_SIGN_OFF,
        ...override,
      },
    });

  describe('queries', () => {
    it('lists the whole course catalogue, and the 16 Care Certificate standards in order', async () => {
      const all = await sg.execute(`{ courses { code } }`);
      assert.equal(all.errors, undefined);
      assert.deepEqual(all.data.courses.map((c: any) => c.code).sort(), region.courses.map((c) => c.code).sort());
      const cc = await sg.execute(
        `{ courses(category: CARE_CERTIFICATE_STANDARD) { code title careCertificateStandard requiresNhsSignOff } }`,
      );
      assert.deepEqual(
        cc.data.courses,
        standards.map((c) => ({
          code: c.code,
          title: c.title,
          careCertificateStandard: c.careCertificateStandard,
          requiresNhsSignOff: false,
        })),
      );
      assert.equal(cc.data.courses.length, 16);
    });

    it('lists health-task competences as needing NHS sign-off', async () => {
      const res = await sg.execute(`{ courses(category: HEALTH_TASK_COMPETENCE) { code requiresNhsSignOff provider { kind } } }`);
      const expected = region.courses.filter((c) => c.category === 'HEALTH_TASK_COMPETENCE');
      assert.equal(res.data.courses.length, expected.length);
      assert.ok(res.data.courses.every((c: any) => c.requiresNhsSignOff));
    });

    it('lists training providers by name', async () => {
      const res = await sg.execute(`{ trainingProviders { id name kind } }`);
      assert.equal(res.errors, undefined);
      const byName = [...region.trainingProviders].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
      assert.deepEqual(
        res.data.trainingProviders,
        byName.map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
      );
    });

    it('finds one training record by id; null for an unknown id; BAD_USER_INPUT for a malformed one', async () => {
      const known = region.trainingRecords[0];
      const res = await sg.execute(
        `query ($id: ID!) { trainingRecord(id: $id) { id personalAssistant { id } course { id code } completedOn expiresOn signedOffBy { name role organisation nhsStaff } current } }`,
        { id: known.id },
      );
      assert.equal(res.errors, undefined);
      assert.deepEqual(res.data.trainingRecord, expectedRecord(region, known.id));
      const unknown = await sg.execute(`{ trainingRecord(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      assert.equal(unknown.errors, undefined);
      assert.equal(unknown.data.trainingRecord, null);
      const malformed = await sg.execute(`{ trainingRecord(id: "42") { id } }`);
      assert.equal(malformed.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.equal(malformed.errors?.[0].extensions?.field, 'id');
    });
  });

  describe('recordTraining', () => {
    it('records a completion with its expiry computed from the course validity, current until then', async () => {
      const before = await count();
      const pa = randomUUID();
      const res = await record({ personalAssistantId: pa, courseCode: twelveMonthCourse.code.toLowerCase(), completedOn: NINE_MONTHS_AGO });
      assert.equal(res.errors, undefined);
      const expiresOn = addMonthsIso(NINE_MONTHS_AGO, 12);
      assert.ok(expiresOn > todayIso(), `a twelve-month course completed on ${NINE_MONTHS_AGO} expires after ${todayIso()}`);
      assert.deepEqual(
        { ...res.data.recordTraining, id: undefined },
        {
          id: undefined,
          personalAssistant: { id: pa },
          course: { code: twelveMonthCourse.code },
          completedOn: NINE_MONTHS_AGO,
          expiresOn,
          current: true,
          signedOffBy: EMPLOYER_SIGN_OFF,
        },
      );
      assert.equal(await count(), before + 1);
    });

    it('holds a 29 February completion to 28 February of the expiry year, and reports it lapsed', async () => {
      const leapDay = lapsedLeapDay();
      const res = await record({ completedOn: leapDay.completedOn });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.recordTraining.completedOn, leapDay.completedOn);
      assert.equal(res.data.recordTraining.expiresOn, leapDay.expiresOn);
      assert.equal(res.data.recordTraining.current, false);
    });

    it('keeps a completion current through its expiry day and lapsed the day after', async () => {
      const completedOn = dayFromToday(-400);
      const res = await record({ completedOn });
      assert.equal(res.errors, undefined);
      const id = res.data.recordTraining.id;
      const expiresOn = addMonthsIso(completedOn, 12);
      assert.equal(res.data.recordTraining.expiresOn, expiresOn);
      const currentOn = async (day: string) => {
        const pinned = process.env.CONTINUUM_TODAY;
        process.env.CONTINUUM_TODAY = day;
        try {
          return (await sg.execute(`query ($id: ID!) { trainingRecord(id: $id) { current } }`, { id })).data.trainingRecord.current;
        } finally {
          if (pinned === undefined) delete process.env.CONTINUUM_TODAY;
          else process.env.CONTINUUM_TODAY = pinned;
        }
      };
      assert.equal(await currentOn(expiresOn), true);
      assert.equal(await currentOn(dayAfter(expiresOn)), false);
    });

    it('records a course that never expires with no expiry date, current for good', async () => {
      const res = await record({ courseCode: nonExpiringCourse.code, completedOn: dayFromToday(-10 * 365) });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.recordTraining.expiresOn, null);
      assert.equal(res.data.recordTraining.current, true);
    });

    it('records a health-task competence signed off by NHS clinical staff', async () => {
      const res = await record({ courseCode: healthTask.code, completedOn: todayIso(), signedOffBy: NURSE_SIGN_OFF });
      assert.equal(res.errors, undefined);
      assert.equal(res.data.recordTraining.course.code, healthTask.code);
      assert.deepEqual(res.data.recordTraining.signedOffBy, NURSE_SIGN_OFF);
      assert.equal(res.data.recordTraining.current, true);
    });

    it("shows a new completion first in the PA's records and in Care Certificate progress", async () => {
      const pa = randomUUID();
      // Standards 1 to 15 on fifteen days in a row, some months back; standard 16 and a redo of standard 1 later.
      const firstDay = dayFromToday(-200);
      const fifteenthDay = dayFromToday(-186);
      const standard16Day = dayFromToday(-60);
      const redoDay = dayFromToday(-30);
      for (const [i, course] of standards.slice(0, 15).entries()) {
        const res = await record({
          personalAssistantId: pa,
          courseCode: course.code,
          completedOn: isoDate(addDays(parseIsoDate(firstDay)!, i)),
        });
        assert.equal(res.errors, undefined);
      }
      const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalAssistant {
        trainingRecords { course { code } completedOn } careCertificate { standardsCompleted complete standards { standard completedOn } } } } }`;
      const partway = await sg.execute(query, { reps: [{ __typename: 'PersonalAssistant', id: pa }] });
      assert.equal(partway.data._entities[0].careCertificate.standardsCompleted, 15);
      assert.equal(partway.data._entities[0].careCertificate.complete, false);
      assert.equal(partway.data._entities[0].careCertificate.standards[15].completedOn, null);
      assert.deepEqual(partway.data._entities[0].trainingRecords[0], { course: { code: standards[14].code }, completedOn: fifteenthDay });

      // Redoing standard 1 later moves its date on; finishing standard 16 completes the certificate.
      await record({ personalAssistantId: pa, courseCode: standards[0].code, completedOn: redoDay });
      await record({ personalAssistantId: pa, courseCode: standards[15].code, completedOn: standard16Day });
      const done = await sg.execute(query, { reps: [{ __typename: 'PersonalAssistant', id: pa }] });
      const cc = done.data._entities[0].careCertificate;
      assert.equal(cc.standardsCompleted, 16);
      assert.equal(cc.complete, true);
      assert.equal(cc.standards[0].completedOn, redoDay);
      assert.equal(cc.standards[15].completedOn, standard16Day);
      assert.equal(done.data._entities[0].trainingRecords.length, 17);
      assert.deepEqual(done.data._entities[0].trainingRecords[0], { course: { code: standards[0].code }, completedOn: redoDay });
    });

    const badInputs: [string, Record<string, unknown>, string, string, RegExp][] = [
      [
        'a personal assistant id that is not a UUID',
        { personalAssistantId: 'PA-42' },
        'BAD_USER_INPUT',
        'input.personalAssistantId',
        /UUID/,
      ],
      ['an unknown course code', { courseCode: 'NO-SUCH-COURSE' }, 'NOT_FOUND', 'input.courseCode', /Course/],
      ['an empty course code', { courseCode: '  ' }, 'BAD_USER_INPUT', 'input.courseCode', /empty/],
      ['a completion date in the future (tomorrow)', { completedOn: dayFromToday(1) }, 'BAD_USER_INPUT', 'input.completedOn', /future/],
      ['an empty sign-off name', { signedOffBy: { ...EMPLOYER_SIGN_OFF, name: ' ' } }, 'BAD_USER_INPUT', 'input.signedOffBy.name', /empty/],
      ['an empty sign-off role', { signedOffBy: { ...EMPLOYER_SIGN_OFF, role: '' } }, 'BAD_USER_INPUT', 'input.signedOffBy.role', /empty/],
      [
        'an empty sign-off organisation',
        { signedOffBy: { ...EMPLOYER_SIGN_OFF, organisation: '' } },
        'BAD_USER_INPUT',
        'input.signedOffBy.organisation',
        /empty/,
      ],
      [
        'a health-task competence signed off by someone outside the NHS',
        { courseCode: healthTask.code, signedOffBy: EMPLOYER_SIGN_OFF },
        'BAD_USER_INPUT',
        'input.signedOffBy.nhsStaff',
        /health-task competence.*signed off by NHS clinical staff/,
      ],
    ];
    for (const [what, override, code, field, reason] of badInputs) {
      it(`refuses ${what} with ${code} on ${field} and writes nothing`, async () => {
        const before = await count();
        const res = await record(override);
        assert.equal(res.data, null);
        assert.equal(res.errors?.[0].extensions?.code, code);
        assert.equal(res.errors?.[0].extensions?.field, field);
        assert.match(`${res.errors![0].extensions!.reason} ${res.errors![0].message}`, reason);
        assert.equal(await count(), before);
      });
    }

    it('refuses an impossible completion date (30 February) as BAD_USER_INPUT and writes nothing', async () => {
      const before = await count();
      const res = await record({ completedOn: '2024-02-30' });
      assert.equal(res.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.match(res.errors![0].message, /2024-02-30/);
      assert.equal(await count(), before);
    });

    it('refuses the same course recorded twice for one PA on one date with CONFLICT, writing nothing more', async () => {
      const existing = region.trainingRecords[0];
      const course = region.courses.find((c) => c.id === existing.courseId)!;
      const before = await count();
      const res = await record({
        personalAssistantId: existing.personalAssistantId,
        courseCode: course.code,
        completedOn: existing.completedOn,
        signedOffBy: { ...existing.signedOffBy, nhsStaff: true },
      });
      assert.equal(res.errors?.[0].extensions?.code, 'CONFLICT');
      assert.equal(res.errors?.[0].extensions?.field, 'input.completedOn');
      assert.equal(await count(), before);
      // The same course on another day is a new completion (a refresher), not a clash.
      const refresher = await record({
        personalAssistantId: existing.personalAssistantId,
        courseCode: course.code,
        completedOn: todayIso(),
        signedOffBy: NURSE_SIGN_OFF,
      });
      assert.equal(refresher.errors, undefined);
    });
  });
});
