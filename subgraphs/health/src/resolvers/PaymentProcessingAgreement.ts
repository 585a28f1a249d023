import { today } from '@continuum/runtime';
import { activeOn, customerMonths, parseQuarter } from '../fees.ts';
import type { PaymentProcessingAgreementResolvers } from '../generated/resolvers-types.ts';

export const PaymentProcessingAgreement: PaymentProcessingAgreementResolvers = {
  healthBody: async (agreement, _args, { loaders }) => {
    const body = await loaders.healthBody.load(agreement.healthBodyId);
    if (!body) throw new Error(`health body ${agreement.healthBodyId} of agreement ${agreement.id} is missing`);
    return body;
  },
  // The council is the councils subgraph's: named here by its GSS code (a key of Council).
  council: (agreement) => ({ __typename: 'Council', gssCode: agreement.councilGssCode }),
  feePerCustomerPerMonth: (agreement) => Number(agreement.feePerCustomerPerMonth),
  customers: async (agreement, { on }, { loaders }) => {
    const budgets = await loaders.budgetsProcessedBy.load(`${agreement.healthBodyId}|${agreement.councilGssCode}`);
    return activeOn(on ?? today(), agreement, budgets);
  },
  feeForQuarter: async (agreement, { quarter }, { loaders }) => {
    const q = parseQuarter(quarter, 'quarter');
    const budgets = await loaders.budgetsProcessedBy.load(`${agreement.healthBodyId}|${agreement.councilGssCode}`);
    const months = customerMonths(q, agreement, budgets);
    // In pence, so the product is exact before it is shown in pounds.
    const fee = (months * Math.round(Number(agreement.feePerCustomerPerMonth) * 100)) / 100;
    return { quarter: q.label, customerMonths: months, fee };
  },
};
