import { badUserInput, requireId, requireText } from '@continuum/runtime';
import { GSS_CODE, requireOdsCode } from '../codes.ts';
import type { OpenHealthEpisodeInput, PhbManagement } from '../generated/resolvers-types.ts';
import { HOURS_IN_A_WEEK, MAX_HOURLY_RATE, MAX_WEEKLY_AMOUNT, requireAmount } from '../money.ts';

interface Common {
  personId: string;
  odsCode: string;
  start: Date;
  weeklyAmount: number;
}

export interface ShareToOpen {
  funderKind: 'COUNCIL' | 'HEALTH';
  funderCode: string;
  percentage: number;
  /** As given; null when it is to be looked up. */
  funderName: string | null;
}

/** An NHS episode to open, validated and in the units its table holds. */
export type EpisodeToOpen =
  | (Common & {
      vehicle: 'PERSONAL_HEALTH_BUDGET';
      management: PhbManagement;
      hourlyRate: number;
      hoursPerWeek: number;
      paymentSupportProviderId: string | null;
    })
  | (Common & { vehicle: 'CONTINUING_HEALTHCARE' })
  | (Common & { vehicle: 'INTEGRATED_BUDGET'; shares: ShareToOpen[] });

/**
 * An integrated budget's split: the administering NHS body's share and at least one council's,
 * whole percentages from 1 to 99 adding up to 100, each funder once.
 */
function validateShares(shares: NonNullable<OpenHealthEpisodeInput['shares']>, odsCode: string): ShareToOpen[] {
  const seen = new Set<string>();
  const out = shares.map((s, i): ShareToOpen => {
    const field = `input.shares[${i}]`;
    const code = s.funderCode.trim().toUpperCase();
    if (s.funderKind === 'COUNCIL' && !GSS_CODE.test(code))
      throw badUserInput(`${field}.funderCode`, `"${s.funderCode}" is not a council GSS code such as E08000021`);
    if (s.funderKind === 'HEALTH' && code !== odsCode) {
      throw badUserInput(`${field}.funderCode`, `the NHS share must be the administering body's (${odsCode}), not ${code}`);
    }
    if (!Number.isInteger(s.percentage) || s.percentage < 1 || s.percentage > 99)
      throw badUserInput(`${field}.percentage`, 'must be a whole percentage from 1 to 99');
    if (seen.has(code)) throw badUserInput(`${field}.funderCode`, `${code} has more than one share`);
    seen.add(code);
    const funderName = s.funderName == null ? null : requireText(s.funderName, `${field}.funderName`);
    return { funderKind: s.funderKind, funderCode: code, percentage: s.percentage, funderName };
  });
  if (!out.some((s) => s.funderKind === 'HEALTH'))
    throw badUserInput('input.shares', `needs the share of the administering NHS body (${odsCode})`);
  if (!out.some((s) => s.funderKind === 'COUNCIL')) throw badUserInput('input.shares', 'needs at least one council share');
  const total = out.reduce((sum, s) => sum + s.percentage, 0);
  if (total !== 100) throw badUserInput('input.shares', `shares add up to ${total}%, not 100%`);
  return out;
}

/** The same rules as any NHS episode, without the overlap with the episode being moved from (it ends the day before). */
export function validateEpisodeToOpen(input: OpenHealthEpisodeInput): EpisodeToOpen {
  const common: Common = {
    personId: requireId(input.personId, 'input.personId'),
    odsCode: requireOdsCode(input.healthBodyOdsCode, 'input.healthBodyOdsCode'),
    start: input.start,
    weeklyAmount: requireAmount(input.weeklyAmount, 'input.weeklyAmount', MAX_WEEKLY_AMOUNT, 'pounds and pence'),
  };
  if (input.shares != null && input.vehicle !== 'INTEGRATED_BUDGET')
    throw badUserInput('input.shares', 'are only for an integrated budget');
  switch (input.vehicle) {
    case 'PERSONAL_HEALTH_BUDGET': {
      if (input.management == null)
        throw badUserInput('input.management', 'is required for a personal health budget: NOTIONAL, THIRD_PARTY or DIRECT_PAYMENT');
      if (input.hourlyRate == null) throw badUserInput('input.hourlyRate', 'is required for a personal health budget');
      if (input.hoursPerWeek == null) throw badUserInput('input.hoursPerWeek', 'is required for a personal health budget');
      return {
        ...common,
        vehicle: 'PERSONAL_HEALTH_BUDGET',
        management: input.management,
        hourlyRate: requireAmount(input.hourlyRate, 'input.hourlyRate', MAX_HOURLY_RATE, 'pounds and pence'),
        hoursPerWeek: requireAmount(input.hoursPerWeek, 'input.hoursPerWeek', HOURS_IN_A_WEEK, 'hours'),
        paymentSupportProviderId:
          input.paymentSupportProviderId == null ? null : requireId(input.paymentSupportProviderId, 'input.paymentSupportProviderId'),
      };
    }
    case 'CONTINUING_HEALTHCARE':
      return { ...common, vehicle: 'CONTINUING_HEALTHCARE' };
    case 'INTEGRATED_BUDGET':
      if (input.shares == null || input.shares.length === 0)
        throw badUserInput('input.shares', 'are required for an integrated budget: the NHS body and at least one council');
      return { ...common, vehicle: 'INTEGRATED_BUDGET', shares: validateShares(input.shares, common.odsCode) };
    default:
      throw badUserInput(
        'input.vehicle',
        `${input.vehicle} is not paid by an NHS body: use PERSONAL_HEALTH_BUDGET, CONTINUING_HEALTHCARE or INTEGRATED_BUDGET`,
      );
  }
}
