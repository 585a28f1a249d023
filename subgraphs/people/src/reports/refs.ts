/**
 * Turning the pure computations' plain data into what the GraphQL types expect: Date objects,
 * references to entities owned elsewhere ({ __typename, id } / { id }) and people's own rows.
 */
import type { Context } from '../context.ts';
import type { PersonalAssistant, ResolversTypes } from '../generated/resolvers-types.ts';
import type { PersonModel } from '../generated/prisma/models.ts';
import type { DayRun, OverlapRun, TimelineEpisode } from './timeline.ts';

export function dateOf(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** A funder's episode: the gateway fetches its fields from the owner by __typename and id. */
export function episodeRef(episode: TimelineEpisode): ResolversTypes['FundingEpisode'] {
  return { __typename: episode.__typename, id: episode.id } as unknown as ResolversTypes['FundingEpisode'];
}

export function personalAssistantRef(id: string): PersonalAssistant {
  return { id };
}

export function gapOf(person: PersonModel, run: DayRun): ResolversTypes['FundingGap'] {
  return { person, start: dateOf(run.start), end: dateOf(run.end), days: run.days };
}

export function overlapOf(person: PersonModel, run: OverlapRun): ResolversTypes['FundingOverlap'] {
  return { person, start: dateOf(run.start), end: dateOf(run.end), days: run.days, episodes: run.episodes.map(episodeRef) };
}

/**
 * People's own rows for the given ids (Person is owned here, so its fields resolve from the row
 * in the same fetch); ids with no row are left out.
 */
export async function personRows(ctx: Context, ids: string[]): Promise<Map<string, PersonModel>> {
  const rows = await ctx.loaders.person.loadMany(ids);
  const out = new Map<string, PersonModel>();
  rows.forEach((row, i) => {
    if (row instanceof Error) throw row;
    if (row) out.set(ids[i], row);
  });
  return out;
}
