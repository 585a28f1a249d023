import { recordSubject, type RootRule, type TypeRule } from '@continuum/access';
import type { Context } from '../context.ts';
import type { CoverRequestModel } from '../generated/prisma/models.ts';
import type { PlanView } from './plan.ts';

/** Cover is the employer's business: their funders' staff, their employer support, and the employer. */
const coverWork = {
  access: 'PERSON_DATA',
  fieldClass: 'EMPLOYMENT',
  roles: ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER', 'PERSON'],
} as const;

const employmentOf = recordSubject(
  'employment',
  'Employment',
  (id, ctx: Context) => ctx.loaders.employment.load(id),
  (e) => ({ personId: e.employerPersonId }),
);
const coverRequestOf = recordSubject(
  'id',
  'CoverRequest',
  (id, ctx: Context) => ctx.db.coverRequest.findUnique({ where: { id } }),
  (r) => ({ personId: r.employerPersonId }),
);

/** Contingency plans and cover requests (access-policy.ts adds them to the subgraph's rules). */
export const coverPolicy: { Query: Record<string, RootRule>; Mutation: Record<string, RootRule>; types: Record<string, TypeRule> } = {
  Query: {
    coverRequests: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
    // For the people subgraph's filter, through the graph: the hub's own services only.
    contingencyPlanHolders: { access: 'HUB_ONLY' },
  },
  Mutation: {
    setContingencyPlan: { ...coverWork, personArg: 'input.employerPersonId' },
    requestCover: { ...coverWork, subjectOf: employmentOf },
    recordCover: { ...coverWork, subjectOf: coverRequestOf },
  },
  types: {
    ContingencyPlan: { subject: (p: PlanView) => ({ personId: p.employerPersonId }), fieldClass: 'EMPLOYMENT' },
    CoverRequest: { subject: (r: CoverRequestModel) => ({ personId: r.employerPersonId }), fieldClass: 'EMPLOYMENT' },
  },
};
