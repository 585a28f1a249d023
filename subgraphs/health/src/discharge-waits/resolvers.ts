import { today } from '@continuum/runtime';
import type { DischargeWaitResolvers } from '../generated/resolvers-types.ts';

const DAY_MS = 86_400_000;

export const DischargeWait: DischargeWaitResolvers = {
  person: (w) => ({ id: w.personId }),
  healthBody: async (w, _args, { loaders }) => {
    const body = await loaders.healthBody.load(w.healthBodyId);
    if (!body) throw new Error(`health body ${w.healthBodyId} of discharge wait ${w.id} is missing`);
    return body;
  },
  setting: (w) => w.setting as never,
  daysDelayed: (w) => Math.round(((w.dischargedOn ?? today()).getTime() - w.readyOn.getTime()) / DAY_MS),
};
