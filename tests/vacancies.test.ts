/**
 * PA vacancies over real HTTP through the gateway: an employer's care team posts one; findable
 * PAs are offered for it, ranked as the register's search ranks them; applications, interviews
 * and the outcome are recorded, appointing fills it; a vacancy open more than four weeks is
 * flagged; bad input and callers without a relationship are refused with nothing written.
 */
import { buildDemoRegion, demoUser } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, pasVisibleTo, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';
import { tableState } from './table-state.ts';

const region = buildDemoRegion();
const ELEANOR = demoUser('person.eleanor-robson').personId!;
const applicant = [...pasVisibleTo(region, 'E08000021')][0]!;
const other = [...pasVisibleTo(region, 'E08000021')][1]!;

const POST = `mutation ($input: PostVacancyInput!) { postVacancy(input: $input) {
  id postedOn postcodeDistrict hoursPerWeek hourlyRate slots { day period } languages open weeksOpen overdue
  matches(first: 5) { totalCount matchCount edges { node { match reasons shortfalls entry { postcodeDistrict } } } } } }`;
const APPLY = `mutation ($vacancy: ID!, $pa: ID!, $on: Date!) { recordVacancyApplication(vacancy: $vacancy, personalAssistantId: $pa, appliedOn: $on) { id appliedOn outcome personalAssistant { id } } }`;
const UPDATE = `mutation ($id: ID!, $on: Date, $outcome: VacancyOutcome) { updateVacancyApplication(id: $id, interviewOn: $on, outcome: $outcome) { id interviewOn outcome } }`;
const input = {
  employerPersonId: ELEANOR,
  postcodeDistrict: 'ne3',
  hoursPerWeek: 16,
  slots: [
    { day: 'MONDAY', period: 'MORNING' },
    { day: 'WEDNESDAY', period: 'MORNING' },
  ],
  languages: ['english'],
  hourlyRate: 12.5,
};

