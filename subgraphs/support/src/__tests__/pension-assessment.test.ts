import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { assessWorker, type PeriodThresholds } from '../pensions/assessment-rule.ts';
import { ageOn, payPeriodOf, taxYearOf } from '../pensions/calendar.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** 2026-27's monthly figures: £520 / £833 / £4,189. */
const MONTH: PeriodThresholds = { lowerLevelPence: 52000, triggerPence: 83300, upperLevelPence: 418900 };
const PERIOD_END = day('2026-11-30');
/** Born on the period's last day `years` years before (so exactly that age on it). */
const bornYearsBefore = (years: number, shiftDays = 0) => new Date(Date.UTC(2026 - years, 10, 30 + shiftDays));
const assess = (dateOfBirth: Date, earningsPence: number, statePensionAge = { years: 67, months: 0 }) =>
  assessWorker({ dateOfBirth, periodEnd: PERIOD_END, earningsPence, thresholds: MONTH, statePensionAge });

describe('automatic enrolment assessment for a pay reference period', () => {
  it('makes a worker of 22 earning above the trigger an eligible jobholder, and one a day short of 22 non-eligible', () => {
    const at22 = assess(bornYearsBefore(22), 120000);
    assert.equal(at22.category, 'ELIGIBLE_JOBHOLDER');
    assert.equal(at22.ageYears, 22);
    assert.match(at22.reason, /aged 22 .*above the earnings trigger \(£833\.00\)/);
    const at21 = assess(bornYearsBefore(22, 1), 120000);
    assert.equal(at21.ageYears, 21);
    assert.equal(at21.category, 'NON_ELIGIBLE_JOBHOLDER');
    assert.match(at21.reason, /under 22/);
  });

  it('counts earnings exactly at the trigger as not above it, and a penny more as above', () => {
    assert.equal(assess(bornYearsBefore(40), 83300).category, 'NON_ELIGIBLE_JOBHOLDER');
    assert.match(assess(bornYearsBefore(40), 83300).reason, /not above the earnings trigger/);
    assert.equal(assess(bornYearsBefore(40), 83301).category, 'ELIGIBLE_JOBHOLDER');
  });

  it('makes earnings exactly at the lower level an entitled worker, and a penny more a non-eligible jobholder', () => {
    const atLel = assess(bornYearsBefore(40), 52000);
    assert.equal(atLel.category, 'ENTITLED_WORKER');
    assert.match(atLel.reason, /not above the lower level of qualifying earnings \(£520\.00\)/);
    assert.equal(atLel.qualifyingEarningsPence, 0);
    const above = assess(bornYearsBefore(40), 52001);
    assert.equal(above.category, 'NON_ELIGIBLE_JOBHOLDER');
    assert.equal(above.qualifyingEarningsPence, 1);
  });

  it('caps qualifying earnings at the upper level', () => {
    assert.equal(assess(bornYearsBefore(40), 500000).qualifyingEarningsPence, 418900 - 52000);
  });

  it('stops eligibility on the day the worker reaches state pension age, counting its months', () => {
    // Born 6 August 1960: state pension age 66 years 5 months, reached on 6 January 2027.
    const dob = day('1960-08-06');
    const spa = { years: 66, months: 5 };
    const before = assessWorker({
      dateOfBirth: dob,
      periodEnd: day('2027-01-05'),
      earningsPence: 120000,
      thresholds: MONTH,
      statePensionAge: spa,
    });
    assert.equal(before.category, 'ELIGIBLE_JOBHOLDER');
    assert.equal(before.reachesStatePensionAgeOn.toISOString().slice(0, 10), '2027-01-06');
    const on = assessWorker({
      dateOfBirth: dob,
      periodEnd: day('2027-01-06'),
      earningsPence: 120000,
      thresholds: MONTH,
      statePensionAge: spa,
    });
    assert.equal(on.category, 'NON_ELIGIBLE_JOBHOLDER');
    assert.match(on.reason, /at or over state pension age \(66 years 5 months\)/);
  });

  it('keeps workers from state pension age to 74 as jobholders or entitled workers, and leaves out those under 16 or 75 and over', () => {
    assert.equal(assess(bornYearsBefore(74), 120000).category, 'NON_ELIGIBLE_JOBHOLDER');
    assert.equal(assess(bornYearsBefore(74), 40000).category, 'ENTITLED_WORKER');
    assert.equal(assess(bornYearsBefore(75), 120000).category, 'OUTSIDE_AGE_RANGE');
    assert.equal(assess(bornYearsBefore(16), 60000).category, 'NON_ELIGIBLE_JOBHOLDER');
    assert.equal(assess(bornYearsBefore(16, 1), 60000).category, 'OUTSIDE_AGE_RANGE');
  });
});

describe('pensions calendar', () => {
  it('counts a 29 February birthday as reached on 1 March in a common year', () => {
    assert.equal(ageOn(day('2004-02-29'), day('2026-02-28')), 21);
    assert.equal(ageOn(day('2004-02-29'), day('2026-03-01')), 22);
  });

  it('names the pay reference period from its days: a week, a fortnight, four weeks, a calendar month or a year', () => {
    assert.equal(payPeriodOf(day('2026-11-02'), day('2026-11-08')), 'WEEK');
    assert.equal(payPeriodOf(day('2026-11-02'), day('2026-11-15')), 'FORTNIGHT');
    assert.equal(payPeriodOf(day('2026-11-02'), day('2026-11-29')), 'FOUR_WEEKS');
    assert.equal(payPeriodOf(day('2026-11-01'), day('2026-11-30')), 'MONTH');
    assert.equal(payPeriodOf(day('2026-01-31'), day('2026-02-28')), 'MONTH');
    assert.equal(payPeriodOf(day('2026-04-06'), day('2027-04-05')), 'YEAR');
    assert.equal(payPeriodOf(day('2026-11-01'), day('2026-11-20')), null);
  });

  it('puts 5 April in the tax year before and 6 April in the new one', () => {
    assert.equal(taxYearOf(day('2027-04-05')).taxYear, '2026-27');
    assert.equal(taxYearOf(day('2027-04-06')).taxYear, '2027-28');
  });
});
