import { isId, isoDate, today } from '@continuum/runtime';
import type { TransitionResolvers } from '../generated/resolvers-types.ts';
import { readinessFor } from '../transitions/readiness.ts';
import { graphFieldError } from '../transitions/errors.ts';
import { newPlanOf, partiesOf, sharesOf } from '../transitions/record.ts';
import { STEP_ORDER } from '../transitions/vocabulary.ts';

const DAY_MS = 86_400_000;

/** Whole calendar days between two instants (UTC dates), never negative. */
function daysBetween(from: Date, to: Date): number {
  const day = (d: Date) => Date.parse(isoDate(d));
  return Math.max(0, Math.round((day(to) - day(from)) / DAY_MS));
}

export const Transition: TransitionResolvers = {
  __resolveReference: async (ref, { loaders }) => (isId(ref.id) ? loaders.transition.load(ref.id.toLowerCase()) : null),
  // Person is this subgraph's own entity, so it is resolved here in full.
  person: async (t, _args, { loaders }) => (await loaders.person.load(t.personId))!,
  // The funder owns the episode; the gateway fetches its fields from there.
  fromEpisode: (t) => ({ __typename: t.fromEpisodeType, id: t.fromEpisodeId }) as never,
  newEpisode: (t) => (t.newEpisodeId ? ({ __typename: t.newEpisodeType, id: t.newEpisodeId } as never) : null),
  toVehicle: (t) => t.toVehicle as never,
  toFunderKind: (t) => t.toFunderKind as never,
  status: (t) => t.status as never,
  shares: (t) => sharesOf(t),
  parties: (t) => partiesOf(t),
  newPlan: (t) => {
    const { paymentSupportProviderId, ...plan } = newPlanOf(t);
    return { ...plan, paymentSupportProvider: paymentSupportProviderId ? { id: paymentSupportProviderId } : null };
  },
  daysInProgress: (t) => daysBetween(t.proposedAt, t.completedAt ?? today()),
  steps: async (t, _args, { loaders }) => {
    const steps = await loaders.transitionSteps.load(t.id);
    return [...steps].sort((a, b) => STEP_ORDER.indexOf(a.name as never) - STEP_ORDER.indexOf(b.name as never));
  },
  readiness: async (t, _args, ctx) => {
    try {
      return (await readinessFor(ctx, [t])).get(t.id)!;
    } catch (err) {
      throw graphFieldError(err, 'Readiness');
    }
  },
};
