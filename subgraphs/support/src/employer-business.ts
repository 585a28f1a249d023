import type { RootRule, TypeRule } from '@continuum/access';

/**
 * A write about an employer's own arrangements (cover, recruiting): their funders' staff, their
 * employer support, and the employer themself.
 */
export const EMPLOYER_BUSINESS = {
  access: 'PERSON_DATA',
  fieldClass: 'EMPLOYMENT',
  roles: ['SOCIAL_WORKER', 'CHC_NURSE', 'PHB_LEAD', 'SUPPORT_ADVISER', 'PERSON'],
} as const;

/** The rules one part of the subgraph adds to access-policy.ts. */
export interface PolicyPart {
  Query: Record<string, RootRule>;
  Mutation: Record<string, RootRule>;
  types: Record<string, TypeRule>;
}
