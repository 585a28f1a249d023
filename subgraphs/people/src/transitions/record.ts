import type { FunderKind, PaymentSupport, PhbManagement, TransitionPartyRole } from '../generated/resolvers-types.ts';
import type { TransitionModel } from '../generated/prisma/models.ts';

/** The JSON columns of a transition row, typed as the coordinator writes them. */
export interface Share {
  funderKind: FunderKind;
  funderCode: string;
  percentage: number;
}

export interface Party {
  funderKind: FunderKind;
  funderCode: string;
  role: TransitionPartyRole;
}

export interface NewPlan {
  weeklyAmount: number;
  hourlyRate: number | null;
  hoursPerWeek: number | null;
  phbManagement: PhbManagement | null;
  paymentSupport: PaymentSupport | null;
  paymentSupportProviderId: string | null;
}

export const sharesOf = (t: TransitionModel) => t.shares as unknown as Share[];
export const partiesOf = (t: TransitionModel) => t.parties as unknown as Party[];
export const newPlanOf = (t: TransitionModel) => t.newPlan as unknown as NewPlan;
