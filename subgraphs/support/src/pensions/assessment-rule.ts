/**
 * Automatic enrolment: which category a worker falls in for one pay reference period (Pensions
 * Act 2008, ss. 1-3 and 13), from their age on the period's last day and what they earned in it,
 * against the tax year's thresholds for that length of period.
 */
import { addMonths, ageOn } from './calendar.ts';

export type WorkerCategory = 'ELIGIBLE_JOBHOLDER' | 'NON_ELIGIBLE_JOBHOLDER' | 'ENTITLED_WORKER' | 'OUTSIDE_AGE_RANGE';

/** One tax year's thresholds for one length of pay reference period, in pence. */
export interface PeriodThresholds {
  lowerLevelPence: number;
  triggerPence: number;
  upperLevelPence: number;
}

/** State pension age for the worker's date of birth (from the reference table). */
export interface StatePensionAge {
  years: number;
  months: number;
}

export interface WorkerInPeriod {
  dateOfBirth: Date;
  periodEnd: Date;
  earningsPence: number;
  thresholds: PeriodThresholds;
  statePensionAge: StatePensionAge;
}

export interface Assessment {
  category: WorkerCategory;
  reason: string;
  ageYears: number;
  reachesStatePensionAgeOn: Date;
  /** Earnings between the lower and upper levels: what contributions are worked out on. */
  qualifyingEarningsPence: number;
}

const MIN_WORKER_AGE = 16;
const MIN_ELIGIBLE_AGE = 22;
const MAX_WORKER_AGE = 75;

export const pounds = (pence: number) =>
  `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const spaText = (spa: StatePensionAge) => (spa.months ? `${spa.years} years ${spa.months} months` : `${spa.years}`);

export function assessWorker(w: WorkerInPeriod): Assessment {
  const age = ageOn(w.dateOfBirth, w.periodEnd);
  const spaDay = addMonths(w.dateOfBirth, w.statePensionAge.years * 12 + w.statePensionAge.months);
  const { lowerLevelPence: lel, triggerPence: trigger, upperLevelPence: uel } = w.thresholds;
  const earned = w.earningsPence;
  const qualifying = Math.max(0, Math.min(earned, uel) - lel);
  const result = (category: WorkerCategory, reason: string): Assessment => ({
    category,
    reason,
    ageYears: age,
    reachesStatePensionAgeOn: spaDay,
    qualifyingEarningsPence: qualifying,
  });

  if (age < MIN_WORKER_AGE || age >= MAX_WORKER_AGE) {
    return result('OUTSIDE_AGE_RANGE', `aged ${age}: automatic enrolment covers workers aged 16 to 74`);
  }
  const earning = `earning ${pounds(earned)}`;
  if (earned <= lel) {
    return result('ENTITLED_WORKER', `aged ${age}, ${earning}: not above the lower level of qualifying earnings (${pounds(lel)})`);
  }
  const belowSpa = w.periodEnd.getTime() < spaDay.getTime();
  if (earned > trigger && age >= MIN_ELIGIBLE_AGE && belowSpa) {
    return result(
      'ELIGIBLE_JOBHOLDER',
      `aged ${age} (22 to state pension age ${spaText(w.statePensionAge)}), ${earning}: above the earnings trigger (${pounds(trigger)})`,
    );
  }
  const why =
    earned <= trigger
      ? `above the lower level (${pounds(lel)}) but not above the earnings trigger (${pounds(trigger)})`
      : age < MIN_ELIGIBLE_AGE
        ? `above the earnings trigger (${pounds(trigger)}) but under 22`
        : `above the earnings trigger (${pounds(trigger)}) but at or over state pension age (${spaText(w.statePensionAge)})`;
  return result('NON_ELIGIBLE_JOBHOLDER', `aged ${age}, ${earning}: ${why}`);
}
