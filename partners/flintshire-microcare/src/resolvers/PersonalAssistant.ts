import { isId } from '@continuum/runtime';
import type { PersonalAssistantResolvers } from '../generated/resolvers-types.ts';

/** Owned by the support subgraph's register; this subgraph adds the PA's micro-care business. */
export const PersonalAssistant: PersonalAssistantResolvers = {
  __resolveReference: (ref) => (isId(ref.id) ? { id: ref.id } : null),
  microCarer: (pa, _args, { loaders }) => loaders.microCarerByPa.load(pa.id.toLowerCase()),
};
