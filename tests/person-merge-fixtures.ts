// What the merge tests share: demo people to merge, the operations, and the tables whose rows a merge must not lose.
import { buildDemoRegion, demoUser } from '@continuum/demo';
import { gqlData, peopleRelatedTo, rowCounts, type TestHub as Hub } from './helpers.ts';

export const region = buildDemoRegion();
export const councilEpisodes = [...region.directPayments, ...region.individualServiceFunds, ...region.commissionedPackages];
/** Merges are decided by Newcastle's social worker, on people Newcastle has a relationship with. */
export const USER = 'social-worker.newcastle';
const newcastle = peopleRelatedTo(region, demoUser(USER).organisationCode);
/** People with both a council episode and a PA employment: merging two of them moves both kinds of row. */
export const fundedEmployers = region.people.filter(
  (p) =>
    newcastle.has(p.id) && councilEpisodes.some((e) => e.personId === p.id) && region.employments.some((e) => e.employerPersonId === p.id),
);

export const PERSON = `query ($id: ID!) {
  person(id: $id) {
    id formerIds localIdentifiers { agency organisationCode value }
    fundingHistory { __typename id }
    paTeam(includeEnded: true) { id }
  }
}`;
export const MERGE = `mutation ($s: ID!, $r: ID!, $key: String) {
  mergePeople(survivorId: $s, retiredId: $r, decidedBy: "reviewer@hub", reason: "same person, two council records", idempotencyKey: $key) {
    id status retiredPersonId survivor { id } rowsMoved overlaps decidedBy reason mergedAt unmergedAt
    steps { subgraph state rowsMoved }
  }
}`;
export const UNMERGE = `mutation ($id: ID!) {
  unmergePeople(mergeId: $id, decidedBy: "reviewer@hub", reason: "twins after all") { id status unmergedAt survivor { id } }
}`;

/** Row counts of the tables holding people, funding episodes and employments, across the subgraphs. */
export const COUNTED: Record<string, string[]> = {
  people: ['person', 'local_identifier'],
  councils: ['direct_payment', 'individual_service_fund', 'commissioned_package'],
  health: ['personal_health_budget', 'chc_package', 'integrated_budget'],
  support: ['employment'],
};

/** The data of a request through the gateway that must not fail. */
export const ok = (hub: Hub, query: string, variables?: Record<string, unknown>) => gqlData(hub.as(USER), query, variables);

/** A person as the merge tests compare them: ids of what each subgraph holds for them, sorted. */
export async function viewPerson(hub: Hub, id: string) {
  const p = (await ok(hub, PERSON, { id })).person;
  return {
    id: p.id,
    formerIds: p.formerIds,
    identifiers: p.localIdentifiers.map((l: any) => `${l.agency}/${l.organisationCode}/${l.value}`).sort(),
    episodes: p.fundingHistory.map((e: any) => e.id).sort(),
    employments: p.paTeam.map((e: any) => e.id).sort(),
  };
}

export const countRows = (hub: Hub) => rowCounts(hub, COUNTED);
