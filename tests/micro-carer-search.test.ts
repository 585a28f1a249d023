import { buildDemoRegion, demoUser } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { dayFromToday } from '@continuum/dev/testing';
import { continuityQuestions } from './continuity-questions.ts';
import { partnerSdl, startPartnerHub, type PartnerHub } from './partner-helpers.ts';
import { peopleRelatedTo } from './who-may-see.ts';

/**
 * The micro-care twin of the findable register's search, answered by the partner subgraph
 * through the gateway: Person.findMicroCarers, with the person's district read from the people
 * subgraph (@requires) and measured with the partner's own centroids.
 */
const region = buildDemoRegion();
const FLINTSHIRE = 'W06000005';
const SOCIAL_WORKER = 'social-worker.flintshire';
const related = peopleRelatedTo(region, FLINTSHIRE);
/** A Flintshire resident in Mold (CH7) the council works with, and one it does not. */
const resident = region.people.find((p) => p.councilGssCode === FLINTSHIRE && p.postcodeDistrict === 'CH7' && related.has(p.id))!;
const stranger = region.people.find((p) => p.councilGssCode === FLINTSHIRE && !related.has(p.id))!;
const ELEANOR = demoUser('person.eleanor-robson').personId!;

const SEARCH = `query ($person: ID, $need: MicroCareNeedInput, $first: Int, $after: String) {
  person(id: $person) { postcodeDistrict findMicroCarers(need: $need, first: $first, after: $after) {
    near totalCount matchCount pageInfo { hasNextPage endCursor }
    edges { cursor node { match score distanceMiles reasons shortfalls microCarer { id postcodeDistrict } } }
  } }
}`;
const CARERS = `{ microCarers(first: 100) { edges { node {
  id postcodeDistrict services stage movingAndPositioning { completed }
  capacity { careClients vacancies hoursAvailablePerWeek hoursCommittedPerWeek }
} } } }`;

type Carer = {
  id: string;
  postcodeDistrict: string;
  services: string[];
  stage: string;
  movingAndPositioning: { completed: boolean };
  capacity: { careClients: number; vacancies: number; hoursAvailablePerWeek: number; hoursCommittedPerWeek: number };
};

/** Miles between district centroids, from the demo region's own table. */
const centroid = new Map(region.districtCentroids.map((c) => [c.district, c]));
const rad = (d: number) => (d * Math.PI) / 180;
function miles(a: string, b: string): number {
  const p = centroid.get(a)!;
  const q = centroid.get(b)!;
  return 3958.8 * Math.hypot(rad(q.latitude - p.latitude), Math.cos(rad((p.latitude + q.latitude) / 2)) * rad(q.longitude - p.longitude));
}

