/**
 * Support organisations and training providers. Names from the seeds are used where the
 * brief gives them (Go Direct, Wilf Ward, DAD, Tees Valley Alliance, Citizens Support
 * Exchange, Social Firms Wales, Advance, Weston College, Access Your Care, Tyne & Wear Care
 * Alliance); the rest are invented but plausible. Registration numbers are only given to
 * the invented organisations, so no real organisation is shown with a made-up number.
 */
import type { DemoSupportOrganisation, DemoTrainingProvider } from './types.ts';
import {
  DARLINGTON,
  DURHAM,
  FLINTSHIRE,
  GATESHEAD,
  HARTLEPOOL,
  NEWCASTLE,
  NORTH_EAST,
  NORTH_TYNESIDE,
  NORTHUMBERLAND,
  SOUTH_TYNESIDE,
  STOCKTON,
  SUNDERLAND,
  TEES_VALLEY,
} from './reference-data.ts';

export type SupportOrganisationSeed = Omit<DemoSupportOrganisation, 'id'>;
export type SupportKind = DemoSupportOrganisation['kinds'][number];

export const SUPPORT_ORGANISATION_SEEDS: readonly SupportOrganisationSeed[] = [
  // Hartlepool's two support agencies and Darlington's block-contracted DAD (brief §4.2).
  {
    name: 'Go Direct',
    kinds: ['PAYROLL_PROVIDER', 'MANAGED_ACCOUNT_PROVIDER', 'PA_REGISTER_HOST'],
    charityNumber: null,
    companyNumber: null,
    areasServed: [HARTLEPOOL, STOCKTON],
  },
  {
    name: 'Wilf Ward Family Trust',
    kinds: ['INDIVIDUAL_SERVICE_FUND_PROVIDER', 'PA_REGISTER_HOST'],
    charityNumber: null,
    companyNumber: null,
    areasServed: [...TEES_VALLEY],
  },
  {
    name: 'DAD — Darlington Association on Disability',
    kinds: ['USER_LED_ORGANISATION', 'PAYROLL_PROVIDER', 'PA_REGISTER_HOST'],
    charityNumber: null,
    companyNumber: null,
    areasServed: [DARLINGTON],
  },
  // Tees Valley enabling service partners (brief §2.1, H2).
  {
    name: 'Tees Valley Alliance',
    kinds: ['UMBRELLA_BODY', 'PA_REGISTER_HOST'],
    charityNumber: null,
    companyNumber: null,
    areasServed: [...TEES_VALLEY],
  },
  {
    name: 'Citizens Support Exchange',
    kinds: ['USER_LED_ORGANISATION', 'PA_REGISTER_HOST'],
    charityNumber: null,
    companyNumber: null,
    areasServed: [...TEES_VALLEY],
  },
  // Business support for Flintshire micro-carers (brief W11).
  {
    name: 'Social Firms Wales',
    kinds: ['MICRO_ENTERPRISE_SUPPORT'],
    charityNumber: null,
    companyNumber: null,
    areasServed: [FLINTSHIRE],
  },
  // The managed-account intermediary named in the Oxfordshire seed.
  {
    name: 'Advance Housing and Support',
    kinds: ['MANAGED_ACCOUNT_PROVIDER'],
    charityNumber: null,
    companyNumber: null,
    areasServed: [...NORTH_EAST],
  },
  // Invented payroll bureaux: one LA in the seeds had five payroll companies under an MoU.
  {
    name: 'Tyneside Payroll Services',
    kinds: ['PAYROLL_PROVIDER'],
    charityNumber: null,
    companyNumber: '09184736',
    areasServed: [NEWCASTLE, GATESHEAD, NORTH_TYNESIDE, SOUTH_TYNESIDE],
  },
  {
    name: 'Wearside Payroll Bureau',
    kinds: ['PAYROLL_PROVIDER'],
    charityNumber: null,
    companyNumber: '08573214',
    areasServed: [SUNDERLAND, SOUTH_TYNESIDE, DURHAM],
  },
  {
    name: 'Durham Dales Payroll Ltd',
    kinds: ['PAYROLL_PROVIDER'],
    charityNumber: null,
    companyNumber: '10462781',
    areasServed: [DURHAM, DARLINGTON],
  },
  {
    name: 'Northumberland Employer Payroll Services',
    kinds: ['PAYROLL_PROVIDER'],
    charityNumber: null,
    companyNumber: '07935128',
    areasServed: [NORTHUMBERLAND, NORTH_TYNESIDE, NEWCASTLE],
  },
  {
    name: 'Tees Payroll Partnership',
    kinds: ['PAYROLL_PROVIDER'],
    charityNumber: null,
    companyNumber: '11208457',
    areasServed: [...TEES_VALLEY],
  },
  // Invented user-led organisations hosting local PA registers.
  {
    name: 'Independent Living Newcastle',
    kinds: ['USER_LED_ORGANISATION', 'PA_REGISTER_HOST'],
    charityNumber: '1143287',
    companyNumber: '07659013',
    areasServed: [NEWCASTLE, GATESHEAD],
  },
  {
    name: 'Wearside Independent Living Forum',
    kinds: ['USER_LED_ORGANISATION', 'PA_REGISTER_HOST'],
    charityNumber: '1098452',
    companyNumber: null,
    areasServed: [SUNDERLAND, SOUTH_TYNESIDE],
  },
  {
    name: "County Durham Employers' Network",
    kinds: ['USER_LED_ORGANISATION', 'PA_REGISTER_HOST'],
    charityNumber: '1152906',
    companyNumber: null,
    areasServed: [DURHAM],
  },
  {
    name: 'Northumberland Independent Living Partnership',
    kinds: ['USER_LED_ORGANISATION', 'PA_REGISTER_HOST'],
    charityNumber: '1127364',
    companyNumber: '06741259',
    areasServed: [NORTHUMBERLAND, NORTH_TYNESIDE],
  },
  // Invented ISF provider for Tyne and Wear, Northumberland and Durham (Wilf Ward covers the Tees Valley).
  {
    name: 'Tyne Valley Support Services',
    kinds: ['INDIVIDUAL_SERVICE_FUND_PROVIDER'],
    charityNumber: '1112589',
    companyNumber: '05837216',
    areasServed: [NEWCASTLE, GATESHEAD, NORTH_TYNESIDE, SOUTH_TYNESIDE, SUNDERLAND, NORTHUMBERLAND, DURHAM],
  },
  // Invented Flintshire DP support service, plus the DP co-operative named in the Flintshire seed.
  {
    name: 'North Wales Direct Payments Support',
    kinds: ['PAYROLL_PROVIDER', 'MANAGED_ACCOUNT_PROVIDER', 'PA_REGISTER_HOST'],
    charityNumber: '1160375',
    companyNumber: '09376402',
    areasServed: [FLINTSHIRE],
  },
  {
    name: 'Family 1st Co-operative',
    kinds: ['USER_LED_ORGANISATION'],
    charityNumber: null,
    companyNumber: null,
    areasServed: [FLINTSHIRE],
  },
];

