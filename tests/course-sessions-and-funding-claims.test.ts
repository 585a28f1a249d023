/**
 * Course sessions and employers' training funding claims over real HTTP through the gateway:
 * a provider's trainers schedule sessions of their own courses (in the home, at the provider's,
 * in the community or online) and anyone finds those in the home or outside 9-5 on weekdays; a
 * support adviser claims WDF or individual employer funding through their organisation for an
 * employer they may see, the employer for themselves, and the answer is recorded once. Each write
 * is refused for the wrong role and for bad input, with nothing written, and audited.
 */
import { buildDemoRegion, demoUser } from '@continuum/demo';
import type { Caller } from '@continuum/runtime';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';
import { assertRefusedWrite } from './refused-write.ts';

const region = buildDemoRegion();
const college = region.trainingProviders.find((p) => p.name === 'Newcastle College')!;
const collegeCourse = region.courses.find((c) => c.providerId === college.id)!;
const otherCourse = region.courses.find((c) => c.providerId !== college.id)!;
const COLLEGE_TRAINER: Caller = {
  userId: 'trainer.newcastle-college',
  name: 'Course organiser',
  organisationCode: college.id,
  organisationKind: 'TRAINING_PROVIDER',
  role: 'TRAINER',
  purpose: 'TRAINING_ADMINISTRATION',
};
const ELEANOR = demoUser('person.eleanor-robson').personId!;
const TYNESIDE = demoUser('support-adviser.tyneside-payroll').organisationCode;
/** Someone the payroll bureau may not see. */
const stranger = region.people.find((p) => !peopleRelatedTo(region, TYNESIDE).has(p.id))!;

const SCHEDULE = `mutation ($input: ScheduleCourseSessionInput!) { scheduleCourseSession(input: $input) {
  id course { code } venue startsAt endsAt inEmployersHome outsideWeekdayHours } }`;
const SESSIONS = `query ($filter: CourseSessionFilter!) { courseSessions(filter: $filter) { id venue outsideWeekdayHours } }`;
const CLAIM = `mutation ($input: RecordTrainingFundingClaimInput!) { recordTrainingFundingClaim(input: $input) {
  id employer { id } course { code } fund amount claimedThrough { id name } claimedOn status settledOn } }`;
const SETTLE = `mutation ($id: ID!, $outcome: TrainingFundingClaimOutcome!, $settledOn: Date!) {
  settleTrainingFundingClaim(id: $id, outcome: $outcome, settledOn: $settledOn) { id status settledOn } }`;
const CLAIMS = `query ($filter: TrainingFundingClaimFilter!) { trainingFundingClaims(filter: $filter) { totalCount totalAmount claims { id } } }`;

