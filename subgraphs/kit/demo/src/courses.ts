/**
 * The course catalogue: the 16 Care Certificate standards, the 2-day moving and positioning
 * course Flintshire requires of micro-carers, medication administration, the health-task
 * competences NHS staff sign off when funding moves to health (brief W8), and the essential
 * skills courses Access Your Care lists (brief §2.2 G4).
 */
import type { DemoCourse } from './types.ts';
import {
  ACCESS_YOUR_CARE,
  BCUHB_EDUCATION,
  DAD_TRAINING,
  DURHAM_WORKFORCE,
  FLINTSHIRE_WORKFORCE,
  NEWCASTLE_COLLEGE,
  NEWCASTLE_HOSPITALS,
  SOUTH_TEES_HOSPITALS,
  TYNE_WEAR_CARE_ALLIANCE,
  WESTON_COLLEGE,
} from './organisations.ts';

export interface CourseSeed extends Omit<DemoCourse, 'id' | 'providerId'> {
  provider: string;
}

const CARE_CERTIFICATE_TITLES = [
  'Understand your role',
  'Your personal development',
  'Duty of care',
  'Equality, diversity, inclusion and human rights',
  'Work in a person-centred way',
  'Communication',
  'Privacy and dignity',
  'Fluids and nutrition',
  'Awareness of mental health and dementia',
  'Safeguarding adults',
  'Safeguarding children',
  'Basic life support',
  'Health and safety',
  'Handling information',
  'Infection prevention and control',
  'Awareness of learning disability and autism',
] as const;

export const CARE_CERTIFICATE_CODES = CARE_CERTIFICATE_TITLES.map((_, i) => `CC${String(i + 1).padStart(2, '0')}`);

/** Health-task competence codes; each needs an NHS sign-off and lapses after 12 months. */
export const HEALTH_TASK_CODES = ['HT-PEG', 'HT-STOMA', 'HT-CATH', 'HT-SUCTION', 'HT-EPILEPSY'] as const;
export type HealthTaskCode = (typeof HEALTH_TASK_CODES)[number];

export const MOVING_AND_POSITIONING = 'MP2';
export const MEDICATION = 'MED1';
export const ESSENTIAL_SKILLS_CODES = ['ESS-MH', 'ESS-FA', 'ESS-MEDAW', 'ESS-FH', 'ESS-SG', 'ESS-IND', 'ESS-COMM'] as const;

export const COURSE_SEEDS: readonly CourseSeed[] = [
  ...CARE_CERTIFICATE_TITLES.map((title, i): CourseSeed => ({
    code: CARE_CERTIFICATE_CODES[i] ?? '',
    title,
    category: 'CARE_CERTIFICATE_STANDARD',
    careCertificateStandard: i + 1,
    durationDays: 1,
    validityMonths: null,
    requiresNhsSignOff: false,
    provider: ACCESS_YOUR_CARE,
  })),
  {
    code: MOVING_AND_POSITIONING,
    title: 'Moving and positioning (2 days)',
    category: 'MOVING_AND_POSITIONING',
    careCertificateStandard: null,
    durationDays: 2,
    validityMonths: 12,
    requiresNhsSignOff: false,
    provider: FLINTSHIRE_WORKFORCE,
  },
  {
    code: MEDICATION,
    title: 'Medication administration',
    category: 'MEDICATION',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 12,
    requiresNhsSignOff: false,
    provider: TYNE_WEAR_CARE_ALLIANCE,
  },
  {
    code: 'HT-PEG',
    title: 'PEG feeding',
    category: 'HEALTH_TASK_COMPETENCE',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 12,
    requiresNhsSignOff: true,
    provider: NEWCASTLE_HOSPITALS,
  },
  {
    code: 'HT-STOMA',
    title: 'Stoma care',
    category: 'HEALTH_TASK_COMPETENCE',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 12,
    requiresNhsSignOff: true,
    provider: NEWCASTLE_HOSPITALS,
  },
  {
    code: 'HT-CATH',
    title: 'Catheter care',
    category: 'HEALTH_TASK_COMPETENCE',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 12,
    requiresNhsSignOff: true,
    provider: NEWCASTLE_HOSPITALS,
  },
  {
    code: 'HT-SUCTION',
    title: 'Oral suction',
    category: 'HEALTH_TASK_COMPETENCE',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 12,
    requiresNhsSignOff: true,
    provider: SOUTH_TEES_HOSPITALS,
  },
  {
    code: 'HT-EPILEPSY',
    title: 'Rescue medication for epilepsy',
    category: 'HEALTH_TASK_COMPETENCE',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 12,
    requiresNhsSignOff: true,
    provider: BCUHB_EDUCATION,
  },
  {
    code: 'ESS-MH',
    title: 'Manual handling',
    category: 'ESSENTIAL_SKILLS',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 12,
    requiresNhsSignOff: false,
    provider: ACCESS_YOUR_CARE,
  },
  {
    code: 'ESS-FA',
    title: 'First aid basics',
    category: 'ESSENTIAL_SKILLS',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 36,
    requiresNhsSignOff: false,
    provider: ACCESS_YOUR_CARE,
  },
  {
    code: 'ESS-MEDAW',
    title: 'Medicine awareness',
    category: 'ESSENTIAL_SKILLS',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 24,
    requiresNhsSignOff: false,
    provider: ACCESS_YOUR_CARE,
  },
  {
    code: 'ESS-FH',
    title: 'Food hygiene',
    category: 'ESSENTIAL_SKILLS',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 36,
    requiresNhsSignOff: false,
    provider: NEWCASTLE_COLLEGE,
  },
  {
    code: 'ESS-SG',
    title: 'Safeguarding awareness',
    category: 'ESSENTIAL_SKILLS',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: 24,
    requiresNhsSignOff: false,
    provider: DURHAM_WORKFORCE,
  },
  {
    code: 'ESS-IND',
    title: 'Promoting independence',
    category: 'ESSENTIAL_SKILLS',
    careCertificateStandard: null,
    durationDays: 1,
    validityMonths: null,
    requiresNhsSignOff: false,
    provider: DAD_TRAINING,
  },
  {
    code: 'ESS-COMM',
    title: 'Communication, listening and counselling skills',
    category: 'ESSENTIAL_SKILLS',
    careCertificateStandard: null,
    durationDays: 2,
    validityMonths: null,
    requiresNhsSignOff: false,
    provider: WESTON_COLLEGE,
  },
];

/** NHS roles that train and sign off each health task. */
export const HEALTH_TASK_SIGN_OFF_ROLES: Record<HealthTaskCode, readonly string[]> = {
  'HT-PEG': ['Clinical nurse specialist', 'Nutrition nurse specialist', 'District nurse'],
  'HT-STOMA': ['Clinical nurse specialist', 'Stoma care nurse specialist'],
  'HT-CATH': ['Continence nurse specialist', 'District nurse', 'Community nurse'],
  'HT-SUCTION': ['Clinical nurse specialist', 'Respiratory physiotherapist'],
  'HT-EPILEPSY': ['Epilepsy nurse specialist', 'Community learning disability nurse'],
};
