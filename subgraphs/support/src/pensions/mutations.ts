/** Recording assessments, enrolments, opt-outs and re-enrolments: each refused field by field, in one transaction. */
import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, isoDate, notFound, requirePastOrToday, requireText, today, type Caller } from '@continuum/runtime';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { EmploymentModel } from '../generated/prisma/models.ts';
import { assessWorker } from './assessment-rule.ts';
import { addMonths, payPeriodOf, taxYearOf } from './calendar.ts';
import { loadDuties, reEnrolmentDue, type DutyView } from './duty.ts';
import { reasonWithYear, statePensionAgeFor, thresholdsFor } from './reference-data.ts';
import type { AssessmentView, EnrolmentView } from './views.ts';

type Tx = Prisma.TransactionClient;
export type EnrolmentKind = 'AUTOMATIC' | 'OPT_IN' | 'RE_ENROLMENT';

const who = (caller: Caller) => `${caller.name} (${caller.userId})`;
const SCHEME_MAX = 120;

/** Locks the employment (so two writers of its memberships queue) and returns it. */
async function lockEmployment(tx: Tx, id: string, field: string): Promise<EmploymentModel> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM employment WHERE id = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound('Employment', field, id);
  return (await tx.employment.findUnique({ where: { id } }))!;
}

/** A day within the employment: not before its start, not after its end. */
function requireWithin(e: EmploymentModel, day: Date, field: string): void {
  if (day.getTime() < e.start.getTime()) throw badUserInput(field, `must not be before the employment started (${isoDate(e.start)})`);
  if (e.end && day.getTime() > e.end.getTime()) throw badUserInput(field, `must not be after the employment ended (${isoDate(e.end)})`);
}

export async function assessEmployment(
  db: PrismaClient,
  caller: Caller,
  employmentId: string,
  periodStart: Date,
  periodEnd: Date,
): Promise<AssessmentView> {
  requirePastOrToday(periodEnd, 'periodEnd');
  if (periodEnd.getTime() <= periodStart.getTime()) throw badUserInput('periodEnd', 'must be after the period start');
  const payPeriod = payPeriodOf(periodStart, periodEnd);
  if (!payPeriod) throw badUserInput('periodEnd', 'a pay reference period is a week, a fortnight, four weeks, a calendar month or a year');
  const { taxYear: periodTaxYear, startsOn } = taxYearOf(periodEnd);
  return db.$transaction(async (tx) => {
    const employment = await lockEmployment(tx, employmentId, 'employment');
    const { taxYear, thresholds, carried } = await thresholdsFor(tx, startsOn, payPeriod, 'periodEnd');
    const pa = await tx.personalAssistant.findUniqueOrThrow({
      where: { id: employment.personalAssistantId },
      select: { dateOfBirth: true },
    });
    const [pay] = await tx.$queryRaw<{ pence: bigint | null; slips: bigint }[]>`
      SELECT sum(gross_pay_pence) AS pence, count(*) AS slips FROM payslip
      WHERE employment_id = ${employmentId}::uuid AND period_start >= ${periodStart} AND period_end <= ${periodEnd}`;
    const payslips = Number(pay!.slips);
    if (payslips === 0)
      throw badUserInput('periodStart', 'no payslips of this employment fall within the period: record its payroll run first');
    const held = await tx.pensionAssessment.findUnique({
      where: { employmentId_periodStart_periodEnd: { employmentId, periodStart, periodEnd } },
    });
    if (held) throw conflict('periodStart', `the employment was already assessed for this period (${held.category})`);
    const earningsPence = Number(pay!.pence);
    const result = assessWorker({
      dateOfBirth: pa.dateOfBirth,
      periodEnd,
      earningsPence,
      thresholds,
      statePensionAge: await statePensionAgeFor(tx, pa.dateOfBirth),
    });
    const created = await tx.pensionAssessment.create({
      data: {
        id: randomUUID(),
        employmentId,
        periodStart,
        periodEnd,
        payPeriod,
        taxYear,
        earningsPence,
        payslips,
        ageYears: result.ageYears,
        category: result.category,
        reason: reasonWithYear(result.reason, { taxYear, carried }, periodTaxYear),
        qualifyingEarningsPence: result.qualifyingEarningsPence,
        recordedBy: who(caller),
      },
    });
    return { ...created, employerPersonId: employment.employerPersonId, personalAssistantId: employment.personalAssistantId };
  });
}

async function enrol(
  tx: Tx,
  caller: Caller,
  employment: EmploymentModel,
  kind: EnrolmentKind,
  enrolledOn: Date,
  scheme: string,
  field: string,
) {
  const active = await tx.pensionEnrolment.findFirst({ where: { employmentId: employment.id, optedOutOn: null } });
  if (active) throw conflict(field, `the PA is already a member of ${active.scheme}, enrolled on ${isoDate(active.enrolledOn)}`);
  const created = await tx.pensionEnrolment.create({
    data: { id: randomUUID(), employmentId: employment.id, kind, scheme, enrolledOn, recordedBy: who(caller) },
  });
  return { ...created, employerPersonId: employment.employerPersonId, personalAssistantId: employment.personalAssistantId };
}

