/**
 * Pension automatic enrolment over real HTTP through the gateway: the thresholds are public
 * reference data; an employment is assessed from its payslips and the PA's age; enrolment, the
 * opt-out window and re-enrolment are recorded; the employer's duty says whether each eligible
 * jobholder was enrolled within six weeks; the employer, their care team and employer support
 * see and write it, no one else; bad input is refused with nothing written.
 */
import { buildDemoRegion, demoUser } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, pasVisibleTo, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';
import { tableState } from './table-state.ts';

const region = buildDemoRegion();
const ELEANOR = demoUser('person.eleanor-robson').personId!;
const TYNESIDE = demoUser('support-adviser.tyneside-payroll').organisationCode;
const DAY = 86_400_000;
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoPlus = (iso: string, n: number) => new Date(days(iso) + n * DAY).toISOString().slice(0, 10);
/** PAs Newcastle may see, aged 30 to 50 today: eligible jobholders when paid above the trigger. */
const [PA, RELIEF_PA] = region.personalAssistants.filter(
  (p) =>
    pasVisibleTo(region, 'E08000021').has(p.id) &&
    days(p.dateOfBirth) < days(dayFromToday(-30 * 366)) &&
    days(p.dateOfBirth) > days(dayFromToday(-50 * 365)) &&
    !region.employments.some((e) => e.employerPersonId === ELEANOR && e.personalAssistantId === p.id),
) as [(typeof region.personalAssistants)[number], (typeof region.personalAssistants)[number]];
const STARTED = dayFromToday(-3 * 365 - 10);

const ASSESS = `mutation ($e: ID!, $from: Date!, $to: Date!) { assessPensionEligibility(employment: $e, periodStart: $from, periodEnd: $to) {
  id periodStart periodEnd payPeriod taxYear earningsPence payslips ageYears category reason qualifyingEarningsPence employment { id } } }`;
const ENROL = `mutation ($e: ID!, $on: Date!, $kind: PensionEnrolmentKind!) { recordPensionEnrolment(employment: $e, enrolledOn: $on, scheme: "NEST", kind: $kind) {
  id kind scheme enrolledOn optOutWindowEndsOn optedOutOn active } }`;
const OPT_OUT = `mutation ($m: ID!, $on: Date!) { recordPensionOptOut(enrolment: $m, optedOutOn: $on) { id optedOutOn active } }`;
const RE_ENROL = `mutation ($p: ID!, $on: Date!, $e: [ID!]!) { recordPensionReEnrolment(employerPersonId: $p, reEnrolledOn: $on, employments: $e, scheme: "NEST") {
  reEnrolments nextReEnrolmentDue } }`;
const DUTY = `query ($id: ID!) { person(id: $id) { pensionDuty { dutyStartDate met overdue nextReEnrolmentDue reEnrolmentWindowFrom reEnrolmentWindowTo reEnrolments
  eligibleJobholders { employment { id } eligibleFrom enrolBy enrolledOn status } } } }`;

