/**
 * Councils' support-service contracts with support organisations (brief D3, W20). The contracts the
 * seed names are kept: Hartlepool's pay-as-you-go menus with Go Direct and Wilf Ward, Darlington's
 * block contract with DAD (001:L2352-2354, L2422-2425), and the Hartlepool and Stockton hybrid tender
 * (core support paid by the council, a menu paid from personal budgets, 001:L2381-2385), here
 * Stockton's contract with Go Direct. Newcastle, Sunderland and Durham have invented ones of each
 * type; South Tyneside has none, as in the seed. Peer-support requirements follow the seed's groups:
 * a monthly meeting (Halton, 002:L779-782) is 3 a quarter, a quarterly workshop (Warwickshire) 1.
 * The seed gives no contract values or menu prices (its Appendix 4 menus are not in it): the
 * recruitment advert's £44 is its talent-pool cost (£40 processing and £4 printing, 001:L1279-1282);
 * the other prices and values are invented. Employers supported each quarter are the council's
 * direct payments open at the quarter's end whose payments the organisation supports, or else an
 * even share of the council's open direct payments among its contracts. Complaints follow the
 * failings employers told the seed's researchers of (001:L2210-2218): payslips never arriving on
 * time (about the payroll item, where the menu has one) and bureaucracy keeping them from help
 * (about the service as a whole); about one a quarter for every 80 employers supported, most closed
 * within six weeks, a third of those upheld in whole or part. Their numbers are invented.
 *
 * Built on the anchored region, since returns are for calendar quarters before its day.
 */
import { referenceId } from './context.ts';
import { dayOf, isoOf } from './dates.ts';
import type { DemoRegion, DemoSupportContract } from './types.ts';

type Menu = DemoSupportContract['menu'];

const COUNCIL_PAID = (items: string[]): Menu => items.map((item) => ({ item, price: null, unit: null, paidBy: 'COUNCIL' as const }));
const PAYROLL = { item: 'PAYROLL', price: 15, unit: 'per month', paidBy: 'DIRECT_PAYMENT' } as const;
const MANAGED_ACCOUNT = { item: 'MANAGED_ACCOUNT', price: 30, unit: 'per month', paidBy: 'DIRECT_PAYMENT' } as const;
const RECRUITMENT = { item: 'RECRUITMENT', price: 44, unit: 'per advert', paidBy: 'DIRECT_PAYMENT' } as const;

const MENUS: Record<DemoSupportContract['contractType'], Menu> = {
  BLOCK: COUNCIL_PAID([
    'INFORMATION_ON_EMPLOYING',
    'PEER_SUPPORT',
    'PA_REGISTER',
    'RELATIONSHIP_SUPPORT',
    'DBS_CHECKS',
    'PAYROLL',
    'RECRUITMENT',
  ]),
  PAY_AS_YOU_GO: [
    { item: 'INFORMATION_ON_EMPLOYING', price: 25, unit: 'per hour', paidBy: 'DIRECT_PAYMENT' },
    { item: 'PEER_SUPPORT', price: 0, unit: 'per session', paidBy: 'DIRECT_PAYMENT' },
    { item: 'RELATIONSHIP_SUPPORT', price: 25, unit: 'per hour', paidBy: 'DIRECT_PAYMENT' },
    PAYROLL,
    RECRUITMENT,
    { ...PAYROLL, item: 'PENSIONS', price: 5 },
  ],
  HYBRID: [
    ...COUNCIL_PAID(['INFORMATION_ON_EMPLOYING', 'PEER_SUPPORT', 'PA_REGISTER', 'RELATIONSHIP_SUPPORT', 'RECRUITMENT']),
    PAYROLL,
    MANAGED_ACCOUNT,
  ],
};

/** Share of the employers supported in a quarter who used each item. */
const USED_BY: Record<string, number> = {
  PAYROLL: 0.8,
  INFORMATION_ON_EMPLOYING: 0.2,
  PEER_SUPPORT: 0.15,
  RELATIONSHIP_SUPPORT: 0.1,
  RECRUITMENT: 0.1,
  MANAGED_ACCOUNT: 0.1,
};

const SEEDED: [gss: string, organisation: string, type: DemoSupportContract['contractType'], value: number][] = [
  ['E06000001', 'Go Direct', 'PAY_AS_YOU_GO', 0],
  ['E06000001', 'Wilf Ward Family Trust', 'PAY_AS_YOU_GO', 0],
  ['E06000005', 'DAD — Darlington Association on Disability', 'BLOCK', 240_000],
  ['E06000004', 'Go Direct', 'HYBRID', 150_000],
  ['E08000021', 'Independent Living Newcastle', 'HYBRID', 300_000],
  ['E08000021', 'Tyneside Payroll Services', 'PAY_AS_YOU_GO', 0],
  ['E08000024', 'Wearside Independent Living Forum', 'BLOCK', 270_000],
  ['E06000047', "County Durham Employers' Network", 'PAY_AS_YOU_GO', 0],
];

