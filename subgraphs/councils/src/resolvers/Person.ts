import { isId } from '@continuum/runtime';
import type { PersonResolvers } from '../generated/resolvers-types.ts';
import { heldAssessmentOffer } from '../assessment-offers/view.ts';
import { heldReablement } from '../reablement/view.ts';
import { heldConcern } from '../safeguarding.ts';

/** Stable order for episodes starting the same day. */
const KIND_ORDER = { DirectPayment: 0, IndividualServiceFund: 1, CommissionedPackage: 2 };

export const Person: PersonResolvers = {
  // People live in another subgraph: any id is accepted and simply has no council records.
  __resolveReference: (ref) => ({ id: ref.id }),
  socialCareFunding: async (person, _args, { loaders }) => {
    if (!isId(person.id)) return [];
    const id = person.id.toLowerCase();
    const [directPayments, funds, packages] = await Promise.all([
      loaders.directPaymentsOfPerson.load(id),
      loaders.individualServiceFundsOfPerson.load(id),
      loaders.commissionedPackagesOfPerson.load(id),
    ]);
    const tagged = [
      ...directPayments.map((row) => ({ row, kind: KIND_ORDER.DirectPayment })),
      ...funds.map((row) => ({ row, kind: KIND_ORDER.IndividualServiceFund })),
      ...packages.map((row) => ({ row, kind: KIND_ORDER.CommissionedPackage })),
    ];
    tagged.sort((a, b) => a.row.start.getTime() - b.row.start.getTime() || a.kind - b.kind || a.row.id.localeCompare(b.row.id));
    return tagged.map((t) => t.row);
  },
  safeguardingConcerns: async (person, { includeClosed }, { loaders }) => {
    if (!isId(person.id)) return [];
    const concerns = await loaders.safeguardingConcernsOfPerson.load(person.id.toLowerCase());
    return Promise.all(concerns.filter((c) => includeClosed !== false || c.closedOn === null).map((c) => heldConcern(c, loaders)));
  },
  reablementPeriods: async (person, _args, { loaders }) => {
    if (!isId(person.id)) return [];
    const periods = await loaders.reablementPeriodsOfPerson.load(person.id.toLowerCase());
    return Promise.all(periods.map((r) => heldReablement(r, loaders)));
  },
  assessmentOffers: async (person, _args, { loaders }) => {
    if (!isId(person.id)) return [];
    const offers = await loaders.assessmentOffersOfPerson.load(person.id.toLowerCase());
    return Promise.all(offers.map((o) => heldAssessmentOffer(o, loaders)));
  },
  carePlan: async (person, _args, { loaders }) => {
    if (!isId(person.id)) return null;
    const plans = await loaders.carePlansOfPerson.load(person.id.toLowerCase());
    return plans[0] ?? null;
  },
};
