import { buildDemoRegion } from '@continuum/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestHub, type TestHub } from './helpers.ts';

/**
 * The dashboards' aggregates through the gateway, checked against figures worked out
 * independently from the demo region the databases were seeded with.
 */
const region = buildDemoRegion();

/** A day as YYYY-MM-DD, moved by whole days. */
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The first of the month of a YYYY-MM-DD, moved by whole months. */
const firstOfMonth = (iso: string, months = 0) =>
  new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1 + months, 1)).toISOString().slice(0, 10);

/** The twelve whole months before the month the hub's pinned day falls in. */
const TODAY = process.env.CONTINUUM_TODAY!;
const PERIOD = { from: firstOfMonth(TODAY, -12), to: plusDays(firstOfMonth(TODAY), -1) };
/** The micro-care programme's first and last months, as the region holds them. */
const MICRO_CARE_MONTHS = region.microCareHours.map((h) => h.month).sort();
const MICRO_CARE = { from: MICRO_CARE_MONTHS[0]!, to: plusDays(firstOfMonth(MICRO_CARE_MONTHS.at(-1)!, 1), -1) };

/**
 * A count as the README says the dashboards publish it: "0"; "<5" from 1 to 4; otherwise rounded
 * up to a multiple of 5, thousands separated by commas.
 */
