import { covers, isId, today } from '@continuum/runtime';
import type { PersonResolvers } from '../generated/resolvers-types.ts';

/** Person is owned by the people subgraph; support contributes the PA team and its history. */
export const Person: PersonResolvers = {
  paTeam: async (person, { includeEnded }, { loaders }) => {
    // A malformed id cannot employ anyone, and must not poison the batched query.
    if (!isId(person.id)) return [];
    const employments = await loaders.employmentsByEmployer.load(person.id.toLowerCase());
    if (includeEnded) return employments;
    const day = today();
    return employments.filter((e) => covers(e.start, e.end, day));
  },
  // Oldest first: the loader reads in timeline order (start, then id).
  employmentHistory: (person, _args, { loaders }) => (isId(person.id) ? loaders.employmentsByEmployer.load(person.id.toLowerCase()) : []),
};
