import { badUserInput, requireId, requirePositive, requireText } from '@continuum/runtime';
import type { FunderKind, NewFundingPlanInput, ProposeTransitionInput, TransitionShareInput } from '../generated/resolvers-types.ts';
import type { NewPlan, Share } from './record.ts';
import { FUNDER_KIND_OF_VEHICLE, funderCodePattern, GSS_CODE, ODS_CODE } from './vocabulary.ts';

/** A proposal after the checks that need nothing but the input itself. */
export interface ProposalDraft {
  personId: string;
  fromEpisodeId: string;
  toVehicle: ProposeTransitionInput['toVehicle'];
  toFunderKind: FunderKind;
  toFunderCode: string;
  effectiveDate: Date;
  reason: string;
  shares: Share[];
  newPlan: NewPlan;
  requiredCompetences: string[];
  proposedBy: string;
}

const CODE_EXAMPLE: Record<FunderKind, string> = {
  COUNCIL: 'a council GSS code such as E08000021',
  HEALTH: 'an NHS ODS code such as QHM',
};

function funderCode(value: string, kind: FunderKind, field: string): string {
  const code = value.trim().toUpperCase();
  if (!funderCodePattern(kind).test(code)) throw badUserInput(field, `"${value}" is not ${CODE_EXAMPLE[kind]}`);
  return code;
}

/** An integrated budget is split between the NHS body and at least one council, to the whole 100%. */
function integratedShares(shares: TransitionShareInput[], odsCode: string): Share[] {
  const out = shares.map((s, i) => {
    if (!Number.isInteger(s.percentage) || s.percentage < 1 || s.percentage > 99) {
      throw badUserInput(`input.shares[${i}].percentage`, 'must be a whole number from 1 to 99');
    }
    return {
      funderKind: s.funderKind,
      funderCode: funderCode(s.funderCode, s.funderKind, `input.shares[${i}].funderCode`),
      percentage: s.percentage,
    };
  });
  const health = out.filter((s) => s.funderKind === 'HEALTH');
  if (health.length !== 1 || health[0].funderCode !== odsCode) {
    throw badUserInput('input.shares', `needs exactly one NHS share, from ${odsCode} (the new funder)`);
  }
  if (!out.some((s) => s.funderKind === 'COUNCIL')) throw badUserInput('input.shares', 'needs at least one council share');
  if (new Set(out.map((s) => s.funderCode)).size !== out.length) throw badUserInput('input.shares', 'names a funder more than once');
  const total = out.reduce((sum, s) => sum + s.percentage, 0);
  if (total !== 100) throw badUserInput('input.shares', `shares add up to ${total}%, not 100%`);
  return out;
}

const PAID_BY_THE_HOUR = new Set<string>(['DIRECT_PAYMENT', 'COMMISSIONED_PACKAGE', 'PERSONAL_HEALTH_BUDGET']);

