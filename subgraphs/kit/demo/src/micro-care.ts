/**
 * Flintshire's micro-care programme (brief §4.5, W11), January 2019 to February 2022, built to
 * the seed's published figures exactly: 24 micro-care businesses, 2 of which became agencies
 * employing 16 more care workers (40 care jobs), 2 started by PAs who had been employed,
 * 178 people supported, and 4,939 personal-care, 17,207.25 support and 3,643 well-being hours
 * paid at the £13.28 direct-payment rate (£342,481.24 kept local). The seed's headline of
 * 34,330.25 hours exceeds that breakdown by 8,541 hours it does not explain: they are recorded
 * here without a category or rate. Readiness for direct commissioning: 5 ready, 3 in progress,
 * 3 not intending (the rest not yet assessed).
 */
import type { BuildContext } from './context.ts';
import { addMonths, dayOf, isoOf, type Day } from './dates.ts';
import { apportion } from './people.ts';
import { Rng } from './random.ts';
import { FLINTSHIRE } from './reference-data.ts';
import type { DemoMicroCareClient, DemoMicroCareHours, DemoMicroEnterprise, MicroCareCategory } from './types.ts';

export const MICRO_CARE_FIRST_MONTH = '2019-01-01';
export const MICRO_CARE_LAST_MONTH = '2022-02-01';
const DP_RATE_2021_22 = 13.28;

export const MICRO_CARE_FIGURES = {
  businesses: 24,
  becameAgencies: 2,
  agencyEmployees: [9, 7] as const,
  formerPas: 2,
  peopleSupported: 178,
  hours: { PERSONAL_CARE: 4939, SUPPORT: 17207.25, WELL_BEING: 3643, UNCATEGORISED: 8541 } satisfies Record<MicroCareCategory, number>,
  directCommissioning: { READY: 5, IN_PROGRESS: 3, NOT_INTENDING: 3 },
} as const;

const TOWNS = [
  'Mold',
  'Buckley',
  'Flint',
  'Holywell',
  "Connah's Quay",
  'Shotton',
  'Queensferry',
  'Saltney',
  'Broughton',
  'Caerwys',
  'Mostyn',
  'Treuddyn',
];
const KINDS = ['Care at Home', 'Companions'];

/** Months from the first to the last of the programme, as the first day of each. */
function programmeMonths(): Day[] {
  const months: Day[] = [];
  for (let m = dayOf(MICRO_CARE_FIRST_MONTH); m <= dayOf(MICRO_CARE_LAST_MONTH); m = addMonths(m, 1)) months.push(m);
  return months;
}

export interface MicroCare {
  enterprises: DemoMicroEnterprise[];
  hours: DemoMicroCareHours[];
  clients: DemoMicroCareClient[];
}

export function buildMicroCare(ctx: BuildContext): MicroCare {
  const rng = Rng.derive(ctx.seed, 'micro-care');
  const months = programmeMonths();
  const f = MICRO_CARE_FIGURES;
  // Businesses start over the programme, faster once the Quality Framework was in place.
  const startIndex = Array.from({ length: f.businesses }, (_, i) =>
    Math.min(months.length - 4, Math.floor(Math.sqrt(i / f.businesses) * (months.length - 3))),
  );
  const readiness: DemoMicroEnterprise['directCommissioning'][] = [
    ...Array<'READY'>(f.directCommissioning.READY).fill('READY'),
    ...Array<'IN_PROGRESS'>(f.directCommissioning.IN_PROGRESS).fill('IN_PROGRESS'),
    ...Array<'NOT_INTENDING'>(f.directCommissioning.NOT_INTENDING).fill('NOT_INTENDING'),
  ];
  const enterprises = startIndex.map((s, i): DemoMicroEnterprise => {
    const registeredOn = months[s]! + rng.int(0, 27);
    const agency = i < f.becameAgencies;
    return {
      id: ctx.id('micro-enterprise', i),
      tradingName: `${TOWNS[i % TOWNS.length]} ${KINDS[Math.floor(i / TOWNS.length) % KINDS.length]}`,
      councilGssCode: FLINTSHIRE,
      registeredOn: isoOf(registeredOn),
      qualityFrameworkCompletedOn: i < readiness.length ? isoOf(registeredOn + rng.int(90, 150)) : null,
      agencyOn: agency ? isoOf(addMonths(dayOf(MICRO_CARE_LAST_MONTH), -rng.int(6, 12))) : null,
      employees: agency ? f.agencyEmployees[i]! : 0,
      formerPa: i >= f.becameAgencies && i < f.becameAgencies + f.formerPas,
      directCommissioning: readiness[i] ?? 'NOT_ASSESSED',
    };
  });

  // Hours: each business's share of each month grows from its start; every category adds up exactly (in quarter hours).
  const cells: { enterprise: number; month: number; weight: number }[] = [];
  enterprises.forEach((_, e) => {
    for (let m = startIndex[e]!; m < months.length; m++)
      cells.push({ enterprise: e, month: m, weight: (0.5 + rng.next()) * Math.min(1, (m - startIndex[e]! + 1) / 6) });
  });
  const hours: DemoMicroCareHours[] = [];
  for (const [category, total] of Object.entries(f.hours) as [MicroCareCategory, number][]) {
    const quarters = apportion(
      Math.round(total * 4),
      cells.map((c) => c.weight * (0.6 + 0.8 * rng.next())),
    );
    cells.forEach((c, i) => {
      if (quarters[i]! > 0) {
        hours.push({
          enterpriseId: enterprises[c.enterprise]!.id,
          month: isoOf(months[c.month]!),
          category,
          hours: quarters[i]! / 4,
          hourlyRate: category === 'UNCATEGORISED' ? null : DP_RATE_2021_22,
        });
      }
    });
  }

  // People supported: each with one business, from a day after it started; about a third have stopped.
  const clientsPer = apportion(
    f.peopleSupported,
    startIndex.map((s) => months.length - s),
  );
  const lastDay = addMonths(dayOf(MICRO_CARE_LAST_MONTH), 1) - 1;
  const clients: DemoMicroCareClient[] = [];
  clientsPer.forEach((n, e) => {
    const from = dayOf(enterprises[e]!.registeredOn);
    for (let k = 0; k < n; k++) {
      const start = from + rng.int(0, Math.max(0, lastDay - from - 30));
      clients.push({
        id: ctx.id('micro-care-client', e, k),
        enterpriseId: enterprises[e]!.id,
        start: isoOf(start),
        end: rng.chance(0.35) ? isoOf(Math.min(lastDay, start + rng.int(30, 400))) : null,
      });
    }
  });
  return { enterprises, hours, clients };
}