describe('finding micro-carers for a person through the partner subgraph', () => {
  let ph: PartnerHub;
  let carers: Carer[];
  beforeAll(async () => {
    ph = await startPartnerHub({ timeoutMs: 30_000 });
    assert.ok((await ph.publish(partnerSdl())).published);
    carers = (await ph.hub.as(SOCIAL_WORKER)(CARERS)).data.microCarers.edges.map((e: any) => e.node);
  });
  afterAll(() => ph?.stop());

  const search = (user: string, variables: Record<string, unknown>) => ph.hub.as(user)(SEARCH, { person: resident.id, ...variables });

  it("ranks every micro-carer within reach of the person's own district, matches nearest first, each unmet condition said once", async () => {
    const need = { withinMiles: 5, services: ['PERSONAL_CARE'], hoursPerWeek: 6 };
    const res = await search(SOCIAL_WORKER, { need, first: 50 });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const found = res.data.person.findMicroCarers;
    assert.equal(res.data.person.postcodeDistrict, 'CH7');
    assert.equal(found.near, 'CH7', "measured from the person's district, read from the people subgraph");
    // Worked out here from the partner's own list: distance, personal care, the rule of four, free hours.
    const expected = carers
      .map((c) => {
        const d = miles('CH7', c.postcodeDistrict);
        const lacks = [
          d > 5,
          !c.services.includes('PERSONAL_CARE'),
          c.capacity.vacancies === 0,
          c.capacity.hoursAvailablePerWeek - c.capacity.hoursCommittedPerWeek < 6,
        ].filter(Boolean).length;
        return { id: c.id, d, lacks };
      })
      .filter((c) => c.d <= 10 && c.lacks <= 2)
      .sort((a, b) => a.lacks - b.lacks || a.d - b.d || a.id.localeCompare(b.id));
    assert.ok(expected.some((e) => e.lacks === 0) && expected.some((e) => e.lacks > 0), 'matches and near misses on the demo data');
    assert.deepEqual(
      found.edges.map((e: any) => [e.node.microCarer.id, e.node.shortfalls.length]),
      expected.map((e) => [e.id, e.lacks]),
    );
    assert.equal(found.totalCount, expected.length);
    assert.equal(found.matchCount, expected.filter((e) => e.lacks === 0).length);
    for (const { node } of found.edges) {
      assert.equal(node.match, node.shortfalls.length === 0);
      assert.equal(node.score, Math.round((100 - 25 * node.shortfalls.length - miles('CH7', node.microCarer.postcodeDistrict)) * 10) / 10);
      assert.ok(node.reasons.length + node.shortfalls.length >= 4, 'every condition is a reason or a shortfall');
    }
  });

  it('respects the rule of four: a micro-carer already at four care clients is a near miss for personal care, and a match for support', async () => {
    const full = carers.filter((c) => c.capacity.careClients === 4);
    assert.ok(full.length >= 3, 'three ready micro-carers wait at four care clients');
    const need = { near: full[0].postcodeDistrict, withinMiles: 0, maxShortfalls: 3 };
    const care = (await search(SOCIAL_WORKER, { need: { ...need, services: ['PERSONAL_CARE'] }, first: 50 })).data.person.findMicroCarers;
    const node = care.edges.find((e: any) => e.node.microCarer.id === full[0].id).node;
    assert.equal(node.match, false);
    assert.deepEqual(node.shortfalls, ['already supports 4 people with personal care (rule of four)']);
    const support = (await search(SOCIAL_WORKER, { need: { ...need, services: ['SUPPORT'] }, first: 50 })).data.person.findMicroCarers;
    assert.equal(support.edges.find((e: any) => e.node.microCarer.id === full[0].id).node.match, true);
  });

  it('says what a near miss lacks: the course, direct commissioning, hours, distance', async () => {
    const res = await search(SOCIAL_WORKER, {
      need: { withinMiles: 2, movingAndPositioning: true, directCommissioning: true, hoursPerWeek: 30, maxShortfalls: 3 },
      first: 50,
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const all = res.data.person.findMicroCarers.edges.flatMap((e: any) => e.node.shortfalls);
    assert.ok(all.includes('moving and positioning course not completed'), JSON.stringify(all));
    assert.ok(
      all.some((s: string) => /^not ready for direct commissioning \(/.test(s)),
      JSON.stringify(all),
    );
    assert.ok(
      all.some((s: string) => /^only [\d.]+ hours a week free$/.test(s)),
      JSON.stringify(all),
    );
    const far = await search(SOCIAL_WORKER, { need: { withinMiles: 4, maxShortfalls: 1 }, first: 50 });
    const distances = far.data.person.findMicroCarers.edges.flatMap((e: any) => e.node.shortfalls);
    assert.ok(distances.length > 0 && distances.every((s: string) => /^[\d.]+ miles away \(CH\d\)$/.test(s)), JSON.stringify(distances));
  });

  it('pages with cursors: the second page follows the first with nothing repeated', async () => {
    const need = { withinMiles: 30, maxShortfalls: 0 };
    const whole = (await search(SOCIAL_WORKER, { need, first: 50 })).data.person.findMicroCarers;
    assert.ok(whole.totalCount > 5);
    const one = (await search(SOCIAL_WORKER, { need, first: 5 })).data.person.findMicroCarers;
    assert.equal(one.pageInfo.hasNextPage, true);
    const two = (await search(SOCIAL_WORKER, { need, first: 50, after: one.pageInfo.endCursor })).data.person.findMicroCarers;
    assert.deepEqual(
      [...one.edges, ...two.edges].map((e: any) => e.node.microCarer.id),
      whole.edges.map((e: any) => e.node.microCarer.id),
    );
  });

  it('refuses bad needs with BAD_USER_INPUT on the field: unknown or malformed district, negative miles, hours, shortfalls, page size', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ need: { near: 'ZZ99' } }, 'need.near', /not a postcode district the hub knows/],
      [{ need: { near: 'Mold' } }, 'need.near', /not a postcode district such as/],
      [{ need: { withinMiles: -1 } }, 'need.withinMiles', /0 miles or more/],
      [{ need: { hoursPerWeek: 0 } }, 'need.hoursPerWeek', /more than 0/],
      [{ need: { hoursPerWeek: 200 } }, 'need.hoursPerWeek', /168/],
      [{ need: { maxShortfalls: 4 } }, 'need.maxShortfalls', /0 to 3/],
      [{ first: 51 }, 'first', /between 1 and 50/],
    ];
    for (const [variables, field, reason] of cases) {
      const res = await search(SOCIAL_WORKER, variables);
      const error = res.errors?.[0];
      assert.equal(error?.extensions?.code, 'BAD_USER_INPUT', `${JSON.stringify(variables)}: ${JSON.stringify(res.errors)}`);
      assert.equal(error?.extensions?.field, field);
      assert.match(String(error?.extensions?.reason), reason);
      assert.equal(res.data?.person?.findMicroCarers ?? null, null);
    }
  });

  it('is for those who may see the person: another council finds no person, a PA is refused, the person searches for herself', async () => {
    const unrelated = await ph.hub.as(SOCIAL_WORKER)(SEARCH, { person: stranger.id });
    assert.equal(unrelated.data.person, null);
    assert.equal(unrelated.errors?.[0].extensions?.code, 'NOT_FOUND');
    const otherCouncil = await search('social-worker.newcastle', {});
    assert.equal(otherCouncil.data.person, null);
    // Eleanor's PA may see her, but does not search for micro-carers on her behalf.
    const pa = await ph.hub.as('pa.aisha-khan')(SEARCH, { person: ELEANOR, need: { near: 'CH7' } });
    assert.equal(pa.data?.person?.findMicroCarers ?? null, null);
    assert.equal(pa.errors?.[0].extensions?.code, 'FORBIDDEN', JSON.stringify(pa.errors));
    const herself = await ph.hub.as('person.eleanor-robson')(SEARCH, { person: ELEANOR, need: { near: 'CH7' } });
    assert.equal(herself.errors, undefined, JSON.stringify(herself.errors));
    assert.equal(herself.data.person.findMicroCarers.near, 'CH7');
    assert.ok(herself.data.person.findMicroCarers.totalCount > 0);
    // From her own district in Newcastle, no Flintshire micro-carer is within reach.
    const home = await ph.hub.as('person.eleanor-robson')(SEARCH, { person: ELEANOR });
    assert.equal(home.errors, undefined, JSON.stringify(home.errors));
    assert.deepEqual([home.data.person.findMicroCarers.near, home.data.person.findMicroCarers.totalCount], ['NE3', 0]);
  });

  it("q17: PA hours waiting in open vacancies today, beside the free capacity of the partner's micro-carers", async () => {
    const today = dayFromToday(0);
    const q = continuityQuestions(new Date(`${today}T00:00:00Z`)).find((x) => x.name === 'q17-hours-waiting-and-micro-care-capacity')!;
    const res = await ph.hub.as(q.askedBy)(q.query, q.variables);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const count = (n: number) =>
      n === 0
        ? { display: '0', value: 0, suppressed: false }
        : n < 5
          ? { display: '<5', value: null, suppressed: true }
          : { display: String(Math.ceil(n / 5) * 5), value: Math.ceil(n / 5) * 5, suppressed: false };
    const amount = (total: number, contributors: number) =>
      contributors < 5
        ? { display: '<5 contributors', value: null, suppressed: true }
        : { display: (Math.round(total / 10) * 10).toLocaleString('en-GB'), value: Math.round(total / 10) * 10, suppressed: false };
    // Worked out here from the demo region's vacancies and the partner's own list of micro-carers.
    const open = region.vacancies.filter((v) => v.postedOn <= today && (v.filledOn === null || v.filledOn > today));
    const free = carers
      .filter((c) => c.services.includes('PERSONAL_CARE'))
      .map((c) => ({ places: c.capacity.vacancies, hours: c.capacity.hoursAvailablePerWeek - c.capacity.hoursCommittedPerWeek }))
      .filter((f) => f.places > 0 && f.hours > 0);
    assert.deepEqual(res.data, {
      coverAndRecruitmentAggregates: {
        to: today,
        openVacancies: count(open.length),
        vacancyHoursWaiting: amount(
          open.reduce((h, v) => h + v.hoursPerWeek, 0),
          new Set(open.map((v) => v.employerPersonId)).size,
        ),
      },
      microCareCapacityAggregates: {
        carersWithFreeCapacity: count(free.length),
        freeCareClientPlaces: count(free.reduce((n, f) => n + f.places, 0)),
        freeHoursPerWeek: amount(
          free.reduce((h, f) => h + f.hours, 0),
          free.length,
        ),
      },
    });
    assert.ok(free.length >= 5 && open.length >= 5, 'both sides have published figures on the demo data');
  });
});