describe('PA vacancies: posted, matched, applied for, filled, flagged when open too long', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  let vacancyId: string;

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('posts a vacancy and offers the findable PAs who fit it, matches first', async () => {
    const v = (await gqlData(newcastle(), POST, { input })).postVacancy;
    vacancyId = v.id;
    assert.deepEqual(
      { ...v, id: undefined, matches: undefined },
      {
        id: undefined,
        matches: undefined,
        postedOn: dayFromToday(0),
        postcodeDistrict: 'NE3',
        hoursPerWeek: 16,
        hourlyRate: 12.5,
        slots: input.slots,
        languages: ['English'],
        open: true,
        weeksOpen: 0,
        overdue: false,
      },
    );
    assert.ok(v.matches.totalCount > 0 && v.matches.edges.length > 0);
    const flags = v.matches.edges.map((e: any) => e.node.match);
    assert.deepEqual(
      flags,
      [...flags].sort((a: boolean, b: boolean) => Number(b) - Number(a)),
      'matches before near misses',
    );
  });

  it('records applications and an interview; appointing fills the vacancy, and the outcome then stands', async () => {
    const first = (await gqlData(newcastle(), APPLY, { vacancy: vacancyId, pa: applicant, on: dayFromToday(0) })).recordVacancyApplication;
    assert.deepEqual(
      { ...first, id: undefined },
      { id: undefined, appliedOn: dayFromToday(0), outcome: 'PENDING', personalAssistant: { id: applicant } },
    );
    const second = (await gqlData(newcastle(), APPLY, { vacancy: vacancyId, pa: other, on: dayFromToday(0) })).recordVacancyApplication;
    const twice = await newcastle()(APPLY, { vacancy: vacancyId, pa: applicant, on: dayFromToday(0) });
    assert.equal(twice.errors?.[0]?.extensions?.code, 'CONFLICT', JSON.stringify(twice.errors));
    assert.equal(
      (await gqlData(newcastle(), UPDATE, { id: first.id, on: dayFromToday(0) })).updateVacancyApplication.interviewOn,
      dayFromToday(0),
    );
    assert.equal(
      (await gqlData(newcastle(), UPDATE, { id: first.id, outcome: 'APPOINTED' })).updateVacancyApplication.outcome,
      'APPOINTED',
    );
    const again = await newcastle()(UPDATE, { id: second.id, outcome: 'APPOINTED' });
    assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT', 'one vacancy, one appointment');
    const listed = (
      await gqlData(newcastle(), `query ($id: ID!) { vacancies(employerPersonId: $id) { id open filledOn applications { outcome } } }`, {
        id: ELEANOR,
      })
    ).vacancies;
    // Both applied the same day: applications are listed by the day they applied, so compare them as a set.
    assert.deepEqual(
      listed.map((v: any) => ({ ...v, applications: v.applications.map((a: any) => a.outcome).sort() })),
      [{ id: vacancyId, open: false, filledOn: dayFromToday(0), applications: ['APPOINTED', 'PENDING'] }],
    );
    const late = await newcastle()(APPLY, { vacancy: vacancyId, pa: region.personalAssistants[2]!.id, on: dayFromToday(0) });
    assert.equal(late.errors?.[0]?.extensions?.code, 'CONFLICT', 'a filled vacancy takes no applications');
  });

  it('flags a vacancy open more than four weeks', async () => {
    const v = (await gqlData(newcastle(), POST, { input: { ...input, visitMinutes: 30 } })).postVacancy;
    const read = await gqlData(newcastle(), `query ($id: ID!) { person(id: $id) { vacancies { id visitMinutes } } }`, { id: ELEANOR });
    assert.equal(read.person.vacancies.find((x: any) => x.id === v.id).visitMinutes, 30, 'a short call, kept as posted');
    await hub.subgraphs
      .find((s) => s.name === 'support')!
      .database.client.$executeRawUnsafe(`UPDATE vacancy SET posted_on = $1::date WHERE id = $2::uuid`, dayFromToday(-29), v.id);
    const overdue = (await gqlData(newcastle(), `{ vacancies(overdue: true) { id weeksOpen overdue } }`)).vacancies;
    // The demo region's overdue vacancies of Newcastle's people are listed too.
    const related = peopleRelatedTo(region, 'E08000021');
    const seeded = region.vacancies.filter(
      (x) =>
        x.filledOn === null && related.has(x.employerPersonId) && Date.parse(dayFromToday(0)) - Date.parse(x.postedOn) > 28 * 86_400_000,
    );
    assert.ok(seeded.length > 0);
    assert.equal(overdue.length, seeded.length + 1);
    assert.deepEqual(
      overdue.find((x: any) => x.id === v.id),
      { id: v.id, weeksOpen: 4, overdue: true },
    );
    assert.ok(overdue.every((x: any) => x.overdue && x.weeksOpen >= 4));
  });

  it('refuses bad input and callers without a relationship, writing nothing', async () => {
    const before = await tableState(hub);
    const bad: [Record<string, unknown>, string][] = [
      [{ ...input, hoursPerWeek: -2 }, 'input.hoursPerWeek'],
      [{ ...input, hourlyRate: 0 }, 'input.hourlyRate'],
      [{ ...input, slots: [] }, 'input.slots'],
      [{ ...input, postcodeDistrict: 'nowhere' }, 'input.postcodeDistrict'],
      [{ ...input, visitMinutes: 0 }, 'input.visitMinutes'],
      [{ ...input, visitMinutes: 721 }, 'input.visitMinutes'],
    ];
    for (const [i, field] of bad) {
      const res = await newcastle()(POST, { input: i });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res.errors));
      assert.equal(res.errors?.[0]?.extensions?.field, field);
    }
    const future = await newcastle()(APPLY, { vacancy: vacancyId, pa: other, on: dayFromToday(3) });
    assert.equal(future.errors?.[0]?.extensions?.field, 'appliedOn');
    const durham = await hub.as('social-worker.durham')(POST, { input });
    assert.equal(durham.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    const trainer = await hub.as('trainer.newcastle-hospitals')(POST, { input });
    assert.equal(trainer.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(await tableState(hub), before);
  });
});
