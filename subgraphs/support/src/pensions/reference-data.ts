/** The thresholds and state pension age bands the migration seeds: read, never written by the hub. */
import { badUserInput, isoDate } from '@continuum/runtime';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PeriodThresholds, StatePensionAge } from './assessment-rule.ts';
import type { PayPeriod } from './calendar.ts';

type Db = Pick<Prisma.TransactionClient, 'pensionThreshold' | 'statePensionAge'>;

/**
 * The thresholds for the tax year starting on `startsOn` and the period's length: that year's, or
 * when it is not held yet the newest year before it (the figures are carried until a new year's are
 * laid). Refused (on `field`) for a year before any held.
 */
export async function thresholdsFor(
  db: Db,
  startsOn: Date,
  payPeriod: PayPeriod,
  field: string,
): Promise<{ taxYear: string; thresholds: PeriodThresholds; carried: boolean }> {
  const row = await db.pensionThreshold.findFirst({ where: { payPeriod, startsOn: { lte: startsOn } }, orderBy: { startsOn: 'desc' } });
  if (!row) throw badUserInput(field, `no automatic enrolment thresholds are held for the tax year starting ${isoDate(startsOn)}`);
  return {
    taxYear: row.taxYear,
    thresholds: { lowerLevelPence: row.lowerLevelPence, triggerPence: row.triggerPence, upperLevelPence: row.upperLevelPence },
    carried: row.startsOn.getTime() !== startsOn.getTime(),
  };
}

/** An assessment's reason, saying so when the thresholds applied were carried from an earlier year. */
export const reasonWithYear = (reason: string, applied: { taxYear: string; carried: boolean }, periodTaxYear: string) =>
  applied.carried ? `${reason} (${applied.taxYear} thresholds: none held yet for ${periodTaxYear})` : reason;

/** State pension age for a date of birth: the newest band starting on or before it. */
export async function statePensionAgeFor(db: Db, dateOfBirth: Date): Promise<StatePensionAge> {
  const band = await db.statePensionAge.findFirst({ where: { bornFrom: { lte: dateOfBirth } }, orderBy: { bornFrom: 'desc' } });
  if (!band) throw new Error(`no state pension age band holds a birth on ${dateOfBirth.toISOString().slice(0, 10)}`);
  return { years: band.years, months: band.months };
}
