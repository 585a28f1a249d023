import { addDays, isoDate, type GraphClient } from '@continuum/runtime';
import type { TransitionModel } from '../generated/prisma/models.ts';
import { newPlanOf, sharesOf } from './record.ts';

/**
 * The funders' own mutations for each step. Each is idempotent by transition id at the
 * funder, so a repeat after a lost answer opens or ends nothing twice.
 */

interface EpisodeRef {
  __typename: string;
  id: string;
}

function openInput(t: TransitionModel) {
  const plan = newPlanOf(t);
  const common = {
    personId: t.personId,
    vehicle: t.toVehicle,
    start: isoDate(t.effectiveDate),
    weeklyAmount: plan.weeklyAmount,
    hourlyRate: plan.hourlyRate,
    hoursPerWeek: plan.hoursPerWeek,
    paymentSupportProviderId: plan.paymentSupportProviderId,
  };
  if (t.toFunderKind === 'COUNCIL') return { ...common, councilGssCode: t.toFunderCode, paymentSupport: plan.paymentSupport };
  const shares = sharesOf(t);
  return { ...common, healthBodyOdsCode: t.toFunderCode, management: plan.phbManagement, shares: shares.length ? shares : null };
}

export async function openNewEpisode(graph: GraphClient, t: TransitionModel): Promise<EpisodeRef> {
  const [field, inputType] =
    t.toFunderKind === 'COUNCIL'
      ? ['openCouncilEpisodeForTransition', 'OpenCouncilEpisodeInput']
      : ['openHealthEpisodeForTransition', 'OpenHealthEpisodeInput'];
  const data = await graph.request<Record<string, EpisodeRef>>(
    `mutation OpenNewEpisode($transitionId: ID!, $input: ${inputType}!) { episode: ${field}(transitionId: $transitionId, input: $input) { __typename id } }`,
    { transitionId: t.id, input: openInput(t) },
  );
  return data.episode;
}

export async function endOldEpisode(graph: GraphClient, t: TransitionModel): Promise<void> {
  const field = t.fromFunderKind === 'COUNCIL' ? 'endCouncilEpisodeForTransition' : 'endHealthEpisodeForTransition';
  await graph.request(
    `mutation EndOldEpisode($transitionId: ID!, $episodeId: ID!, $lastDay: Date!) { episode: ${field}(transitionId: $transitionId, episodeId: $episodeId, lastDay: $lastDay) { __typename id } }`,
    {
      transitionId: t.id,
      episodeId: t.fromEpisodeId,
      lastDay: isoDate(addDays(t.effectiveDate, -1)),
    },
  );
}

/** Compensation: every funder the transition touched removes what it changed (repeat-safe). */
export async function undoSteps(graph: GraphClient, t: TransitionModel): Promise<void> {
  const kinds = new Set([t.fromFunderKind, t.toFunderKind]);
  const fields = [
    kinds.has('COUNCIL') ? 'council: undoCouncilTransitionSteps(transitionId: $transitionId)' : '',
    kinds.has('HEALTH') ? 'health: undoHealthTransitionSteps(transitionId: $transitionId)' : '',
  ];
  await graph.request(`mutation UndoTransitionSteps($transitionId: ID!) { ${fields.join(' ')} }`, { transitionId: t.id });
}
