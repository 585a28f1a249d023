import { publishAmount, publishCount } from '@continuum/access';
import { addDays, isoDate, today } from '@continuum/runtime';
import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestHub, type Client, type TestHub } from './helpers.ts';

const region = buildDemoRegion();
const ICB = 'QHM';
const DAY = 86_400_000;

/** Every funding episode of the region as one list, with its funder. */
const episodes = [
  ...region.directPayments.map((e) => ({ ...e, funderCode: e.councilGssCode })),
  ...region.individualServiceFunds.map((e) => ({ ...e, funderCode: e.councilGssCode })),
  ...region.commissionedPackages.map((e) => ({ ...e, funderCode: e.councilGssCode })),
  ...region.personalHealthBudgets.map((e) => ({ ...e, funderCode: e.healthBodyOdsCode })),
  ...region.chcPackages.map((e) => ({ ...e, funderCode: e.healthBodyOdsCode })),
  ...region.integratedBudgets.map((e) => ({ ...e, funderCode: e.healthBodyOdsCode })),
];

const activeOn = (x: { start: string; end: string | null }, day: string) => x.start <= day && (x.end === null || x.end >= day);
const dayBefore = (day: string) => isoDate(addDays(new Date(`${day}T00:00:00Z`), -1));
const calendarDays = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY));
const sorted = (xs: string[]) => [...xs].sort();

/** Day by day, independently of the subgraph's run arithmetic: days an employment runs and no episode pays, and days two pay. */
function bruteForceProblems(personId: string, from: string, to: string) {
  const mine = episodes.filter((e) => e.personId === personId);
  const jobs = region.employments.filter((e) => e.employerPersonId === personId);
  const gaps: string[] = [];
  const overlaps: string[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += DAY) {
    const day = new Date(t).toISOString().slice(0, 10);
    const paying = mine.filter((e) => activeOn(e, day)).length;
    if (paying === 0 && jobs.some((j) => activeOn(j, day))) gaps.push(day);
    if (paying >= 2) overlaps.push(day);
  }
  return { gaps, overlaps };
}

