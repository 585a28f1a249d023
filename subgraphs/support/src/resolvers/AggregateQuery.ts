import { MAX_FACT_PERSON_IDS, requireIds } from '@continuum/runtime';
import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { coverAndRecruitmentAggregates } from '../aggregates/cover-and-recruitment.ts';
import { dbsCheckAggregates } from '../aggregates/dbs-checks.ts';
import { employerPersonIdsInPeriod, employmentSpansInPeriod } from '../aggregates/employers-in-period.ts';
import { employerMarketAggregates } from '../aggregates/employer-market.ts';
import { findablePaDistricts } from '../aggregates/findable-pa-districts.ts';
import { microCareAggregates } from '../aggregates/micro-care.ts';
import { payslipCountsForGroups } from '../aggregates/payslip-groups.ts';
import { peerGroupMeetingCounts } from '../aggregates/peer-group-counts.ts';
import { paWorkforceAggregates, personalAssistantIdsInScope } from '../aggregates/workforce.ts';
import { selfFunderRegisterAggregates } from '../aggregates/self-funder-register.ts';

/** Commissioners' counts over the PA register; see the kit's aggregates for suppression. */
export const AggregateQuery: QueryResolvers = {
  paWorkforceAggregates: (_parent, { filter }, { db, graph }) => paWorkforceAggregates(db, graph, filter),
  microCareAggregates: (_parent, { filter }, { db, graph }) => microCareAggregates(db, graph, filter),
  coverAndRecruitmentAggregates: (_parent, { filter }, { db, graph }) => coverAndRecruitmentAggregates(db, graph, filter),
  dbsCheckAggregates: (_parent, { filter }, { db, graph }) => dbsCheckAggregates(db, graph, filter),
  selfFunderRegisterAggregates: (_parent, { filter }, { db, graph }) => selfFunderRegisterAggregates(db, graph, filter),
  employerMarketAggregates: (_parent, { filter }, { db, graph }) => employerMarketAggregates(db, graph, filter),
  personalAssistantIdsInScope: (_parent, { filter }, { db, graph }) => personalAssistantIdsInScope(db, graph, filter),
  employerPersonIdsInPeriod: (_parent, { from, to }, { db }) => employerPersonIdsInPeriod(db, from, to),
  employmentSpansInPeriod: (_parent, { from, to, personIds }, { db }) =>
    employmentSpansInPeriod(db, from, to, personIds ? requireIds(personIds, 'personIds', MAX_FACT_PERSON_IDS) : null),
  findablePaDistricts: (_parent, _args, { db }) => findablePaDistricts(db),
  payslipCountsForGroups: (_parent, { from, to, groups }, { db }) => payslipCountsForGroups(db, from, to, groups),
  peerGroupMeetingCounts: (_parent, { from, to, scopes }, { db }) => peerGroupMeetingCounts(db, from, to, scopes),
};
