import { today } from '@continuum/runtime';
import type { DirectCommissioningContractResolvers } from '../generated/resolvers-types.ts';
import { contractActive } from '../readiness.ts';

export const DirectCommissioningContract: DirectCommissioningContractResolvers = {
  active: (contract) => contractActive(contract, today()),
};
