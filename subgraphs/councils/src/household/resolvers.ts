import type {
  CareGroup,
  CarePlanSummaryResolvers,
  HouseholdAgeBand,
  HouseholdCountResolvers,
  HouseholdPresence,
  HouseholdResolvers,
  PrimarySupportReason,
} from '../generated/resolvers-types.ts';
import { byPresenceThenBand, countOf } from './view.ts';

/** The care plan's care group, primary support reason and household. */
export const CarePlanHouseholdFields: Pick<CarePlanSummaryResolvers, 'careGroup' | 'primarySupportReason' | 'household'> = {
  careGroup: (plan) => plan.careGroup as CareGroup | null,
  primarySupportReason: (plan) => plan.primarySupportReason as PrimarySupportReason | null,
  household: async (plan, _args, { loaders }) => {
    if (!plan.householdRecordedOn) return null;
    const [council, members] = await Promise.all([loaders.council.load(plan.councilId), loaders.carePlanHousehold.load(plan.id)]);
    if (!council) throw new Error(`council ${plan.councilId} of care plan ${plan.id} is missing`);
    return { plan, councilGssCode: council.gssCode, members: [...members].sort(byPresenceThenBand) };
  },
};

export const Household: HouseholdResolvers = {
  members: (v) => v.members,
  childrenLivingIn: (v) => countOf(v, 'LIVES_IN', true),
  childrenVisiting: (v) => countOf(v, 'REGULARLY_VISITS', true),
  adultsLivingIn: (v) => countOf(v, 'LIVES_IN', false),
  adultsVisiting: (v) => countOf(v, 'REGULARLY_VISITS', false),
  recordedOn: (v) => v.plan.householdRecordedOn!,
};

export const HouseholdCount: HouseholdCountResolvers = {
  presence: (m) => m.presence as HouseholdPresence,
  ageBand: (m) => m.ageBand as HouseholdAgeBand,
};