function published(count: number): string {
  if (count === 0) return '0';
  if (count <= 4) return '<5';
  return String(Math.ceil(count / 5) * 5).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Every true count a published figure may stand for: the rule above read backwards. */
function countsShownAs(display: string): number[] {
  if (display === '0') return [0];
  if (display === '<5') return [1, 2, 3, 4];
  const top = Number(display.replace(/,/g, ''));
  return [top - 4, top - 3, top - 2, top - 1, top].filter((n) => n >= 5);
}
const NEWCASTLE = 'E08000021';
const overlaps = (e: { start: string; end: string | null }, from: string, to: string) => e.start <= to && (e.end === null || e.end >= from);

function employmentsIn(from: string, to: string, employers?: Set<string>) {
  return region.employments.filter((e) => overlaps(e, from, to) && (!employers || employers.has(e.employerPersonId)));
}

function fundedByCouncil(gss: string, from: string, to: string): Set<string> {
  const episodes = [...region.directPayments, ...region.individualServiceFunds, ...region.commissionedPackages];
  return new Set(episodes.filter((e) => e.councilGssCode === gss && overlaps(e, from, to)).map((e) => e.personId));
}

const WORKFORCE = `query ($f: AggregateFilter) { paWorkforceAggregates(filter: $f) {
  personalAssistants { display value suppressed } employers { display } employments { display } withSeveralEmployers { display }
  byCouncil { key count { display } } } }`;

describe('dashboard aggregates through the gateway', () => {
  let hub: TestHub;
  // Dashboards are read by commissioners, whose role sees aggregates only.
  const ask = async (query: string, variables: Record<string, unknown> = {}) => hub.as('commissioner.icb')(query, variables);
  beforeAll(async () => {
    // Gaps and overlaps read every funded person's timeline through the graph, as the tracker does;
    // with the whole suite running beside this file that can take longer than the usual deadline.
    process.env.CONTINUUM_SUBGRAPH_TIMEOUT_MS ??= '30000';
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('counts distinct PAs, employers and employments in the period, a PA with several employers once', async () => {
    const res = await ask(WORKFORCE, { f: PERIOD });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const w = res.data.paWorkforceAggregates;
    const employments = employmentsIn(PERIOD.from, PERIOD.to);
    const employersOf = new Map<string, Set<string>>();
    for (const e of employments)
      employersOf.set(e.personalAssistantId, (employersOf.get(e.personalAssistantId) ?? new Set()).add(e.employerPersonId));
    assert.ok(employments.length > employersOf.size, 'some PAs have several employments');
    assert.equal(w.personalAssistants.display, published(employersOf.size));
    assert.equal(w.employers.display, published(new Set(employments.map((e) => e.employerPersonId)).size));
    assert.equal(w.employments.display, published(employments.length));
    assert.equal(w.withSeveralEmployers.display, published([...employersOf.values()].filter((s) => s.size > 1).length));
  });

  it('counts a PA employed in two councils once in each council, and once in the total', async () => {
    const w = (await ask(WORKFORCE, { f: PERIOD })).data.paWorkforceAggregates;
    const councilsOfPa = new Map<string, number>();
    for (const council of region.councils) {
      const pas = new Set(
        employmentsIn(PERIOD.from, PERIOD.to, fundedByCouncil(council.gssCode, PERIOD.from, PERIOD.to)).map((e) => e.personalAssistantId),
      );
      for (const pa of pas) councilsOfPa.set(pa, (councilsOfPa.get(pa) ?? 0) + 1);
      assert.equal(w.byCouncil.find((r: any) => r.key === council.gssCode).count.display, published(pas.size), council.name);
    }
    const acrossBorders = [...councilsOfPa.values()].filter((n) => n >= 2).length;
    assert.ok(acrossBorders > 0, 'some PAs work for people funded by two councils');
    // The total counts each of them once.
    assert.equal(
      w.personalAssistants.display,
      published(new Set(employmentsIn(PERIOD.from, PERIOD.to).map((e) => e.personalAssistantId)).size),
    );
  });

  it('narrows to the people a council funds when filtered by council', async () => {
    const w = (await ask(WORKFORCE, { f: { ...PERIOD, councilGssCode: NEWCASTLE } })).data.paWorkforceAggregates;
    const scoped = employmentsIn(PERIOD.from, PERIOD.to, fundedByCouncil(NEWCASTLE, PERIOD.from, PERIOD.to));
    assert.equal(w.personalAssistants.display, published(new Set(scoped.map((e) => e.personalAssistantId)).size));
    assert.equal(w.employers.display, published(new Set(scoped.map((e) => e.employerPersonId)).size));
  });

  it('does not let two overlapping periods reveal a small group: the published pair leaves the difference open', async () => {
    // Find consecutive end days where the true number of PAs differs by 1 to 4: the attack's best case.
    const count = (to: string) => new Set(employmentsIn(PERIOD.from, to).map((e) => e.personalAssistantId)).size;
    let pair: { part: string; whole: string; k: number } | null = null;
    for (let part = plusDays(PERIOD.from, 60); part < PERIOD.to && !pair; part = plusDays(part, 1)) {
      const whole = plusDays(part, 1);
      const k = count(whole) - count(part);
      if (k >= 1 && k <= 4) pair = { part, whole, k };
    }
    assert.ok(pair, 'the demo data has such a pair');
    const [whole, part] = await Promise.all(
      [pair.whole, pair.part].map(
        async (to) => (await ask(WORKFORCE, { f: { from: PERIOD.from, to } })).data.paWorkforceAggregates.personalAssistants,
      ),
    );
    assert.deepEqual([whole.display, part.display], [published(count(pair.whole)), published(count(pair.part))]);
    // What a reader can work out: every difference of 0 to 4 between counts the two figures may stand for.
    const possible = [...new Set(countsShownAs(whole.display).flatMap((x) => countsShownAs(part.display).map((y) => x - y)))].filter(
      (d) => d >= 0 && d <= 4,
    );
    assert.ok(possible.includes(pair.k));
    assert.ok(possible.length >= 2, `published ${whole.display} and ${part.display} must not pin the difference ${pair.k}`);
  });

  it('reports the Flintshire micro-care programme as the seed published it, suppressed and rounded', async () => {
    const hours = region.microCareHours;
    const total = (category?: string) => hours.filter((h) => !category || h.category === category).reduce((n, h) => n + h.hours, 0);
    assert.equal(total('PERSONAL_CARE'), 4939);
    assert.equal(total('SUPPORT'), 17207.25);
    assert.equal(total('WELL_BEING'), 3643);
    assert.equal(total(), 34330.25);
    assert.equal(Math.round(hours.reduce((n, h) => n + h.hours * (h.hourlyRate ?? 0), 0) * 100) / 100, 342481.24);
    assert.equal(region.microEnterprises.length, 24);
    assert.equal(region.microCareClients.length, 178);
    const res = await ask(
      `query ($f: AggregateFilter) { microCareAggregates(filter: $f) {
      businesses { display } careJobs { display } peopleSupported { display } becameAgencies { display } startedByFormerPas { display }
      totalHours { display } moneyKeptLocal { display } hoursByCategory { key amount { display } } } }`,
      { f: MICRO_CARE },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const m = res.data.microCareAggregates;
    assert.deepEqual(
      [
        m.businesses.display,
        m.careJobs.display,
        m.peopleSupported.display,
        m.becameAgencies.display,
        m.startedByFormerPas.display,
        m.totalHours.display,
        m.moneyKeptLocal.display,
      ],
      ['25', '40', '180', '<5', '<5', '34,330', '£342,500'],
    );
    assert.deepEqual(
      m.hoursByCategory.map((r: any) => r.amount.display),
      ['4,940', '17,210', '3,640', '8,540'],
    );
  });

  it('suppresses a sum of hours over fewer than five businesses', async () => {
    const firstMonth = { from: MICRO_CARE.from, to: plusDays(firstOfMonth(MICRO_CARE.from, 1), -1) };
    const fifth = region.microEnterprises.map((m) => m.registeredOn).sort()[4]!;
    const res = await ask(
      `query ($f: AggregateFilter) { microCareAggregates(filter: $f) { businesses { display } totalHours { display suppressed value } } }`,
      { f: firstMonth },
    );
    assert.ok(fifth > firstMonth.to, 'fewer than five businesses in the first month');
    assert.equal(res.data.microCareAggregates.businesses.display, '<5');
    assert.deepEqual(res.data.microCareAggregates.totalHours, { display: '<5 contributors', suppressed: true, value: null });
  });

  it('counts moves in flight in which the ICB is a party, the headline being the sum of its stages as published', async () => {
    const res = await ask(
      `{ transitionAggregates(filter: { icbOdsCode: "QHM" }) {
        inFlight { display value suppressed } inFlightByStage { key count { display value suppressed } } continuity { peopleWithGaps { display } }
      } }`,
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const inFlight = region.transitions.filter(
      (t) => ['PROPOSED', 'AGREED'].includes(t.status) && t.parties.some((p) => p.funderCode === 'QHM'),
    );
    const a = res.data.transitionAggregates;
    const stageOf = (status: string) => published(inFlight.filter((t) => t.status === status).length);
    assert.deepEqual(
      a.inFlightByStage.map((r: any) => r.count.display),
      ['PROPOSED', 'AGREED', 'APPLYING'].map(stageOf),
    );
    // A "<5" stage counts as 5, its rounded-up value: the headline is a multiple of 5 no smaller than the true count.
    const sumOfStages = a.inFlightByStage.reduce((n: number, r: any) => n + (r.count.suppressed ? 5 : r.count.value), 0);
    assert.equal(a.inFlight.value, sumOfStages);
    assert.equal(a.inFlight.display, sumOfStages.toLocaleString('en-GB'));
    assert.ok(a.inFlight.value >= inFlight.length && a.inFlight.value % 5 === 0);
    assert.notEqual(a.continuity, null);
  });

  it("answers the council support offer in the survey's shape, counting councils", async () => {
    const res = await ask(
      `{ councilSupportOfferAggregates { surveyYear previousSurveyYear councils items { key audience available availableInPreviousRound } } }`,
    );
    const s = res.data.councilSupportOfferAggregates;
    assert.deepEqual([s.surveyYear, s.previousSurveyYear, s.councils], [2015, 2014, 13]);
    const peer = s.items.find((i: any) => i.key === 'PEER_SUPPORT' && i.audience === 'EMPLOYER');
    // 74% of 13 councils in 2015, 37% in 2014.
    assert.deepEqual([peer.available, peer.availableInPreviousRound], [10, 5]);
  });

  it('refuses a bad filter with the field and the reason', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ councilGssCode: 'Newcastle' }, 'BAD_USER_INPUT', 'filter.councilGssCode'],
      [{ councilGssCode: 'E08999999' }, 'NOT_FOUND', 'filter.councilGssCode'],
      [{ icbOdsCode: 'ZZZ' }, 'NOT_FOUND', 'filter.icbOdsCode'],
      [{ from: '2026-05-01', to: '2026-01-01' }, 'BAD_USER_INPUT', 'filter.to'],
    ];
    for (const [f, code, field] of cases) {
      const res = await ask(`query ($f: AggregateFilter) { paWorkforceAggregates(filter: $f) { employers { display } } }`, { f });
      assert.equal(res.errors?.[0]?.extensions?.code, code, JSON.stringify(f));
      assert.equal(res.errors?.[0]?.extensions?.field, field, JSON.stringify(f));
    }
  });

  it('gives no path from an aggregate to a person: no aggregate type has an id or an entity', async () => {
    const res = await ask(
      `{ __schema { queryType { fields { name type { name ofType { name ofType { name } } } } } types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`,
    );
    const types = new Map<string, any>(res.data.__schema.types.map((t: any) => [t.name, t]));
    const named = (t: any): string => t.name ?? named(t.ofType);
    const aggregates = res.data.__schema.queryType.fields.filter((f: any) => f.name.endsWith('Aggregates'));
    assert.deepEqual(aggregates.map((f: any) => f.name).sort(), [
      'councilSupportOfferAggregates',
      'microCareAggregates',
      'paTrainingAggregates',
      'paWorkforceAggregates',
      'transitionAggregates',
    ]);
    const visit = (name: string, seen: Set<string>, path: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const type = types.get(name);
      for (const field of type?.fields ?? []) {
        const target = named(field.type);
        assert.notEqual(target, 'ID', `${path}.${field.name} is an id`);
        assert.ok(
          !['Person', 'PersonalAssistant', 'Employment', 'Transition', 'TrainingRecord'].includes(target),
          `${path}.${field.name} leads to ${target}`,
        );
        visit(target, seen, `${path}.${field.name}`);
      }
    };
    for (const f of aggregates) visit(named(f.type), new Set(), f.name);
  });
});
