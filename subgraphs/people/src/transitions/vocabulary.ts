import type { FunderKind, FundingVehicle, TransitionStatus } from '../generated/resolvers-types.ts';

/** Which kind of funder pays through each vehicle: it decides which subgraph runs a step. */
export const FUNDER_KIND_OF_VEHICLE: Record<FundingVehicle, FunderKind> = {
  DIRECT_PAYMENT: 'COUNCIL',
  INDIVIDUAL_SERVICE_FUND: 'COUNCIL',
  COMMISSIONED_PACKAGE: 'COUNCIL',
  PERSONAL_HEALTH_BUDGET: 'HEALTH',
  CONTINUING_HEALTHCARE: 'HEALTH',
  INTEGRATED_BUDGET: 'HEALTH',
};

/** GraphQL typename of each vehicle's episode, as the funders name them in fundingHistory. */
export const EPISODE_TYPE_OF_VEHICLE: Record<FundingVehicle, string> = {
  DIRECT_PAYMENT: 'DirectPayment',
  INDIVIDUAL_SERVICE_FUND: 'IndividualServiceFund',
  COMMISSIONED_PACKAGE: 'CommissionedPackage',
  PERSONAL_HEALTH_BUDGET: 'PersonalHealthBudget',
  CONTINUING_HEALTHCARE: 'ContinuingHealthcarePackage',
  INTEGRATED_BUDGET: 'IntegratedBudget',
};

export const VEHICLE_OF_EPISODE_TYPE: Record<string, FundingVehicle> = Object.fromEntries(
  Object.entries(EPISODE_TYPE_OF_VEHICLE).map(([vehicle, type]) => [type, vehicle as FundingVehicle]),
);

export const IN_FLIGHT: TransitionStatus[] = ['PROPOSED', 'AGREED', 'APPLYING'];

/** The two steps of applying a transition, in the order they run: the new funding exists before the old ends. */
export const STEP_ORDER = ['OPEN_NEW_EPISODE', 'END_OLD_EPISODE'] as const;
export type StepName = (typeof STEP_ORDER)[number];

/** ONS GSS codes: a nation letter and eight digits (E08000021, W06000005). */
export const GSS_CODE = /^[EWSN][0-9]{8}$/;
/** NHS ODS codes of commissioners: three to five letters and digits (QHM, 7A1). */
export const ODS_CODE = /^[A-Z0-9]{3,5}$/;

export function funderCodePattern(kind: FunderKind): RegExp {
  return kind === 'COUNCIL' ? GSS_CODE : ODS_CODE;
}
