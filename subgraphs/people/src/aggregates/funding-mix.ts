/**
 * The funding mix for commissioners: how the people a filter covers are funded (by vehicle,
 * self-funders included), who helps direct-payment holders run the money, and their care group,
 * each beside the previous period of the same length. The funders' episodes come from councils
 * and health, employers from support, in one request through the graph; where people live is
 * this subgraph's own. Counts only, each suppressed and rounded by the kit.
 */
import {
  aggregateScope,
  bothLimits,
  publishBreakdown,
  publishCount,
  scopedArea,
  scopedPersonIds,
  type AggregateFilterInput,
  type AggregateScope,
} from '@continuum/access';
import { addDays, isoDate } from '@continuum/runtime';
import type { Context } from '../context.ts';
import type { ResolversTypes } from '../generated/resolvers-types.ts';

const VEHICLES = [
  { key: 'DIRECT_PAYMENT', label: 'Direct payment' },
  { key: 'INDIVIDUAL_SERVICE_FUND', label: 'Individual service fund' },
  { key: 'COMMISSIONED_PACKAGE', label: 'Commissioned package' },
  { key: 'PERSONAL_HEALTH_BUDGET', label: 'Personal health budget' },
  { key: 'CONTINUING_HEALTHCARE', label: 'Continuing healthcare' },
  { key: 'INTEGRATED_BUDGET', label: 'Integrated budget' },
  { key: 'SELF_FUNDED', label: 'Self-funded (employs a PA, no funding)' },
];

const PAYMENT_SUPPORT = [
  { key: 'PAYROLL_SERVICE', label: 'Payroll service' },
  { key: 'MANAGED_ACCOUNT', label: 'Managed account' },
  { key: 'SELF_MANAGED', label: 'Self-managed' },
];

const CARE_GROUPS = [
  { key: 'OLDER_PEOPLE', label: 'Older people' },
  { key: 'LEARNING_DISABILITY', label: 'Learning disability' },
  { key: 'PHYSICAL_DISABILITY', label: 'Physical disability' },
  { key: 'MENTAL_HEALTH', label: 'Mental health' },
  { key: 'AUTISM', label: 'Autism' },
  { key: 'DEMENTIA', label: 'Dementia' },
  { key: 'SENSORY_IMPAIRMENT', label: 'Sensory impairment' },
  { key: 'CHILDREN_AND_YOUNG_PEOPLE', label: 'Children and young people' },
  { key: 'NOT_RECORDED', label: 'Not recorded' },
];

interface Fact {
  personId: string;
  vehicle: string;
  start: string;
  end: string | null;
  paymentSupport?: string | null;
  careGroup?: string | null;
}

const FACTS = `query FundingMixFacts($from: Date!, $to: Date!, $currentFrom: Date!, $previousTo: Date!) {
  councilFundingFacts(from: $from, to: $to) { personId vehicle start end paymentSupport careGroup }
  healthFundingFacts(from: $from, to: $to) { personId vehicle start end }
  current: employerPersonIdsInPeriod(from: $currentFrom, to: $to)
  previous: employerPersonIdsInPeriod(from: $from, to: $previousTo)
}`;

/** Each group's distinct people in one period, among those the scope covers. */
function groupsIn(facts: Fact[], employers: string[], from: string, to: string, covers: (id: string) => boolean) {
  const byVehicle = new Map<string, Set<string>>();
  const byPaymentSupport = new Map<string, Set<string>>();
  const careGroupOf = new Map<string, string>();
  const funded = new Set<string>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => map.set(key, (map.get(key) ?? new Set()).add(id));
  for (const f of facts) {
    if (f.start > to || (f.end !== null && f.end < from) || !covers(f.personId)) continue;
    funded.add(f.personId);
    add(byVehicle, f.vehicle, f.personId);
    if (f.paymentSupport) add(byPaymentSupport, f.paymentSupport, f.personId);
    if (f.careGroup) careGroupOf.set(f.personId, f.careGroup);
  }
  const people = new Set(funded);
  for (const id of employers)
    if (covers(id) && !funded.has(id)) {
      people.add(id);
      add(byVehicle, 'SELF_FUNDED', id);
    }
  const byCareGroup = new Map<string, Set<string>>();
  for (const id of people) add(byCareGroup, careGroupOf.get(id) ?? 'NOT_RECORDED', id);
  return { people: people.size, byVehicle, byPaymentSupport, byCareGroup };
}

type Groups = ReturnType<typeof groupsIn>;

function rows(keys: { key: string; label: string }[], current: Map<string, Set<string>>, previous: Map<string, Set<string>>) {
  const now = publishBreakdown(keys.map((k) => ({ ...k, count: current.get(k.key)?.size ?? 0 })));
  const before = publishBreakdown(keys.map((k) => ({ ...k, count: previous.get(k.key)?.size ?? 0 })));
  return now.map((r, i) => ({ ...r, previousCount: before[i]!.count }));
}

/** Who a period of the scope covers: those its funders pay in that period, living in its area. */
async function coverage(ctx: Context, scope: AggregateScope, inArea: Set<string> | null) {
  const limit = bothLimits(await scopedPersonIds(ctx.graph, scope), inArea);
  return (id: string) => !limit || limit.has(id);
}

export async function fundingMixAggregates(
  ctx: Context,
  filter: AggregateFilterInput | null | undefined,
): Promise<ResolversTypes['FundingMixAggregates']> {
  const scope = aggregateScope(filter);
  const days = Math.round((scope.to.getTime() - scope.from.getTime()) / 86_400_000);
  const previous = { ...scope, from: addDays(scope.from, -days - 1), to: addDays(scope.from, -1) };
  const area = await scopedArea(ctx.graph, scope);
  const [inArea, data] = await Promise.all([
    area
      ? ctx.db.person
          .findMany({ where: { postcodeDistrict: { in: area.postcodeDistricts }, mergedInto: null }, select: { id: true } })
          .then((rows) => new Set(rows.map((r) => r.id)))
      : null,
    ctx.graph.request<{ councilFundingFacts: Fact[]; healthFundingFacts: Fact[]; current: string[]; previous: string[] }>(FACTS, {
      from: isoDate(previous.from),
      to: isoDate(scope.to),
      currentFrom: isoDate(scope.from),
      previousTo: isoDate(previous.to),
    }),
  ]);
  const [coversNow, coveredBefore] = await Promise.all([coverage(ctx, scope, inArea), coverage(ctx, previous, inArea)]);
  const facts = [...data.councilFundingFacts, ...data.healthFundingFacts];
  const now: Groups = groupsIn(facts, data.current, isoDate(scope.from), isoDate(scope.to), coversNow);
  const before: Groups = groupsIn(facts, data.previous, isoDate(previous.from), isoDate(previous.to), coveredBefore);
  return {
    from: scope.from,
    to: scope.to,
    previousFrom: previous.from,
    previousTo: previous.to,
    people: publishCount(now.people),
    previousPeople: publishCount(before.people),
    byVehicle: rows(VEHICLES, now.byVehicle, before.byVehicle),
    byPaymentSupport: rows(PAYMENT_SUPPORT, now.byPaymentSupport, before.byPaymentSupport),
    byCareGroup: rows(CARE_GROUPS, now.byCareGroup, before.byCareGroup),
  } as ResolversTypes['FundingMixAggregates'];
}
