import type { SupportOption } from '../generated/resolvers-types.ts';

/** Every option in the order lists show them (the schema's order). */
export const SUPPORT_OPTIONS: SupportOption[] = [
  'RESIDENTIAL_CARE',
  'DOMICILIARY_CARE',
  'DIRECT_PAYMENT_WITH_PA',
  'INDIVIDUAL_SERVICE_FUND',
  'MICRO_CARE',
  'PERSONAL_HEALTH_BUDGET',
  'COMMUNITY_SUPPORT',
  'EQUIPMENT',
];

/** The options a worker may offer without any that leaves the person directing their own support. */
const CARE_HOME_OR_HOME_CARE = new Set<string>(['RESIDENTIAL_CARE', 'DOMICILIARY_CARE']);

/** True when an assessment offered residential and/or domiciliary care and nothing else. */
export const onlyCareHomeOrHomeCare = (options: string[]) => options.length > 0 && options.every((o) => CARE_HOME_OR_HOME_CARE.has(o));

/** Each option once, in list order. */
export const normaliseOptions = (options: readonly SupportOption[]) => SUPPORT_OPTIONS.filter((o) => options.includes(o));
