import { recordSubject } from '@continuum/access';
import type { Context } from '../context.ts';
import { EMPLOYER_BUSINESS, type PolicyPart } from '../employer-business.ts';
import type { CoverRequestModel } from '../generated/prisma/models.ts';
import type { PlanView } from './plan.ts';

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
export const coverPolicy: PolicyPart = {
  Query: {
    coverRequests: { access: 'PERSON_DATA', fieldClass: 'EMPLOYMENT' },
    // For the people subgraph's filter, through the graph: the hub's own services only.
    contingencyPlanHolders: { access: 'HUB_ONLY' },
  },
  Mutation: {
    setContingencyPlan: { ...EMPLOYER_BUSINESS, personArg: 'input.employerPersonId' },
    requestCover: { ...EMPLOYER_BUSINESS, subjectOf: employmentOf },
    recordCover: { ...EMPLOYER_BUSINESS, subjectOf: coverRequestOf },
  },
  types: {
    ContingencyPlan: { subject: (p: PlanView) => ({ personId: p.employerPersonId }), fieldClass: 'EMPLOYMENT' },
    CoverRequest: { subject: (r: CoverRequestModel) => ({ personId: r.employerPersonId }), fieldClass: 'EMPLOYMENT' },
  },
};
