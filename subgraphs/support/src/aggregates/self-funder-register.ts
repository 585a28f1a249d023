/**
 * Self-funders using the findable register, and how many came back for council support (§7
 * question 25, journey W10). A person counts when a register host asked a PA for them in the
 * period and, on the day of their first such contact, no council or NHS body funded them; what
 * funding started after that day says where they went. The contacts are support's own; funding
 * comes from councils and health, and where people live from people, through the graph. A
 * self-funder has no funder, so a council or NHS body in the filter means its area (and the
 * funding it gave since). Counts only, suppressed and rounded by the kit.
 */
import { aggregateScope, areaByCode, personIdsInArea, publishCount, type AggregateFilterInput } from '@continuum/access';
import { isoDate, todayIso, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { SelfFunderRegisterAggregates } from '../generated/resolvers-types.ts';

interface FirstContact {
  personId: string;
  day: string;
  organisationId: string;
  accepted: boolean;
}

interface Fact {
  personId: string;
  start: string;
  end: string | null;
  councilGssCode?: string;
  healthBodyOdsCode?: string;
}

const FACTS = `query SelfFunderFundingFacts($from: Date!, $to: Date!) {
  councilFundingFacts(from: $from, to: $to) { personId start end councilGssCode }
  healthFundingFacts(from: $from, to: $to) { personId start end healthBodyOdsCode }
}`;

type Outcome = 'COUNCIL' | 'NHS' | 'NONE';

/** The people living in every area the filter names (its area, its council's, its NHS body's); null when it names none. */
async function livingInScope(graph: GraphClient, codes: [string | null, string][]): Promise<Set<string> | null> {
  const named = codes.filter((c): c is [string, string] => c[0] !== null);
  if (named.length === 0) return null;
  const sets = await Promise.all(named.map(async ([code, at]) => personIdsInArea(graph, await areaByCode(graph, code, at))));
  return sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
}

export async function selfFunderRegisterAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<SelfFunderRegisterAggregates> {
  const scope = aggregateScope(filter);
  const today = todayIso();
  const [living, contacts, data, hosts] = await Promise.all([
    livingInScope(graph, [
      [scope.areaCode, 'filter.areaCode'],
      [scope.councilGssCode, 'filter.councilGssCode'],
      [scope.icbOdsCode, 'filter.icbOdsCode'],
    ]),
    // Each person's first contact in the period (the earliest asked; its host), and whether any was accepted.
    db.$queryRaw<FirstContact[]>`
      SELECT DISTINCT ON (for_person_id) for_person_id::text AS "personId",
        (requested_at AT TIME ZONE 'UTC')::date::text AS day, requested_by_organisation AS "organisationId",
        bool_or(status = 'ACCEPTED') OVER (PARTITION BY for_person_id) AS accepted
      FROM pa_contact
      WHERE (requested_at AT TIME ZONE 'UTC')::date BETWEEN ${scope.from}::date AND ${scope.to}::date
      ORDER BY for_person_id, requested_at, id`,
    graph.request<{ councilFundingFacts: Fact[]; healthFundingFacts: Fact[] }>(FACTS, { from: isoDate(scope.from), to: today }),
    db.supportOrganisation.findMany({ select: { id: true, name: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  ]);
  const factsOf = new Map<string, { council: Fact[]; nhs: Fact[] }>();
  const of = (id: string) => factsOf.get(id) ?? factsOf.set(id, { council: [], nhs: [] }).get(id)!;
  for (const f of data.councilFundingFacts) of(f.personId).council.push(f);
  for (const f of data.healthFundingFacts) of(f.personId).nhs.push(f);

  const selfFunders: (FirstContact & { outcome: Outcome })[] = [];
  for (const c of contacts) {
    if (living && !living.has(c.personId)) continue;
    const facts = factsOf.get(c.personId) ?? { council: [], nhs: [] };
    const fundedThatDay = [...facts.council, ...facts.nhs].some((f) => f.start <= c.day && (f.end === null || f.end >= c.day));
    if (fundedThatDay) continue;
    const since = (f: Fact) => f.start > c.day && f.start <= today;
    const council = facts.council.some((f) => since(f) && (!scope.councilGssCode || f.councilGssCode === scope.councilGssCode));
    const nhs = facts.nhs.some((f) => since(f) && (!scope.icbOdsCode || f.healthBodyOdsCode === scope.icbOdsCode));
    selfFunders.push({ ...c, outcome: council ? 'COUNCIL' : nhs ? 'NHS' : 'NONE' });
  }
  const count = (outcome: Outcome, among = selfFunders) => publishCount(among.filter((s) => s.outcome === outcome).length);
  return {
    from: scope.from,
    to: scope.to,
    selfFunders: publishCount(selfFunders.length),
    cameBackForCouncilSupport: count('COUNCIL'),
    fundedByNhsSince: count('NHS'),
    noFundingSince: count('NONE'),
    withAcceptedContact: publishCount(selfFunders.filter((s) => s.accepted).length),
    byRegisterHost: hosts
      .map((h) => ({ host: h, of: selfFunders.filter((s) => s.organisationId === h.id) }))
      .filter((r) => r.of.length > 0)
      .map(({ host, of: among }) => ({
        organisationId: host.id,
        name: host.name,
        selfFunders: publishCount(among.length),
        cameBackForCouncilSupport: count('COUNCIL', among),
      })),
  };
}
