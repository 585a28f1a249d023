import { aggregateScope, bothLimits, publishCount, scopedArea, scopedCouncilCodes } from '@continuum/access';
import { addDays, requireOrderedDates, today } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { requireGssCode } from '../gss-code.ts';
import { latestOffers } from './latest-offers.ts';
import { onlyCareHomeOrHomeCare } from './options.ts';
import { paCapacityByPerson } from './pa-capacity.ts';
import { heldAssessmentOffer } from './view.ts';

export const AssessmentOfferQuery: QueryResolvers = {
  // Question 32 for a council's own social workers: by name, latest assessment first.
  onlyCareHomeOrHomeCareOffers: async (_parent, { councilGssCode, from, to }, { db, graph, loaders }) => {
    const gssCode = requireGssCode(councilGssCode, 'councilGssCode');
    const last = to && to.getTime() < today().getTime() ? to : today();
    const first = from ?? addDays(last, -364);
    requireOrderedDates(first, last, 'to');
    const council = await db.council.findUnique({ where: { gssCode } });
    if (!council) return [];
    const only = (await latestOffers(db, [council.id], first, last)).filter((o) => onlyCareHomeOrHomeCare(o.options));
    if (!only.length) return [];
    const capacity = await paCapacityByPerson(graph);
    const found = only.flatMap((o) => {
      const near = capacity.get(o.personId);
      return near ? [{ o, near }] : [];
    });
    found.sort((a, b) => b.o.assessedOn.getTime() - a.o.assessedOn.getTime() || a.o.personId.localeCompare(b.o.personId));
    return Promise.all(found.map(async ({ o, near }) => ({ offer: await heldAssessmentOffer(o, loaders), ...near })));
  },

  // Question 32 for commissioners: counts only, suppressed, for the councils funding or serving the scope.
  assessmentOfferAggregates: async (_parent, { filter }, { db, graph }) => {
    const scope = aggregateScope(filter);
    const [funderCouncils, area] = await Promise.all([scopedCouncilCodes(graph, scope), scopedArea(graph, scope)]);
    const codes = bothLimits(funderCouncils, area?.councilGssCodes ?? null);
    const councilIds = codes
      ? (await db.council.findMany({ where: { gssCode: { in: [...codes] } }, select: { id: true } })).map((c) => c.id)
      : null;
    const latest = await latestOffers(db, councilIds, scope.from, scope.to);
    const only = latest.filter((o) => onlyCareHomeOrHomeCare(o.options));
    const capacity = only.length ? await paCapacityByPerson(graph) : new Map();
    return {
      from: scope.from,
      to: scope.to,
      peopleAssessed: publishCount(latest.length),
      offeredOnlyCareHomeOrHomeCare: publishCount(only.length),
      inDistrictsWithPaCapacity: publishCount(only.filter((o) => capacity.has(o.personId)).length),
    };
  },
};
