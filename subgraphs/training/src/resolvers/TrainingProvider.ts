import { isId } from '@continuum/runtime';
import type { TrainingProviderResolvers } from '../generated/resolvers-types.ts';

export const TrainingProvider: TrainingProviderResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.trainingProvider.load(ref.id.toLowerCase()) : null),
  kind: (provider) => provider.kind as never,
};
