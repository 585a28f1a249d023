/**
 * The places in the demo region: the 12 North East councils (the seeds' NE study area),
 * Flintshire (the Welsh micro-care seed), their NHS commissioners and their rate cards.
 * GSS and ODS codes are real; populations are rounded mid-2022 estimates, used only as weights.
 */
import type { DemoCouncil, DemoHealthBody } from './types.ts';
import { round2 } from './money.ts';

type Rate = DemoCouncil['rates'][number];

export interface CouncilSeed {
  gssCode: string;
  name: string;
  nation: 'ENGLAND' | 'WALES';
  region: string;
  /** Prefix of the council's case numbers, e.g. NCL-004512. */
  casePrefix: string;
  /** Thousands of residents: weights how many demo people live here. */
  population: number;
  postcodeDistricts: readonly string[];
  /** GSS codes of adjoining councils, where cross-border PAs come from. */
  neighbours: readonly string[];
  /** Share of PAs with a written contract: 78% across the NE, 70%-100% by authority (brief §4.2). */
  contractRate: number;
  /** The NHS body whose nurses train and sign off PAs' health tasks here. */
  nhsTrainer: string;
  healthBodyOds: string;
  /** Names of care providers the council commissions packages from. */
  commissionedProviders: readonly string[];
  rates: readonly Rate[];
}

export const DURHAM = 'E06000047';
export const DARLINGTON = 'E06000005';
export const GATESHEAD = 'E08000037';
export const HARTLEPOOL = 'E06000001';
export const MIDDLESBROUGH = 'E06000002';
export const NEWCASTLE = 'E08000021';
export const NORTH_TYNESIDE = 'E08000022';
export const NORTHUMBERLAND = 'E06000057';
export const REDCAR = 'E06000003';
export const SOUTH_TYNESIDE = 'E08000023';
export const STOCKTON = 'E06000004';
export const SUNDERLAND = 'E08000024';
export const FLINTSHIRE = 'W06000005';

export const NORTH_EAST = [
  DURHAM,
  DARLINGTON,
  GATESHEAD,
  HARTLEPOOL,
  MIDDLESBROUGH,
  NEWCASTLE,
  NORTH_TYNESIDE,
  NORTHUMBERLAND,
  REDCAR,
  SOUTH_TYNESIDE,
  STOCKTON,
  SUNDERLAND,
] as const;
export const TEES_VALLEY = [DARLINGTON, HARTLEPOOL, MIDDLESBROUGH, REDCAR, STOCKTON] as const;

export const ICB_ODS = 'QHM';
export const BCUHB_ODS = '7A1';

/**
 * North East rate cards. The seeds give no NE rates, so each council gets a plausible
 * 2026/27 direct-payment rate (£14-£15.50) and earlier years scaled back from it, keeping
 * every DP rate inside £12.50-£15.50. Commissioned rates sit above the DP rate, as in
 * Flintshire (sole trader +£1.40, with employees +£1.95); sleep-in is about £10-£11.
 */
function northEastRates(directPayment2026: number, sleepIn2026: number): Rate[] {
  const years: [string, number, number][] = [
    ['2023-04-03', 0.9, 0.95],
    ['2024-04-01', 0.94, 0.97],
    ['2025-04-07', 0.97, 0.99],
    ['2026-04-06', 1, 1],
  ];
  return years.flatMap(([effectiveFrom, dpFactor, sleepFactor]) => {
    const dp = round2(directPayment2026 * dpFactor);
    return [
      { kind: 'DIRECT_PAYMENT', hourlyRate: dp, effectiveFrom },
      { kind: 'COMMISSIONED_SOLE_TRADER', hourlyRate: round2(dp + 1.4), effectiveFrom },
      { kind: 'COMMISSIONED_WITH_EMPLOYEES', hourlyRate: round2(dp + 1.95), effectiveFrom },
      { kind: 'SLEEP_IN', hourlyRate: round2(sleepIn2026 * sleepFactor), effectiveFrom },
    ] satisfies Rate[];
  });
}

/** Flintshire's published rates (brief §4.5): 2021/22 and the April 2022 uplift. No 2021/22 sleep-in rate was given. */
const FLINTSHIRE_RATES: Rate[] = [
  { kind: 'DIRECT_PAYMENT', hourlyRate: 13.28, effectiveFrom: '2021-04-05' },
  { kind: 'COMMISSIONED_SOLE_TRADER', hourlyRate: 14.66, effectiveFrom: '2021-04-05' },
  { kind: 'COMMISSIONED_WITH_EMPLOYEES', hourlyRate: 15.14, effectiveFrom: '2021-04-05' },
  { kind: 'DIRECT_PAYMENT', hourlyRate: 14.58, effectiveFrom: '2022-04-04' },
  { kind: 'COMMISSIONED_SOLE_TRADER', hourlyRate: 16.0, effectiveFrom: '2022-04-04' },
  { kind: 'COMMISSIONED_WITH_EMPLOYEES', hourlyRate: 16.5, effectiveFrom: '2022-04-04' },
  { kind: 'SLEEP_IN', hourlyRate: 10.59, effectiveFrom: '2022-04-04' },
];

