import type { HealthBodyResolvers } from '../generated/resolvers-types.ts';
import { byReference } from '../episodes.ts';

export const HealthBody: HealthBodyResolvers = {
  __resolveReference: byReference((ctx) => ctx.loaders.healthBody),
};
