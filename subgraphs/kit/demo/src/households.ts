/**
 * Who lives in or regularly visits the home of each person with a council care plan (counts and
 * age bands only), with the plan's care group and primary support reason (the statutory SALT
 * categories). Children in the home make a children's barred-list DBS check mandatory (brief
 * W5, §7 open question on DBS), so a share of homes have children living in or visiting.
 */
import type { BuildContext } from './context.ts';
import { addYears, dayOf } from './dates.ts';
import { Rng } from './random.ts';
import type { DemoCarePlan, DemoHousehold, DemoPerson } from './types.ts';

type Reason = DemoHousehold['primarySupportReason'];
type Group = DemoHousehold['careGroup'];

/** SALT primary support reasons, roughly as councils report them for people receiving long-term support. */
const REASONS: readonly (readonly [Reason, number])[] = [
  ['PHYSICAL_PERSONAL_CARE', 0.42],
  ['PHYSICAL_ACCESS_AND_MOBILITY', 0.1],
  ['LEARNING_DISABILITY', 0.18],
  ['MENTAL_HEALTH', 0.1],
  ['MEMORY_AND_COGNITION', 0.08],
  ['SENSORY_VISUAL', 0.02],
  ['SENSORY_HEARING', 0.02],
  ['SENSORY_DUAL', 0.01],
  ['SOCIAL_ISOLATION_OR_OTHER', 0.05],
  ['SOCIAL_SUBSTANCE_MISUSE', 0.015],
  ['SOCIAL_ASYLUM_SEEKER', 0.005],
];

/** The care group follows from the reason, and from age for physical and memory needs. */
function careGroupOf(reason: Reason, older: boolean): Group {
  switch (reason) {
    case 'LEARNING_DISABILITY':
      return 'LEARNING_DISABILITY';
    case 'MENTAL_HEALTH':
    case 'SOCIAL_SUBSTANCE_MISUSE':
      return 'MENTAL_HEALTH';
    case 'MEMORY_AND_COGNITION':
      return 'DEMENTIA';
    case 'SENSORY_VISUAL':
    case 'SENSORY_HEARING':
    case 'SENSORY_DUAL':
      return 'SENSORY_IMPAIRMENT';
    default:
      return older ? 'OLDER_PEOPLE' : 'PHYSICAL_DISABILITY';
  }
}

export function buildHouseholds(ctx: BuildContext, carePlans: readonly DemoCarePlan[], people: readonly DemoPerson[]): DemoHousehold[] {
  const rng = Rng.derive(ctx.seed, 'households');
  const birth = new Map(people.map((p) => [p.id, dayOf(p.dateOfBirth)]));
  return carePlans.map((plan) => {
    const older = addYears(birth.get(plan.personId) ?? ctx.asOf, 65) <= ctx.asOf;
    const primarySupportReason = rng.weighted(REASONS);
    const members: DemoHousehold['members'] = [];
    const add = (presence: 'LIVES_IN' | 'REGULARLY_VISITS', ageBand: DemoHousehold['members'][number]['ageBand'], count: number) =>
      members.push({ presence, ageBand, count });
    // A partner or relative at home for most; children at home for a few younger people; grandchildren visiting older people.
    if (rng.chance(older ? 0.45 : 0.5)) add('LIVES_IN', older ? 'AGE_65_AND_OVER' : 'AGE_18_TO_64', rng.chance(0.85) ? 1 : 2);
    if (!older && rng.chance(0.15)) add('LIVES_IN', rng.pick(['UNDER_5', 'AGE_5_TO_11', 'AGE_12_TO_17'] as const), rng.int(1, 3));
    if (rng.chance(older ? 0.25 : 0.12))
      add('REGULARLY_VISITS', rng.pick(['UNDER_5', 'AGE_5_TO_11', 'AGE_12_TO_17'] as const), rng.int(1, 3));
    if (rng.chance(0.4)) add('REGULARLY_VISITS', 'AGE_18_TO_64', rng.int(1, 2));
    return {
      carePlanId: plan.id,
      careGroup: careGroupOf(primarySupportReason, older),
      primarySupportReason,
      householdRecordedOn: plan.lastReviewed,
      members,
    };
  });
}
