/**
 * Support-contract monitoring for commissioners (dashboard D9), by contract type: how many
 * contracts and organisations, their value, what the councils pay for the period and employers pay
 * in fees, per employer supported; uptake of each menu item and of managed accounts; payslip
 * timeliness where the contract's organisation runs payroll; peer support against the contracts'
 * requirements and PA peer group meetings the organisations ran; complaints received, closed and upheld. And employers supported and payslip timeliness per support organisation.
 * Contracts, values and sessions are organisational facts; counts of employers and payslips are
 * counts of people, so they are suppressed, and every rate or amount per employer is worked out
 * from the published figures.
 */
import {
  aggregateScope,
  bothLimits,
  publishAmount,
  publishCount,
  scopedArea,
  scopedCouncilCodes,
  type AggregateFilterInput,
  type PublishedCount,
} from '@continuum/access';
import { graphFailureOn, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes, SupportContractType, SupportContractTypeFigures } from '../generated/resolvers-types.ts';
import { employersByPair, pairKey, type PairEmployers } from './contract-employers.ts';
import { contractFigures, type ContractFigures } from './contract-figures.ts';
import { payslipsByPair, peerGroupsByPair } from './contract-payslips.ts';
import { menuOrder, SUPPORT_MENU_ITEMS } from './menu-items.ts';

const TYPES: SupportContractType[] = ['BLOCK', 'PAY_AS_YOU_GO', 'HYBRID'];

const pounds = (n: number) => `£${n.toLocaleString('en-GB')}`;

/** A whole percentage of two published counts; null when either is suppressed or there is nothing to divide by. */
function percentOf(part: PublishedCount, whole: PublishedCount): number | null {
  return part.value === null || !whole.value ? null : Math.round((part.value / whole.value) * 100);
}

/** Organisations by name, from the support subgraph's public directory: an aggregate names them, never by id. */
async function organisationNames(graph: GraphClient): Promise<Map<string, string>> {
  let data: { supportOrganisations: { id: string; name: string }[] };
  try {
    data = await graph.request<typeof data>(`query SupportContractOrganisations { supportOrganisations { id name } }`);
  } catch (err) {
    throw graphFailureOn(err, 'filter', {
      message: 'The support organisations could not be named',
      reason: 'the support subgraph did not answer',
    });
  }
  return new Map(data.supportOrganisations.map((o) => [o.id.toLowerCase(), o.name]));
}

/** The distinct council and organisation pairs of some contracts: each pair's employers count once. */
function pairsOf(figures: ContractFigures[]) {
  return [...new Set(figures.map((f) => pairKey(f.contract.councilId, f.contract.supportOrganisationId)))];
}

