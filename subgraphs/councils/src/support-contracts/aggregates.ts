/**
 * Support-contract monitoring for commissioners (by contract type: how many, their value, employers
 * supported; and employers supported per support organisation). Contracts and values are
 * organisational facts; employers supported are counts of people, so they are suppressed.
 */
import { aggregateScope, bothLimits, publishCount, scopedArea, scopedCouncilCodes, type AggregateFilterInput } from '@continuum/access';
import { graphFailureOn, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes, SupportContractType } from '../generated/resolvers-types.ts';
import { parseQuarter } from './quarter.ts';

const TYPES: SupportContractType[] = ['BLOCK', 'PAY_AS_YOU_GO', 'HYBRID'];

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
    include: { returns: { orderBy: { quarter: 'desc' } } },
    orderBy: { id: 'asc' },
  });
  // Each contract's latest quarter returned that lies in the period: its employers supported.
  const supported = new Map(
    contracts.map((c) => {
      const latest = c.returns.find((r) => {
        const q = parseQuarter(r.quarter, 'quarter');
        return q.start >= from && q.end <= to;
      });
      return [c.id, latest?.employersSupported ?? 0];
    }),
  );
  const sum = (list: typeof contracts) => list.reduce((n, c) => n + (supported.get(c.id) ?? 0), 0);
  const names = await organisationNames(graph);
  const organisations = [...new Set(contracts.map((c) => c.supportOrganisationId))];
  return {
    from,
    to,
    byType: TYPES.map((contractType) => {
      const ofType = contracts.filter((c) => c.contractType === contractType);
      return {
        contractType,
        contracts: ofType.length,
        value: Math.round(ofType.reduce((v, c) => v + c.value.toNumber(), 0) * 100) / 100,
        employersSupported: publishCount(sum(ofType)),
      };
    }),
    byOrganisation: organisations
      .map((id) => {
        const held = contracts.filter((c) => c.supportOrganisationId === id);
        return {
          organisation: names.get(id) ?? 'Unknown support organisation',
          contracts: held.length,
          employersSupported: publishCount(sum(held)),
        };
      })
      .sort((a, b) => a.organisation.localeCompare(b.organisation)),
  };
}