export async function recordEnrolment(
  db: PrismaClient,
  caller: Caller,
  employmentId: string,
  enrolledOn: Date,
  schemeName: string,
  kind: EnrolmentKind,
): Promise<EnrolmentView> {
  requirePastOrToday(enrolledOn, 'enrolledOn');
  const scheme = requireText(schemeName, 'scheme', SCHEME_MAX);
  if (kind === 'RE_ENROLMENT')
    throw badUserInput('kind', 'a re-enrolment is recorded with the employer’s re-enrolment day (recordPensionReEnrolment)');
  return db.$transaction(async (tx) => {
    const employment = await lockEmployment(tx, employmentId, 'employment');
    requireWithin(employment, enrolledOn, 'enrolledOn');
    if (kind === 'AUTOMATIC') {
      const eligible = await tx.pensionAssessment.findFirst({ where: { employmentId, category: 'ELIGIBLE_JOBHOLDER' } });
      if (!eligible)
        throw badUserInput('kind', 'automatic enrolment is for an eligible jobholder: assess the employment first, or record an opt-in');
    }
    return enrol(tx, caller, employment, kind, enrolledOn, scheme, 'employment');
  });
}

export async function recordOptOut(db: PrismaClient, caller: Caller, enrolmentId: string, optedOutOn: Date): Promise<EnrolmentView> {
  requirePastOrToday(optedOutOn, 'optedOutOn');
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM pension_enrolment WHERE id = ${enrolmentId}::uuid FOR UPDATE`;
    if (!locked) throw notFound('PensionEnrolment', 'enrolment', enrolmentId);
    const m = (await tx.pensionEnrolment.findUnique({ where: { id: enrolmentId } }))!;
    if (m.optedOutOn) throw conflict('enrolment', `the PA already opted out on ${isoDate(m.optedOutOn)}`);
    if (optedOutOn.getTime() < m.enrolledOn.getTime())
      throw badUserInput(
        'optedOutOn',
        `must not be before the enrolment (${isoDate(m.enrolledOn)}): a PA opts out of a membership they hold`,
      );
    const windowEnds = addMonths(m.enrolledOn, 1);
    if (optedOutOn.getTime() > windowEnds.getTime())
      throw badUserInput(
        'optedOutOn',
        `the opt-out window closed on ${isoDate(windowEnds)}, a month after enrolment: leaving later is ceasing membership`,
      );
    const updated = await tx.pensionEnrolment.update({ where: { id: enrolmentId }, data: { optedOutOn, optOutRecordedBy: who(caller) } });
    const e = (await tx.employment.findUnique({ where: { id: m.employmentId } }))!;
    return { ...updated, employerPersonId: e.employerPersonId, personalAssistantId: e.personalAssistantId };
  });
}

export async function recordReEnrolment(
  db: PrismaClient,
  caller: Caller,
  employerPersonId: string,
  reEnrolledOn: Date,
  employmentIds: string[],
  schemeName: string,
): Promise<DutyView> {
  requirePastOrToday(reEnrolledOn, 'reEnrolledOn');
  const scheme = requireText(schemeName, 'scheme', SCHEME_MAX);
  await db.$transaction(async (tx) => {
    // The employer's first employment locks their re-enrolments against a second writer.
    await tx.$queryRaw`SELECT id FROM employment WHERE employer_person_id = ${employerPersonId}::uuid ORDER BY id FOR UPDATE`;
    const [duty] = await loadDuties(tx, [employerPersonId], today());
    if (!duty) throw badUserInput('employerPersonId', 'has never employed a PA: there is no duty to re-enrol');
    const window = reEnrolmentDue(duty.dutyStartDate, duty.reEnrolments);
    if (reEnrolledOn.getTime() < window.from.getTime() || reEnrolledOn.getTime() > window.to.getTime()) {
      throw badUserInput(
        'reEnrolledOn',
        `the re-enrolment due on ${isoDate(window.due)} is chosen from ${isoDate(window.from)} to ${isoDate(window.to)}`,
      );
    }
    for (const [i, id] of [...new Set(employmentIds)].entries()) {
      const field = `employments[${i}]`;
      const employment = await lockEmployment(tx, id, field);
      if (employment.employerPersonId !== employerPersonId) throw badUserInput(field, 'is not an employment of this employer');
      requireWithin(employment, reEnrolledOn, field);
      await enrol(tx, caller, employment, 'RE_ENROLMENT', reEnrolledOn, scheme, field);
    }
    await tx.pensionReEnrolment.create({ data: { id: randomUUID(), employerPersonId, reEnrolledOn, recordedBy: who(caller) } });
  });
  return (await loadDuties(db, [employerPersonId]))[0]!;
}
