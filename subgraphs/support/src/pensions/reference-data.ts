/** The thresholds and state pension age bands the migration seeds: read, never written by the hub. */
import { badUserInput } from '@continuum/runtime';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PeriodThresholds, StatePensionAge } from './assessment-rule.ts';
import type { PayPeriod } from './calendar.ts';

type Db = Pick<Prisma.TransactionClient, 'pensionThreshold' | 'statePensionAge'>;

/** The tax year's thresholds for the period's length; refused (on `field`) when the year is not held. */
export async function thresholdsFor(db: Db, taxYear: string, payPeriod: PayPeriod, field: string): Promise<PeriodThresholds> {
  const row = await db.pensionThreshold.findUnique({ where: { taxYear_payPeriod: { taxYear, payPeriod } } });
  if (!row) throw badUserInput(field, `no automatic enrolment thresholds are held for tax year ${taxYear}`);
  return { lowerLevelPence: row.lowerLevelPence, triggerPence: row.triggerPence, upperLevelPence: row.upperLevelPence };
}

/** State pension age for a date of birth: the newest band starting on or before it. */
export async function statePensionAgeFor(db: Db, dateOfBirth: Date): Promise<StatePensionAge> {
  const band = await db.statePensionAge.findFirst({ where: { bornFrom: { lte: dateOfBirth } }, orderBy: { bornFrom: 'desc' } });
  if (!band) throw new Error(`no state pension age band holds a birth on ${dateOfBirth.toISOString().slice(0, 10)}`);
  return { years: band.years, months: band.months };
}
