/**
 * An employment's terms, kept by the day they take effect: setting terms adds a version, so what
 * was agreed before stays readable. The terms in force on a day are the newest version from on
 * or before it.
 */
import { randomUUID } from 'node:crypto';
import {
  addDays,
  badUserInput,
  conflict,
  notFound,
  requireId,
  requirePastOrToday,
  requireText,
  today,
  type Caller,
} from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { EmploymentTermsModel } from '../generated/prisma/models.ts';
import type { SetEmploymentTermsInput } from '../generated/resolvers-types.ts';
import { requireAmount, who } from './amounts.ts';

/** A version of the terms, with the day it stopped applying and the employer whose record it is. */
export type TermsView = EmploymentTermsModel & { validTo: Date | null; employerPersonId: string };

/** Statutory holiday for a full-time worker: 5.6 weeks. The default when none is given. */
const STATUTORY_HOLIDAY_WEEKS = 5.6;

/** Every version, newest first, each ending the day before the next began. */
export function termsHistory(rows: EmploymentTermsModel[], employerPersonId: string): TermsView[] {
  const newestFirst = [...rows].sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime());
  return newestFirst.map((t, i) => ({
    ...t,
    employerPersonId,
    validTo: i === 0 ? null : addDays(newestFirst[i - 1]!.validFrom, -1),
  }));
}

/** The version in force on a day; null before the first. */
export function termsOn<T extends { validFrom: Date }>(newestFirst: T[], day: Date = today()): T | null {
  return newestFirst.find((t) => t.validFrom.getTime() <= day.getTime()) ?? null;
}

export async function setEmploymentTerms(db: PrismaClient, caller: Caller, input: SetEmploymentTermsInput): Promise<TermsView> {
  const employmentId = requireId(input.employmentId, 'input.employmentId');
  const validFrom = input.validFrom ?? today();
  const weekday = requireAmount(input.weekdayPencePerHour, 'input.weekdayPencePerHour', 100_000);
  const rate = (value: number | null | undefined, field: string) => (value == null ? weekday : requireAmount(value, field, 100_000));
  if (input.contractSignedOn) {
    requirePastOrToday(input.contractSignedOn, 'input.contractSignedOn');
    if (!input.writtenContract) throw badUserInput('input.contractSignedOn', 'only a written contract is signed');
  }
  const holidayWeeks = input.holidayEntitlementWeeks ?? STATUTORY_HOLIDAY_WEEKS;
  if (!Number.isFinite(holidayWeeks) || holidayWeeks < 0 || holidayWeeks > 52 / 2)
    throw badUserInput('input.holidayEntitlementWeeks', 'must be between 0 and 26 weeks');
  const insurer = input.insurer == null ? null : requireText(input.insurer, 'input.insurer');
  const insuranceDetail = [input.insurancePolicyReference, input.insuranceExpiresOn, input.insurancePremiumPencePerYear].some(
    (v) => v != null,
  );
  if (!insurer && insuranceDetail) throw badUserInput('input.insurer', 'name the insurer of the policy described');
  return db.$transaction(async (tx) => {
    const employment = await tx.employment.findUnique({ where: { id: employmentId } });
    if (!employment) throw notFound('Employment', 'input.employmentId', employmentId);
    if (validFrom.getTime() < employment.start.getTime())
      throw badUserInput('input.validFrom', 'must be on or after the day the employment started');
    if (employment.end && validFrom.getTime() > employment.end.getTime())
      throw badUserInput('input.validFrom', 'must be on or before the day the employment ended');
    const hours = input.contractedHoursPerWeek ?? Number(employment.hoursPerWeek);
    if (!Number.isFinite(hours) || hours < 0 || hours > 168)
      throw badUserInput('input.contractedHoursPerWeek', 'must be between 0 and 168');
    const held = await tx.employmentTerms.findUnique({ where: { employmentId_validFrom: { employmentId, validFrom } } });
    if (held) throw conflict('input.validFrom', 'terms are already recorded from that day: record the change from the day it applies');
    await tx.employmentTerms.create({
      data: {
        id: randomUUID(),
        employmentId,
        validFrom,
        writtenContract: input.writtenContract,
        contractSignedOn: input.contractSignedOn ?? null,
        weekdayPencePerHour: weekday,
        eveningPencePerHour: rate(input.eveningPencePerHour, 'input.eveningPencePerHour'),
        nightPencePerHour: rate(input.nightPencePerHour, 'input.nightPencePerHour'),
        weekendPencePerHour: rate(input.weekendPencePerHour, 'input.weekendPencePerHour'),
        sleepInPencePerNight:
          input.sleepInPencePerNight == null ? null : requireAmount(input.sleepInPencePerNight, 'input.sleepInPencePerNight', 100_000),
        contractedHoursPerWeek: hours,
        holidayEntitlementWeeks: holidayWeeks,
        holidayPay: input.holidayPay ?? 'AS_TAKEN',
        sickPay: input.sickPay ?? 'STATUTORY_ONLY',
        insurer,
        insurancePolicyReference:
          input.insurancePolicyReference == null ? null : requireText(input.insurancePolicyReference, 'input.insurancePolicyReference'),
        insuranceExpiresOn: input.insuranceExpiresOn ?? null,
        insurancePremiumPencePerYear:
          input.insurancePremiumPencePerYear == null
            ? null
            : requireAmount(input.insurancePremiumPencePerYear, 'input.insurancePremiumPencePerYear', 10_000_000),
        recordedBy: who(caller),
      },
    });
    const versions = await tx.employmentTerms.findMany({ where: { employmentId } });
    return termsHistory(versions, employment.employerPersonId).find((t) => t.validFrom.getTime() === validFrom.getTime())!;
  });
}
