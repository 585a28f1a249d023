/**
 * Payroll runs and payslips: an employer's run for a pay period, one payslip per PA paid, each
 * due on a day and sent on a day, so a late payslip (the seeds' "payslips never arriving on
 * time") is countable by the provider that ran the payroll.
 */
import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, notFound, requireId, requirePastOrToday, today, type Caller } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { RecordPayrollRunInput } from '../generated/resolvers-types.ts';
import { requireAmount, who } from './amounts.ts';

const DAY_MS = 86_400_000;
/** A pay period is a week, a fortnight, four weeks or a month at most. */
const LONGEST_PAY_PERIOD_DAYS = 31;

/** Sent after the day due, or still unsent once that day has passed. */
export function isLate(p: { dueOn: Date; sentOn: Date | null }, day: Date = today()): boolean {
  return p.sentOn ? p.sentOn.getTime() > p.dueOn.getTime() : day.getTime() > p.dueOn.getTime();
}

const daysIn = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;

export async function recordPayrollRun(db: PrismaClient, caller: Caller, input: RecordPayrollRunInput) {
  const employerPersonId = requireId(input.employerPersonId, 'input.employerPersonId');
  const { periodStart, periodEnd, dueOn } = input;
  if (periodEnd.getTime() < periodStart.getTime()) throw badUserInput('input.periodEnd', 'must be on or after the period start');
  const days = daysIn(periodStart, periodEnd);
  if (days > LONGEST_PAY_PERIOD_DAYS) throw badUserInput('input.periodEnd', `a pay period is at most ${LONGEST_PAY_PERIOD_DAYS} days`);
  if (dueOn.getTime() < periodStart.getTime()) throw badUserInput('input.dueOn', 'must be on or after the period start');
  if (input.payslips.length === 0) throw badUserInput('input.payslips', 'a payroll run pays at least one PA');
  const slips = input.payslips.map((p, i) => ({
    employmentId: requireId(p.employmentId, `input.payslips[${i}].employmentId`),
    hours: requireHours(p.hours, `input.payslips[${i}].hours`, days * 24),
    grossPayPence: requireAmount(p.grossPayPence, `input.payslips[${i}].grossPayPence`, 10_000_000),
  }));
  slips.forEach((s, i) => {
    if (slips.findIndex((o) => o.employmentId === s.employmentId) !== i)
      throw badUserInput(`input.payslips[${i}].employmentId`, 'one payslip per employment in a run');
  });
  return db.$transaction(async (tx) => {
    const providerId = input.payrollProviderId
      ? requireId(input.payrollProviderId, 'input.payrollProviderId')
      : (await tx.employerPayroll.findUnique({ where: { employerPersonId } }))?.payrollProviderId;
    if (!providerId)
      throw badUserInput('input.payrollProviderId', 'the employer has no payroll provider recorded: name the one that ran it');
    if (!(await tx.payrollProvider.findUnique({ where: { id: providerId } })))
      throw notFound('PayrollProvider', 'input.payrollProviderId', providerId);
    const employments = await tx.employment.findMany({ where: { id: { in: slips.map((s) => s.employmentId) } } });
    slips.forEach((s, i) => {
      const e = employments.find((row) => row.id === s.employmentId);
      // Another employer's employment is as unknown here as one that does not exist.
      if (!e || e.employerPersonId !== employerPersonId) throw notFound('Employment', `input.payslips[${i}].employmentId`, s.employmentId);
      if (e.start.getTime() > periodEnd.getTime() || (e.end && e.end.getTime() < periodStart.getTime()))
        throw badUserInput(`input.payslips[${i}].employmentId`, 'the employment does not cover the pay period');
    });
    const run = await tx.payrollRun.create({
      data: { id: randomUUID(), employerPersonId, payrollProviderId: providerId, periodStart, periodEnd, dueOn, recordedBy: who(caller) },
    });
    await tx.payslip.createMany({
      data: slips.map((s) => ({ id: randomUUID(), payrollRunId: run.id, periodStart, periodEnd, dueOn, recordedBy: who(caller), ...s })),
    });
    return run;
  });
}

/** The provider running an employer's payroll from a day on; payroll runs already recorded keep theirs. */
export async function setPayrollProvider(
  db: PrismaClient,
  caller: Caller,
  employerId: string,
  providerId: string,
  since: Date | null | undefined,
) {
  const employerPersonId = requireId(employerId, 'employerPersonId');
  const payrollProviderId = requireId(providerId, 'payrollProviderId');
  const from = requirePastOrToday(since ?? today(), 'since');
  const provider = await db.payrollProvider.findUnique({ where: { id: payrollProviderId } });
  if (!provider) throw notFound('PayrollProvider', 'payrollProviderId', providerId);
  const data = { payrollProviderId, since: from, recordedBy: who(caller) };
  await db.employerPayroll.upsert({ where: { employerPersonId }, create: { employerPersonId, ...data }, update: data });
  return provider;
}

/** Marks the run's unsent payslips (or those of the employments named) sent; the run is sent once all are. */
export async function markPayslipsSent(db: PrismaClient, runId: string, sentOn: Date, employmentIds: string[] | null | undefined) {
  requirePastOrToday(sentOn, 'sentOn');
  const named = employmentIds?.map((id, i) => requireId(id, `employmentIds[${i}]`)) ?? null;
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM payroll_run WHERE id = ${runId}::uuid FOR UPDATE`;
    if (!locked) throw notFound('PayrollRun', 'payrollRunId', runId);
    const run = await tx.payrollRun.findUniqueOrThrow({ where: { id: runId }, include: { payslips: true } });
    if (sentOn.getTime() < run.periodStart.getTime()) throw badUserInput('sentOn', 'must be on or after the pay period began');
    const targets = named
      ? named.map((id, i) => {
          const slip = run.payslips.find((p) => p.employmentId === id);
          if (!slip) throw notFound('Payslip', `employmentIds[${i}]`, id);
          if (slip.sentOn) throw conflict(`employmentIds[${i}]`, 'that payslip is already sent');
          return slip;
        })
      : run.payslips.filter((p) => !p.sentOn);
    if (targets.length === 0) throw conflict('payrollRunId', 'every payslip of the run is already sent');
    await tx.payslip.updateMany({ where: { id: { in: targets.map((p) => p.id) } }, data: { sentOn } });
    const after = await tx.payslip.findMany({ where: { payrollRunId: runId }, select: { sentOn: true } });
    const allSent = after.every((p) => p.sentOn);
    const last = Math.max(...after.map((p) => p.sentOn?.getTime() ?? 0));
    return tx.payrollRun.update({ where: { id: runId }, data: { sentOn: allSent ? new Date(last) : null } });
  });
}

function requireHours(value: number, field: string, max: number): number {
  if (!Number.isFinite(value) || value < 0) throw badUserInput(field, 'must be zero or more');
  if (value > max) throw badUserInput(field, `must be at most ${max} (the hours in the pay period)`);
  return value;
}
