import { badUserInput, isoDate, lockTransition, notFound, requireId, type GraphClient } from '@continuum/runtime';
import { endFundingEpisode, findOpenedBy, undoEpisodeSteps, type EpisodeTables } from '@continuum/transitions';
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { ChcPackageModel, IntegratedBudgetModel, PersonalHealthBudgetModel } from '../generated/prisma/models.ts';
import type { OpenHealthEpisodeInput } from '../generated/resolvers-types.ts';
import { councilNames } from './council-names.ts';
import { validateEpisodeToOpen } from './open-input.ts';

export type HealthEpisode = PersonalHealthBudgetModel | ChcPackageModel | IntegratedBudgetModel;
type Tx = Prisma.TransactionClient;

/** The three episode tables, in the order a lookup searches them; `end_date` is the column holding an episode's end. */
const EPISODES: EpisodeTables<Tx, HealthEpisode> = {
  delegates: (tx) => [tx.personalHealthBudget, tx.chcPackage, tx.integratedBudget],
  names: ['personal_health_budget', 'chc_package', 'integrated_budget'],
  endColumn: 'end_date',
};

/** Decisions that make a person eligible for continuing healthcare. */
const CHC_ELIGIBLE = new Set(['ELIGIBLE', 'FAST_TRACK']);

/**
 * Opens the NHS episode a transition names. At most one per transition (a UNIQUE column):
 * a repeat returns the episode the first call opened and writes nothing.
 */
export async function openEpisodeForTransition(
  db: PrismaClient,
  graph: GraphClient,
  transitionIdArg: string,
  input: OpenHealthEpisodeInput,
): Promise<HealthEpisode> {
  const transitionId = requireId(transitionIdArg, 'transitionId');
  const episode = validateEpisodeToOpen(input);
  const already = await findOpenedBy(EPISODES.delegates(db), transitionId);
  if (already) return already;
  // NHS bodies are reference data (never deleted): checked once, before anything else is asked.
  const body = await db.healthBody.findUnique({ where: { odsCode: episode.odsCode } });
  if (!body) throw notFound('HealthBody', 'input.healthBodyOdsCode', episode.odsCode);

  // Council names for shares given without one come from the graph, before the transaction opens.
  const unnamed =
    episode.vehicle === 'INTEGRATED_BUDGET'
      ? episode.shares.flatMap((s, i) =>
          s.funderKind === 'COUNCIL' && s.funderName == null ? [{ code: s.funderCode, field: `input.shares[${i}].funderCode` }] : [],
        )
      : [];
  const names = await councilNames(graph, unnamed);

  return db.$transaction(async (tx) => {
    await lockTransition(tx, transitionId);
    const existing = await findOpenedBy(EPISODES.delegates(tx), transitionId);
    if (existing) return existing;
    const common = {
      id: randomUUID(),
      personId: episode.personId,
      healthBodyId: body.id,
      start: episode.start,
      end: null,
      weeklyAmount: episode.weeklyAmount,
      openedByTransitionId: transitionId,
    };
    switch (episode.vehicle) {
      case 'PERSONAL_HEALTH_BUDGET':
        return tx.personalHealthBudget.create({
          data: {
            ...common,
            management: episode.management,
            hourlyRate: episode.hourlyRate,
            hoursPerWeek: episode.hoursPerWeek,
            paymentSupportProviderId: episode.paymentSupportProviderId,
          },
        });
      case 'CONTINUING_HEALTHCARE': {
        // The body's latest decision for the person is the one that counts.
        const decision = await tx.chcDecision.findFirst({
          where: { personId: episode.personId, healthBodyId: body.id },
          orderBy: [{ decidedOn: 'desc' }, { id: 'desc' }],
        });
        if (!decision || !CHC_ELIGIBLE.has(decision.outcome)) {
          throw badUserInput(
            'input.personId',
            decision
              ? `${body.name}'s latest continuing healthcare decision for the person (${isoDate(decision.decidedOn)}) is ${decision.outcome}, not ELIGIBLE`
              : `${body.name} has no continuing healthcare decision finding the person ELIGIBLE`,
          );
        }
        return tx.chcPackage.create({ data: { ...common, decisionId: decision.id } });
      }
      case 'INTEGRATED_BUDGET':
        return tx.integratedBudget.create({
          data: {
            ...common,
            shares: {
              create: episode.shares.map((s) => ({
                funderKind: s.funderKind,
                funderCode: s.funderCode,
                percentage: s.percentage,
                funderName: s.funderName ?? (s.funderKind === 'HEALTH' ? body.name : names.get(s.funderCode)!),
              })),
            },
          },
        });
    }
  });
}

/** Ends an NHS episode on lastDay for a transition (the kit's rules, shared with council episodes). */
export const endEpisodeForTransition = (db: PrismaClient, transitionId: string, episodeId: string, lastDay: Date): Promise<HealthEpisode> =>
  endFundingEpisode(db, EPISODES, transitionId, episodeId, lastDay);

/** Compensation: removes the episode this transition opened (an integrated budget's shares go with it) and gives back the end of any episode it ended. */
export const undoTransitionSteps = (db: PrismaClient, transitionId: string): Promise<boolean> =>
  undoEpisodeSteps(db, EPISODES, transitionId);
