import { isId } from '@continuum/kit';
import type { PersonResolvers } from '../generated/resolvers-types.ts';

/** Owned by the people subgraph; this subgraph contributes its own facts about the person. */
export const Person: PersonResolvers = {
  // Any well-formed hub id may name a person; one this organisation has not met has no activities.
  __resolveReference: (ref) => (isId(ref.id) ? { id: ref.id } : null),
  flintshireMicrocareActivities: (person, _args, { loaders }) => loaders.activitiesByPerson.load(person.id.toLowerCase()),
};
