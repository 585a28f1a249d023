/**
 * The individual-employer market for commissioners (dashboard D11): how much of each council's
 * published direct-payment rate reaches the PAs its funded people employ (their weekday rate in
 * the employment terms), and the employers and PAs behind each support organisation running
 * payroll and each NHS body funding people. Who is funded comes from councils and health through
 * the graph; employments, terms and payroll are this subgraph's own. Counts are suppressed and
 * rounded by the kit; an average is published only over five PAs or more.
 */
import {
  aggregateScope,
  bothLimits,
  distinctCount,
  personIdsByCouncil,
  publishAmount,
  publishCount,
  scopedCouncilCodes,
  scopedPeople,
  type AggregateFilterInput,
} from '@continuum/access';
import { isoDate, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';

interface PricedEmployment {
  employerPersonId: string;
  personalAssistantId: string;
  /** Weekday pence an hour in the terms in force on the employment's last day in the period; null without terms. */
  weekdayPence: number | null;
}

interface CouncilRates {
  gssCode: string;
  name: string;
  rates: { kind: string; hourlyRate: number; effectiveFrom: string }[];
}

const COUNCIL_RATES = `query EmployerMarketCouncilRates { councils { gssCode name rates { kind hourlyRate effectiveFrom } } }`;
const HEALTH_BODIES = `query EmployerMarketHealthBodies { healthBodies { odsCode name } }`;

/** The latest published direct-payment rate applying on `day`, or null. */
function directPaymentRateOn(council: CouncilRates, day: string): number | null {
  const applying = council.rates
    .filter((r) => r.kind === 'DIRECT_PAYMENT' && r.effectiveFrom <= day)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return applying.at(-1)?.hourlyRate ?? null;
}

/** The average weekday rate over employments, in pounds to the penny; its contributors are the distinct PAs. */
function averageRate(priced: PricedEmployment[]) {
  const pence = priced.map((e) => e.weekdayPence!);
  const pas = distinctCount(priced.map((e) => e.personalAssistantId));
  const mean = pence.length ? pence.reduce((n, p) => n + p, 0) / pence.length : 0;
  const published = publishAmount(mean, pas, 1, (p) => `£${(p / 100).toFixed(2)}`);
  return { ...published, value: published.value === null ? null : published.value / 100 };
}

function employersAndPas(key: string, label: string, employments: PricedEmployment[]) {
  return {
    key,
    label,
    employers: publishCount(distinctCount(employments.map((e) => e.employerPersonId))),
    personalAssistants: publishCount(distinctCount(employments.map((e) => e.personalAssistantId))),
  };
}

/** Each NHS body's funded people in the period, in one request to the graph. */
async function healthBodiesWithPeople(graph: GraphClient, from: Date, to: Date, only: string | null) {
  const { healthBodies } = await graph.request<{ healthBodies: { odsCode: string; name: string }[] }>(HEALTH_BODIES);
  const bodies = healthBodies.filter((h) => !only || h.odsCode === only).sort((a, b) => a.name.localeCompare(b.name));
  if (bodies.length === 0) return [];
  const fields = bodies.map((h, i) => `h${i}: personIdsFundedByHealthBody(odsCode: "${h.odsCode}", from: $from, to: $to)`).join('\n  ');
  const data = await graph.request<Record<string, string[]>>(
    `query EmployerMarketHealthPeople($from: Date!, $to: Date!) {\n  ${fields}\n}`,
    {
      from: isoDate(from),
      to: isoDate(to),
    },
  );
  return bodies.map((h, i) => ({ ...h, personIds: new Set(data[`h${i}`]) }));
}

export async function employerMarketAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['EmployerMarketAggregates']> {
  const scope = aggregateScope(filter);
  const { from, to } = scope;
  const [{ area, people }, funderCouncils, rows, payroll] = await Promise.all([
    scopedPeople(graph, scope),
    scopedCouncilCodes(graph, scope),
    // Every employment overlapping the period with its weekday rate on its last day in the period.
    db.$queryRaw<PricedEmployment[]>`
      SELECT e.employer_person_id::text AS "employerPersonId", e.personal_assistant_id::text AS "personalAssistantId",
        (SELECT t.weekday_pence_per_hour FROM employment_terms t
          WHERE t.employment_id = e.id AND t.valid_from <= LEAST(${to}::date, COALESCE(e."end", ${to}::date))
          ORDER BY t.valid_from DESC LIMIT 1) AS "weekdayPence"
      FROM employment e WHERE e.start <= ${to} AND (e."end" IS NULL OR e."end" >= ${from})`,
    // Who ran each employer's payroll by the period's last day, where that is a support organisation.
    db.$queryRaw<{ employerPersonId: string; organisationId: string; name: string }[]>`
      SELECT ep.employer_person_id::text AS "employerPersonId", o.id::text AS "organisationId", o.name
      FROM employer_payroll ep JOIN payroll_provider p ON p.id = ep.payroll_provider_id
      JOIN support_organisation o ON o.id = p.support_organisation_id
      WHERE ep.since <= ${to}`,
  ]);
  const employments = people ? rows.filter((r) => people.has(r.employerPersonId)) : rows;
  const councilCodes = bothLimits(funderCouncils, area?.councilGssCodes ?? null);
  const [{ councils }, funded, bodies] = await Promise.all([
    graph.request<{ councils: CouncilRates[] }>(COUNCIL_RATES),
    personIdsByCouncil(graph, from, to),
    healthBodiesWithPeople(graph, from, to, scope.icbOdsCode),
  ]);
  const ratesOf = new Map(councils.map((c) => [c.gssCode, c]));
  const payReachingPas = funded
    .filter((c) => !councilCodes || councilCodes.has(c.gssCode))
    .map((c) => {
      const priced = employments.filter((e) => c.personIds.has(e.employerPersonId) && e.weekdayPence !== null);
      const rate = ratesOf.get(c.gssCode) ? directPaymentRateOn(ratesOf.get(c.gssCode)!, isoDate(to)) : null;
      const average = averageRate(priced);
      return {
        key: c.gssCode,
        label: c.name,
        directPaymentRate: rate,
        personalAssistants: publishCount(distinctCount(priced.map((e) => e.personalAssistantId))),
        averageWeekdayRate: average,
        sharePercent: rate && average.value !== null ? Math.round((average.value / rate) * 100) : null,
      };
    });
  const organisations = new Map<string, { name: string; employers: Set<string> }>();
  for (const p of payroll) {
    if (!organisations.has(p.organisationId)) organisations.set(p.organisationId, { name: p.name, employers: new Set() });
    organisations.get(p.organisationId)!.employers.add(p.employerPersonId);
  }
  const bySupportOrganisation = [...organisations]
    .map(([id, org]) =>
      employersAndPas(
        id,
        org.name,
        employments.filter((e) => org.employers.has(e.employerPersonId)),
      ),
    )
    .filter((row) => row.employers.value !== 0)
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    from,
    to,
    payReachingPas,
    bySupportOrganisation,
    byHealthBody: bodies.map((h) =>
      employersAndPas(
        h.odsCode,
        h.name,
        employments.filter((e) => h.personIds.has(e.employerPersonId)),
      ),
    ),
  } as ResolversTypes['EmployerMarketAggregates'];
}
