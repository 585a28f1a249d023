import type { QueryResolvers } from '../generated/resolvers-types.ts';

export const ReportQuery: QueryResolvers = {};
