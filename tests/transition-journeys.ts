/**
 * Shared steps for the transition journey tests: picking suitable people from the demo
 * region and driving the workflow through the gateway the way agencies would.
 */
import { buildDemoRegion, type DemoRegion } from '@continuum/demo';
import { todayIso, type Caller } from '@continuum/runtime';
import assert from 'node:assert/strict';
import { funderUser, type TestHub as Hub } from './helpers.ts';

export const region: DemoRegion = buildDemoRegion();
export const TODAY = todayIso();

export function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const inFlight = new Set(region.transitions.filter((t) => t.status === 'PROPOSED' || t.status === 'AGREED').map((t) => t.personId));
const episodesOf = (personId: string) =>
  [
    ...region.directPayments,
    ...region.individualServiceFunds,
    ...region.commissionedPackages,
    ...region.personalHealthBudgets,
    ...region.chcPackages,
    ...region.integratedBudgets,
  ].filter((e) => e.personId === personId);
export const activeEmployments = (personId: string) =>
  region.employments.filter((e) => e.employerPersonId === personId && e.start <= TODAY && (e.end === null || e.end >= TODAY));

/** People whose only episode is the given open one, with a settled PA team and contingency plan. */
export function candidates<E extends { personId: string; end: string | null; start: string }>(
  episodes: E[],
  paCount: (n: number) => boolean,
): E[] {
  return episodes.filter((ep) => {
    if (ep.end !== null || ep.start >= addDaysIso(TODAY, -30) || inFlight.has(ep.personId)) return false;
    // The episode is the person's current one: nothing else open, nothing starting later.
    if (episodesOf(ep.personId).some((o) => o !== (ep as unknown) && (o.end === null || o.start > ep.start))) return false;
    const team = activeEmployments(ep.personId);
    if (!paCount(team.length) || !team.every((e) => e.contractSigned)) return false;
    const plan = region.carePlans.find((p) => p.personId === ep.personId);
    return plan?.contingencyPlanInPlace === true;
  });
}

const taken = new Set<string>();
/** The first candidate no other test in this process has used (each test moves its own person). */
export function pick<E extends { personId: string }>(list: E[]): E {
  const found = list.find((e) => !taken.has(e.personId));
  if (!found) throw new Error('no unused candidate in the demo region');
  taken.add(found.personId);
  return found;
}

export const payrollProvider = region.supportOrganisations.find((o) => o.kinds.includes('PAYROLL_PROVIDER'))!;

export const PROPOSE = `mutation ($input: ProposeTransitionInput!, $key: String) {
  proposeTransition(input: $input, idempotencyKey: $key) { id status parties { funderKind funderCode role } }
}`;

/** A transition's state as the coordinator holds it (people only: answers while funders are down). */
export const TRANSITION_STATE = `query ($id: ID!) { transition(id: $id) {
  id status statusReason effectiveDate
  steps { name state attempts lastError }
  newEpisode { __typename id }
} }`;

export const TRANSITION = `query ($id: ID!) { transition(id: $id) {
  id status statusReason effectiveDate
  steps { name state attempts lastError }
  newEpisode { __typename id start }
  readiness { ready blockers { kind courseCode personalAssistant { id } } }
} }`;

/** One operation as a user (a demo user id, or a funder's user from funderUser), which must succeed. */
export async function gql(hub: Hub, user: string | Caller, query: string, variables?: Record<string, unknown>) {
  const res = await hub.as(user)(query, variables);
  assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  return res.data;
}

/** Each party answers in its own subgraph, as a user of that party. */
export async function agreeAll(hub: Hub, transition: { id: string; parties: { funderKind: string; funderCode: string }[] }) {
  for (const party of transition.parties) {
    const mutation =
      party.funderKind === 'COUNCIL'
        ? `mutation ($id: ID!, $code: String!) { respondToTransitionAsCouncil(transitionId: $id, councilGssCode: $code, decision: AGREE, respondedBy: "DP team leader") { decision } }`
        : `mutation ($id: ID!, $code: String!) { respondToTransitionAsHealthBody(transitionId: $id, healthBodyOdsCode: $code, decision: AGREE, respondedBy: "PHB lead") { decision } }`;
    await gql(hub, funderUser(party.funderCode), mutation, { id: transition.id, code: party.funderCode });
  }
}

export async function reconcile(hub: Hub, user: string | Caller, id: string) {
  return (await gql(hub, user, `mutation ($id: ID!) { reconcileTransition(id: $id) { id status } }`, { id })).reconcileTransition;
}

/** Row counts that a transition must never change: person, PA, employment and training records. */
export async function recordCounts(hub: Hub) {
  const count = async (name: 'people' | 'support' | 'training', table: string) =>
    Number(
      (
        (await (hub.subgraph(name).database.client as any).$queryRawUnsafe(`SELECT count(*)::int AS n FROM "${table}"`)) as { n: number }[]
      )[0].n,
    );
  return {
    people: await count('people', 'person'),
    personalAssistants: await count('support', 'personal_assistant'),
    employments: await count('support', 'employment'),
    trainingRecords: await count('training', 'training_record'),
  };
}

/** The person's employments exactly as stored, to prove a transition left them untouched. */
export async function employmentRows(hub: Hub, personId: string) {
  return (hub.subgraph('support').database.client as any).$queryRawUnsafe(
    'SELECT * FROM "employment" WHERE employer_person_id = $1::uuid ORDER BY id',
    personId,
  );
}
