import { consistentSmallDifferences, publishCount } from '@continuum/kit';
import { buildDemoRegion } from '@continuum/kit/demo';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { startTestHub, type TestHub } from './helpers.ts';

/**
 * The dashboards' aggregates through the gateway, checked against figures worked out
 * independently from the demo region the databases were seeded with.
 */
const region = buildDemoRegion();
const PERIOD = { from: '2025-11-01', to: '2026-10-31' };
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
    for (const e of employments) employersOf.set(e.personalAssistantId, (employersOf.get(e.personalAssistantId) ?? new Set()).add(e.employerPersonId));
    assert.ok(employments.length > employersOf.size, 'some PAs have several employments');
    assert.equal(w.personalAssistants.display, publishCount(employersOf.size).display);
    assert.equal(w.employers.display, publishCount(new Set(employments.map((e) => e.employerPersonId)).size).display);
    assert.equal(w.employments.display, publishCount(employments.length).display);
    assert.equal(w.withSeveralEmployers.display, publishCount([...employersOf.values()].filter((s) => s.size > 1).length).display);
  });

  it('counts a PA employed in two councils once in each council, and once in the total', async () => {
    const w = (await ask(WORKFORCE, { f: PERIOD })).data.paWorkforceAggregates;
    const councilsOfPa = new Map<string, number>();
    for (const council of region.councils) {
      const pas = new Set(employmentsIn(PERIOD.from, PERIOD.to, fundedByCouncil(council.gssCode, PERIOD.from, PERIOD.to)).map((e) => e.personalAssistantId));
      for (const pa of pas) councilsOfPa.set(pa, (councilsOfPa.get(pa) ?? 0) + 1);
      assert.equal(w.byCouncil.find((r: any) => r.key === council.gssCode).count.display, publishCount(pas.size).display, council.name);
    }
    const acrossBorders = [...councilsOfPa.values()].filter((n) => n >= 2).length;
    assert.ok(acrossBorders > 0, 'some PAs work for people funded by two councils');
    // The total counts each of them once.
    assert.equal(w.personalAssistants.display, publishCount(new Set(employmentsIn(PERIOD.from, PERIOD.to).map((e) => e.personalAssistantId)).size).display);
  });

  it('narrows to the people a council funds when filtered by council', async () => {
    const w = (await ask(WORKFORCE, { f: { ...PERIOD, councilGssCode: NEWCASTLE } })).data.paWorkforceAggregates;
    const scoped = employmentsIn(PERIOD.from, PERIOD.to, fundedByCouncil(NEWCASTLE, PERIOD.from, PERIOD.to));
    assert.equal(w.personalAssistants.display, publishCount(new Set(scoped.map((e) => e.personalAssistantId)).size).display);
    assert.equal(w.employers.display, publishCount(new Set(scoped.map((e) => e.employerPersonId)).size).display);
  });

  it('does not let two overlapping periods reveal a small group: the published pair leaves the difference open', async () => {
    // Find consecutive end days where the true number of PAs differs by 1 to 4: the attack's best case.
    const count = (to: string) => new Set(employmentsIn(PERIOD.from, to).map((e) => e.personalAssistantId)).size;
    let pair: { part: string; whole: string; k: number } | null = null;
    for (let d = new Date('2026-01-01T00:00:00Z'); d < new Date('2026-10-01T00:00:00Z') && !pair; d = new Date(d.getTime() + 86_400_000)) {
      const part = d.toISOString().slice(0, 10);
      const whole = new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
      const k = count(whole) - count(part);
      if (k >= 1 && k <= 4) pair = { part, whole, k };
    }
    assert.ok(pair, 'the demo data has such a pair');
    const [whole, part] = await Promise.all([pair.whole, pair.part].map(async (to) => (await ask(WORKFORCE, { f: { from: PERIOD.from, to } })).data.paWorkforceAggregates.personalAssistants));
    const possible = consistentSmallDifferences(whole, part);
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
    const res = await ask(`{ microCareAggregates(filter: { from: "2019-01-01", to: "2022-02-28" }) {
      businesses { display } careJobs { display } peopleSupported { display } becameAgencies { display } startedByFormerPas { display }
      totalHours { display } moneyKeptLocal { display } hoursByCategory { key amount { display } } } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const m = res.data.microCareAggregates;
    assert.deepEqual(
      [m.businesses.display, m.careJobs.display, m.peopleSupported.display, m.becameAgencies.display, m.startedByFormerPas.display, m.totalHours.display, m.moneyKeptLocal.display],
      ['25', '40', '180', '<5', '<5', '34,330', '£342,500'],
    );
    assert.deepEqual(m.hoursByCategory.map((r: any) => r.amount.display), ['4,940', '17,210', '3,640', '8,540']);
  });

  it('suppresses a sum of hours over fewer than five businesses', async () => {
    const first = region.microEnterprises.map((m) => m.registeredOn).sort()[4]!;
    const res = await ask(`{ microCareAggregates(filter: { from: "2019-01-01", to: "2019-01-31" }) { businesses { display } totalHours { display suppressed value } } }`);
    assert.ok(first > '2019-01-31');
    assert.deepEqual(res.data.microCareAggregates.totalHours, { display: '<5 contributors', suppressed: true, value: null });
  });

  it('counts moves in flight in which the ICB is a party', async () => {
    const res = await ask(`{ transitionAggregates(filter: { icbOdsCode: "QHM" }) { inFlight { display } continuity { peopleWithGaps { display } } } }`);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const inFlight = region.transitions.filter((t) => ['PROPOSED', 'AGREED'].includes(t.status) && t.parties.some((p) => p.funderCode === 'QHM'));
    assert.equal(res.data.transitionAggregates.inFlight.display, publishCount(inFlight.length).display);
    assert.notEqual(res.data.transitionAggregates.continuity, null);
  });

  it('answers the council support offer in the survey\'s shape, counting councils', async () => {
    const res = await ask(`{ councilSupportOfferAggregates { surveyYear previousSurveyYear councils items { key audience available availableInPreviousRound } } }`);
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
    const res = await ask(`{ __schema { queryType { fields { name type { name ofType { name ofType { name } } } } } types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`);
    const types = new Map<string, any>(res.data.__schema.types.map((t: any) => [t.name, t]));
    const named = (t: any): string => (t.name ?? named(t.ofType));
    const aggregates = res.data.__schema.queryType.fields.filter((f: any) => f.name.endsWith('Aggregates'));
    assert.deepEqual(aggregates.map((f: any) => f.name).sort(), ['councilSupportOfferAggregates', 'microCareAggregates', 'paTrainingAggregates', 'paWorkforceAggregates', 'transitionAggregates']);
    const visit = (name: string, seen: Set<string>, path: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const type = types.get(name);
      for (const field of type?.fields ?? []) {
        const target = named(field.type);
        assert.notEqual(target, 'ID', `${path}.${field.name} is an id`);
        assert.ok(!['Person', 'PersonalAssistant', 'Employment', 'Transition', 'TrainingRecord'].includes(target), `${path}.${field.name} leads to ${target}`);
        visit(target, seen, `${path}.${field.name}`);
      }
    };
    for (const f of aggregates) visit(named(f.type), new Set(), f.name);
  });
});