const OUTCOMES = ['NOT_UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'UPHELD', 'NOT_UPHELD', 'WITHDRAWN'] as const;

/** A quarter's complaints about a contract: received through the quarter, closed 10 to 40 days later unless that is after the anchor. */
function complaintsIn(
  contractId: string,
  quarter: { label: string; start: string; end: string },
  count: number,
  payroll: boolean,
  recordedBy: string,
  asOf: string,
): DemoSupportContract['complaints'] {
  return Array.from({ length: count }, (_, k) => {
    const receivedOn = isoOf(dayOf(quarter.start) + ((k * 29 + 11) % 88));
    const closing = dayOf(receivedOn) + 10 + ((k * 13) % 31);
    const closed = closing <= dayOf(asOf);
    return {
      id: referenceId('support-contract-complaint', `${contractId}:${quarter.label}:${k}`),
      receivedOn,
      about: payroll && k % 2 === 0 ? 'PAYROLL' : null,
      recordedBy,
      closedOn: closed ? isoOf(closing) : null,
      outcome: closed ? OUTCOMES[(k + quarter.label.length) % OUTCOMES.length]! : null,
      closedBy: closed ? recordedBy : null,
    };
  });
}

/** The last `n` calendar quarters ended before a day, latest first. */
function quartersBefore(day: string, n: number): { label: string; start: string; end: string }[] {
  let year = Number(day.slice(0, 4));
  let q = Math.floor((Number(day.slice(5, 7)) - 1) / 3); // the current quarter, 0-based
  const out = [];
  for (let i = 0; i < n; i++) {
    q -= 1;
    if (q < 0) [q, year] = [3, year - 1];
    const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
    const end = new Date(Date.UTC(year, q * 3 + 3, 0)).toISOString().slice(0, 10);
    out.push({ label: `${year}-Q${q + 1}`, start, end });
  }
  return out;
}

export function buildSupportContracts(region: DemoRegion): DemoSupportContract[] {
  const orgId = (name: string) => {
    const org = region.supportOrganisations.find((o) => o.name === name);
    if (!org) throw new Error(`support contract: no support organisation ${name}`);
    return org.id;
  };
  const quarters = quartersBefore(region.asOf, 4);
  // The term: from the first day of the quarter two years back, for five years.
  const startsOn = quartersBefore(region.asOf, 8)[7]!.start;
  const endsOn = isoOf(dayOf(`${Number(startsOn.slice(0, 4)) + 5}${startsOn.slice(4)}`) - 1);
  return SEEDED.map(([gss, organisation, contractType, value]) => {
    const supportOrganisationId = orgId(organisation);
    const contractsInCouncil = SEEDED.filter(([g]) => g === gss).length;
    const peerSessionsPerQuarter = contractType === 'PAY_AS_YOU_GO' ? 1 : 3;
    const id = referenceId('support-contract', `${gss}:${organisation}`);
    const recordedBy = `${organisation} contract manager`;
    const returns = quarters.map((q, i) => {
      const open = region.directPayments.filter((dp) => dp.councilGssCode === gss && dp.start <= q.end && (dp.end ?? q.end) >= q.end);
      const theirs = open.filter((dp) => dp.paymentSupportProviderId === supportOrganisationId).length;
      return { q, i, employersSupported: theirs || Math.round(open.length / contractsInCouncil) };
    });
    const payroll = MENUS[contractType].some((m) => m.item === 'PAYROLL');
    return {
      id,
      councilGssCode: gss,
      supportOrganisationId,
      contractType,
      value,
      startsOn,
      endsOn,
      peerSessionsPerQuarter,
      awardedBy: 'Commissioning team',
      menu: MENUS[contractType].map((m) => ({ ...m })),
      returns: returns.map(({ q, i, employersSupported }) => {
        return {
          id: referenceId('support-contract-return', `${id}:${q.label}`),
          quarter: q.label,
          employersSupported,
          recordedBy,
          uptake: MENUS[contractType]
            .filter((m) => m.item in USED_BY)
            .map((m) => {
              const employers = Math.round(employersSupported * USED_BY[m.item]!);
              // The oldest quarter returned fell one peer session short of the requirement.
              if (m.item === 'PEER_SUPPORT')
                return { item: m.item, quantity: peerSessionsPerQuarter - (i === quarters.length - 1 ? 1 : 0), employers };
              return {
                item: m.item,
                quantity: m.item === 'PAYROLL' || m.item === 'MANAGED_ACCOUNT' ? employers * 3 : employers,
                employers,
              };
            }),
        };
      }),
      // Oldest quarter first, so the list reads oldest first.
      complaints: [...returns]
        .reverse()
        .flatMap(({ q, employersSupported }) => complaintsIn(id, q, Math.ceil(employersSupported / 80), payroll, recordedBy, region.asOf)),
    };
  });
}