const NE = 'North East';

export const COUNCIL_SEEDS: readonly CouncilSeed[] = [
  {
    gssCode: DURHAM,
    name: 'Durham County Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'DUR',
    population: 527,
    postcodeDistricts: [
      'DH1',
      'DH2',
      'DH3',
      'DH6',
      'DH7',
      'DH8',
      'DH9',
      'DL4',
      'DL5',
      'DL12',
      'DL13',
      'DL14',
      'DL15',
      'DL16',
      'DL17',
      'SR7',
      'SR8',
    ],
    neighbours: [DARLINGTON, GATESHEAD, SUNDERLAND, NORTHUMBERLAND, HARTLEPOOL, STOCKTON],
    contractRate: 0.76,
    nhsTrainer: 'County Durham and Darlington NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Durham Dales Homecare', 'Weardale Community Care', 'Derwentside Home Support'],
    rates: northEastRates(14.62, 10.8),
  },
  {
    gssCode: DARLINGTON,
    name: 'Darlington Borough Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'DAR',
    population: 109,
    postcodeDistricts: ['DL1', 'DL2', 'DL3'],
    neighbours: [DURHAM, STOCKTON],
    contractRate: 0.92,
    nhsTrainer: 'County Durham and Darlington NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Darlington Care at Home', 'Skerne Valley Support'],
    rates: northEastRates(14.2, 10.65),
  },
  {
    gssCode: GATESHEAD,
    name: 'Gateshead Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'GAT',
    population: 197,
    postcodeDistricts: ['NE8', 'NE9', 'NE10', 'NE11', 'NE16', 'NE21', 'NE39', 'NE40'],
    neighbours: [NEWCASTLE, DURHAM, SOUTH_TYNESIDE, SUNDERLAND, NORTHUMBERLAND],
    contractRate: 0.8,
    nhsTrainer: 'Gateshead Health NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Gateshead Home Support Services', 'Derwent Valley Carers'],
    rates: northEastRates(14.85, 10.9),
  },
  {
    gssCode: HARTLEPOOL,
    name: 'Hartlepool Borough Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'HPL',
    population: 94,
    postcodeDistricts: ['TS24', 'TS25', 'TS26', 'TS27'],
    neighbours: [DURHAM, STOCKTON],
    contractRate: 0.7,
    nhsTrainer: 'North Tees and Hartlepool NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Headland Home Care', 'Seaton Carew Support Services'],
    rates: northEastRates(14.05, 10.6),
  },
  {
    gssCode: MIDDLESBROUGH,
    name: 'Middlesbrough Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'MBR',
    population: 145,
    postcodeDistricts: ['TS1', 'TS2', 'TS3', 'TS4', 'TS5', 'TS7', 'TS8'],
    neighbours: [STOCKTON, REDCAR],
    contractRate: 0.72,
    nhsTrainer: 'South Tees Hospitals NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Teesside Home Care Agency', 'Linthorpe Care Services'],
    rates: northEastRates(14.3, 10.7),
  },
  {
    gssCode: NEWCASTLE,
    name: 'Newcastle upon Tyne City Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'NCL',
    population: 307,
    postcodeDistricts: ['NE1', 'NE2', 'NE3', 'NE4', 'NE5', 'NE6', 'NE7', 'NE13', 'NE15'],
    neighbours: [GATESHEAD, NORTH_TYNESIDE, NORTHUMBERLAND],
    contractRate: 0.82,
    nhsTrainer: 'Newcastle upon Tyne Hospitals NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Tyneside Home Support', 'Jesmond Care Partnership', 'Walker Community Care'],
    rates: northEastRates(15.1, 11.0),
  },
  {
    gssCode: NORTH_TYNESIDE,
    name: 'North Tyneside Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'NTY',
    population: 211,
    postcodeDistricts: ['NE12', 'NE25', 'NE26', 'NE27', 'NE28', 'NE29', 'NE30'],
    neighbours: [NEWCASTLE, NORTHUMBERLAND, SOUTH_TYNESIDE],
    contractRate: 0.79,
    nhsTrainer: 'Northumbria Healthcare NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Coast Road Care Services', 'Whitley Bay Home Support'],
    rates: northEastRates(15.0, 10.95),
  },
  {
    gssCode: NORTHUMBERLAND,
    name: 'Northumberland County Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'NLD',
    population: 324,
    postcodeDistricts: ['NE22', 'NE23', 'NE24', 'NE46', 'NE61', 'NE62', 'NE63', 'NE64', 'NE65', 'NE66', 'NE70', 'TD15'],
    neighbours: [NEWCASTLE, NORTH_TYNESIDE, GATESHEAD, DURHAM],
    contractRate: 0.77,
    nhsTrainer: 'Northumbria Healthcare NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Coquet Valley Care', 'Wansbeck Community Carers', 'Tynedale Home Support'],
    rates: northEastRates(15.45, 11.05),
  },
  {
    gssCode: REDCAR,
    name: 'Redcar and Cleveland Borough Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'RCC',
    population: 137,
    postcodeDistricts: ['TS6', 'TS10', 'TS11', 'TS12', 'TS13', 'TS14'],
    neighbours: [MIDDLESBROUGH, STOCKTON],
    contractRate: 0.74,
    nhsTrainer: 'South Tees Hospitals NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['East Cleveland Care Co-operative', 'Saltburn Home Support'],
    rates: northEastRates(14.12, 10.62),
  },
  {
    gssCode: SOUTH_TYNESIDE,
    name: 'South Tyneside Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'STY',
    population: 148,
    postcodeDistricts: ['NE31', 'NE32', 'NE33', 'NE34', 'NE35', 'NE36'],
    neighbours: [GATESHEAD, SUNDERLAND, NORTH_TYNESIDE],
    contractRate: 0.78,
    nhsTrainer: 'South Tyneside and Sunderland NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Jarrow Home Care', 'Sandhaven Support Services'],
    rates: northEastRates(14.48, 10.75),
  },
  {
    gssCode: STOCKTON,
    name: 'Stockton-on-Tees Borough Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'STO',
    population: 199,
    postcodeDistricts: ['TS15', 'TS16', 'TS17', 'TS18', 'TS19', 'TS20', 'TS21', 'TS22', 'TS23'],
    neighbours: [MIDDLESBROUGH, HARTLEPOOL, DARLINGTON, DURHAM, REDCAR],
    contractRate: 0.75,
    nhsTrainer: 'North Tees and Hartlepool NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    commissionedProviders: ['Yarm and Stockton Care Services', 'Billingham Home Support'],
    rates: northEastRates(14.4, 10.7),
  },
  {
    gssCode: SUNDERLAND,
    name: 'Sunderland City Council',
    nation: 'ENGLAND',
    region: NE,
    casePrefix: 'SUN',
    population: 277,
    postcodeDistricts: ['SR1', 'SR2', 'SR3', 'SR4', 'SR5', 'SR6', 'DH4', 'DH5', 'NE37', 'NE38'],
    neighbours: [SOUTH_TYNESIDE, GATESHEAD, DURHAM],
    contractRate: 0.8,
    nhsTrainer: 'South Tyneside and Sunderland NHS Foundation Trust',
    healthBodyOds: ICB_ODS,
    // Sunderland Home Care Associates is the employee-owned mutual named in the NE seed.
    commissionedProviders: ['Sunderland Home Care Associates', 'Wearside Care at Home'],
    rates: northEastRates(14.75, 10.85),
  },
  {
    gssCode: FLINTSHIRE,
    name: 'Flintshire County Council',
    nation: 'WALES',
    region: 'Wales',
    casePrefix: 'FCC',
    population: 155,
    postcodeDistricts: ['CH4', 'CH5', 'CH6', 'CH7', 'CH8'],
    neighbours: [],
    contractRate: 0.85,
    nhsTrainer: 'Betsi Cadwaladr University Health Board',
    healthBodyOds: BCUHB_ODS,
    // Flintshire commissions directly from micro-carers (brief W11-W12); these are invented micro-care businesses.
    commissionedProviders: [
      'Deeside Home Companions',
      'Alyn Valley Care',
      'Holywell Care and Support',
      'Buckley Well-being Services',
      'Flint Castle Carers',
      "Connah's Quay Community Care",
      'Saltney Support Services',
      'Mynydd Isa Micro-care',
    ],
    rates: FLINTSHIRE_RATES,
  },
];