describe('pension automatic enrolment: assessed from payslips, enrolled, opted out, re-enrolled, duty met or not', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  let sql: (q: string, ...values: unknown[]) => Promise<any[]>;
  let employment: string;
  let period: { start: string; end: string };

  beforeAll(async () => {
    hub = await startTestHub();
    const client = hub.subgraphs.find((s) => s.name === 'support')!.database.client as any;
    sql = (q, ...values) => client.$queryRawUnsafe(q, ...values);
    employment = (
      await gqlData(newcastle(), `mutation ($i: AddEmploymentInput!) { addEmployment(input: $i) { id } }`, {
        i: {
          employerPersonId: ELEANOR,
          personalAssistantId: PA.id,
          start: STARTED,
          hoursPerWeek: 20,
          role: 'Personal assistant',
          contractSigned: true,
        },
      })
    ).addEmployment.id;
    // Paid £1,100 in the employer's latest payroll run, as the payroll provider would record it.
    const [run] = await sql(
      `SELECT id::text, period_start::text AS start, period_end::text AS "end" FROM payroll_run WHERE employer_person_id = $1::uuid ORDER BY period_start DESC LIMIT 1`,
      ELEANOR,
    );
    period = { start: run.start, end: run.end };
    await sql(
      `INSERT INTO payslip (id, employment_id, payroll_run_id, period_start, period_end, hours, gross_pay_pence, due_on, sent_on, recorded_by)
       VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::date, $4::date, 86, 110000, $4::date, $4::date, 'test') RETURNING id`,
      employment,
      run.id,
      run.start,
      run.end,
    );
  });
  afterAll(() => hub.stop());

  it('serves the thresholds to anyone, per tax year and pay reference period, the unpublished year marked', async () => {
    const rows = (
      await gqlData(
        hub.as('commissioner.icb'),
        `{ pensionThresholds(taxYear: "2026-27") { payPeriod lowerLevelPence triggerPence upperLevelPence published } }`,
      )
    ).pensionThresholds;
    const of = (p: string) => rows.find((r: any) => r.payPeriod === p);
    assert.deepEqual(of('YEAR'), {
      payPeriod: 'YEAR',
      lowerLevelPence: 624000,
      triggerPence: 1000000,
      upperLevelPence: 5027000,
      published: true,
    });
    assert.deepEqual(of('MONTH'), {
      payPeriod: 'MONTH',
      lowerLevelPence: 52000,
      triggerPence: 83300,
      upperLevelPence: 418900,
      published: true,
    });
    assert.deepEqual(of('WEEK'), {
      payPeriod: 'WEEK',
      lowerLevelPence: 12000,
      triggerPence: 19200,
      upperLevelPence: 96700,
      published: true,
    });
    const years = (await gqlData(hub.as('commissioner.icb'), `{ pensionThresholds { taxYear published payPeriod } }`)).pensionThresholds;
    assert.deepEqual([...new Set(years.map((r: any) => r.taxYear))], ['2023-24', '2024-25', '2025-26', '2026-27', '2027-28']);
    assert.ok(years.filter((r: any) => r.taxYear === '2027-28').every((r: any) => r.published === false));
  });

  it('assesses an employment from its payslips and the PA’s age on the period’s last day, once per period', async () => {
    const a = (await gqlData(newcastle(), ASSESS, { e: employment, from: period.start, to: period.end })).assessPensionEligibility;
    const age =
      Number(period.end.slice(0, 4)) - Number(PA.dateOfBirth.slice(0, 4)) - (period.end.slice(5) < PA.dateOfBirth.slice(5) ? 1 : 0);
    assert.deepEqual(
      { ...a, id: undefined, reason: undefined, taxYear: undefined },
      {
        id: undefined,
        reason: undefined,
        taxYear: undefined,
        periodStart: period.start,
        periodEnd: period.end,
        payPeriod: 'MONTH',
        earningsPence: 110000,
        payslips: 1,
        ageYears: age,
        category: 'ELIGIBLE_JOBHOLDER',
        qualifyingEarningsPence: 110000 - 52000,
        employment: { id: employment },
      },
    );
    assert.match(a.reason, /above the earnings trigger \(£833\.00\)/);
    const again = await newcastle()(ASSESS, { e: employment, from: period.start, to: period.end });
    assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT', JSON.stringify(again.errors));
  });

  it('lists the new eligible jobholder in the duty, due six weeks after becoming eligible; enrolling today settles it', async () => {
    let duty = (await gqlData(newcastle(), DUTY, { id: ELEANOR })).person.pensionDuty;
    const mine = () => duty.eligibleJobholders.find((j: any) => j.employment.id === employment);
    const enrolBy = isoPlus(period.start, 42);
    assert.deepEqual(mine(), {
      employment: { id: employment },
      eligibleFrom: period.start,
      enrolBy,
      enrolledOn: null,
      status: dayFromToday(0) <= enrolBy ? 'DUE' : 'OVERDUE',
    });
    assert.ok(duty.dutyStartDate <= STARTED);
    const m = (await gqlData(newcastle(), ENROL, { e: employment, on: dayFromToday(0), kind: 'AUTOMATIC' })).recordPensionEnrolment;
    assert.deepEqual(
      { ...m, id: undefined },
      {
        id: undefined,
        kind: 'AUTOMATIC',
        scheme: 'NEST',
        enrolledOn: dayFromToday(0),
        optOutWindowEndsOn: m.optOutWindowEndsOn,
        optedOutOn: null,
        active: true,
      },
    );
    assert.ok(m.optOutWindowEndsOn > isoPlus(dayFromToday(0), 27) && m.optOutWindowEndsOn <= isoPlus(dayFromToday(0), 31));
    duty = (await gqlData(newcastle(), DUTY, { id: ELEANOR })).person.pensionDuty;
    assert.equal(mine().enrolledOn, dayFromToday(0));
    assert.equal(mine().status, dayFromToday(0) <= enrolBy ? 'ENROLLED_IN_TIME' : 'ENROLLED_LATE');
    assert.equal(
      duty.met,
      duty.eligibleJobholders.every((j: any) => j.status === 'ENROLLED_IN_TIME' || j.status === 'DUE'),
    );
    assert.equal(duty.overdue, duty.eligibleJobholders.filter((j: any) => j.status === 'OVERDUE').length);
  });

  it('refuses an opt-out before enrolment or in the future, then records one within the window, once', async () => {
    const [m] = await sql(`SELECT id::text FROM pension_enrolment WHERE employment_id = $1::uuid`, employment);
    const before = await tableState(hub);
    const early = await newcastle()(OPT_OUT, { m: m.id, on: dayFromToday(-1) });
    assert.equal(early.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal(early.errors?.[0]?.extensions?.field, 'optedOutOn');
    assert.match(early.errors?.[0]?.extensions?.reason, /must not be before the enrolment/);
    const future = await newcastle()(OPT_OUT, { m: m.id, on: dayFromToday(2) });
    assert.equal(future.errors?.[0]?.extensions?.field, 'optedOutOn');
    assert.deepEqual(await tableState(hub), before, 'a refused opt-out writes nothing');
    const out = (await gqlData(hub.as('person.eleanor-robson'), OPT_OUT, { m: m.id, on: dayFromToday(0) })).recordPensionOptOut;
    assert.deepEqual(out, { id: m.id, optedOutOn: dayFromToday(0), active: false });
    const twice = await newcastle()(OPT_OUT, { m: m.id, on: dayFromToday(0) });
    assert.equal(twice.errors?.[0]?.extensions?.code, 'CONFLICT');
  });

  it('re-enrols the opted-out at the re-enrolment day, inside the window only, and moves the next one three years on', async () => {
    const duty = (await gqlData(newcastle(), DUTY, { id: ELEANOR })).person.pensionDuty;
    assert.equal(duty.nextReEnrolmentDue, `${Number(duty.dutyStartDate.slice(0, 4)) + 3}${duty.dutyStartDate.slice(4)}`);
    assert.ok(duty.reEnrolmentWindowFrom < duty.nextReEnrolmentDue && duty.nextReEnrolmentDue < duty.reEnrolmentWindowTo);
    assert.ok(duty.nextReEnrolmentDue <= dayFromToday(0), 'the duties began more than three years ago');
    const outside = await newcastle()(RE_ENROL, { p: ELEANOR, on: isoPlus(duty.reEnrolmentWindowFrom, -1), e: [employment] });
    assert.equal(outside.errors?.[0]?.extensions?.field, 'reEnrolledOn', JSON.stringify(outside.errors));
    const on = duty.nextReEnrolmentDue;
    const done = (await gqlData(newcastle(), RE_ENROL, { p: ELEANOR, on, e: [employment] })).recordPensionReEnrolment;
    assert.equal(done.reEnrolments[0], on);
    assert.equal(done.nextReEnrolmentDue, `${Number(on.slice(0, 4)) + 3}${on.slice(4)}`);
    const held = (
      await gqlData(newcastle(), `query ($id: ID!) { employment(id: $id) { pensionEnrolments { kind enrolledOn active } } }`, {
        id: employment,
      })
    ).employment.pensionEnrolments;
    assert.deepEqual(
      held,
      [
        { kind: 'AUTOMATIC', enrolledOn: dayFromToday(0), active: false },
        { kind: 'RE_ENROLMENT', enrolledOn: on, active: true },
      ].sort((a, b) => b.enrolledOn.localeCompare(a.enrolledOn)),
    );
  });

  it('refuses bad input and writes nothing: unknown employment, a future or odd period, no payslips, automatic enrolment without eligibility', async () => {
    const other = (
      await gqlData(newcastle(), `mutation ($i: AddEmploymentInput!) { addEmployment(input: $i) { id } }`, {
        i: {
          employerPersonId: ELEANOR,
          personalAssistantId: RELIEF_PA.id,
          start: dayFromToday(-5),
          hoursPerWeek: 4,
          role: 'Relief PA',
          contractSigned: false,
        },
      })
    ).addEmployment.id;
    const before = await tableState(hub);
    const cases: [string, Record<string, unknown>, string, string][] = [
      [ASSESS, { e: '0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c', from: period.start, to: period.end }, 'NOT_FOUND', 'employment'],
      [ASSESS, { e: employment, from: dayFromToday(-6), to: dayFromToday(0) }, 'BAD_USER_INPUT', 'periodStart'],
      [ASSESS, { e: employment, from: dayFromToday(1), to: dayFromToday(7) }, 'BAD_USER_INPUT', 'periodEnd'],
      [ASSESS, { e: employment, from: dayFromToday(-20), to: dayFromToday(0) }, 'BAD_USER_INPUT', 'periodEnd'],
      [ENROL, { e: other, on: dayFromToday(0), kind: 'AUTOMATIC' }, 'BAD_USER_INPUT', 'kind'],
      [ENROL, { e: other, on: dayFromToday(-6), kind: 'OPT_IN' }, 'BAD_USER_INPUT', 'enrolledOn'],
      [ENROL, { e: other, on: dayFromToday(1), kind: 'OPT_IN' }, 'BAD_USER_INPUT', 'enrolledOn'],
      [ENROL, { e: employment, on: dayFromToday(0), kind: 'OPT_IN' }, 'CONFLICT', 'employment'],
      [OPT_OUT, { m: '0f9e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d6c', on: dayFromToday(0) }, 'NOT_FOUND', 'enrolment'],
      [RE_ENROL, { p: ELEANOR, on: dayFromToday(1), e: [] }, 'BAD_USER_INPUT', 'reEnrolledOn'],
    ];
    for (const [query, variables, code, field] of cases) {
      const res = await newcastle()(query, variables);
      assert.equal(res.errors?.[0]?.extensions?.code, code, `${JSON.stringify(variables)}: ${JSON.stringify(res.errors)}`);
      assert.equal(res.errors?.[0]?.extensions?.field, field, JSON.stringify(res.errors));
    }
    assert.deepEqual(await tableState(hub), before);
  });

  it('lets the employer, their care team and employer support see duties; others are refused or see none', async () => {
    const mine = (await gqlData(hub.as('person.eleanor-robson'), DUTY, { id: ELEANOR })).person.pensionDuty;
    assert.ok(mine.eligibleJobholders.some((j: any) => j.employment.id === employment));
    const durham = await hub.as('social-worker.durham')(ASSESS, { e: employment, from: period.start, to: period.end });
    assert.equal(durham.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    for (const user of ['trainer.newcastle-hospitals', 'pa.aisha-khan', 'commissioner.icb']) {
      const res = await hub.as(user)(ENROL, { e: employment, on: dayFromToday(0), kind: 'OPT_IN' });
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', user);
    }
    // A support organisation's list holds only the employers it supports; unmet duties are listed for it.
    const supported = peopleRelatedTo(region, TYNESIDE);
    const listed = (await gqlData(hub.as('support-adviser.tyneside-payroll'), `{ pensionDuties { employer { id } met } }`)).pensionDuties;
    assert.ok(listed.length > 0);
    assert.ok(listed.every((d: any) => supported.has(d.employer.id)));
    const unmet = (
      await gqlData(newcastle(), `{ pensionDuties(met: false) { employer { id } met overdue eligibleJobholders { status } } }`)
    ).pensionDuties;
    assert.ok(unmet.length > 0, 'the demo region has employers with an unmet duty');
    for (const d of unmet) {
      assert.equal(d.met, false);
      assert.ok(d.eligibleJobholders.some((j: any) => j.status === 'OVERDUE' || j.status === 'ENROLLED_LATE'));
    }
    const newcastlePeople = peopleRelatedTo(region, 'E08000021');
    assert.ok(unmet.every((d: any) => newcastlePeople.has(d.employer.id) || d.employer.id === ELEANOR));
  });
});
