/**
 * Field sets by role: every protected field belongs to a class, and each role sees only some
 * classes. Seeing a record at all needs a legitimate relationship (decisions.ts); this table
 * then says which parts of it the role may see.
 */
import type { Role } from '@continuum/runtime';

export const FIELD_CLASSES = {
  PERSON_IDENTITY: 'Name, date of birth, NHS number, postcode district, agency identifiers',
  FUNDING: 'Funding episodes: direct payments, PHBs, CHC, integrated budgets and their amounts',
  CARE_AND_HEALTH_PLANS: 'Care plan, NHS plan, CHC eligibility decisions',
  EMPLOYMENT: "The person's PA team and employments",
  PAY: "An employment's terms and pay rates, payslips, and the employer's payroll and on-costs",
  TRANSITION_FUNDING: "A person's funding moves: when, from and to which funder and vehicle, the new money and who supports its payments",
  TRANSITIONS: "Funding transitions in full (reasons, required competences, readiness, funders' answers) and continuity reports",
  PA_PROFILE: "A PA's name, services, availability and DBS check status (never its content)",
  NI_NUMBER: "A PA's National Insurance number",
  TRAINING: "A PA's training records and Care Certificate progress",
  DBS_DECISIONS: 'The discussion and decision recorded after a DBS check disclosed information (never what was disclosed)',
  IDENTITY_MATCHING: 'Registration, duplicate review and merging of person records',
  CONSENT: "A person's consent and objections",
  SAFEGUARDING: 'Safeguarding concerns and enquiries: the most restricted, for social workers of the council holding them',
  ACCESS_LOG: "Who has read or changed a person's record",
} as const;
export type FieldClass = keyof typeof FIELD_CLASSES;

const CARE_TEAM: FieldClass[] = [
  'PERSON_IDENTITY',
  'FUNDING',
  'CARE_AND_HEALTH_PLANS',
  'EMPLOYMENT',
  'PAY',
  'TRANSITION_FUNDING',
  'TRANSITIONS',
  'PA_PROFILE',
  'TRAINING',
  'IDENTITY_MATCHING',
  'CONSENT',
  'DBS_DECISIONS',
];

export const ROLE_FIELD_CLASSES: Record<Role, readonly FieldClass[]> = {
  // Councils lead on safeguarding: only their social workers see concerns (and only their own council's).
  SOCIAL_WORKER: [...CARE_TEAM, 'SAFEGUARDING'],
  CHC_NURSE: CARE_TEAM,
  PHB_LEAD: CARE_TEAM,
  // Employer support runs payroll and contracts: the money (pay and on-costs too), the PAs and their NI numbers, not care plans;
  // of a funding move, what the payroll must set up (dates, funders, new money), not its clinical detail.
  // and, as the adviser supporting an employer through a negative DBS return, the decision taken (brief W5).
  SUPPORT_ADVISER: [
    'PERSON_IDENTITY',
    'FUNDING',
    'EMPLOYMENT',
    'PAY',
    'TRANSITION_FUNDING',
    'PA_PROFILE',
    'NI_NUMBER',
    'TRAINING',
    'DBS_DECISIONS',
  ],
  TRAINER: ['PA_PROFILE', 'TRAINING'],
  // Aggregates and directories only: no class of person-level data.
  COMMISSIONER: [],
  // A PA's pay reaches them on their payslip from the payroll: the hub's pay records are the employer's.
  PERSONAL_ASSISTANT: ['PA_PROFILE', 'NI_NUMBER', 'TRAINING', 'EMPLOYMENT', 'DBS_DECISIONS'],
  DATA_PROTECTION_OFFICER: ['PERSON_IDENTITY', 'CONSENT', 'ACCESS_LOG'],
  PERSON: [
    'PERSON_IDENTITY',
    'FUNDING',
    'CARE_AND_HEALTH_PLANS',
    'EMPLOYMENT',
    'PAY',
    'TRANSITION_FUNDING',
    'TRANSITIONS',
    'PA_PROFILE',
    'TRAINING',
    'CONSENT',
    'ACCESS_LOG',
    'DBS_DECISIONS',
  ],
  HUB_SERVICE: [
    'PERSON_IDENTITY',
    'FUNDING',
    'CARE_AND_HEALTH_PLANS',
    'EMPLOYMENT',
    'PAY',
    'TRANSITION_FUNDING',
    'TRANSITIONS',
    'PA_PROFILE',
    'TRAINING',
    'IDENTITY_MATCHING',
    'CONSENT',
    'DBS_DECISIONS',
  ],
  PUBLIC: [],
};

export function roleMaySee(role: Role, fieldClass: FieldClass): boolean {
  return ROLE_FIELD_CLASSES[role].includes(fieldClass);
}