export interface HealthBodySeed extends Omit<DemoHealthBody, 'id'> {
  /** Added to the council DP rate when a PA's work moves to health funding (brief W8: "PA rates of pay for … health care related duties"). */
  healthTaskUplift: number;
}

export const HEALTH_BODY_SEEDS: readonly HealthBodySeed[] = [
  {
    odsCode: ICB_ODS,
    name: 'NHS North East and North Cumbria Integrated Care Board',
    kind: 'INTEGRATED_CARE_BOARD',
    nation: 'ENGLAND',
    councilGssCodes: [...NORTH_EAST],
    healthTaskUplift: 1.2,
  },
  {
    odsCode: BCUHB_ODS,
    name: 'Betsi Cadwaladr University Health Board',
    kind: 'LOCAL_HEALTH_BOARD',
    nation: 'WALES',
    councilGssCodes: [FLINTSHIRE],
    healthTaskUplift: 1.0,
  },
];

/** The rate in force on `day`: the latest effective on or before it, else the earliest published (older episodes). */
export function rateOn(council: CouncilSeed, kind: Rate['kind'], isoDay: string): number {
  let inForce: Rate | undefined;
  let earliest: Rate | undefined;
  for (const r of council.rates) {
    if (r.kind !== kind) continue;
    if (!earliest || r.effectiveFrom < earliest.effectiveFrom) earliest = r;
    if (r.effectiveFrom <= isoDay && (!inForce || r.effectiveFrom > inForce.effectiveFrom)) inForce = r;
  }
  const rate = inForce ?? earliest;
  if (!rate) throw new Error(`${council.name} has no ${kind} rate`);
  return rate.hourlyRate;
}
