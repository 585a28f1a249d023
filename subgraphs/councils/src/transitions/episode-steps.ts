import { endFundingEpisode, findOpenedBy, undoEpisodeSteps, type EpisodeTables } from '@continuum/transitions';
import { lockTransition, notFound, requireId } from '@continuum/runtime';
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { CommissionedPackageModel, DirectPaymentModel, IndividualServiceFundModel } from '../generated/prisma/models.ts';
import type { OpenCouncilEpisodeInput } from '../generated/resolvers-types.ts';
import { validateEpisodeToOpen } from './open-input.ts';

export type CouncilEpisode = DirectPaymentModel | IndividualServiceFundModel | CommissionedPackageModel;
type Tx = Prisma.TransactionClient;

/** The three episode tables, in the order a lookup searches them; `end` is the column holding an episode's end. */
const EPISODES: EpisodeTables<Tx, CouncilEpisode> = {
  delegates: (tx) => [tx.directPayment, tx.individualServiceFund, tx.commissionedPackage],
  names: ['direct_payment', 'individual_service_fund', 'commissioned_package'],
  endColumn: 'end',
};

/**
 * Opens the council episode a transition names. At most one per transition (a UNIQUE column):
 * a repeat returns the episode the first call opened and writes nothing.
 */
export async function openEpisodeForTransition(
  db: PrismaClient,
  transitionIdArg: string,
  input: OpenCouncilEpisodeInput,
): Promise<CouncilEpisode> {
  const transitionId = requireId(transitionIdArg, 'transitionId');
  const episode = validateEpisodeToOpen(input);
  return db.$transaction(async (tx) => {
    await lockTransition(tx, transitionId);
    const existing = await findOpenedBy(EPISODES.delegates(tx), transitionId);
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
          data: {
            ...common,
            providerName: episode.providerName,
            rateKind: episode.rateKind,
            hourlyRate: episode.hourlyRate,
            hoursPerWeek: episode.hoursPerWeek,
          },
        });
    }
  });
}

/** Ends a council episode on lastDay for a transition (the kit's rules, shared with NHS episodes). */
export const endEpisodeForTransition = (
  db: PrismaClient,
  transitionId: string,
  episodeId: string,
  lastDay: Date,
): Promise<CouncilEpisode> => endFundingEpisode(db, EPISODES, transitionId, episodeId, lastDay);

/** Compensation: removes the episode this transition opened and gives back the end of any episode it ended. */
export const undoTransitionSteps = (db: PrismaClient, transitionId: string): Promise<boolean> =>
  undoEpisodeSteps(db, EPISODES, transitionId);
