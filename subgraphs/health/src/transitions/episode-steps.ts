import { badUserInput, conflict, isoDate, notFound, requireId, type GraphClient } from '@continuum/kit';
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type { ChcPackageModel, IntegratedBudgetModel, PersonalHealthBudgetModel } from '../generated/prisma/models.ts';
import type { OpenHealthEpisodeInput } from '../generated/resolvers-types.ts';
import { councilNames } from './council-names.ts';
import { lockName, lockTransition } from './locks.ts';
import { validateEpisodeToOpen } from './open-input.ts';

export type HealthEpisode = PersonalHealthBudgetModel | ChcPackageModel | IntegratedBudgetModel;
type Tx = Prisma.TransactionClient | PrismaClient;

/** The three episode tables, for the statements that treat them alike. */
const EPISODE_TABLES = ['personal_health_budget', 'chc_package', 'integrated_budget'] as const;
/** Decisions that make a person eligible for continuing healthcare. */
const CHC_ELIGIBLE = new Set(['ELIGIBLE', 'FAST_TRACK']);

async function openedBy(tx: Tx, transitionId: string): Promise<HealthEpisode | null> {
  const where = { openedByTransitionId: transitionId };
  return (
    (await tx.personalHealthBudget.findUnique({ where })) ??
    (await tx.chcPackage.findUnique({ where })) ??
    (await tx.integratedBudget.findUnique({ where }))
  );
}

type Found =
  | { kind: 'PersonalHealthBudget'; row: PersonalHealthBudgetModel }
  | { kind: 'ContinuingHealthcarePackage'; row: ChcPackageModel }
  | { kind: 'IntegratedBudget'; row: IntegratedBudgetModel };

async function findEpisode(tx: Tx, id: string): Promise<Found | null> {
  const where = { id };
  const phb = await tx.personalHealthBudget.findUnique({ where });
  if (phb) return { kind: 'PersonalHealthBudget', row: phb };
  const chc = await tx.chcPackage.findUnique({ where });
  if (chc) return { kind: 'ContinuingHealthcarePackage', row: chc };
  const ib = await tx.integratedBudget.findUnique({ where });
  return ib ? { kind: 'IntegratedBudget', row: ib } : null;
}

/**
 * Opens the NHS episode a transition names. At most one per transition (a UNIQUE column):
 * a repeat returns the episode the first call opened and writes nothing.
 */
export async function openEpisodeForTransition(db: PrismaClient, graph: GraphClient, transitionIdArg: string, input: OpenHealthEpisodeInput): Promise<HealthEpisode> {
  const transitionId = requireId(transitionIdArg, 'transitionId');
  const episode = validateEpisodeToOpen(input);
  const already = await openedBy(db, transitionId);
  if (already) return already;
  // NHS bodies are reference data (never deleted): checked once, before anything else is asked.
  const body = await db.healthBody.findUnique({ where: { odsCode: episode.odsCode } });
  if (!body) throw notFound('HealthBody', 'input.healthBodyOdsCode', episode.odsCode);

  // Council names for shares given without one come from the graph, before the transaction opens.
  const unnamed =
    episode.vehicle === 'INTEGRATED_BUDGET'
      ? episode.shares.flatMap((s, i) => (s.funderKind === 'COUNCIL' && s.funderName == null ? [{ code: s.funderCode, field: `input.shares[${i}].funderCode` }] : []))
      : [];
  const names = await councilNames(graph, unnamed);

  return db.$transaction(async (tx) => {
    await lockTransition(tx, transitionId);
    const existing = await openedBy(tx, transitionId);
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

/**
 * Ends an NHS episode on lastDay for a transition, keeping the end it had so an undo can
 * restore it. A repeat for the same transition returns the episode as it is.
 */
export async function endEpisodeForTransition(db: PrismaClient, transitionIdArg: string, episodeIdArg: string, lastDay: Date): Promise<HealthEpisode> {
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
      case 'PersonalHealthBudget':
        return tx.personalHealthBudget.update({ where: { id: episodeId }, data });
      case 'ContinuingHealthcarePackage':
        return tx.chcPackage.update({ where: { id: episodeId }, data });
      case 'IntegratedBudget':
        return tx.integratedBudget.update({ where: { id: episodeId }, data });
    }
  });
}

/**
 * Compensation: removes the episode this transition opened (an integrated budget's shares go
 * with it) and gives back the end of any episode it ended. Safe to repeat.
 */
export async function undoTransitionSteps(db: PrismaClient, transitionIdArg: string): Promise<boolean> {
  const transitionId = requireId(transitionIdArg, 'transitionId');
  await db.$transaction(async (tx) => {
    await lockTransition(tx, transitionId);
    for (const table of EPISODE_TABLES) {
      await tx.$executeRawUnsafe(
        `UPDATE "${table}" SET "end_date" = "end_before_transition", "end_before_transition" = NULL, "ended_by_transition_id" = NULL WHERE "ended_by_transition_id" = $1::uuid`,
        transitionId,
      );
      await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "opened_by_transition_id" = $1::uuid`, transitionId);
    }
  });
  return true;
}
