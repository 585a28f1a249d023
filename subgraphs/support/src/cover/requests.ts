import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, notFound, now, today, type Caller } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { CoverRequestModel } from '../generated/prisma/models.ts';
import type { RecordCoverInput } from '../generated/resolvers-types.ts';
import { checkWho } from './plan.ts';
import { peopleSupported, RULE_OF_FOUR } from './rule-of-four.ts';

const DAY_MS = 86_400_000;
const MAX_DAYS = 366;

/** Filled; else escalated once it is the day before it starts (a short call the plan has not covered); else open. */
export function coverStatus(r: CoverRequestModel, day: Date = today()): 'OPEN' | 'FILLED' | 'ESCALATED' {
  if (r.filledAt) return 'FILLED';
  return r.fromDay.getTime() - day.getTime() <= DAY_MS ? 'ESCALATED' : 'OPEN';
}

export async function requestCover(db: PrismaClient, caller: Caller, employmentId: string, from: Date, to: Date, reason: string) {
  if (from.getTime() < today().getTime()) throw badUserInput('from', 'cover is asked for today or later');
  if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
  if ((to.getTime() - from.getTime()) / DAY_MS >= MAX_DAYS)
    throw badUserInput('to', `cover is asked for at most ${MAX_DAYS} days at a time`);
  const employment = await db.employment.findUnique({ where: { id: employmentId } });
  if (!employment) throw notFound('Employment', 'employment', employmentId);
  if (employment.end && employment.end.getTime() < from.getTime())
    throw badUserInput('employment', 'the employment has ended before the cover starts');
  return db.coverRequest.create({
    data: {
      id: randomUUID(),
      employmentId,
      employerPersonId: employment.employerPersonId,
      fromDay: from,
      toDay: to,
      reason,
      requestedBy: `${caller.name} (${caller.userId})`,
      requestedAt: now(),
    },
  });
}

/** Records who covered. A micro-care business already supporting four people in the period cannot (rule of four). */
export async function recordCover(db: PrismaClient, caller: Caller, id: string, input: RecordCoverInput) {
  const who = await checkWho(db, input, 'input');
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<
      { filled_at: Date | null }[]
    >`SELECT filled_at FROM cover_request WHERE id = ${id}::uuid FOR UPDATE`;
    if (!locked) throw notFound('CoverRequest', 'id', id);
    if (locked.filled_at) throw conflict('id', 'cover was already recorded for this request');
    const request = await tx.coverRequest.findUniqueOrThrow({ where: { id } });
    if (who.microEnterpriseId) {
      const n =
        (await peopleSupported(tx as PrismaClient, [who.microEnterpriseId], request.fromDay, request.toDay)).get(who.microEnterpriseId) ??
        0;
      if (n >= RULE_OF_FOUR)
        throw conflict(
          'input.microEnterpriseId',
          `${who.name} already supports ${n} people in the period: an unregistered micro-carer may support at most ${RULE_OF_FOUR} (rule of four)`,
        );
    }
    return tx.coverRequest.update({
      where: { id },
      data: {
        coveredByKind: who.kind,
        coveredByPaId: who.personalAssistantId,
        coveredByEnterpriseId: who.microEnterpriseId,
        coveredByName: who.name,
        agencyTopUpPerHour: who.agencyTopUpPerHour,
        filledAt: now(),
        filledBy: `${caller.name} (${caller.userId})`,
      },
    });
  });
}
