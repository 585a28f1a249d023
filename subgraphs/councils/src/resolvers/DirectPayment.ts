import { isId } from '@continuum/runtime';
import { episodeFields } from '../episode-fields.ts';
import type { DirectPaymentResolvers, PaymentSupport } from '../generated/resolvers-types.ts';

export const DirectPayment: DirectPaymentResolvers = {
  __resolveReference: (ref, { loaders }) => (isId(ref.id) ? loaders.directPayment.load(ref.id.toLowerCase()) : null),
  ...episodeFields('DIRECT_PAYMENT'),
  hourlyRate: (dp) => Number(dp.hourlyRate),
  hoursPerWeek: (dp) => Number(dp.hoursPerWeek),
  paymentSupport: (dp) => dp.paymentSupport as PaymentSupport,
  paymentSupportProvider: (dp) =>
    dp.paymentSupportProviderId ? { __typename: 'SupportOrganisation', id: dp.paymentSupportProviderId } : null,
};
