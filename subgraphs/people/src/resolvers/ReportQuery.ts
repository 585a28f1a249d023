import type { QueryResolvers } from '../generated/resolvers-types.ts';
import { continuityReport } from '../reports/continuity.ts';
import { transitionOutcomes } from '../reports/outcomes.ts';
import { planTaskDifferences } from '../reports/plan-differences.ts';
import { transitionTracker } from '../reports/tracker.ts';

/** Read-side reports on funding transitions, computed here from the whole graph. */
export const ReportQuery: QueryResolvers = {
  transitionTracker: (_parent, { funderCode, from, to }, ctx) => transitionTracker(ctx, funderCode, from, to),
  continuityReport: (_parent, { personId }, ctx) => continuityReport(ctx, personId),
  transitionOutcomes: (_parent, args, ctx) => transitionOutcomes(ctx, args),
  planTaskDifferences: (_parent, { healthBodyOdsCode }, ctx) => planTaskDifferences(ctx, healthBodyOdsCode),
};
