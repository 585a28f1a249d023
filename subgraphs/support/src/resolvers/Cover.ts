import { badUserInput, isId, requireId, today } from '@continuum/runtime';
import { requestAccessOf } from '@continuum/access';
import type {
  ContingencyArrangementResolvers,
  CoverCandidateResolvers,
  CoverRequestResolvers,
  MutationResolvers,
  PersonResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.ts';
import { candidatesFor } from '../cover/candidates.ts';
import { planHolders, setPlan } from '../cover/plan.ts';
import { coverStatus, recordCover, requestCover } from '../cover/requests.ts';

const MAX_LISTED = 200;
const HOUR_MS = 3_600_000;

export const CoverQuery: Pick<QueryResolvers, 'coverRequests' | 'contingencyPlanHolders'> = {
  contingencyPlanHolders: (_parent, { state }, { db }) => planHolders(db, state, today()),
  coverRequests: async (_parent, { employerPersonId, status }, { db }) => {
    const employer = employerPersonId == null ? undefined : requireId(employerPersonId, 'employerPersonId');
    const rows = await db.coverRequest.findMany({
      where: {
        ...(employer ? { employerPersonId: employer } : {}),
        ...(status === 'FILLED' ? { filledAt: { not: null } } : status ? { filledAt: null } : {}),
      },
      orderBy: [{ requestedAt: 'desc' }, { id: 'asc' }],
    });
    if (status && status !== 'FILLED') return rows.filter((r) => coverStatus(r) === status).slice(0, MAX_LISTED);
    return rows.slice(0, MAX_LISTED);
  },
};

export const CoverMutation: Pick<MutationResolvers, 'setContingencyPlan' | 'requestCover' | 'recordCover'> = {
  setContingencyPlan: (_parent, { input }, ctx) => setPlan(ctx.db, requestAccessOf(ctx).caller, input),
  requestCover: (_parent, { employment, from, to, reason }, ctx) =>
    requestCover(ctx.db, requestAccessOf(ctx).caller, requireId(employment, 'employment'), from, to, reason),
  recordCover: (_parent, { id, input }, ctx) => recordCover(ctx.db, requestAccessOf(ctx).caller, requireId(id, 'id'), input),
};

export const ContingencyArrangement: ContingencyArrangementResolvers = {
  personalAssistant: (a, _args, { loaders }) => (a.personalAssistantId ? loaders.personalAssistant.load(a.personalAssistantId) : null),
  agencyTopUpPerHour: (a) => (a.agencyTopUpPerHour === null ? null : Number(a.agencyTopUpPerHour)),
};

export const CoverRequest: CoverRequestResolvers = {
  employment: async (r, _args, { loaders }) => (await loaders.employment.load(r.employmentId))!,
  from: (r) => r.fromDay,
  to: (r) => r.toDay,
  status: (r) => coverStatus(r),
  reason: (r) => r.reason as never,
  candidates: (r, _args, ctx) => (r.filledAt ? [] : candidatesFor(ctx, r)),
  coveredBy: (r) => r.coveredByKind as never,
  coveredByPersonalAssistant: (r, _args, { loaders }) => (r.coveredByPaId ? loaders.personalAssistant.load(r.coveredByPaId) : null),
  agencyTopUpPerHour: (r) => (r.agencyTopUpPerHour === null ? null : Number(r.agencyTopUpPerHour)),
  hoursToFill: (r) => (r.filledAt ? Math.round(((r.filledAt.getTime() - r.requestedAt.getTime()) / HOUR_MS) * 10) / 10 : null),
};

export const CoverCandidate: CoverCandidateResolvers = {
  personalAssistant: (c, _args, { loaders }) => (c.personalAssistantId ? loaders.personalAssistant.load(c.personalAssistantId) : null),
};

export const PersonCover: Pick<PersonResolvers, 'contingencyPlan' | 'coverRequests'> = {
  contingencyPlan: (p, _args, { db }) =>
    isId(p.id)
      ? db.contingencyPlan.findUnique({ where: { employerPersonId: p.id }, include: { arrangements: { orderBy: { position: 'asc' } } } })
      : null,
  coverRequests: (p, _args, { db }) => {
    if (!isId(p.id)) throw badUserInput('id', 'not a hub id');
    return db.coverRequest.findMany({ where: { employerPersonId: p.id }, orderBy: [{ requestedAt: 'desc' }, { id: 'asc' }] });
  },
};