function typeFigures(
  contractType: SupportContractType,
  figures: ContractFigures[],
  employers: Map<string, PairEmployers>,
  payslips: Map<string, { due: number; late: number }>,
  peerGroups: Map<string, { meetings: number; attendances: number }>,
): SupportContractTypeFigures {
  const sum = (of: ContractFigures[], pick: (f: ContractFigures) => number) => of.reduce((n, f) => n + pick(f), 0);
  const employersSupported = publishCount(sum(figures, (f) => f.employersSupported));
  const councilCost = sum(figures, (f) => f.councilCost);
  const employerFees = publishAmount(
    sum(figures, (f) => f.employerFees),
    sum(figures, (f) => f.employersSupported),
    100,
    pounds,
  );
  const perEmployer = employersSupported.value ? (councilCost + (employerFees.value ?? 0)) / employersSupported.value : 0;
  // Nothing to divide by when no employer was supported (no quarter returned in the period): no figure, rather than £0.
  const costPerEmployerSupported = employersSupported.suppressed
    ? { display: '<5 employers', value: null, suppressed: true }
    : employersSupported.value === 0
      ? { display: '–', value: null, suppressed: false }
      : { display: pounds(Math.round(perEmployer / 10) * 10), value: Math.round(perEmployer / 10) * 10, suppressed: false };
  const items = [...new Set(figures.flatMap((f) => f.contract.items.map((i) => i.item)))].sort(menuOrder);
  const pairs = pairsOf(figures);
  const managedAccounts = publishCount(new Set(pairs.flatMap((k) => [...(employers.get(k)?.managedAccounts ?? [])])).size);
  return {
    contractType,
    contracts: figures.length,
    supportOrganisations: new Set(figures.map((f) => f.contract.supportOrganisationId)).size,
    value: Math.round(sum(figures, (f) => f.contract.value.toNumber()) * 100) / 100,
    employersSupported,
    councilCost: Math.round(councilCost * 100) / 100,
    employerFees,
    costPerEmployerSupported,
    menuUptake: items.map((item) => {
      const carrying = figures.filter((f) => f.contract.items.some((i) => i.item === item));
      const employersUsing = publishCount(sum(carrying, (f) => f.usedBy.get(item) ?? 0));
      const employersOffered = publishCount(sum(carrying, (f) => f.employersSupported));
      return {
        item,
        label: SUPPORT_MENU_ITEMS[item] ?? item,
        contracts: carrying.length,
        employersUsing,
        employersOffered,
        uptakePercent: percentOf(employersUsing, employersOffered),
      };
    }),
    managedAccounts,
    managedAccountPercent: percentOf(managedAccounts, employersSupported),
    payslipsDue: publishCount(pairs.reduce((n, k) => n + (payslips.get(k)?.due ?? 0), 0)),
    payslipsLate: publishCount(pairs.reduce((n, k) => n + (payslips.get(k)?.late ?? 0), 0)),
    peerSessionsRequired: sum(figures, (f) => f.quartersReturned * f.contract.peerSessionsPerQuarter),
    peerSessionsHeld: sum(figures, (f) => f.peerSessionsHeld),
    quartersReturned: sum(figures, (f) => f.quartersReturned),
    quartersPeerRequirementMet: sum(figures, (f) => f.quartersPeerRequirementMet),
    peerGroupMeetings: pairs.reduce((n, k) => n + (peerGroups.get(k)?.meetings ?? 0), 0),
    peerGroupAttendances: publishCount(pairs.reduce((n, k) => n + (peerGroups.get(k)?.attendances ?? 0), 0)),
    complaintsReceived: publishCount(sum(figures, (f) => f.complaintsReceived)),
    complaintsClosed: publishCount(sum(figures, (f) => f.complaintsClosed)),
    complaintsUpheld: publishCount(sum(figures, (f) => f.complaintsUpheld)),
  };
}

export async function supportContractAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['SupportContractAggregates']> {
  const scope = aggregateScope(filter);
  // The councils funding or serving the area asked for: a council's own records count where it is.
  const [funderCouncils, area] = await Promise.all([scopedCouncilCodes(graph, scope), scopedArea(graph, scope)]);
  const codes = bothLimits(funderCouncils, area?.councilGssCodes ?? null);
  const { from, to } = scope;
  const contracts = await db.supportContract.findMany({
    where: { ...(codes ? { council: { gssCode: { in: [...codes] } } } : {}), startsOn: { lte: to }, endsOn: { gte: from } },
    include: { items: true, returns: { include: { uptake: true } }, complaints: true, council: { select: { gssCode: true } } },
    orderBy: { id: 'asc' },
  });
  const figures = contracts.map((c) => contractFigures(c, from, to));
  const pairs = contracts.map((c) => ({ councilId: c.councilId, organisationId: c.supportOrganisationId }));
  const employers = await employersByPair(db, pairs, from, to);
  const areas = new Map(
    contracts.map((c) => [
      pairKey(c.councilId, c.supportOrganisationId),
      { organisationId: c.supportOrganisationId, councilGssCode: c.council.gssCode },
    ]),
  );
  const [payslips, peerGroups, names] = await Promise.all([
    payslipsByPair(graph, employers, from, to),
    peerGroupsByPair(graph, areas, from, to),
    organisationNames(graph),
  ]);
  const organisations = [...new Set(contracts.map((c) => c.supportOrganisationId))];
  return {
    from,
    to,
    byType: TYPES.map((t) =>
      typeFigures(
        t,
        figures.filter((f) => f.contract.contractType === t),
        employers,
        payslips,
        peerGroups,
      ),
    ),
    byOrganisation: organisations
      .map((id) => {
        const held = figures.filter((f) => f.contract.supportOrganisationId === id);
        const keys = pairsOf(held);
        return {
          organisation: names.get(id.toLowerCase()) ?? 'Unknown support organisation',
          contracts: held.length,
          employersSupported: publishCount(held.reduce((n, f) => n + f.employersSupported, 0)),
          contractTypes: TYPES.filter((t) => held.some((f) => f.contract.contractType === t)),
          payslipsDue: publishCount(keys.reduce((n, k) => n + (payslips.get(k)?.due ?? 0), 0)),
          payslipsLate: publishCount(keys.reduce((n, k) => n + (payslips.get(k)?.late ?? 0), 0)),
        };
      })
      .sort((a, b) => a.organisation.localeCompare(b.organisation)),
  };
}
