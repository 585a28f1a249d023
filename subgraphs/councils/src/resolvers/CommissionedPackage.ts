import { isId } from '@continuum/runtime';
import { episodeFields } from '../episode-fields.ts';
import type { CommissionedPackageResolvers, RateKind } from '../generated/resolvers-types.ts';

export const CommissionedPackage: CommissionedPackageResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.commissionedPackage.load(ref.id.toLowerCase()) : null),
  ...episodeFields('COMMISSIONED_PACKAGE'),
  rateKind: (cp) => cp.rateKind as RateKind,
  hourlyRate: (cp) => Number(cp.hourlyRate),
  hoursPerWeek: (cp) => Number(cp.hoursPerWeek),
};