export type TrainingProviderSeed = Omit<DemoTrainingProvider, 'id'>;

export const WESTON_COLLEGE = 'Weston College';
export const NEWCASTLE_COLLEGE = 'Newcastle College';
export const COLEG_CAMBRIA = 'Coleg Cambria';
export const NEWCASTLE_HOSPITALS = 'Newcastle upon Tyne Hospitals NHS Foundation Trust';
export const SOUTH_TEES_HOSPITALS = 'South Tees Hospitals NHS Foundation Trust';
export const BCUHB_EDUCATION = 'Betsi Cadwaladr University Health Board Clinical Education';
export const FLINTSHIRE_WORKFORCE = 'Flintshire County Council Workforce Development';
export const DURHAM_WORKFORCE = 'Durham County Council Workforce Development';
export const ACCESS_YOUR_CARE = 'Access Your Care';
export const TYNE_WEAR_CARE_ALLIANCE = 'Tyne & Wear Care Alliance';
export const DAD_TRAINING = 'DAD — Darlington Association on Disability';

export const TRAINING_PROVIDER_SEEDS: readonly TrainingProviderSeed[] = [
  { name: WESTON_COLLEGE, kind: 'FURTHER_EDUCATION_COLLEGE' },
  { name: NEWCASTLE_COLLEGE, kind: 'FURTHER_EDUCATION_COLLEGE' },
  { name: COLEG_CAMBRIA, kind: 'FURTHER_EDUCATION_COLLEGE' },
  { name: NEWCASTLE_HOSPITALS, kind: 'NHS_TRUST' },
  { name: SOUTH_TEES_HOSPITALS, kind: 'NHS_TRUST' },
  { name: BCUHB_EDUCATION, kind: 'NHS_TRUST' },
  { name: FLINTSHIRE_WORKFORCE, kind: 'COUNCIL_LEARNING_AND_DEVELOPMENT' },
  { name: DURHAM_WORKFORCE, kind: 'COUNCIL_LEARNING_AND_DEVELOPMENT' },
  { name: ACCESS_YOUR_CARE, kind: 'INDEPENDENT_TRAINING_PROVIDER' },
  { name: TYNE_WEAR_CARE_ALLIANCE, kind: 'INDEPENDENT_TRAINING_PROVIDER' },
  { name: DAD_TRAINING, kind: 'USER_LED_ORGANISATION' },
];
