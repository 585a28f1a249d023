import { isId } from '@continuum/runtime';
import type { PersonResolvers } from '../generated/resolvers-types.ts';
import { nhsNumberView } from '../nhs-number-view.ts';

interface EpisodeRef {
  __typename: string;
  id: string;
  start: string;
}

export const Person: PersonResolvers = {
  __resolveReference: async (ref, { loaders }) => {
    if (!isId(ref.id)) return null;
    const row = await loaders.person.load(ref.id.toLowerCase());
    if (!row) return null;
    // Keep the funders' episode lists the gateway supplied for fundingHistory (@requires).
    return { ...ref, ...row };
  },
  nhsNumber: (person) => nhsNumberView(person.nhsNumber, person.nhsNumberStatus),
  localIdentifiers: (person, _args, { loaders }) => loaders.localIdentifiers.load(person.id),
  formerIds: async (person, _args, { loaders }) => (await loaders.formerIds.load(person.id)).map((p) => p.id),
  fundingHistory: (person) => {
    const withRequires = person as unknown as { socialCareFunding?: EpisodeRef[]; healthFunding?: EpisodeRef[] };
    const episodes = [...(withRequires.socialCareFunding ?? []), ...(withRequires.healthFunding ?? [])];
    // One timeline: by start date, then by type and id so equal starts keep a stable order.
    return episodes.sort(
      (a, b) => a.start.localeCompare(b.start) || a.__typename.localeCompare(b.__typename) || a.id.localeCompare(b.id),
    ) as never;
  },
};
