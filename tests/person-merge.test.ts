import { postGraphQL } from '@continuum/dev/testing';
import { demoUser } from '@continuum/demo';
import { signInternalToken } from '@continuum/access';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';
import { countRows, fundedEmployers, MERGE, ok, PERSON, region, UNMERGE, USER, viewPerson } from './person-merge-fixtures.ts';

const [survivor, retired, survivor2, retired2, survivor3, retired3] = fundedEmployers;

describe('merging and unmerging two people across every subgraph, through the gateway', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  const gql = (query: string, variables?: Record<string, unknown>) => ok(hub, query, variables);
  const personView = (id: string) => viewPerson(hub, id);
  const rowCounts = () => countRows(hub);

  it('the demo region has three pairs of people with council funding and PAs to merge', () => {
    assert.ok(retired3, 'at least six funded employers in the demo region');
  });

  it('merges: the survivor carries both funding histories and PA teams, the retired id resolves to them, no row is lost; unmerge restores both exactly', async () => {
    const counts = await rowCounts();
    const [s0, r0] = [await personView(survivor.id), await personView(retired.id)];
    assert.ok(s0.episodes.length > 0 && r0.episodes.length > 0 && s0.employments.length > 0 && r0.employments.length > 0);

    const merge = (await gql(MERGE, { s: survivor.id, r: retired.id })).mergePeople;
    assert.equal(merge.status, 'MERGED', JSON.stringify(merge));
    assert.deepEqual([merge.survivor.id, merge.retiredPersonId, merge.unmergedAt], [survivor.id, retired.id, null]);
    assert.deepEqual(
      merge.steps.map((s: any) => s.state),
      ['DONE', 'DONE', 'DONE', 'DONE'],
    );
    assert.ok(merge.rowsMoved >= r0.episodes.length + r0.employments.length + r0.identifiers.length, JSON.stringify(merge));

    const merged = await personView(survivor.id);
    assert.deepEqual(merged.episodes, [...s0.episodes, ...r0.episodes].sort());
    assert.deepEqual(merged.employments, [...s0.employments, ...r0.employments].sort());
    assert.deepEqual(merged.identifiers, [...s0.identifiers, ...r0.identifiers].sort());
    assert.deepEqual(merged.formerIds, [retired.id]);

    // The retired id still resolves, to the survivor, wherever a person is looked up.
    assert.deepEqual(await personView(retired.id), merged);
    const byId = (await gql(`query ($ids: [ID!]!) { peopleById(ids: $ids) { id } }`, { ids: [retired.id, survivor.id] })).peopleById;
    assert.deepEqual(
      byId.map((p: any) => p.id),
      [survivor.id, survivor.id],
    );
    // Asked of the people subgraph directly, as the gateway does when another subgraph names the retired id.
    const people = hub.subgraphs.find((s) => s.name === 'people')!;
    const callerToken = await signInternalToken(hub.keys.gateway, demoUser(USER));
    const entity = await postGraphQL(
      people.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id } } }`,
      { r: [{ __typename: 'Person', id: retired.id }] },
      { authorization: `Bearer ${callerToken}` },
    );
    assert.deepEqual(entity.data._entities, [{ id: survivor.id }], JSON.stringify(entity.errors));
    const merges = (await gql(`query ($id: ID!) { personMerges(personId: $id) { id status } }`, { id: retired.id })).personMerges;
    assert.deepEqual(merges, [{ id: merge.id, status: 'MERGED' }]);
    assert.deepEqual(await rowCounts(), counts, 'merging removes and adds no person, episode or employment row');

    const unmerged = (await gql(UNMERGE, { id: merge.id })).unmergePeople;
    assert.equal(unmerged.status, 'UNMERGED');
    assert.ok(unmerged.unmergedAt);
    assert.deepEqual(await personView(survivor.id), s0);
    assert.deepEqual(await personView(retired.id), r0);
    assert.deepEqual(await rowCounts(), counts);

    const again = await hub.as(USER)(UNMERGE, { id: merge.id });
    assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT');
  });

  it('the same idempotency key twice makes one merge', async () => {
    const first = (await gql(MERGE, { s: survivor2.id, r: retired2.id, key: 'merge-once-1' })).mergePeople;
    const second = (await gql(MERGE, { s: survivor2.id, r: retired2.id, key: 'merge-once-1' })).mergePeople;
    assert.equal(second.id, first.id);
    assert.equal(second.status, 'MERGED');
    const merges = (await gql(`query ($id: ID!) { personMerges(personId: $id) { id } }`, { id: survivor2.id })).personMerges;
    assert.deepEqual(merges, [{ id: first.id }]);
    // Without the key, the already-retired person cannot be merged again.
    const repeat = await hub.as(USER)(MERGE, { s: survivor2.id, r: retired2.id });
    assert.deepEqual([repeat.errors?.[0]?.extensions?.code, repeat.errors?.[0]?.extensions?.field], ['CONFLICT', 'retiredId']);
    await gql(UNMERGE, { id: first.id });
  });

  it('refuses bad merges with nothing written', async () => {
    const counts = await rowCounts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ s: survivor.id, r: survivor.id }, 'BAD_USER_INPUT', 'retiredId'],
      [{ s: 'not-an-id', r: retired.id }, 'BAD_USER_INPUT', 'survivorId'],
      [{ s: survivor.id, r: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'retiredId'],
    ];
    for (const [vars, code, field] of cases) {
      const res = await hub.as(USER)(MERGE, vars);
      assert.deepEqual([res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field], [code, field], JSON.stringify(res.errors));
    }
    const unknown = await hub.as(USER)(UNMERGE, { id: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknown.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.deepEqual(await rowCounts(), counts);
  });

  it('stays PENDING while a subgraph is down, and reconcilePersonMerge finishes it once it is back', async () => {
    await hub.stopSubgraph('support');
    let merge;
    try {
      merge = (await gql(MERGE, { s: survivor3.id, r: retired3.id, key: 'merge-while-down' })).mergePeople;
      assert.equal(merge.status, 'PENDING');
      assert.deepEqual(
        merge.steps.map((s: any) => [s.subgraph, s.state]),
        [
          ['COUNCILS', 'DONE'],
          ['HEALTH', 'DONE'],
          ['SUPPORT', 'PENDING'],
          ['TRAINING', 'PENDING'],
        ],
      );
      const byId = (await gql(`query ($ids: [ID!]!) { peopleById(ids: $ids) { id } }`, { ids: [retired3.id] })).peopleById;
      assert.deepEqual(byId, [{ id: survivor3.id }]);
    } finally {
      await hub.restartSubgraph('support');
    }
    const done = (await gql(`mutation ($id: ID!) { reconcilePersonMerge(id: $id) { id status steps { state } } }`, { id: merge.id }))
      .reconcilePersonMerge;
    assert.deepEqual([done.status, done.steps.map((s: any) => s.state)], ['MERGED', ['DONE', 'DONE', 'DONE', 'DONE']]);
    const team = (await gql(PERSON, { id: survivor3.id })).person.paTeam.map((e: any) => e.id).sort();
    const expected = region.employments
      .filter((e) => e.employerPersonId === survivor3.id || e.employerPersonId === retired3.id)
      .map((e) => e.id)
      .sort();
    assert.deepEqual(team, expected);
    assert.equal((await gql(UNMERGE, { id: merge.id })).unmergePeople.status, 'UNMERGED');
  });

  it("moves the retired person's funding moves to the survivor and back on unmerge; refuses two people both mid-move", async () => {
    // People the deciding social worker's council works with.
    const mine = peopleRelatedTo(region, demoUser(USER).organisationCode);
    const moved = region.transitions.find((t) => t.status === 'EFFECTIVE' && mine.has(t.personId))!;
    const keeper = region.people.find(
      (p) => p.id !== moved.personId && mine.has(p.id) && !region.transitions.some((t) => t.personId === p.id),
    )!;
    const TRANSITIONS = `query ($id: ID!) { transitions(filter: { personId: $id }, first: 100) { edges { node { id } } } }`;
    const ids = async (personId: string) => (await gql(TRANSITIONS, { id: personId })).transitions.edges.map((e: any) => e.node.id).sort();
    const own = await ids(moved.personId);
    assert.ok(own.includes(moved.id));

    const merge = (await gql(MERGE, { s: keeper.id, r: moved.personId, key: 'merge-with-moves' })).mergePeople;
    assert.equal(merge.status, 'MERGED');
    assert.deepEqual(await ids(keeper.id), own, "the survivor carries the retired person's moves");
    await gql(UNMERGE, { id: merge.id });
    assert.deepEqual(await ids(keeper.id), []);
    assert.deepEqual(await ids(moved.personId), own);

    // Two people mid-move to the ICB, merged by the ICB's CHC nurse (party to both moves).
    const [a, b] = region.transitions.filter(
      (t) => (t.status === 'PROPOSED' || t.status === 'AGREED') && t.parties.some((p) => p.funderCode === 'QHM'),
    );
    const counts = await rowCounts();
    const icb = hub.as('chc-nurse.icb');
    const res = await icb(MERGE, { s: a!.personId, r: b!.personId });
    assert.equal(res.errors?.[0]?.extensions?.code, 'CONFLICT');
    assert.match(String(res.errors?.[0]?.extensions?.reason), /both people have a funding move in flight/);
    assert.deepEqual(await rowCounts(), counts);
    const bMoves = (await icb(TRANSITIONS, { id: b!.personId })).data.transitions.edges.map((e: any) => e.node.id);
    assert.ok(bMoves.includes(b!.id), 'the refused merge moved nothing');
    assert.equal((await icb(PERSON, { id: b!.personId })).data.person.id, b!.personId, 'and retired no one');
  });
  it('an unmerge takes back the access the merge gave: an organisation that worked only with the retired record no longer sees the survivor', async () => {
    // A pair of funded employers and an organisation that works with the second and not the first.
    const supportOrgs = region.supportOrganisations.map((o) => o.id);
    let found: { s: (typeof fundedEmployers)[number]; r: (typeof fundedEmployers)[number]; org: string } | null = null;
    for (let i = 6; i + 1 < fundedEmployers.length && !found; i += 2) {
      const [s, r] = [fundedEmployers[i]!, fundedEmployers[i + 1]!];
      const org = supportOrgs.find((o) => {
        const related = peopleRelatedTo(region, o);
        return related.has(r.id) && !related.has(s.id);
      });
      if (org) found = { s, r, org };
    }
    assert.ok(found, 'a pair where an employer-support organisation works with only the retired person');
    const adviser = hub.as({
      userId: 'adviser.merge-test',
      name: 'Support adviser',
      organisationCode: found.org,
      organisationKind: 'SUPPORT_ORGANISATION',
      role: 'SUPPORT_ADVISER',
      purpose: 'PAYMENT_ADMINISTRATION',
    });
    const sees = async (id: string) => (await adviser(`query ($id: ID!) { person(id: $id) { id } }`, { id })).data?.person?.id ?? null;
    assert.deepEqual([await sees(found.r.id), await sees(found.s.id)], [found.r.id, null]);

    const merge = (await gql(MERGE, { s: found.s.id, r: found.r.id, key: 'merge-then-unmerge-access' })).mergePeople;
    assert.equal(merge.status, 'MERGED');
    assert.equal(await sees(found.s.id), found.s.id, 'while merged, the organisation works with the one person');
    await gql(UNMERGE, { id: merge.id });
    assert.equal(await sees(found.s.id), null, 'after the unmerge, the survivor is out of its scope again');
    assert.equal(await sees(found.r.id), found.r.id, 'and the retired person back in it');
    // The employments the merge moved are the retired person's again, for whoever sees their PA team.
    const team = (await gql(PERSON, { id: found.s.id })).person.paTeam.map((e: any) => e.id).sort();
    assert.deepEqual(
      team,
      region.employments
        .filter((e) => e.employerPersonId === found!.s.id)
        .map((e) => e.id)
        .sort(),
    );
  });
});
