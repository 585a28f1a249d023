import { covers, isId, today } from '@continuum/runtime';
import type { PersonResolvers } from '../generated/resolvers-types.ts';

/** Owned by the people subgraph; this subgraph adds the micro-carers who support the person. */
export const Person: PersonResolvers = {
  // Any well-formed hub id may name a person; one no micro-carer supports has an empty list.
  __resolveReference: (ref) => (isId(ref.id) ? { id: ref.id } : null),
  microCare: async (person, { includeEnded }, { loaders }) => {
    const clients = await loaders.clientsByPerson.load(person.id.toLowerCase());
    const day = today();
    return includeEnded ? clients : clients.filter((c) => covers(c.start, c.end, day));
  },
};
