/**
 * The findable register over real HTTP through the gateway: a PA publishes only what they choose
 * to share; a care professional with a relationship to a person searches it for that person and
 * gets ranked results with the reasons for each match and near miss; bad needs are refused with
 * the field and the reason; the PA's further details open only to the organisation whose contact
 * they accepted; each write is audited with its caller, and a search page is one SQL statement.
 */
import { buildDemoRegion, demoUser } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { difference, gqlData, peopleRelatedTo, startTestHub, statementCounts, type TestHub } from './helpers.ts';
import { tableState } from './table-state.ts';

const region = buildDemoRegion();
const ELEANOR = demoUser('person.eleanor-robson').personId!;
const AISHA = demoUser('pa.aisha-khan').personalAssistantId!;
const aishaRecord = region.personalAssistants.find((p) => p.id === AISHA)!;
const eleanorRecord = region.people.find((p) => p.id === ELEANOR)!;

const RESULT = `match score distanceMiles reasons shortfalls
  entry { id givenName postcodeDistrict languages availability { day period } shortNotice dbs { status current }
    travel { drives maxMiles } contact { status } contactDetails { familyName employmentStatus } }`;
const FIND = `query ($person: ID!, $need: PaNeedInput, $first: Int, $after: String) {
  findPersonalAssistants(forPerson: $person, need: $need, first: $first, after: $after) {
    totalCount matchCount near carePlanCompetences pageInfo { hasNextPage endCursor } edges { cursor node { ${RESULT} } } } }`;
const PUBLISH = `mutation ($pa: ID!, $input: RegisterEntryInput!) { publishRegisterEntry(personalAssistantId: $pa, input: $input) {
  id givenName postcodeDistrict languages gender shortNotice hoursPerWeek dbs { status } training careGroups findable } }`;
const CONTACT = `mutation ($entry: ID!, $person: ID!, $message: String!) { requestPaContact(entryId: $entry, forPerson: $person, message: $message) { id status requestedByOrganisation } }`;
const ANSWER = `mutation ($id: ID!, $accept: Boolean!) { answerPaContact(id: $id, accept: $accept) { id status answeredAt entry { givenName } } }`;

/** The register training each task of the demo region's plans calls for, by its exact wording there. */
const DEMO_TASK_TRAINING: Record<string, string> = {
  'PEG feeding': 'PEG_FEEDING',
  'Stoma care': 'STOMA_CARE',
  'Catheter care': 'CATHETER_CARE',
  'Rescue medication for epilepsy': 'EPILEPSY_RESCUE_MEDICATION',
  'Medication administration': 'MEDICATION',
  'Prompting medication': 'MEDICATION',
};
/** The training a demo person's care plan and NHS plan call for, sorted, from the region's records. */
function planTraining(personId: string): string[] {
  const tasks = [...region.carePlans, ...region.healthPlans].filter((p) => p.personId === personId).flatMap((p) => p.tasks);
  return [...new Set(tasks.flatMap((t) => DEMO_TASK_TRAINING[t.description] ?? []))].sort();
}

/** Miles between two demo districts, as the search measures them (between centroids). */
function miles(a: string, b: string): number {
  const p = region.districtCentroids.find((c) => c.district === a)!;
  const q = region.districtCentroids.find((c) => c.district === b)!;
  const rad = (d: number) => (d * Math.PI) / 180;
  return 3958.8 * Math.hypot(rad(q.latitude - p.latitude), Math.cos(rad((p.latitude + q.latitude) / 2)) * rad(q.longitude - p.longitude));
}

