import { badUserInput, requireId, requirePositive, requireText } from '@continuum/runtime';
import type { OpenCouncilEpisodeInput, RateKind } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';
import { HOURS_IN_A_WEEK, MAX_HOURLY_RATE, MAX_WEEKLY_AMOUNT } from '../limits.ts';
import { requireHundredths } from '../money.ts';

/** Recorded when a transition moves someone to a commissioned package before a provider is chosen. */
export const PROVIDER_TO_BE_CONFIRMED = 'Provider to be confirmed';

interface Common {
  personId: string;
  gssCode: string;
  start: Date;
  weeklyAmount: number;
}

/** A council episode to open, validated and in the units its table holds. */
export type EpisodeToOpen =
  | (Common & {
      vehicle: 'DIRECT_PAYMENT';
      hourlyRate: number;
      hoursPerWeek: number;
      paymentSupport: string;
      paymentSupportProviderId: string | null;
    })
  | (Common & { vehicle: 'INDIVIDUAL_SERVICE_FUND'; holdingProviderId: string })
  | (Common & { vehicle: 'COMMISSIONED_PACKAGE'; hourlyRate: number; hoursPerWeek: number; rateKind: RateKind; providerName: string });

function rateAndHours(input: OpenCouncilEpisodeInput, what: string) {
  if (input.hourlyRate == null) throw badUserInput('input.hourlyRate', `is required for ${what}`);
  if (input.hoursPerWeek == null) throw badUserInput('input.hoursPerWeek', `is required for ${what}`);
  const pence = requireHundredths(
    requirePositive(input.hourlyRate, 'input.hourlyRate', MAX_HOURLY_RATE),
    'input.hourlyRate',
    'pounds and pence',
  );
  const hours = requireHundredths(
    requirePositive(input.hoursPerWeek, 'input.hoursPerWeek', HOURS_IN_A_WEEK),
    'input.hoursPerWeek',
    'hours',
  );
  return { hourlyRate: pence / 100, hoursPerWeek: hours / 100 };
}

/**
 * The same rules as starting an episode directly (rates, hours, who supports the payment),
 * except the overlap check: the episode being moved from ends the day before this one starts.
 */
export function validateEpisodeToOpen(input: OpenCouncilEpisodeInput): EpisodeToOpen {
  const common: Common = {
    personId: requireId(input.personId, 'input.personId'),
    gssCode: requireGssCode(input.councilGssCode, 'input.councilGssCode'),
    start: input.start,
    weeklyAmount:
      requireHundredths(
        requirePositive(input.weeklyAmount, 'input.weeklyAmount', MAX_WEEKLY_AMOUNT),
        'input.weeklyAmount',
        'pounds and pence',
      ) / 100,
  };
  switch (input.vehicle) {
    case 'DIRECT_PAYMENT': {
      const { hourlyRate, hoursPerWeek } = rateAndHours(input, 'a direct payment');
      if (input.paymentSupport == null)
        throw badUserInput('input.paymentSupport', 'is required for a direct payment: PAYROLL_SERVICE, MANAGED_ACCOUNT or SELF_MANAGED');
      let providerId: string | null = null;
      if (input.paymentSupport === 'SELF_MANAGED') {
        if (input.paymentSupportProviderId != null)
          throw badUserInput('input.paymentSupportProviderId', 'must be left out when the person manages the payment themselves');
      } else {
        if (input.paymentSupportProviderId == null)
          throw badUserInput(
            'input.paymentSupportProviderId',
            `is required for ${input.paymentSupport}: name the support organisation providing it`,
          );
        providerId = requireId(input.paymentSupportProviderId, 'input.paymentSupportProviderId');
      }
      return {
        ...common,
        vehicle: 'DIRECT_PAYMENT',
        hourlyRate,
        hoursPerWeek,
        paymentSupport: input.paymentSupport,
        paymentSupportProviderId: providerId,
      };
    }
    case 'INDIVIDUAL_SERVICE_FUND': {
      if (input.paymentSupportProviderId == null)
        throw badUserInput(
          'input.paymentSupportProviderId',
          'is required for an individual service fund: name the organisation holding the fund',
        );
      return {
        ...common,
        vehicle: 'INDIVIDUAL_SERVICE_FUND',
        holdingProviderId: requireId(input.paymentSupportProviderId, 'input.paymentSupportProviderId'),
      };
    }
    case 'COMMISSIONED_PACKAGE': {
      const { hourlyRate, hoursPerWeek } = rateAndHours(input, 'a commissioned package');
      const rateKind = input.rateKind ?? 'COMMISSIONED_WITH_EMPLOYEES';
      if (rateKind === 'DIRECT_PAYMENT')
        throw badUserInput('input.rateKind', 'a commissioned package is paid at a commissioned rate, not the direct payment rate');
      const providerName = input.providerName == null ? PROVIDER_TO_BE_CONFIRMED : requireText(input.providerName, 'input.providerName');
      return { ...common, vehicle: 'COMMISSIONED_PACKAGE', hourlyRate, hoursPerWeek, rateKind, providerName };
    }
    default:
      throw badUserInput(
        'input.vehicle',
        `${input.vehicle} is not paid by a council: use DIRECT_PAYMENT, INDIVIDUAL_SERVICE_FUND or COMMISSIONED_PACKAGE`,
      );
  }
}
