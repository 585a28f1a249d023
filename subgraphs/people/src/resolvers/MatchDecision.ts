import type { MatchDecisionResolvers } from '../generated/resolvers-types.ts';
import { identifiersOf } from '../matching/stored.ts';

export const MatchDecision: MatchDecisionResolvers = {
  action: (d) => d.action as never,
  person: (d, _args, { loaders }) => (d.personId ? loaders.person.load(d.personId) : null),
  fromPerson: (d, _args, { loaders }) => (d.fromPersonId ? loaders.person.load(d.fromPersonId) : null),
  // Agency, organisation and value are all LocalIdentifier shows; no person id is needed.
  localIdentifiers: (d) => identifiersOf(d) as never,
};
