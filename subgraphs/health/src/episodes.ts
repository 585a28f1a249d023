import { episodeStatus, isId } from '@continuum/runtime';
import type { Context } from './context.ts';
import type { Prisma } from './generated/prisma/client.ts';
import type { FundingVehicle } from './generated/resolvers-types.ts';

/** What every NHS funding episode row has in common, whichever table holds it. */
export interface EpisodeRow {
  id: string;
  personId: string;
  healthBodyId: string;
  start: Date;
  end: Date | null;
  weeklyAmount: Prisma.Decimal;
}

async function healthBodyOf(episode: EpisodeRow, { loaders }: Context) {
  const body = await loaders.healthBody.load(episode.healthBodyId);
  // The foreign key guarantees the body exists; a miss means the database was edited by hand.
  if (!body) throw new Error(`health body ${episode.healthBodyId} of episode ${episode.id} is missing`);
  return body;
}

/**
 * The FundingEpisode fields, resolved the same way for every NHS vehicle: the funder is the
 * health body holding the episode, named by its ODS code.
 */
export function fundingEpisodeFields(vehicle: FundingVehicle) {
  return {
    vehicle: () => vehicle,
    status: (e: EpisodeRow) => episodeStatus(e.start, e.end),
    weeklyAmount: (e: EpisodeRow) => Number(e.weeklyAmount),
    person: (e: EpisodeRow) => ({ __typename: 'Person' as const, id: e.personId }),
    healthBody: (e: EpisodeRow, _args: unknown, ctx: Context) => healthBodyOf(e, ctx),
    funderName: async (e: EpisodeRow, _args: unknown, ctx: Context) => (await healthBodyOf(e, ctx)).name,
    funderCode: async (e: EpisodeRow, _args: unknown, ctx: Context) => (await healthBodyOf(e, ctx)).odsCode,
  };
}

/** Resolves an entity reference through a batching loader; malformed ids name nothing. */
export function byReference<Row>(load: (ctx: Context) => { load(id: string): Promise<Row | null> }) {
  return (ref: { id: string }, ctx: Context): Promise<Row | null> | null => (isId(ref.id) ? load(ctx).load(ref.id.toLowerCase()) : null);
}
