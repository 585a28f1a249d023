/**
 * Demo users, one for each kind of agency in the demo region, each with a real relationship to
 * the demo data (Eleanor Robson, the featured person, is the thread through most of them).
 * They exist only for the demo identity provider: `npm run token -- --user <id>` signs a token
 * for one. A real deployment's users come from its own identity provider.
 */
import type { Caller } from '@continuum/runtime';

const ELEANOR_ROBSON = '54e64754-1dea-40c8-9485-a52006e6d4e9';
const AISHA_KHAN_PA = 'ead8de13-8742-408f-a82e-5a2228a7f93c';

export interface DemoUser extends Caller {
  /** What the user's relationship to the demo data is, in plain words. */
  description: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    userId: 'social-worker.newcastle',
    name: 'Sam Patel (social worker)',
    organisationCode: 'E08000021',
    organisationKind: 'COUNCIL',
    role: 'SOCIAL_WORKER',
    purpose: 'DIRECT_CARE',
    description:
      "Newcastle upon Tyne City Council: funded Eleanor Robson's direct payment until March 2025 and processes her PHB payments for the ICB.",
  },
  {
    userId: 'social-worker.flintshire',
    name: 'Rhys Jones (social worker)',
    organisationCode: 'W06000005',
    organisationKind: 'COUNCIL',
    role: 'SOCIAL_WORKER',
    purpose: 'DIRECT_CARE',
    description: 'Flintshire County Council: funds people in Flintshire, none of the North East featured people.',
  },
  {
    userId: 'social-worker.durham',
    name: 'Claire Dobson (social worker)',
    organisationCode: 'E06000047',
    organisationKind: 'COUNCIL',
    role: 'SOCIAL_WORKER',
    purpose: 'DIRECT_CARE',
    description: "Durham County Council: pays 40% of Hilda Errington's integrated budget.",
  },
  {
    userId: 'social-worker.stockton',
    name: 'Joanne Hall (social worker)',
    organisationCode: 'E06000004',
    organisationKind: 'COUNCIL',
    role: 'SOCIAL_WORKER',
    purpose: 'DIRECT_CARE',
    description: "Stockton-on-Tees Borough Council: funds Brenda Reid's direct payment.",
  },
  {
    userId: 'chc-nurse.icb',
    name: 'Priya Shah (CHC nurse assessor)',
    organisationCode: 'QHM',
    organisationKind: 'HEALTH',
    role: 'CHC_NURSE',
    purpose: 'DIRECT_CARE',
    description:
      'NHS North East and North Cumbria ICB: funds the personal health budgets, CHC packages and integrated budgets in the North East.',
  },
  {
    userId: 'phb-lead.icb',
    name: 'Mark Elliott (PHB lead)',
    organisationCode: 'QHM',
    organisationKind: 'HEALTH',
    role: 'PHB_LEAD',
    purpose: 'DIRECT_CARE',
    description: "NHS North East and North Cumbria ICB: funds Eleanor Robson's personal health budget.",
  },
  {
    userId: 'chc-nurse.betsi',
    name: 'Gwen Roberts (CHC nurse assessor)',
    organisationCode: '7A1',
    organisationKind: 'HEALTH',
    role: 'CHC_NURSE',
    purpose: 'DIRECT_CARE',
    description: 'Betsi Cadwaladr University Health Board: funds people in North Wales only.',
  },
  {
    userId: 'support-adviser.tyneside-payroll',
    name: 'Lee Robinson (support adviser)',
    organisationCode: 'd1a2f321-5705-447c-92b1-e88bad4362a7',
    organisationKind: 'SUPPORT_ORGANISATION',
    role: 'SUPPORT_ADVISER',
    purpose: 'PAYMENT_ADMINISTRATION',
    description: "Tyneside Payroll Services: runs the payroll for Eleanor Robson's PAs (employer support).",
  },
  {
    userId: 'trainer.newcastle-hospitals',
    name: 'Fiona Walker (clinical educator)',
    organisationCode: '4ff931e1-2d3a-44b8-bfd9-b89c4bbaa1f0',
    organisationKind: 'TRAINING_PROVIDER',
    role: 'TRAINER',
    purpose: 'TRAINING_ADMINISTRATION',
    description: "Newcastle upon Tyne Hospitals NHS Foundation Trust: signed off Aisha Khan's PEG-feeding and stoma-care competences.",
  },
  {
    userId: 'commissioner.icb',
    name: 'Helen Burns (commissioner)',
    organisationCode: 'QHM',
    organisationKind: 'HEALTH',
    role: 'COMMISSIONER',
    purpose: 'COMMISSIONING',
    description: 'NHS North East and North Cumbria ICB commissioning team: aggregates and directories only.',
  },
  {
    userId: 'pa.aisha-khan',
    name: 'Aisha Khan (personal assistant)',
    organisationCode: AISHA_KHAN_PA,
    organisationKind: 'INDIVIDUAL',
    role: 'PERSONAL_ASSISTANT',
    purpose: 'OWN_RECORD',
    personalAssistantId: AISHA_KHAN_PA,
    description: "One of Eleanor Robson's three PAs: sees her own PA record and training.",
  },
  {
    userId: 'dpo.continuum',
    name: 'Nadia Hussain (data protection officer)',
    organisationCode: 'CONTINUUM',
    organisationKind: 'HUB',
    role: 'DATA_PROTECTION_OFFICER',
    purpose: 'DATA_PROTECTION',
    description: "The hub's data protection officer: anyone's identity and access log, break-glass reviews; no care data.",
  },
  {
    userId: 'person.eleanor-robson',
    name: 'Eleanor Robson',
    organisationCode: ELEANOR_ROBSON,
    organisationKind: 'INDIVIDUAL',
    role: 'PERSON',
    purpose: 'OWN_RECORD',
    personId: ELEANOR_ROBSON,
    description: 'Eleanor Robson herself: her own record and who has looked at it.',
  },
];

export function demoUser(userId: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.userId === userId);
  if (!user) throw new Error(`no demo user "${userId}"; demo users: ${DEMO_USERS.map((u) => u.userId).join(', ')}`);
  return user;
}
