import type { PaMatchDecisionResolvers } from '../generated/resolvers-types.ts';
import { paIdentifiersOf } from '../matching/stored.ts';

export const PaMatchDecision: PaMatchDecisionResolvers = {
  action: (d) => d.action as never,
  personalAssistant: (d, _args, { loaders }) => (d.personalAssistantId ? loaders.personalAssistant.load(d.personalAssistantId) : null),
  fromPersonalAssistant: (d, _args, { loaders }) =>
    d.fromPersonalAssistantId ? loaders.personalAssistant.load(d.fromPersonalAssistantId) : null,
  registerIdentifiers: (d) => paIdentifiersOf(d),
};
