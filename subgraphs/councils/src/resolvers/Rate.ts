import type { RateKind, RateResolvers } from '../generated/resolvers-types.ts';

export const Rate: RateResolvers = {
  kind: (rate) => rate.kind as RateKind,
  hourlyRate: (rate) => Number(rate.hourlyRate),
};