function newPlan(plan: NewFundingPlanInput, vehicle: ProposeTransitionInput['toVehicle']): NewPlan {
  const f = 'input.newPlan';
  const out: NewPlan = {
    weeklyAmount: requirePositive(plan.weeklyAmount, `${f}.weeklyAmount`, 100_000),
    hourlyRate: plan.hourlyRate == null ? null : requirePositive(plan.hourlyRate, `${f}.hourlyRate`, 1_000),
    hoursPerWeek: plan.hoursPerWeek == null ? null : requirePositive(plan.hoursPerWeek, `${f}.hoursPerWeek`, 168),
    phbManagement: plan.phbManagement ?? null,
    paymentSupport: plan.paymentSupport ?? null,
    paymentSupportProviderId:
      plan.paymentSupportProviderId == null ? null : requireId(plan.paymentSupportProviderId, `${f}.paymentSupportProviderId`),
  };
  if (vehicle === 'PERSONAL_HEALTH_BUDGET' && !out.phbManagement) {
    throw badUserInput(`${f}.phbManagement`, 'a personal health budget needs a management type: NOTIONAL, THIRD_PARTY or DIRECT_PAYMENT');
  }
  if (vehicle !== 'PERSONAL_HEALTH_BUDGET' && out.phbManagement)
    throw badUserInput(`${f}.phbManagement`, 'only a personal health budget has a management type');
  // Money paid to the person needs someone to help run it, unless they manage it themselves.
  const paysThePerson = vehicle === 'DIRECT_PAYMENT' || (vehicle === 'PERSONAL_HEALTH_BUDGET' && out.phbManagement === 'DIRECT_PAYMENT');
  if (paysThePerson && !out.paymentSupport) {
    throw badUserInput(`${f}.paymentSupport`, 'money paid to the person needs PAYROLL_SERVICE, MANAGED_ACCOUNT or SELF_MANAGED');
  }
  if (out.paymentSupport && out.paymentSupport !== 'SELF_MANAGED' && !out.paymentSupportProviderId) {
    throw badUserInput(`${f}.paymentSupportProviderId`, `${out.paymentSupport} needs the provider's id`);
  }
  if (out.paymentSupport === 'SELF_MANAGED' && out.paymentSupportProviderId) {
    throw badUserInput(`${f}.paymentSupportProviderId`, 'must be left out when the person manages the money themselves');
  }
  // The new funder will refuse to open the episode without these; better said now than found at the last step.
  if (PAID_BY_THE_HOUR.has(vehicle)) {
    if (out.hourlyRate === null) throw badUserInput(`${f}.hourlyRate`, `is required for ${vehicle}`);
    if (out.hoursPerWeek === null) throw badUserInput(`${f}.hoursPerWeek`, `is required for ${vehicle}`);
  }
  if (vehicle === 'INDIVIDUAL_SERVICE_FUND' && !out.paymentSupportProviderId) {
    throw badUserInput(`${f}.paymentSupportProviderId`, 'an individual service fund needs the id of the organisation holding it');
  }
  return out;
}

/** Every check that needs no other agency's data; the first failure is the answer, nothing is written. */
export function draftProposal(input: ProposeTransitionInput): ProposalDraft {
  const toFunderKind = FUNDER_KIND_OF_VEHICLE[input.toVehicle];
  const toFunderCode = funderCode(input.toFunderCode, toFunderKind, 'input.toFunderCode');
  const givenShares = input.shares ?? [];
  if (input.toVehicle !== 'INTEGRATED_BUDGET' && givenShares.length)
    throw badUserInput('input.shares', 'only an integrated budget is split into shares');
  if (input.toVehicle === 'INTEGRATED_BUDGET' && !givenShares.length)
    throw badUserInput('input.shares', "an integrated budget needs each funder's share");
  const proposedBy = requireText(input.proposedBy, 'input.proposedBy', 20).toUpperCase();
  if (!GSS_CODE.test(proposedBy) && !ODS_CODE.test(proposedBy))
    throw badUserInput('input.proposedBy', `"${input.proposedBy}" is not a GSS or ODS code`);
  const competences = (input.requiredCompetences ?? []).map((c, i) => requireText(c, `input.requiredCompetences[${i}]`, 40).toUpperCase());
  return {
    personId: requireId(input.personId, 'input.personId'),
    fromEpisodeId: requireId(input.fromEpisodeId, 'input.fromEpisodeId'),
    toVehicle: input.toVehicle,
    toFunderKind,
    toFunderCode,
    effectiveDate: input.effectiveDate,
    reason: requireText(input.reason, 'input.reason', 1_000),
    shares: input.toVehicle === 'INTEGRATED_BUDGET' ? integratedShares(givenShares, toFunderCode) : [],
    newPlan: newPlan(input.newPlan, input.toVehicle),
    requiredCompetences: [...new Set(competences)],
    proposedBy,
  };
}
