import { randomUUID } from 'node:crypto';
import {
  badUserInput,
  conflict,
  notFound,
  requireId,
  requirePastOrToday,
  requirePositive,
  requirePostcodeDistrict,
  today,
  type Caller,
} from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { VacancyApplicationModel, VacancyModel } from '../generated/prisma/models.ts';
import type { PostVacancyInput } from '../generated/resolvers-types.ts';
import { languageName } from '../register/need.ts';
import { slotMask, type Slot } from '../register/slots.ts';

/** An application with its vacancy's employer, whose record it is. */
export type ApplicationView = VacancyApplicationModel & { employerPersonId: string };

const DAY_MS = 86_400_000;
/** A vacancy open longer than this is flagged (the seeds' four weeks). */
export const OVERDUE_WEEKS = 4;

/** Whole weeks open: to today while open, to the day filled once filled. */
export function weeksOpen(v: VacancyModel, day: Date = today()): number {
  const until = v.filledOn ?? day;
  return Math.max(0, Math.floor((until.getTime() - v.postedOn.getTime()) / (7 * DAY_MS)));
}
export const overdue = (v: VacancyModel, day: Date = today()) =>
  v.filledOn === null && day.getTime() - v.postedOn.getTime() > OVERDUE_WEEKS * 7 * DAY_MS;

const who = (caller: Caller) => `${caller.name} (${caller.userId})`;

/** A visit's length in whole minutes, up to twelve hours. */
function visitMinutes(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 720)
    throw badUserInput('input.visitMinutes', 'must be a whole number of minutes from 1 to 720');
  return minutes;
}

export async function postVacancy(db: PrismaClient, caller: Caller, input: PostVacancyInput) {
  if (input.slots.length === 0) throw badUserInput('input.slots', 'say when the work is: at least one day and part of the day');
  return db.vacancy.create({
    data: {
      id: randomUUID(),
      employerPersonId: requireId(input.employerPersonId, 'input.employerPersonId'),
      postedOn: today(),
      postedBy: who(caller),
      postcodeDistrict: requirePostcodeDistrict(input.postcodeDistrict, 'input.postcodeDistrict'),
      hoursPerWeek: requirePositive(input.hoursPerWeek, 'input.hoursPerWeek', 168),
      slotMask: slotMask(input.slots as Slot[]),
      services: [...new Set(input.services ?? [])],
      languages: [...new Set((input.languages ?? []).map(languageName))],
      training: [...new Set(input.training ?? [])],
      hourlyRate: requirePositive(input.hourlyRate, 'input.hourlyRate', 1000),
      visitMinutes: input.visitMinutes == null ? null : visitMinutes(input.visitMinutes),
    },
  });
}

export async function recordApplication(db: PrismaClient, caller: Caller, vacancyId: string, paId: string, appliedOn: Date) {
  requirePastOrToday(appliedOn, 'appliedOn');
  return db.$transaction(async (tx) => {
    const [v] = await tx.$queryRaw<
      { filled_on: Date | null; posted_on: Date }[]
    >`SELECT filled_on, posted_on FROM vacancy WHERE id = ${vacancyId}::uuid FOR UPDATE`;
    if (!v) throw notFound('Vacancy', 'vacancy', vacancyId);
    if (v.filled_on) throw conflict('vacancy', 'the vacancy is filled');
    if (appliedOn.getTime() < v.posted_on.getTime()) throw badUserInput('appliedOn', 'must be on or after the day the vacancy was posted');
    const pa = await tx.personalAssistant.findUnique({ where: { id: paId }, select: { mergedInto: true } });
    if (!pa || pa.mergedInto) throw notFound('PersonalAssistant', 'personalAssistantId', paId);
    const held = await tx.vacancyApplication.findFirst({ where: { vacancyId, personalAssistantId: paId } });
    if (held) throw conflict('personalAssistantId', 'the PA has already applied');
    const [owner] = await tx.$queryRaw<
      { employer_person_id: string }[]
    >`SELECT employer_person_id FROM vacancy WHERE id = ${vacancyId}::uuid`;
    const created = await tx.vacancyApplication.create({
      data: { id: randomUUID(), vacancyId, personalAssistantId: paId, appliedOn, recordedBy: who(caller) },
    });
    return { ...created, employerPersonId: owner!.employer_person_id };
  });
}

/** An interview day or an outcome; appointing fills the vacancy (and only one applicant is appointed). */
export async function updateApplication(
  db: PrismaClient,
  id: string,
  interviewOn: Date | null | undefined,
  outcome: string | null | undefined,
) {
  if (interviewOn == null && outcome == null) throw badUserInput('outcome', 'give an interview day or an outcome');
  return db.$transaction(async (tx) => {
    const application = await tx.vacancyApplication.findUnique({ where: { id }, include: { vacancy: true } });
    if (!application) throw notFound('VacancyApplication', 'id', id);
    if (interviewOn && interviewOn.getTime() < application.appliedOn.getTime())
      throw badUserInput('interviewOn', 'must be on or after the day they applied');
    if (application.outcome === 'APPOINTED') throw conflict('id', 'the applicant was appointed: the outcome stands');
    if (outcome === 'APPOINTED') {
      if (application.vacancy.filledOn) throw conflict('outcome', 'the vacancy is already filled');
      await tx.vacancy.update({
        where: { id: application.vacancyId },
        data: { filledOn: today(), filledByPaId: application.personalAssistantId },
      });
    }
    const updated = await tx.vacancyApplication.update({
      where: { id },
      data: { ...(interviewOn ? { interviewOn } : {}), ...(outcome ? { outcome } : {}) },
    });
    return { ...updated, employerPersonId: application.vacancy.employerPersonId };
  });
}
