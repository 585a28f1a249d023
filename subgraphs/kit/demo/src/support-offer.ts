/**
 * What each council offers individual employers and PAs, in the shape of the Skills for Care
 * council survey (brief §4.3, D3): one answer per council, item and audience for each survey
 * round, with who provides it. The share of the 13 demo councils answering "available" (and
 * "in development", "not available") is the survey's own percentage for 2015 and, where the
 * seed gives it, 2014; which councils answer what rotates by item, so councils differ.
 */
import type { BuildContext } from './context.ts';
import type { DemoSupportOffer, SupportOfferProvider } from './types.ts';

interface OfferSeed {
  item: string;
  audience: 'EMPLOYER' | 'PA';
  /** Percent available, in development and not available, by survey year. */
  years: Record<number, { available: number; inDevelopment?: number; notAvailable?: number }>;
  /** Shares of providers among councils offering it, when the survey splits them. */
  providers?: [SupportOfferProvider, number][];
}

// Percentages from the 2015 survey (002), 2014 where the seed states the growth since then.
const OFFER_SEEDS: readonly OfferSeed[] = [
  { item: 'INFORMATION_ON_EMPLOYING', audience: 'EMPLOYER', years: { 2015: { available: 100 } } },
  {
    item: 'PEER_SUPPORT',
    audience: 'EMPLOYER',
    years: { 2014: { available: 37 }, 2015: { available: 74, inDevelopment: 16 } },
    providers: [
      ['SUPPORT_ORGANISATION', 40],
      ['LOCAL_AUTHORITY', 19],
      ['OTHER_VOLUNTARY_ORGANISATION', 12],
    ],
  },
  { item: 'PA_REGISTER', audience: 'EMPLOYER', years: { 2014: { available: 41 }, 2015: { available: 65, inDevelopment: 15 } } },
  { item: 'RELATIONSHIP_SUPPORT', audience: 'EMPLOYER', years: { 2014: { available: 52 }, 2015: { available: 73 } } },
  {
    item: 'TRAINING_FUNDING',
    audience: 'EMPLOYER',
    years: { 2015: { available: 75, inDevelopment: 9, notAvailable: 14 } },
    providers: [
      ['LOCAL_AUTHORITY', 35],
      ['SUPPORT_ORGANISATION', 35],
      ['OTHER_VOLUNTARY_ORGANISATION', 11],
    ],
  },
  {
    item: 'DBS_CHECKS',
    audience: 'EMPLOYER',
    years: { 2014: { available: 87 }, 2015: { available: 94, inDevelopment: 4 } },
    providers: [
      ['LOCAL_AUTHORITY', 45],
      ['SUPPORT_ORGANISATION', 35],
    ],
  },
  {
    item: 'PENSIONS',
    audience: 'EMPLOYER',
    years: { 2015: { available: 88 } },
    providers: [
      ['SUPPORT_ORGANISATION', 64],
      ['LOCAL_AUTHORITY', 47],
    ],
  },
  { item: 'RATES_OF_PAY', audience: 'EMPLOYER', years: { 2015: { available: 75 } }, providers: [['LOCAL_AUTHORITY', 75]] },
  { item: 'SAFEGUARDING', audience: 'EMPLOYER', years: { 2015: { available: 80 } } },
  { item: 'CARE_CERTIFICATE_ASSESSMENT', audience: 'EMPLOYER', years: { 2015: { available: 15 } } },
  { item: 'DBS_CHECKS', audience: 'PA', years: { 2015: { available: 55 } }, providers: [['LOCAL_AUTHORITY', 55]] },
  { item: 'RATES_OF_PAY', audience: 'PA', years: { 2015: { available: 54 } }, providers: [['LOCAL_AUTHORITY', 54]] },
  { item: 'LEARNING_AND_DEVELOPMENT', audience: 'PA', years: { 2015: { available: 45 } }, providers: [['LOCAL_AUTHORITY', 45]] },
  {
    item: 'PRE_EMPLOYMENT_TRAINING',
    audience: 'PA',
    years: { 2015: { available: 60, notAvailable: 25 } },
    providers: [
      ['LOCAL_AUTHORITY', 33],
      ['SUPPORT_ORGANISATION', 27],
    ],
  },
  { item: 'PEER_SUPPORT', audience: 'PA', years: { 2015: { available: 27, notAvailable: 36 } }, providers: [['SUPPORT_ORGANISATION', 27]] },
  {
    item: 'RELATIONSHIP_SUPPORT',
    audience: 'PA',
    years: { 2015: { available: 41, notAvailable: 26 } },
    providers: [['SUPPORT_ORGANISATION', 41]],
  },
  { item: 'ADVICE_ON_WORKING_AS_PA', audience: 'PA', years: { 2015: { available: 54 } }, providers: [['SUPPORT_ORGANISATION', 54]] },
  { item: 'RELATIONSHIP_BREAKDOWN', audience: 'PA', years: { 2015: { available: 53 } }, providers: [['SUPPORT_ORGANISATION', 53]] },
  { item: 'LEGAL_ADVICE', audience: 'PA', years: { 2015: { available: 41 } }, providers: [['SUPPORT_ORGANISATION', 41]] },
  { item: 'FINDING_WORK', audience: 'PA', years: { 2015: { available: 35 } }, providers: [['SUPPORT_ORGANISATION', 35]] },
  { item: 'SAFEGUARDING', audience: 'PA', years: { 2015: { available: 78 } } },
];

/** The provider of the k-th council offering an item, following the survey's shares. */
function providerOf(seed: OfferSeed, k: number, offering: number): SupportOfferProvider {
  const shares = seed.providers ?? [['LOCAL_AUTHORITY', 1]];
  const total = shares.reduce((n, [, s]) => n + s, 0);
  let edge = 0;
  for (const [provider, share] of shares) {
    edge += (share / total) * offering;
    if (k < edge) return provider;
  }
  return shares[shares.length - 1]![0];
}

export function buildSupportOffers(ctx: BuildContext): DemoSupportOffer[] {
  const n = ctx.councils.length;
  const offers: DemoSupportOffer[] = [];
  OFFER_SEEDS.forEach((seed, i) => {
    for (const [yearText, shares] of Object.entries(seed.years)) {
      const available = Math.round((shares.available / 100) * n);
      const inDevelopment = Math.min(n - available, Math.round(((shares.inDevelopment ?? 0) / 100) * n));
      const notAvailable = Math.min(
        n - available - inDevelopment,
        Math.round(((shares.notAvailable ?? 100 - shares.available - (shares.inDevelopment ?? 0)) / 100) * n),
      );
      ctx.councils.forEach((council, c) => {
        // Rotating by item spreads the answers; a council offering an item in 2014 still does in 2015.
        const rank = (c + i * 5) % n;
        const status =
          rank < available
            ? 'AVAILABLE'
            : rank < available + inDevelopment
              ? 'IN_DEVELOPMENT'
              : rank < available + inDevelopment + notAvailable
                ? 'NOT_AVAILABLE'
                : 'DONT_KNOW';
        offers.push({
          councilGssCode: council.gssCode,
          surveyYear: Number(yearText),
          item: seed.item,
          audience: seed.audience,
          status,
          provider: status === 'AVAILABLE' ? providerOf(seed, rank, available) : null,
        });
      });
    }
  });
  return offers;
}
