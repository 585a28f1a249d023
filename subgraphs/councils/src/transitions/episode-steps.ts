import { badUserInput, conflict, isoDate, notFound, requireId } from '@continuum/kit';
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { CommissionedPackageModel, DirectPaymentModel, IndividualServiceFundModel } from '../generated/prisma/models.ts';
import type { OpenCouncilEpisodeInput } from '../generated/resolvers-types.ts';
import { lockName, lockTransition } from './locks.ts';
import { validateEpisodeToOpen } from './open-input.ts';

export type CouncilEpisode = DirectPaymentModel | IndividualServiceFundModel | CommissionedPackageModel;
type Tx = Prisma.TransactionClient;

/** The three episode tables, for the statements that treat them alike. */
const EPISODE_TABLES = ['direct_payment', 'individual_service_fund', 'commissioned_package'] as const;

async function openedBy(tx: Tx, transitionId: string): Promise<CouncilEpisode | null> {
  const where = { openedByTransitionId: transitionId };
  return (
    (await tx.directPayment.findUnique({ where })) ??
    (await tx.individualServiceFund.findUnique({ where })) ??
    (await tx.commissionedPackage.findUnique({ where }))
  );
}

type Found =
  | { kind: 'DirectPayment'; row: DirectPaymentModel }
  | { kind: 'IndividualServiceFund'; row: IndividualServiceFundModel }
  | { kind: 'CommissionedPackage'; row: CommissionedPackageModel };

async function findEpisode(tx: Tx, id: string): Promise<Found | null> {
  const where = { id };
  const dp = await tx.directPayment.findUnique({ where });
  if (dp) return { kind: 'DirectPayment', row: dp };
  const isf = await tx.individualServiceFund.findUnique({ where });
  if (isf) return { kind: 'IndividualServiceFund', row: isf };
  const cp = await tx.commissionedPackage.findUnique({ where });
  return cp ? { kind: 'CommissionedPackage', row: cp } : null;
}

/**
 * Opens the council episode a transition names. At most one per transition (a UNIQUE column):
 * a repeat returns the episode the first call opened and writes nothing.
 */
export async function openEpisodeForTransition(db: PrismaClient, transitionIdArg: string, input: OpenCouncilEpisodeInput): Promise<CouncilEpisode> {
  const transitionId = requireId(transitionIdArg, 'transitionId');
  const episode = validateEpisodeToOpen(input);
  return db.$transaction(async (tx) => {
    await lockTransition(tx, transitionId);
    const existing = await openedBy(tx, transitionId);
    if (existing) return existing;
    const council = await tx.council.findUnique({ where: { gssCode: episode.gssCode } });
    if (!council) throw notFound('Council', 'input.councilGssCode', episode.gssCode);
    const common = {
      id: randomUUID(),
      personId: episode.personId,
      councilId: council.id,
      start: episode.start,
      end: null,
      weeklyAmount: episode.weeklyAmount,
      openedByTransitionId: transitionId,
    };
    switch (episode.vehicle) {
      case 'DIRECT_PAYMENT':
        return tx.directPayment.create({
          data: {
            ...common,
            hourlyRate: episode.hourlyRate,
            hoursPerWeek: episode.hoursPerWeek,
            paymentSupport: episode.paymentSupport,
            paymentSupportProviderId: episode.paymentSupportProviderId,
          },
        });
      case 'INDIVIDUAL_SERVICE_FUND':
        return tx.individualServiceFund.create({ data: { ...common, holdingProviderId: episode.holdingProviderId } });
      case 'COMMISSIONED_PACKAGE':
        return tx.commissionedPackage.create({
          data: { ...common, providerName: episode.providerName, rateKind: episode.rateKind, hourlyRate: episode.hourlyRate, hoursPerWeek: episode.hoursPerWeek },
        });
    }
  });
}

/**
 * Ends a council episode on lastDay for a transition, keeping the end it had so an undo can
 * restore it. A repeat for the same transition returns the episode as it is.
 */
export async function endEpisodeForTransition(db: PrismaClient, transitionIdArg: string, episodeIdArg: string, lastDay: Date): Promise<CouncilEpisode> {
  const transitionId = requireId(transitionIdArg, 'transitionId');
  const episodeId = requireId(episodeIdArg, 'episodeId');
  return db.$transaction(async (tx) => {
    await lockTransition(tx, transitionId);
    await lockName(tx, `episode:${episodeId}`);
    const found = await findEpisode(tx, episodeId);
    if (!found) throw notFound('FundingEpisode', 'episodeId', episodeId);
    const { row } = found;
    if (row.endedByTransitionId === transitionId) return row;
    if (lastDay.getTime() < row.start.getTime()) {
      throw badUserInput('lastDay', `${isoDate(lastDay)} is before the episode started (${isoDate(row.start)})`);
    }
    if (row.endedByTransitionId) {
      throw conflict('episodeId', `the episode was already ended on ${isoDate(row.end)} by transition ${row.endedByTransitionId}`);
    }
    if (row.end && row.end.getTime() <= lastDay.getTime()) {
      throw conflict('episodeId', `the episode already ended on ${isoDate(row.end)}, on or before ${isoDate(lastDay)}`);
    }
    const data = { end: lastDay, endedByTransitionId: transitionId, endBeforeTransition: row.end };
    switch (found.kind) {
      case 'DirectPayment':
        return tx.directPayment.update({ where: { id: episodeId }, data });
      case 'IndividualServiceFund':
        return tx.individualServiceFund.update({ where: { id: episodeId }, data });
      case 'CommissionedPackage':
        return tx.commissionedPackage.update({ where: { id: episodeId }, data });
    }
  });
}

/**
 * Compensation: removes the episode this transition opened and gives back the end of any
 * episode it ended. Safe to repeat: a second run finds nothing left to change.
 */
export async function undoTransitionSteps(db: PrismaClient, transitionIdArg: string): Promise<boolean> {
  const transitionId = requireId(transitionIdArg, 'transitionId');
  await db.$transaction(async (tx) => {
    await lockTransition(tx, transitionId);
    for (const table of EPISODE_TABLES) {
      await tx.$executeRawUnsafe(
        `UPDATE "${table}" SET "end" = "end_before_transition", "end_before_transition" = NULL, "ended_by_transition_id" = NULL WHERE "ended_by_transition_id" = $1::uuid`,
        transitionId,
      );
      await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "opened_by_transition_id" = $1::uuid`, transitionId);
    }
  });
  return true;
}
