import { episodeStatus } from '@continuum/runtime';
import type { Context } from './context.ts';
import type { FundingVehicle } from './generated/resolvers-types.ts';

/** The columns every council-funded episode has. */
interface EpisodeRow {
  personId: string;
  councilId: string;
  start: Date;
  end: Date | null;
  weeklyAmount: { toString(): string };
}

async function councilOf(episode: EpisodeRow, { loaders }: Context) {
  const council = await loaders.council.load(episode.councilId);
  // The foreign key makes this impossible; say so loudly rather than answer with a blank funder.
  if (!council) throw new Error(`council ${episode.councilId} of a funding episode is missing`);
  return council;
}

/** The FundingEpisode fields, shared by direct payments, individual service funds and commissioned packages. */
export function episodeFields(vehicle: FundingVehicle) {
  return {
    vehicle: () => vehicle,
    status: (episode: EpisodeRow) => episodeStatus(episode.start, episode.end),
    weeklyAmount: (episode: EpisodeRow) => Number(episode.weeklyAmount),
    funderName: async (episode: EpisodeRow, _args: unknown, ctx: Context) => (await councilOf(episode, ctx)).name,
    funderCode: async (episode: EpisodeRow, _args: unknown, ctx: Context) => (await councilOf(episode, ctx)).gssCode,
    council: (episode: EpisodeRow, _args: unknown, ctx: Context) => councilOf(episode, ctx),
    person: (episode: EpisodeRow) => ({ id: episode.personId }),
  };
}
