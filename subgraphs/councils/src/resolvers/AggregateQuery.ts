import { badUserInput, MAX_FACT_PERSON_IDS, requireIds } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { councilFundingFacts } from '../aggregates/funding-facts.ts';
import { councilSupportOfferAggregates } from '../aggregates/support-offer.ts';
import { safeguardingAggregates } from '../aggregates/safeguarding.ts';
import { personalBudgetAggregates } from '../aggregates/personal-budgets.ts';

/** Commissioners' benchmark of what councils offer employers and PAs, and their area's safeguarding counts. */
export const AggregateQuery: QueryResolvers = {
  councilSupportOfferAggregates: (_parent, { filter }, { db, graph }) => councilSupportOfferAggregates(db, graph, filter),
  personalBudgetAggregates: (_parent, { filter }, { db, graph }) => personalBudgetAggregates(db, graph, filter),
  safeguardingAggregates: (_parent, { filter }, { db, graph }) => safeguardingAggregates(db, graph, filter),
  councilFundingFacts: (_parent, { from, to, personIds }, { db }) => {
    if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
    return councilFundingFacts(db, from, to, personIds ? requireIds(personIds, 'personIds', MAX_FACT_PERSON_IDS) : null);
  },
};
