import { today } from '@continuum/runtime';
import type { DomiciliaryCareRequestResolvers } from '../generated/resolvers-types.ts';

const DAY_MS = 86_400_000;

export const DomiciliaryCareRequest: DomiciliaryCareRequestResolvers = {
  person: (r) => ({ id: r.personId }),
  council: async (r, _args, { loaders }) => {
    const council = await loaders.council.load(r.councilId);
    if (!council) throw new Error(`council ${r.councilId} of domiciliary care request ${r.id} is missing`);
    return council;
  },
  hoursPerWeek: (r) => Number(r.hoursPerWeek),
  status: (r) => (r.closedOn ? 'CLOSED' : 'WAITING'),
  outcome: (r) => r.outcome as never,
  daysWaiting: (r) => Math.round(((r.closedOn ?? today()).getTime() - r.requestedOn.getTime()) / DAY_MS),
};