describe('the findable register: search that ranks and explains, contact that opens details', () => {
  let hub: TestHub;
  const newcastle = () => hub.as('social-worker.newcastle');
  const aisha = () => hub.as('pa.aisha-khan');
  let aishaEntry: string;

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('a PA publishes their own entry: only what they shared is shown, the district is their own', async () => {
    const entry = (
      await gqlData(aisha(), PUBLISH, {
        pa: AISHA,
        input: {
          availability: [
            { day: 'TUESDAY', period: 'MORNING' },
            { day: 'THURSDAY', period: 'EVENING' },
          ],
          languages: ['english', 'Urdu'],
          shortNotice: true,
          hoursPerWeek: 12,
          shareDbs: true,
          maxTravelMiles: 8,
        },
      })
    ).publishRegisterEntry;
    aishaEntry = entry.id;
    assert.deepEqual(
      { ...entry, id: undefined },
      {
        id: undefined,
        givenName: aishaRecord.givenName,
        postcodeDistrict: aishaRecord.postcodeDistrict,
        languages: ['English', 'Urdu'],
        gender: null,
        shortNotice: true,
        hoursPerWeek: 12,
        dbs: { status: aishaRecord.dbsStatus },
        training: null,
        careGroups: null,
        findable: true,
      },
    );
    const audit = await hub.accessStore.pool.query(
      `SELECT user_id, outcome FROM audit_event WHERE action = 'WRITE' AND record_type = 'publishRegisterEntry'`,
    );
    assert.deepEqual(audit.rows, [{ user_id: 'pa.aisha-khan', outcome: 'ALLOWED' }]);
  });

  it('a register may publish for a PA only with the day the PA consented; another PA may not publish for her', async () => {
    const before = await tableState(hub);
    const adviser = await hub.as('support-adviser.tyneside-payroll')(PUBLISH, {
      pa: AISHA,
      input: { availability: [{ day: 'MONDAY', period: 'MORNING' }] },
    });
    assert.equal(adviser.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(adviser.errors));
    assert.equal(adviser.errors?.[0]?.extensions?.field, 'input.consentGivenOn');
    const other = region.personalAssistants.find((p) => p.id !== AISHA)!;
    const foreign = await aisha()(PUBLISH, { pa: other.id, input: { availability: [{ day: 'MONDAY', period: 'MORNING' }] } });
    assert.equal(foreign.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(foreign.errors));
    const negative = await aisha()(PUBLISH, {
      pa: AISHA,
      input: { availability: [{ day: 'MONDAY', period: 'MORNING' }], hoursPerWeek: -4 },
    });
    assert.equal(negative.errors?.[0]?.extensions?.field, 'input.hoursPerWeek', JSON.stringify(negative.errors));
    assert.deepEqual(await tableState(hub), before, 'nothing was written');
  });

  it("searches from the person's own district by default and ranks matches nearest first, each with its reasons", async () => {
    const found = (await gqlData(newcastle(), FIND, { person: ELEANOR, need: { withinMiles: 3, maxShortfalls: 0 }, first: 50 }))
      .findPersonalAssistants;
    assert.equal(found.near, eleanorRecord.postcodeDistrict);
    // Worked out from the demo data alone: findable entries within 3 miles whose PA would travel that far.
    const expected = [
      ...region.registerEntries.filter((e) => {
        const d = miles(eleanorRecord.postcodeDistrict!, e.postcodeDistrict);
        return d <= 3 && (e.maxTravelMiles === null || d <= e.maxTravelMiles);
      }),
    ];
    const aishaCounts = miles(eleanorRecord.postcodeDistrict!, aishaRecord.postcodeDistrict) <= 3 ? 1 : 0;
    assert.equal(found.matchCount, expected.length + aishaCounts);
    assert.equal(found.totalCount, found.matchCount);
    const distances = found.edges.map((e: any) => e.node.distanceMiles);
    assert.deepEqual(
      distances,
      [...distances].sort((a, b) => a - b),
      'nearest first',
    );
    for (const { node } of found.edges) {
      assert.equal(node.match, true);
      assert.deepEqual(node.shortfalls, []);
      assert.match(node.reasons[0], new RegExp(`miles away \\(${node.entry.postcodeDistrict}\\)`));
      assert.equal(node.entry.contactDetails, null, 'nothing beyond the entry before a contact is accepted');
    }
  });

  it('lists near misses after the matches, saying what each lacks ("no Urdu", "not free Tuesday morning")', async () => {
    const need = {
      near: aishaRecord.postcodeDistrict,
      withinMiles: 5,
      languages: ['Urdu'],
      slots: [{ day: 'TUESDAY', period: 'MORNING' }],
      shortNotice: true,
    };
    const found = (await gqlData(newcastle(), FIND, { person: ELEANOR, need, first: 50 })).findPersonalAssistants;
    const nodes = found.edges.map((e: any) => e.node);
    const firstMiss = nodes.findIndex((n: any) => !n.match);
    assert.ok(firstMiss > 0 && nodes.slice(firstMiss).every((n: any) => !n.match), 'every match before every near miss');
    const mine = nodes.find((n: any) => n.entry.id === aishaEntry);
    assert.equal(mine.match, true);
    assert.deepEqual(mine.reasons.slice(1), ['free every slot asked for (1)', 'covers at short notice', 'speaks Urdu']);
    for (const n of nodes.slice(firstMiss)) {
      assert.ok(n.shortfalls.length >= 1 && n.shortfalls.length <= 2, JSON.stringify(n));
      assert.equal(n.score, Math.round((100 - 25 * n.shortfalls.length - n.distanceMiles) * 10) / 10);
      for (const s of n.shortfalls)
        assert.match(
          s,
          /^(no Urdu|not free Tuesday morning|no short-notice cover|[\d.]+ miles away \(\w+\)|travels at most [\d.]+ miles)$/,
        );
    }
    assert.ok(nodes.some((n: any) => n.shortfalls.includes('no Urdu')));
    assert.equal(found.matchCount, firstMiss);
  });

  it('pages through the results with cursors, without repeats', async () => {
    const need = { withinMiles: 6, maxShortfalls: 1 };
    const all = (await gqlData(newcastle(), FIND, { person: ELEANOR, need, first: 50 })).findPersonalAssistants;
    const first = (await gqlData(newcastle(), FIND, { person: ELEANOR, need, first: 7 })).findPersonalAssistants;
    const second = (await gqlData(newcastle(), FIND, { person: ELEANOR, need, first: 7, after: first.pageInfo.endCursor }))
      .findPersonalAssistants;
    assert.equal(first.pageInfo.hasNextPage, true);
    const ids = [...first.edges, ...second.edges].map((e: any) => e.node.entry.id);
    assert.deepEqual(
      ids,
      all.edges.slice(0, 14).map((e: any) => e.node.entry.id),
    );
  });

  it('refuses impossible needs with the field and the reason', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ near: 'ZZ99' }, 'need.near', /not a postcode district the hub knows/],
      [{ near: 'not a district' }, 'need.near', /not a postcode district/],
      [
        {
          slots: [
            { day: 'FRIDAY', period: 'SLEEP_IN' },
            { day: 'FRIDAY', period: 'WAKING_NIGHT' },
          ],
        },
        'need.slots',
        /cannot both be worked/,
      ],
      [{ hoursPerWeek: -3 }, 'need.hoursPerWeek', /more than 0/],
      [{ hoursPerWeek: 200 }, 'need.hoursPerWeek', /168/],
      [{ withinMiles: -1 }, 'need.withinMiles', /0 miles or more/],
      [{ maxShortfalls: 9 }, 'need.maxShortfalls', /0 to 3/],
    ];
    for (const [need, field, reason] of cases) {
      const res = await newcastle()(FIND, { person: ELEANOR, need });
      const err = res.errors?.[0];
      assert.equal(err?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(res.errors));
      assert.equal(err?.extensions?.field, field);
      assert.match(`${err?.message} ${err?.extensions?.reason}`, reason);
    }
  });

  it('only a care professional with a relationship to the person may search for them', async () => {
    const durham = await hub.as('social-worker.durham')(FIND, { person: ELEANOR });
    assert.equal(durham.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(durham.errors));
    for (const user of ['commissioner.icb', 'trainer.newcastle-hospitals', 'pa.aisha-khan']) {
      const res = await hub.as(user)(FIND, { person: ELEANOR });
      assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${user}: ${JSON.stringify(res.errors)}`);
    }
    const icb = await gqlData(hub.as('chc-nurse.icb'), FIND, { person: ELEANOR, need: { withinMiles: 2 } });
    assert.ok(icb.findPersonalAssistants.totalCount > 0);
  });

  it("opens the PA's details only to the organisation whose contact the PA accepted", async () => {
    const need = { near: aishaRecord.postcodeDistrict, withinMiles: 0, languages: ['Urdu'] };
    const contact = (await gqlData(newcastle(), CONTACT, { entry: aishaEntry, person: ELEANOR, message: 'Tuesday mornings near Gosforth' }))
      .requestPaContact;
    assert.deepEqual({ ...contact, id: undefined }, { id: undefined, status: 'PENDING', requestedByOrganisation: 'E08000021' });
    const pending = (
      await gqlData(aisha(), `query ($pa: ID!) { paContacts(personalAssistantId: $pa, status: PENDING) { id message } }`, { pa: AISHA })
    ).paContacts;
    assert.deepEqual(pending, [{ id: contact.id, message: 'Tuesday mornings near Gosforth' }]);
    // Someone else's contact is not the social worker's to answer.
    const notHers = await newcastle()(ANSWER, { id: contact.id, accept: true });
    assert.equal(notHers.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(notHers.errors));

    const answered = (await gqlData(aisha(), ANSWER, { id: contact.id, accept: true })).answerPaContact;
    assert.equal(answered.status, 'ACCEPTED');
    assert.equal(answered.entry.givenName, aishaRecord.givenName);
    const again = await aisha()(ANSWER, { id: contact.id, accept: false });
    assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT', JSON.stringify(again.errors));

    const entryOf = async (user: string) =>
      (await gqlData(hub.as(user), FIND, { person: ELEANOR, need })).findPersonalAssistants.edges.find(
        (e: any) => e.node.entry.id === aishaEntry,
      ).node.entry;
    const seenByCouncil = await entryOf('social-worker.newcastle');
    assert.deepEqual(seenByCouncil.contact, { status: 'ACCEPTED' });
    assert.deepEqual(seenByCouncil.contactDetails, { familyName: aishaRecord.familyName, employmentStatus: aishaRecord.employmentStatus });
    const seenByIcb = await entryOf('chc-nurse.icb');
    assert.equal(seenByIcb.contact, null, "another organisation does not see the council's contact");
    assert.equal(seenByIcb.contactDetails, null);
  });

  it('a withdrawn entry is no longer found', async () => {
    const need = { near: aishaRecord.postcodeDistrict, withinMiles: 0 };
    await gqlData(aisha(), `mutation ($pa: ID!) { withdrawRegisterEntry(personalAssistantId: $pa) { findable } }`, { pa: AISHA });
    const found = (await gqlData(newcastle(), FIND, { person: ELEANOR, need, first: 50 })).findPersonalAssistants;
    assert.ok(!found.edges.some((e: any) => e.node.entry.id === aishaEntry));
  });

  it('answers a search page with one SQL statement at the support subgraph, however many results', async () => {
    for (const first of [5, 50]) {
      const before = statementCounts(hub);
      const found = (await gqlData(newcastle(), FIND, { person: ELEANOR, need: { near: 'NE3', withinMiles: 10 }, first }))
        .findPersonalAssistants;
      assert.equal(found.edges.length, first);
      assert.equal(difference(statementCounts(hub), before).support, 1);
    }
  });

  describe("with the competences the person's care plan requires (need.carePlanCompetences)", () => {
    const planCodes = planTraining(ELEANOR);
    const words = (code: string) => code.toLowerCase().replace(/_/g, ' ');
    /** Eleanor's register candidates within `reach` miles, each with what it lacks of the plan's training and how many conditions it misses. */
    const candidates = (withinMiles: number, reach: number) =>
      region.registerEntries.flatMap((e) => {
        const d = miles(eleanorRecord.postcodeDistrict!, e.postcodeDistrict);
        if (d > reach) return [];
        const lacking = planCodes.filter((t) => !(e.training ?? []).includes(t));
        const shortfalls = lacking.length + (d > withinMiles ? 1 : 0) + (e.maxTravelMiles !== null && d > e.maxTravelMiles ? 1 : 0);
        return [{ id: e.id, lacking, shortfalls }];
      });

    it("Eleanor's plans ask for PEG feeding, stoma care and medication, as the demo region's records say", () => {
      assert.deepEqual(planCodes, ['MEDICATION', 'PEG_FEEDING', 'STOMA_CARE']);
    });

    it("narrows the matches to PAs holding every competence the plan requires, each named as the care plan's", async () => {
      const need = { withinMiles: 5, maxShortfalls: 0, carePlanCompetences: true };
      const found = (await gqlData(newcastle(), FIND, { person: ELEANOR, need, first: 50 })).findPersonalAssistants;
      assert.deepEqual([...found.carePlanCompetences].sort(), planCodes);
      const expected = candidates(5, 5).filter((c) => c.shortfalls === 0);
      assert.ok(expected.length > 0 && expected.length < candidates(5, 5).length, 'the plan narrows the search');
      assert.equal(found.matchCount, expected.length);
      assert.equal(found.totalCount, expected.length);
      assert.deepEqual(found.edges.map((e: any) => e.node.entry.id).sort(), expected.map((c) => c.id).sort());
      for (const { node } of found.edges)
        for (const code of planCodes)
          assert.ok(node.reasons.includes(`trained in ${words(code)} (care plan)`), JSON.stringify(node.reasons));
    });

    it('lists near misses saying which competence of the care plan each lacks ("no peg feeding training (care plan)")', async () => {
      // One shortfall allowed: the search reaches out to 10 miles (twice 5) for near misses on distance.
      const need = { withinMiles: 5, maxShortfalls: 1, carePlanCompetences: true };
      const found = (await gqlData(newcastle(), FIND, { person: ELEANOR, need, first: 50 })).findPersonalAssistants;
      const expected = new Map(
        candidates(5, 10)
          .filter((c) => c.shortfalls <= 1)
          .map((c) => [c.id, c]),
      );
      assert.equal(found.totalCount, expected.size);
      assert.equal(found.matchCount, [...expected.values()].filter((c) => c.shortfalls === 0).length);
      let namedMissing = 0;
      for (const { node } of found.edges) {
        const want = expected.get(node.entry.id);
        assert.ok(want, `${node.entry.id} is one of Eleanor's candidates`);
        const planShortfalls = node.shortfalls.filter((s: string) => s.endsWith('(care plan)'));
        assert.deepEqual(
          planShortfalls,
          want.lacking.map((t) => `no ${words(t)} training (care plan)`),
        );
        namedMissing += planShortfalls.length;
      }
      assert.ok(namedMissing > 0, 'some near miss lacks a competence the plan requires');
    });

    it('says so when the person has no current plan: nothing is required, the search is as without the option', async () => {
      const icb = demoUser('chc-nurse.icb');
      const planned = new Set([...region.carePlans, ...region.healthPlans].map((p) => p.personId));
      const related = peopleRelatedTo(region, icb.organisationCode);
      const person = region.people
        .filter((p) => !planned.has(p.id) && related.has(p.id) && p.postcodeDistrict)
        .sort((a, b) => a.id.localeCompare(b.id))[0];
      assert.ok(person, 'the demo region has a person the ICB works with and no plan');
      const search = (need: Record<string, unknown>) =>
        gqlData(hub.as('chc-nurse.icb'), FIND, { person: person.id, need: { withinMiles: 4, maxShortfalls: 1, ...need }, first: 50 });
      const withOption = (await search({ carePlanCompetences: true })).findPersonalAssistants;
      const without = (await search({})).findPersonalAssistants;
      assert.deepEqual(withOption.carePlanCompetences, []);
      assert.equal(without.carePlanCompetences, null);
      assert.ok(without.totalCount > 0);
      assert.deepEqual({ ...withOption, carePlanCompetences: null }, without);
    });

    it('left off (or false) it changes nothing: the same answer, and no plan competences listed', async () => {
      const need = { withinMiles: 3, maxShortfalls: 1 };
      const plain = (await gqlData(newcastle(), FIND, { person: ELEANOR, need, first: 50 })).findPersonalAssistants;
      const off = (await gqlData(newcastle(), FIND, { person: ELEANOR, need: { ...need, carePlanCompetences: false }, first: 50 }))
        .findPersonalAssistants;
      assert.equal(plain.carePlanCompetences, null);
      assert.deepEqual(off, plain);
      assert.ok(plain.edges.every((e: any) => [...e.node.reasons, ...e.node.shortfalls].every((s: string) => !s.includes('care plan'))));
    });

    it("adds the plan's training to the training asked for: asked-for training stays unmarked, each counted once", async () => {
      const need = { withinMiles: 5, maxShortfalls: 0, carePlanCompetences: true, training: ['FIRST_AID', 'MEDICATION'] };
      const found = (await gqlData(newcastle(), FIND, { person: ELEANOR, need, first: 50 })).findPersonalAssistants;
      const expected = region.registerEntries.filter((e) => {
        const d = miles(eleanorRecord.postcodeDistrict!, e.postcodeDistrict);
        const held = e.training ?? [];
        return d <= 5 && (e.maxTravelMiles === null || d <= e.maxTravelMiles) && [...planCodes, 'FIRST_AID'].every((t) => held.includes(t));
      });
      assert.equal(found.matchCount, expected.length);
      for (const { node } of found.edges) {
        assert.ok(node.reasons.includes('trained in first aid'), JSON.stringify(node.reasons));
        assert.deepEqual(
          node.reasons.filter((r: string) => r.startsWith('trained in medication')),
          ['trained in medication (care plan)'],
        );
      }
    });

    it('is for roles that see care plans: the person may use it; their support adviser is refused, naming the field', async () => {
      const own = (
        await gqlData(hub.as('person.eleanor-robson'), FIND, { person: ELEANOR, need: { withinMiles: 2, carePlanCompetences: true } })
      ).findPersonalAssistants;
      assert.deepEqual([...own.carePlanCompetences].sort(), planCodes);
      const adviser = hub.as('support-adviser.tyneside-payroll');
      const refused = await adviser(FIND, { person: ELEANOR, need: { withinMiles: 2, carePlanCompetences: true } });
      assert.equal(refused.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(refused.errors));
      assert.equal(refused.errors?.[0]?.extensions?.field, 'need.carePlanCompetences');
      const plain = (await gqlData(adviser, FIND, { person: ELEANOR, need: { withinMiles: 2 } })).findPersonalAssistants;
      assert.ok(plain.totalCount > 0, 'the adviser still searches without the option');
    });

    it('still answers a search page with one SQL statement at the support subgraph', async () => {
      const before = statementCounts(hub);
      const found = (
        await gqlData(newcastle(), FIND, {
          person: ELEANOR,
          need: { withinMiles: 10, maxShortfalls: 2, carePlanCompetences: true },
          first: 50,
        })
      ).findPersonalAssistants;
      assert.equal(found.edges.length, 50);
      assert.equal(difference(statementCounts(hub), before).support, 1);
    });
  });
});
