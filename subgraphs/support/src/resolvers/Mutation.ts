import {
  badUserInput,
  conflict,
  idempotent,
  isoDate,
  notFound,
  requireId,
  requireOrderedDates,
  requirePositive,
  requireText,
  today,
} from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client.ts';
import type { MutationResolvers, UpdateEmploymentInput } from '../generated/resolvers-types.ts';

const HOURS_IN_A_WEEK = 168;
/** A sanity ceiling for an hourly pay rate in pounds. */
const MAX_HOURLY_RATE = 100;

/** Hours and pounds are held to the hundredth (DECIMAL(_,2)); finer values would be silently rounded. */
function requireHundredths(value: number, field: string, max: number): number {
  const n = requirePositive(value, field, max);
  if (Math.abs(n * 100 - Math.round(n * 100)) > 1e-6) throw badUserInput(field, 'must have at most two decimal places');
  return n;
}

const requireHours = (value: number, field: string) => requireHundredths(value, field, HOURS_IN_A_WEEK);

/**
 * The columns an updateEmployment input changes. Omitted and null fields are left alone; at
 * least one must be given. Recording a rate means the pay has been reviewed, unless the
 * caller says otherwise; any change to the cover dates its review today.
 */
function employmentChanges(input: UpdateEmploymentInput): Prisma.EmploymentUpdateInput {
  const data: Prisma.EmploymentUpdateInput = {};
  if (input.contractSigned != null) data.contractSigned = input.contractSigned;
  if (input.healthDuties != null) data.healthDuties = input.healthDuties;
  if (input.insuranceUpdated != null) data.insuranceUpdated = input.insuranceUpdated;
  if (input.payRateUpdated != null) data.payRateUpdated = input.payRateUpdated;
  if (input.hourlyRate != null) {
    data.healthHourlyRate = requireHundredths(input.hourlyRate, 'input.hourlyRate', MAX_HOURLY_RATE);
    data.payRateUpdated ??= true;
  }
  if (Object.keys(data).length === 0) {
    throw badUserInput('input', 'give at least one of contractSigned, healthDuties, insuranceUpdated, payRateUpdated, hourlyRate');
  }
  if (input.insuranceUpdated != null || input.payRateUpdated != null || input.hourlyRate != null) data.healthDutiesReviewedOn = today();
  return data;
}

/** Employments between the same employer and PA whose days (both ends inclusive) meet [start, end]. */
function overlapping(employerPersonId: string, personalAssistantId: string, start: Date, end: Date | null): Prisma.EmploymentWhereInput {
  return {
    employerPersonId,
    personalAssistantId,
    ...(end ? { start: { lte: end } } : {}),
    OR: [{ end: null }, { end: { gte: start } }],
  };
}

export const Mutation: MutationResolvers = {
  updateEmployment: async (_parent, { id, input, idempotencyKey }, { db }) => {
    const employmentId = requireId(id, 'id');
    const data = employmentChanges(input);
    // The request as given (not `data`, which carries today's date), so a repeat next week is still recognised.
    const request = { id: employmentId, input: Object.fromEntries(Object.entries(input).filter(([, v]) => v != null)) };
    return db.$transaction((tx) =>
      idempotent(
        tx,
        { operation: 'updateEmployment', key: idempotencyKey, request },
        async () => {
          const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM employment WHERE id = ${employmentId}::uuid FOR UPDATE`;
          if (locked.length === 0) throw notFound('Employment', 'id', id);
          return tx.employment.update({ where: { id: employmentId }, data });
        },
        async (resultId) => (await tx.employment.findUnique({ where: { id: resultId } }))!,
      ),
    );
  },

  addEmployment: async (_parent, { input }, { db }) => {
    const employerPersonId = requireId(input.employerPersonId, 'input.employerPersonId');
    const personalAssistantId = requireId(input.personalAssistantId, 'input.personalAssistantId');
    const start = input.start;
    const end = input.end ?? null;
    requireOrderedDates(start, end, 'input.end');
    const data = {
      id: randomUUID(),
      employerPersonId,
      personalAssistantId,
      start,
      end,
      hoursPerWeek: requireHours(input.hoursPerWeek, 'input.hoursPerWeek'),
      role: requireText(input.role, 'input.role', 100),
      contractSigned: input.contractSigned,
    };
    return db.$transaction(async (tx) => {
      // Locking the PA's row serialises concurrent adds for the same PA, so the overlap check below holds.
      const pa = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM personal_assistant WHERE id = ${personalAssistantId}::uuid FOR UPDATE`;
      if (pa.length === 0) throw notFound('PersonalAssistant', 'input.personalAssistantId', input.personalAssistantId);
      const clash = await tx.employment.findFirst({
        where: overlapping(employerPersonId, personalAssistantId, start, end),
        orderBy: { start: 'asc' },
      });
      // Another employment's dates are not echoed: a refusal tells the caller only that the periods meet.
      if (clash) throw conflict('input.start', 'this person already employs this PA for part of that period');
      return tx.employment.create({ data });
    });
  },

  endEmployment: async (_parent, { id, end }, { db }) => {
    const employmentId = requireId(id, 'id');
    return db.$transaction(async (tx) => {
      // Lock the employment and its PA, as addEmployment does, so a moved end cannot race a new employment.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT e.id FROM employment e JOIN personal_assistant p ON p.id = e.personal_assistant_id
        WHERE e.id = ${employmentId}::uuid FOR UPDATE`;
      if (locked.length === 0) throw notFound('Employment', 'id', id);
      const employment = (await tx.employment.findUnique({ where: { id: employmentId } }))!;
      // An end still to come (notice given) may be moved; one already passed is history.
      if (employment.end && employment.end.getTime() < today().getTime()) {
        throw badUserInput('id', `the employment already ended on ${isoDate(employment.end)}`);
      }
      requireOrderedDates(employment.start, end, 'end');
      const clash = await tx.employment.findFirst({
        where: {
          ...overlapping(employment.employerPersonId, employment.personalAssistantId, employment.start, end),
          id: { not: employmentId },
        },
        orderBy: { start: 'asc' },
      });
      if (clash) throw conflict('end', 'this person also employs this PA under another employment in that period');
      return tx.employment.update({ where: { id: employmentId }, data: { end } });
    });
  },
};
