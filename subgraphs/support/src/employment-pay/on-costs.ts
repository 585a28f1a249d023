/**
 * An employer's on-costs for a period, from the payslips whose pay period ends in it: employer's
 * National Insurance by the tax year's thresholds (reference data), holiday pay set aside for
 * PAs whose holiday is accrued, and the employer's liability insurance premium for the period's
 * days. Pence throughout, rounded once per payslip or policy.
 */
import { badUserInput, requireId } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { EmploymentTermsModel, NiEmployerThresholdModel } from '../generated/prisma/models.ts';
import { termsHistory, termsOn } from './terms.ts';

/** What Person.onCosts serves (pence). */
export interface OnCosts {
  from: Date;
  to: Date;
  payslips: number;
  grossPayPence: number;
  employerNationalInsurancePence: number | null;
  taxYears: string[];
  holidayPayAccrualPence: number;
  insurancePremiumPence: number;
  totalPence: number;
}

const DAY_MS = 86_400_000;
/** On-costs are asked of a period of at most ten years. */
const LONGEST_PERIOD_DAYS = 366 * 10;
const dayNumber = (d: Date) => Math.round(d.getTime() / DAY_MS);

/** The thresholds for the tax year a day falls in: the newest year starting on or before it (carried forward until the next is held). */
export function thresholdsOn(years: NiEmployerThresholdModel[], day: Date): NiEmployerThresholdModel | null {
  return [...years].sort((a, b) => b.startsOn.getTime() - a.startsOn.getTime()).find((y) => y.startsOn.getTime() <= day.getTime()) ?? null;
}

/** Employer's NI on one payslip: the rate on pay above the secondary threshold for the period's weeks. */
export function employerNi(grossPence: number, periodDays: number, year: NiEmployerThresholdModel): number {
  const threshold = (year.secondaryThresholdPencePerWeek * periodDays) / 7;
  return Math.round(Math.max(0, grossPence - threshold) * Number(year.employerRate));
}

/** Holiday pay set aside on pay earned: weeks of holiday ÷ weeks worked (5.6 weeks: 12.07%). */
export function holidayAccrual(grossPence: number, holidayWeeks: number): number {
  return Math.round((grossPence * holidayWeeks) / (52 - holidayWeeks));
}

export async function employerOnCosts(db: PrismaClient, employerId: string, from: Date, to: Date): Promise<OnCosts> {
  const employerPersonId = requireId(employerId, 'id');
  if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
  if ((to.getTime() - from.getTime()) / DAY_MS > LONGEST_PERIOD_DAYS) throw badUserInput('from', 'the period must be at most ten years');
  const [employments, years] = await Promise.all([
    db.employment.findMany({
      where: { employerPersonId },
      include: { terms: true, payslips: { where: { periodEnd: { gte: from, lte: to } } } },
    }),
    db.niEmployerThreshold.findMany(),
  ]);
  let gross = 0;
  let ni: number | null = 0;
  let holiday = 0;
  let count = 0;
  const taxYears = new Set<string>();
  for (const e of employments) {
    const history = termsHistory(e.terms, employerPersonId);
    for (const p of e.payslips) {
      count += 1;
      gross += p.grossPayPence;
      const year = thresholdsOn(years, p.periodEnd);
      if (!year) ni = null;
      else {
        taxYears.add(year.taxYear);
        if (ni !== null) ni += employerNi(p.grossPayPence, dayNumber(p.periodEnd) - dayNumber(p.periodStart) + 1, year);
      }
      const terms = termsOn(history, p.periodEnd);
      if (terms?.holidayPay === 'ACCRUED') holiday += holidayAccrual(p.grossPayPence, Number(terms.holidayEntitlementWeeks));
    }
  }
  const insurance = insurancePremium(
    employments.map((e) => ({ end: e.end, terms: e.terms })),
    from,
    to,
  );
  return {
    from,
    to,
    payslips: count,
    grossPayPence: gross,
    employerNationalInsurancePence: ni,
    taxYears: [...taxYears].sort(),
    holidayPayAccrualPence: holiday,
    insurancePremiumPence: insurance,
    totalPence: (ni ?? 0) + holiday + insurance,
  };
}

/**
 * The premium for each day of the period a policy was in force on some employment's terms, a
 * yearly premium spread over 365 days; one policy named on several PAs' terms is paid once.
 */
function insurancePremium(employments: { end: Date | null; terms: EmploymentTermsModel[] }[], from: Date, to: Date): number {
  const perDay = new Map<string, Map<number, number>>();
  for (const e of employments) {
    const history = termsHistory(e.terms, '');
    for (const t of history) {
      if (!t.insurer || t.insurancePremiumPencePerYear == null) continue;
      const policy = `${t.insurer}\u0000${t.insurancePolicyReference ?? t.id}`;
      const ends = [to, t.validTo, e.end, t.insuranceExpiresOn].filter((d): d is Date => d != null);
      const last = Math.min(...ends.map(dayNumber));
      // A policy runs a year to its expiry: earlier days were another year's policy.
      const first = Math.max(
        dayNumber(from),
        dayNumber(t.validFrom),
        t.insuranceExpiresOn ? dayNumber(t.insuranceExpiresOn) - 364 : -Infinity,
      );
      const days = perDay.get(policy) ?? new Map<number, number>();
      for (let d = first; d <= last; d++) days.set(d, Math.max(days.get(d) ?? 0, t.insurancePremiumPencePerYear / 365));
      perDay.set(policy, days);
    }
  }
  let total = 0;
  for (const days of perDay.values()) for (const amount of days.values()) total += amount;
  return Math.round(total);
}