describe('course sessions and training funding claims', () => {
  let hub: TestHub;
  const refused = (caller: Parameters<TestHub['as']>[0], query: string, variables: Record<string, unknown>, code: string, field?: string) =>
    assertRefusedWrite(hub, hub.as(caller), query, variables, code, field);
  async function lastAuditId(): Promise<number> {
    return Number((await hub.accessStore.pool.query('SELECT coalesce(max(id), 0) AS n FROM audit_event')).rows[0].n);
  }
  async function writesSince(id: number, recordType: string) {
    const r = await hub.accessStore.pool.query('SELECT * FROM audit_event WHERE id > $1 AND action = $2 AND record_type = $3', [
      id,
      'WRITE',
      recordType,
    ]);
    return r.rows as { user_id: string; outcome: string }[];
  }

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('a provider schedules an evening session of its own course, found among the sessions outside weekday hours; bad input and other callers refused', async () => {
    const day = dayFromToday(14);
    const input = (extra: Record<string, unknown> = {}) => ({
      input: { courseCode: collegeCourse.code, venue: 'COMMUNITY', startsAt: `${day}T18:00:00Z`, endsAt: `${day}T20:30:00Z`, ...extra },
    });
    await refused(COLLEGE_TRAINER, SCHEDULE, input({ endsAt: `${day}T18:00:00Z` }), 'BAD_USER_INPUT', 'input.endsAt');
    await refused(COLLEGE_TRAINER, SCHEDULE, input({ endsAt: `${dayFromToday(15)}T07:00:00Z` }), 'BAD_USER_INPUT', 'input.endsAt');
    await refused(
      COLLEGE_TRAINER,
      SCHEDULE,
      input({ startsAt: `${dayFromToday(-1)}T18:00:00Z`, endsAt: `${dayFromToday(-1)}T20:00:00Z` }),
      'BAD_USER_INPUT',
      'input.startsAt',
    );
    await refused(COLLEGE_TRAINER, SCHEDULE, input({ courseCode: 'NO-SUCH' }), 'NOT_FOUND', 'input.courseCode');
    await refused(COLLEGE_TRAINER, SCHEDULE, input({ courseCode: otherCourse.code }), 'FORBIDDEN', 'input.courseCode');
    for (const user of ['social-worker.newcastle', 'support-adviser.tyneside-payroll', 'pa.aisha-khan', 'commissioner.icb'])
      await refused(user, SCHEDULE, input(), 'FORBIDDEN');

    const mark = await lastAuditId();
    const session = (await gqlData(hub.as(COLLEGE_TRAINER), SCHEDULE, input())).scheduleCourseSession;
    assert.deepEqual(
      { ...session, id: undefined },
      {
        id: undefined,
        course: { code: collegeCourse.code },
        venue: 'COMMUNITY',
        startsAt: new Date(`${day}T18:00:00Z`).toISOString(),
        endsAt: new Date(`${day}T20:30:00Z`).toISOString(),
        inEmployersHome: false,
        outsideWeekdayHours: true,
      },
    );
    assert.ok(
      (await writesSince(mark, 'scheduleCourseSession')).some((a) => a.user_id === COLLEGE_TRAINER.userId && a.outcome === 'ALLOWED'),
    );

    // The public directory lists it among the flexible sessions of the college, to anyone signed in or not.
    const flexible = (
      await gqlData(hub.as('pa.aisha-khan'), SESSIONS, { filter: { from: day, to: day, providerId: college.id, flexibleOnly: true } })
    ).courseSessions;
    assert.ok(flexible.some((s: any) => s.id === session.id && s.outsideWeekdayHours));
    assert.ok(flexible.every((s: any) => s.outsideWeekdayHours || s.venue === 'EMPLOYER_HOME'));
    const tooLong = await hub.as('pa.aisha-khan')(SESSIONS, { filter: { from: day, to: dayFromToday(400) } });
    assert.equal(tooLong.errors?.[0]?.extensions?.field, 'filter.to');
  });

  it('a support adviser claims funding through their organisation, the employer for themselves; the answer is recorded once; bad input and other callers refused', async () => {
    assert.ok(peopleRelatedTo(region, TYNESIDE).has(ELEANOR), 'the payroll bureau supports Eleanor');
    const input = (extra: Record<string, unknown> = {}) => ({
      input: {
        employerPersonId: ELEANOR,
        courseCode: 'ESS-FA',
        fund: 'WORKFORCE_DEVELOPMENT_FUND',
        amount: 85,
        claimedOn: dayFromToday(0),
        ...extra,
      },
    });
    const adviser = 'support-adviser.tyneside-payroll';
    for (const amount of [0, -5, 5000.01, 10.005]) await refused(adviser, CLAIM, input({ amount }), 'BAD_USER_INPUT', 'input.amount');
    await refused(adviser, CLAIM, input({ claimedOn: dayFromToday(1) }), 'BAD_USER_INPUT', 'input.claimedOn');
    await refused(adviser, CLAIM, input({ courseCode: 'NO-SUCH' }), 'NOT_FOUND', 'input.courseCode');
    await refused(adviser, CLAIM, input({ employerPersonId: stranger.id }), 'NOT_FOUND');
    for (const user of ['commissioner.icb', 'trainer.newcastle-hospitals', 'pa.aisha-khan', 'dpo.continuum'])
      await refused(user, CLAIM, input(), 'FORBIDDEN');

    const mark = await lastAuditId();
    const claim = (await gqlData(hub.as(adviser), CLAIM, input())).recordTrainingFundingClaim;
    assert.deepEqual(
      { ...claim, id: undefined, claimedThrough: claim.claimedThrough.id },
      {
        id: undefined,
        employer: { id: ELEANOR },
        course: { code: 'ESS-FA' },
        fund: 'WORKFORCE_DEVELOPMENT_FUND',
        amount: 85,
        claimedThrough: TYNESIDE,
        claimedOn: dayFromToday(0),
        status: 'SUBMITTED',
        settledOn: null,
      },
    );
    const own = (await gqlData(hub.as('person.eleanor-robson'), CLAIM, input({ fund: 'INDIVIDUAL_EMPLOYER_FUNDING', amount: 120.5 })))
      .recordTrainingFundingClaim;
    assert.deepEqual([own.claimedThrough, own.amount, own.status], [null, 120.5, 'SUBMITTED']);
    const audit = await writesSince(mark, 'recordTrainingFundingClaim');
    assert.deepEqual(audit.map((a) => [a.user_id, a.outcome]).sort(), [
      ['person.eleanor-robson', 'ALLOWED'],
      ['support-adviser.tyneside-payroll', 'ALLOWED'],
    ]);

    // The answer: not before the claim, not in the future, seen by whoever may see the employer, and only once.
    const settle = (extra: Record<string, unknown> = {}) => ({ id: claim.id, outcome: 'PAID', settledOn: dayFromToday(0), ...extra });
    await refused(adviser, SETTLE, settle({ settledOn: dayFromToday(-1) }), 'BAD_USER_INPUT', 'settledOn');
    await refused(adviser, SETTLE, settle({ settledOn: dayFromToday(1) }), 'BAD_USER_INPUT', 'settledOn');
    await refused('social-worker.flintshire', SETTLE, settle(), 'NOT_FOUND');
    await refused('trainer.newcastle-hospitals', SETTLE, settle(), 'FORBIDDEN');
    const paid = (await gqlData(hub.as(adviser), SETTLE, settle())).settleTrainingFundingClaim;
    assert.deepEqual(paid, { id: claim.id, status: 'PAID', settledOn: dayFromToday(0) });
    await refused('person.eleanor-robson', SETTLE, settle({ outcome: 'REJECTED' }), 'CONFLICT', 'id');

    // Claims are read by those who may see the employer's funding: not a commissioner or a trainer.
    const filter = { from: dayFromToday(0), to: dayFromToday(0) };
    const mine = (await gqlData(hub.as('person.eleanor-robson'), CLAIMS, { filter })).trainingFundingClaims;
    const seeded = region.trainingFundingClaims.filter((c) => c.employerPersonId === ELEANOR && c.claimedOn === dayFromToday(0));
    assert.deepEqual(mine.claims.map((c: any) => c.id).sort(), [claim.id, own.id, ...seeded.map((c) => c.id)].sort());
    assert.equal(
      mine.totalAmount,
      seeded.reduce((sum, c) => sum + c.amount, 205.5),
    );
    for (const user of ['commissioner.icb', 'trainer.newcastle-hospitals'])
      assert.equal((await hub.as(user)(CLAIMS, { filter })).errors?.[0]?.extensions?.code, 'FORBIDDEN', user);
  });
});