function daysOf(runs: { start: string; end: string; days: number }[]): string[] {
  return runs.flatMap((r) => {
    const out: string[] = [];
    for (let t = Date.parse(r.start); t <= Date.parse(r.end); t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
    assert.equal(out.length, r.days);
    return out;
  });
}

describe('transition reports through the gateway', () => {
  let hub: TestHub;
  // The ICB's PHB lead reads the reports: about the people the ICB funds and the moves it is party to.
  let gql: Client;
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(query, variables);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data;
  };
  beforeAll(async () => {
    hub = await startTestHub();
    gql = hub.as('phb-lead.icb');
  });
  afterAll(() => hub.stop());

  it("shows the featured DP→PHB move as one boundary on the PHB's start, the whole team of 3 PAs staying, in one person record", async () => {
    const personId = region.featured.movedDirectPaymentToPhb;
    const phb = region.personalHealthBudgets.find((e) => e.personId === personId)!;
    const dp = region.directPayments.find((e) => e.personId === personId && e.end === dayBefore(phb.start))!;
    const transition = region.transitions.find((t) => t.personId === personId && t.status === 'EFFECTIVE');
    const jobs = region.employments.filter((e) => e.employerPersonId === personId);
    const data = await ask(
      `query ($id: ID!) { continuityReport(personId: $id) {
        person { id familyName }
        fundingHistory { __typename id start end }
        boundaries { date from { __typename id } to { __typename id } transition { id } keptAllPersonalAssistants
          personalAssistants { personalAssistant { id givenName } employmentId change } }
        personalAssistants { personalAssistant { id } employmentId start end fundedBy { id } }
        gaps { start end days } overlaps { start end days }
        personRecords personalAssistantRecords
      } }`,
      { id: personId },
    );
    const report = data.continuityReport;
    assert.equal(report.person.id, personId);
    assert.equal(report.person.familyName, region.people.find((p) => p.id === personId)!.familyName);
    assert.equal(report.personRecords, 1);
    assert.equal(report.personalAssistantRecords, new Set(jobs.map((j) => j.personalAssistantId)).size);
    assert.deepEqual(
      sorted(report.fundingHistory.map((e: any) => e.id)),
      sorted(episodes.filter((e) => e.personId === personId).map((e) => e.id)),
    );

    assert.equal(report.boundaries.length, 1);
    const [b] = report.boundaries;
    assert.equal(b.date, phb.start);
    assert.deepEqual(b.from, { __typename: 'DirectPayment', id: dp.id });
    assert.deepEqual(b.to, { __typename: 'PersonalHealthBudget', id: phb.id });
    assert.ok(transition, 'the featured move was made by an EFFECTIVE transition');
    assert.deepEqual(b.transition, { id: transition.id });
    assert.equal(b.personalAssistants.length, 3);
    assert.ok(b.personalAssistants.every((c: any) => c.change === 'STAYED' && c.personalAssistant.givenName));
    const activeAcross = jobs.filter((j) => activeOn(j, dayBefore(phb.start)) && activeOn(j, phb.start));
    assert.deepEqual(sorted(b.personalAssistants.map((c: any) => c.employmentId)), sorted(activeAcross.map((j) => j.id)));
    assert.equal(b.keptAllPersonalAssistants, true);

    for (const job of jobs) {
      const row = report.personalAssistants.find((r: any) => r.employmentId === job.id);
      assert.deepEqual(row.personalAssistant, { id: job.personalAssistantId });
      const expected = episodes.filter(
        (e) => e.personId === personId && e.start <= (job.end ?? '9999-12-31') && (e.end ?? '9999-12-31') >= job.start,
      );
      assert.deepEqual(sorted(row.fundedBy.map((e: any) => e.id)), sorted(expected.map((e) => e.id)));
    }
    assert.deepEqual(report.gaps, []);
    assert.deepEqual(report.overlaps, []);
  });

  it("counts the ICB's completed DP→PHB moves of the last two years, how many kept every PA, and how long they took", async () => {
    const to = isoDate(today());
    const from = isoDate(addDays(today(), -730));
    const expected = region.transitions.filter(
      (t) =>
        t.status === 'EFFECTIVE' &&
        t.fromEpisodeType === 'DirectPayment' &&
        t.toVehicle === 'PERSONAL_HEALTH_BUDGET' &&
        t.effectiveDate >= from &&
        t.effectiveDate <= to &&
        t.parties.some((p) => p.funderCode === ICB),
    );
    assert.ok(expected.length > 0, 'the demo region has DP→PHB moves in the window');
    const kept = expected.filter((t) =>
      region.employments
        .filter((e) => e.employerPersonId === t.personId && activeOn(e, dayBefore(t.effectiveDate)))
        .every((e) => activeOn(e, t.effectiveDate)),
    ).length;
    const days = expected.map((t) => calendarDays(t.proposedAt, t.completedAt!)).sort((a, b) => a - b);
    const mid = Math.floor(days.length / 2);
    const median = days.length % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2;

    const data = await ask(
      `query ($from: Date!, $to: Date!) { transitionOutcomes(effectiveFrom: $from, effectiveTo: $to, fromVehicle: DIRECT_PAYMENT, toVehicle: PERSONAL_HEALTH_BUDGET, funderCode: "${ICB}") {
        completed keptAllPersonalAssistants percentKeptAllPersonalAssistants medianDaysToComplete averageDaysToComplete transitions { id }
      } }`,
      { from, to },
    );
    const outcomes = data.transitionOutcomes;
    assert.equal(outcomes.completed, expected.length);
    assert.deepEqual(sorted(outcomes.transitions.map((t: any) => t.id)), sorted(expected.map((t) => t.id)));
    assert.equal(outcomes.keptAllPersonalAssistants, kept);
    assert.equal(outcomes.percentKeptAllPersonalAssistants, Math.round((kept / expected.length) * 1000) / 10);
    assert.equal(outcomes.medianDaysToComplete, median);
    assert.equal(outcomes.averageDaysToComplete, Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10);
  });

  it("tracks QHM's moves in flight with their blockers, and the gaps and overlaps among the people it funds", async () => {
    const expectedInFlight = region.transitions.filter(
      (t) => ['PROPOSED', 'AGREED'].includes(t.status) && t.parties.some((p) => p.funderCode === ICB),
    );
    assert.ok(expectedInFlight.length > 0, 'the demo region has moves in flight involving QHM');
    const data = await ask(
      `query ($code: String!) { transitionTracker(funderCode: $code) {
        funderCode
        inFlight { transition { id } daysInProgress blockers { kind detail courseCode personalAssistant { id } } }
        gaps { person { id } start end days }
        overlaps { person { id } start end days episodes { id } }
      } }`,
      { code: ICB },
    );
    const tracker = data.transitionTracker;
    assert.equal(tracker.funderCode, ICB);
    assert.deepEqual(sorted(tracker.inFlight.map((t: any) => t.transition.id)), sorted(expectedInFlight.map((t) => t.id)));
    for (const tracked of tracker.inFlight) {
      const t = expectedInFlight.find((x) => x.id === tracked.transition.id)!;
      assert.equal(tracked.daysInProgress, calendarDays(t.proposedAt, isoDate(today())));
    }
    // The featured agreed move is QHM's, held back by exactly one PA's lapsed competence.
    const featured = region.transitions.find((x) => x.personId === region.featured.inFlightBlocked && x.status === 'AGREED');
    assert.ok(featured && expectedInFlight.includes(featured), 'the featured blocked move is in flight with QHM as a party');
    const blocked = tracker.inFlight.find((t: any) => t.transition.id === featured.id);
    assert.ok(blocked, 'the tracker lists the featured blocked move');
    assert.equal(blocked.blockers.length, 1, JSON.stringify(blocked.blockers));
    const [blocker] = blocked.blockers;
    assert.ok(['MISSING_COMPETENCE', 'COMPETENCE_NOT_SIGNED_OFF_BY_NHS'].includes(blocker.kind), JSON.stringify(blocker));
    assert.ok(featured.requiredCompetences.includes(blocker.courseCode), JSON.stringify(blocker));
    const team = region.employments.filter((e) => e.employerPersonId === featured.personId && activeOn(e, isoDate(today())));
    assert.ok(
      team.some((e) => e.personalAssistantId === blocker.personalAssistant?.id),
      `the blocker names a PA of the team: ${JSON.stringify(blocker)}`,
    );

    // The people QHM funds in the last year, and their problem days counted one by one.
    const to = isoDate(today());
    const from = isoDate(addDays(today(), -365));
    const funded = new Set(
      episodes.filter((e) => e.funderCode === ICB && e.start <= to && (e.end === null || e.end >= from)).map((e) => e.personId),
    );
    const expectedGapDays: string[] = [];
    const expectedOverlapDays: string[] = [];
    for (const personId of funded) {
      const p = bruteForceProblems(personId, from, to);
      expectedGapDays.push(...p.gaps.map((d) => `${personId} ${d}`));
      expectedOverlapDays.push(...p.overlaps.map((d) => `${personId} ${d}`));
    }
    const gapDays = tracker.gaps.flatMap((g: any) => daysOf([g]).map((d) => `${g.person.id} ${d}`));
    const overlapDays = tracker.overlaps.flatMap((o: any) => daysOf([o]).map((d) => `${o.person.id} ${d}`));
    assert.deepEqual(sorted(gapDays), sorted(expectedGapDays));
    assert.deepEqual(sorted(overlapDays), sorted(expectedOverlapDays));
    for (const o of tracker.overlaps) assert.ok(o.episodes.length >= 2);
  });

  it.each([ICB, 'E08000021'])(
    "counts for commissioners the same funding gaps and overlaps among %s's funded people as counted day by day (transitionAggregates' continuity)",
    async (funder) => {
      const to = isoDate(today());
      const from = isoDate(addDays(today(), -365));
      const funded = new Set(
        episodes.filter((e) => e.funderCode === funder && e.start <= to && (e.end === null || e.end >= from)).map((e) => e.personId),
      );
      let withGaps = 0,
        gapDays = 0,
        withOverlaps = 0,
        overlapDays = 0;
      for (const personId of funded) {
        const p = bruteForceProblems(personId, from, to);
        if (p.gaps.length) withGaps++;
        if (p.overlaps.length) withOverlaps++;
        gapDays += p.gaps.length;
        overlapDays += p.overlaps.length;
      }
      assert.ok(withGaps > 0, `the demo region has funding gaps among the people ${funder} funds`);
      const filter = funder === ICB ? { icbOdsCode: funder, from, to } : { councilGssCode: funder, from, to };
      const res = await hub.as('commissioner.icb')(
        `query ($filter: AggregateFilter) { transitionAggregates(filter: $filter) { continuity {
          peopleWithGaps { display value suppressed } gapDays { display value suppressed }
          peopleWithOverlaps { display value suppressed } overlapDays { display value suppressed } } } }`,
        { filter },
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.deepEqual(res.data.transitionAggregates.continuity, {
        peopleWithGaps: publishCount(withGaps),
        gapDays: publishAmount(gapDays, withGaps, 5),
        peopleWithOverlaps: publishCount(withOverlaps),
        overlapDays: publishAmount(overlapDays, withOverlaps, 5),
      });
    },
  );

  it("lists QHM's dual-funded people whose council and NHS plans list different tasks", async () => {
    const latestCarePlan = new Map<string, (typeof region.carePlans)[number]>();
    for (const plan of [...region.carePlans].sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed)))
      latestCarePlan.set(plan.personId, plan);
    const expected = region.healthPlans
      .filter((h) => h.healthBodyOdsCode === ICB && latestCarePlan.has(h.personId))
      .map((h) => {
        const council = latestCarePlan.get(h.personId)!.tasks.map((t) => t.description);
        const health = h.tasks.map((t) => t.description);
        return {
          personId: h.personId,
          councilOnly: council.filter((t) => !health.includes(t)),
          healthOnly: health.filter((t) => !council.includes(t)),
        };
      })
      .filter((d) => d.councilOnly.length > 0 || d.healthOnly.length > 0);
    assert.ok(expected.length > 0, 'the demo region has differing plans at QHM');

    const data = await ask(
      `query ($code: String!) { planTaskDifferences(healthBodyOdsCode: $code) { person { id } councilOnlyTasks healthOnlyTasks personalAssistants { id } } }`,
      { code: ICB },
    );
    const got = data.planTaskDifferences;
    assert.deepEqual(sorted(got.map((d: any) => d.person.id)), sorted(expected.map((d) => d.personId)));
    for (const d of expected) {
      const row = got.find((g: any) => g.person.id === d.personId);
      assert.deepEqual(sorted(row.councilOnlyTasks), sorted([...new Set(d.councilOnly)]));
      assert.deepEqual(sorted(row.healthOnlyTasks), sorted([...new Set(d.healthOnly)]));
      const team = region.employments.filter((e) => e.employerPersonId === d.personId && activeOn(e, isoDate(today())));
      assert.deepEqual(sorted(row.personalAssistants.map((p: any) => p.id)), sorted([...new Set(team.map((e) => e.personalAssistantId))]));
    }
  });

  it("refuses another funder's tracker, an unknown person and a window that ends before it starts", async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      // An organisation reads only its own tracker and plan differences.
      [`query { transitionTracker(funderCode: "ZZZ") { funderCode } }`, {}, 'FORBIDDEN', 'funderCode'],
      [`query { transitionTracker(funderCode: "QHM", from: "2025-02-01", to: "2025-01-01") { funderCode } }`, {}, 'BAD_USER_INPUT', 'to'],
      [`query { continuityReport(personId: "not-an-id") { personRecords } }`, {}, 'BAD_USER_INPUT', 'personId'],
      [`query { continuityReport(personId: "00000000-0000-4000-8000-000000000000") { personRecords } }`, {}, 'NOT_FOUND', 'personId'],
      [`query { planTaskDifferences(healthBodyOdsCode: "ZZZ") { councilOnlyTasks } }`, {}, 'FORBIDDEN', 'healthBodyOdsCode'],
      [
        `query { transitionOutcomes(effectiveFrom: "2025-02-01", effectiveTo: "2025-01-01") { completed } }`,
        {},
        'BAD_USER_INPUT',
        'effectiveTo',
      ],
    ];
    for (const [query, variables, code, field] of cases) {
      const res = await gql(query, variables);
      assert.equal(res.errors?.[0]?.extensions?.code, code, `${query}: ${JSON.stringify(res.errors)}`);
      assert.equal(res.errors?.[0]?.extensions?.field, field, query);
    }
  });
});
