import { DEFAULT_AUDIENCE, signServiceToken } from '@continuum/access';
import { buildDemoRegion } from '@continuum/demo';
import { postGraphQL } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { difference, startTestHub, statementCounts, type TestHub } from './helpers.ts';

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

  it("counts the programme's historic figures only within its recorded months: a year after them counts none of its open-ended clients", async () => {
    const res = await ask(
      `query ($f: AggregateFilter, $straddle: AggregateFilter) {
        now: microCareAggregates(filter: $f) { from to recordedFrom recordedTo businesses { display } peopleSupported { display } totalHours { display } }
        straddle: microCareAggregates(filter: $straddle) { from to peopleSupported { display } }
      }`,
      { f: PERIOD, straddle: { from: plusDays(MICRO_CARE.to, -30), to: plusDays(MICRO_CARE.to, 30) } },
    );
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const open = region.microCareClients.filter((c) => c.end === null).length;
    assert.ok(open >= 100, `${open} clients of the programme have no end day`);
    assert.deepEqual(res.data.now, {
      from: PERIOD.from,
      to: PERIOD.to,
      recordedFrom: MICRO_CARE.from,
      recordedTo: MICRO_CARE.to,
      businesses: { display: '0' },
      peopleSupported: { display: '0' },
      totalHours: { display: '0' },
    });
    // A period straddling the programme's end is counted to its last recorded day.
    assert.deepEqual([res.data.straddle.from, res.data.straddle.to], [plusDays(MICRO_CARE.to, -30), MICRO_CARE.to]);
    assert.notEqual(res.data.straddle.peopleSupported.display, '0');
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
      // A period in the future has no figures: refused, never answered with today's.
      [{ from: plusDays(TODAY, 1), to: plusDays(TODAY, 30) }, 'BAD_USER_INPUT', 'filter.from'],
      [{ from: '2035-01-01', to: '2035-12-31' }, 'BAD_USER_INPUT', 'filter.from'],
    ];
    for (const [f, code, field] of cases) {
      const res = await ask(`query ($f: AggregateFilter) { paWorkforceAggregates(filter: $f) { employers { display } } }`, { f });
      assert.equal(res.errors?.[0]?.extensions?.code, code, JSON.stringify(f));
      assert.equal(res.errors?.[0]?.extensions?.field, field, JSON.stringify(f));
    }
  });

  it('counts a period running past today to today, and says so in its last day', async () => {
    const res = await ask(`query ($f: AggregateFilter) { paWorkforceAggregates(filter: $f) { from to personalAssistants { display } } }`, {
      f: { from: PERIOD.from, to: plusDays(TODAY, 400) },
    });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const w = res.data.paWorkforceAggregates;
    assert.deepEqual([w.from, w.to], [PERIOD.from, TODAY]);
    assert.equal(
      w.personalAssistants.display,
      published(new Set(employmentsIn(PERIOD.from, TODAY).map((e) => e.personalAssistantId)).size),
    );
  });

  it('gives no path from an aggregate to a person: no aggregate type has an id or an entity', async () => {
    const res = await ask(
      `{ __schema { queryType { fields { name type { name ofType { name ofType { name } } } } } types { name kind fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`,
    );
    const types = new Map<string, any>(res.data.__schema.types.map((t: any) => [t.name, t]));
    const named = (t: any): string => t.name ?? named(t.ofType);
    const aggregates = res.data.__schema.queryType.fields.filter((f: any) => f.name.endsWith('Aggregates'));
    assert.deepEqual(aggregates.map((f: any) => f.name).sort(), [
      'assessmentOfferAggregates',
      'councilSupportOfferAggregates',
      'coverAndRecruitmentAggregates',
      'dbsCheckAggregates',
      'dischargeWaitAggregates',
      'domiciliarySupplyAggregates',
      'employerMarketAggregates',
      'fundingMixAggregates',
      'microCareAggregates',
      'paTrainingAggregates',
      'paWorkforceAggregates',
      'payslipLatenessAggregates',
      'personalBudgetAggregates',
      'reablementOutcomeAggregates',
      'safeguardingAggregates',
      'selfFunderRegisterAggregates',
      'supportContractAggregates',
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
  /**
   * An area counts people and PAs by where they live, whoever funds them. The demo region funds
   * every employer, so five self-funders (employing demo PAs) and five PAs on the register only
   * are written into Newcastle's districts, straight into the subgraphs' databases.
   */
  describe('by area', () => {
    const districtsOf = (gss: string) => new Set(region.councils.find((c) => c.gssCode === gss)!.postcodeDistricts);
    const livesIn = (districts: Set<string>) => new Set(region.people.filter((p) => districts.has(p.postcodeDistrict)).map((p) => p.id));
    const selfFunders = Array.from({ length: 5 }, (_, i) => `5e1f0000-0000-4000-8000-00000000000${i}`);
    const registerOnlyNewcastle = Array.from({ length: 5 }, (_, i) => `4e600000-0000-4000-8000-00000000000${i}`);
    const newcastlePas = [
      ...new Set(employmentsIn(PERIOD.from, PERIOD.to, livesIn(districtsOf(NEWCASTLE))).map((e) => e.personalAssistantId)),
    ];
    /** PAs living in the districts with no employment overlapping the period, as the region holds them. */
    const registerOnlyIn = (districts: Set<string>) => {
      const employed = new Set(employmentsIn(PERIOD.from, PERIOD.to).map((e) => e.personalAssistantId));
      return region.personalAssistants.filter((pa) => districts.has(pa.postcodeDistrict) && !employed.has(pa.id)).length;
    };
    const AREA_WORKFORCE = `query ($f: AggregateFilter) { paWorkforceAggregates(filter: $f) {
      employers { display } employments { display } registerOnlyInArea { display value suppressed } } }`;

    beforeAll(async () => {
      const people = hub.subgraph('people').database.client as any;
      const support = hub.subgraph('support').database.client as any;
      for (const [i, id] of selfFunders.entries())
        await people.$executeRawUnsafe(
          `INSERT INTO person (id, nhs_number_status, given_name, family_name, date_of_birth, postcode_district) VALUES ($1::uuid, '03', 'Self', $2, '1950-01-01', 'NE1')`,
          id,
          `Funder${i}`,
        );
      for (const [i, id] of selfFunders.entries())
        await support.$executeRawUnsafe(
          `INSERT INTO employment (id, employer_person_id, personal_assistant_id, start, hours_per_week, role, contract_signed)
           VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::date, 10, 'Personal assistant', true)`,
          id,
          newcastlePas[i],
          PERIOD.from,
        );
      for (const [i, id] of registerOnlyNewcastle.entries())
        await support.$executeRawUnsafe(
          `INSERT INTO personal_assistant (id, given_name, family_name, date_of_birth, ni_number_suffix, employment_status, postcode_district, dbs_status, services, languages, availability)
           VALUES ($1::uuid, 'Register', $2, '1980-01-01', '12A', 'EMPLOYED', 'NE2', 'NOT_CHECKED', '{}', '{}', '[]'::jsonb)`,
          id,
          `Only${i}`,
        );
    });

    it("counts a council's area by where employers and PAs live: self-funders and register-only PAs included", async () => {
      const res = await ask(AREA_WORKFORCE, { f: { ...PERIOD, areaCode: NEWCASTLE } });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const w = res.data.paWorkforceAggregates;
      const area = districtsOf(NEWCASTLE);
      const employments = employmentsIn(PERIOD.from, PERIOD.to, livesIn(area));
      const employers = new Set(employments.map((e) => e.employerPersonId)).size;
      // Five more change every published figure, so the figures show the five are counted.
      assert.equal(w.employers.display, published(employers + selfFunders.length));
      assert.notEqual(published(employers + 5), published(employers));
      assert.equal(w.employments.display, published(employments.length + selfFunders.length));
      assert.equal(w.registerOnlyInArea.display, published(registerOnlyIn(area) + registerOnlyNewcastle.length));
      // Without an area, there is no area to place register-only PAs in.
      const none = await ask(AREA_WORKFORCE, { f: PERIOD });
      assert.equal(none.data.paWorkforceAggregates.registerOnlyInArea, null);
    });

    it("counts an NHS body's area as the areas of its councils", async () => {
      const w = (await ask(AREA_WORKFORCE, { f: { ...PERIOD, areaCode: 'qhm' } })).data.paWorkforceAggregates;
      const icb = region.healthBodies.find((h) => h.odsCode === 'QHM')!;
      const area = new Set(icb.councilGssCodes.flatMap((c) => [...districtsOf(c)]));
      const employers = new Set(employmentsIn(PERIOD.from, PERIOD.to, livesIn(area)).map((e) => e.employerPersonId)).size;
      assert.equal(w.employers.display, published(employers + selfFunders.length));
      assert.equal(w.registerOnlyInArea.display, published(registerOnlyIn(area) + registerOnlyNewcastle.length));
    });

    it('with a funder as well, counts those the funder pays who live in the area: self-funders drop out, register-only PAs stay', async () => {
      const f = { ...PERIOD, areaCode: NEWCASTLE };
      const [areaOnly, both] = await Promise.all(
        [f, { ...f, councilGssCode: NEWCASTLE }].map(
          async (filter) => (await ask(AREA_WORKFORCE, { f: filter })).data.paWorkforceAggregates,
        ),
      );
      const funded = fundedByCouncil(NEWCASTLE, PERIOD.from, PERIOD.to);
      const fundedInArea = new Set([...livesIn(districtsOf(NEWCASTLE))].filter((id) => funded.has(id)));
      const employers = new Set(employmentsIn(PERIOD.from, PERIOD.to, fundedInArea).map((e) => e.employerPersonId)).size;
      assert.equal(both.employers.display, published(employers));
      // The area alone also counts those no council pays here: the five self-funders and anyone paid by the NHS only.
      const everyone = new Set(employmentsIn(PERIOD.from, PERIOD.to, livesIn(districtsOf(NEWCASTLE))).map((e) => e.employerPersonId)).size;
      assert.ok(everyone > employers);
      assert.equal(areaOnly.employers.display, published(everyone + selfFunders.length));
      assert.equal(both.registerOnlyInArea.display, areaOnly.registerOnlyInArea.display);
      // A council funds no one living in another council's area here: the filters meet nowhere.
      const elsewhere = (await ask(AREA_WORKFORCE, { f: { ...f, councilGssCode: 'E08000037' } })).data.paWorkforceAggregates;
      assert.equal(elsewhere.employers.display, '0');
    });

    it('suppresses a small area count as every other count', async () => {
      // A council area where a stage of moves in flight holds 1 to 4 people.
      const inFlightIn = (gss: string, status: string) =>
        region.transitions.filter((t) => t.status === status && livesIn(districtsOf(gss)).has(t.personId)).length;
      const small = region.councils
        .flatMap((c) => ['PROPOSED', 'AGREED'].map((status) => ({ gss: c.gssCode, status, n: inFlightIn(c.gssCode, status) })))
        .find((x) => x.n >= 1 && x.n <= 4);
      assert.ok(small, 'the demo region has a small stage in some council area');
      const res = await ask(
        `query ($f: AggregateFilter) { transitionAggregates(filter: $f) { inFlightByStage { key count { display value suppressed } } } }`,
        {
          f: { areaCode: small.gss },
        },
      );
      const stage = res.data.transitionAggregates.inFlightByStage.find((r: any) => r.key === small.status);
      assert.deepEqual(stage.count, { display: '<5', value: null, suppressed: true });
    });

    it('narrows the other aggregates to the area: training, transitions, micro-care and the support offer', async () => {
      const res = await ask(
        `query ($ncl: AggregateFilter, $flint: AggregateFilter, $icb: AggregateFilter) {
          training: paTrainingAggregates(filter: $ncl) { personalAssistants { display } }
          transitions: transitionAggregates(filter: $icb) { inFlightByStage { key count { display } } }
          micro: microCareAggregates(filter: $flint) { businesses { display } }
          none: microCareAggregates(filter: $ncl) { businesses { display } }
          offer: councilSupportOfferAggregates(filter: $icb) { councils }
        }`,
        { ncl: { ...PERIOD, areaCode: NEWCASTLE }, flint: { ...MICRO_CARE, areaCode: 'W06000005' }, icb: { areaCode: 'QHM' } },
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const area = districtsOf(NEWCASTLE);
      // The PAs employed by the area's people (the self-funders employ PAs already counted) and the area's register-only PAs.
      const pas = new Set(employmentsIn(PERIOD.from, PERIOD.to, livesIn(area)).map((e) => e.personalAssistantId)).size;
      assert.equal(res.data.training.personalAssistants.display, published(pas + registerOnlyIn(area) + registerOnlyNewcastle.length));
      const icbArea = new Set(region.healthBodies.find((h) => h.odsCode === 'QHM')!.councilGssCodes.flatMap((c) => [...districtsOf(c)]));
      const inFlight = region.transitions.filter((t) => ['PROPOSED', 'AGREED'].includes(t.status) && livesIn(icbArea).has(t.personId));
      assert.deepEqual(
        res.data.transitions.inFlightByStage.map((r: any) => r.count.display),
        ['PROPOSED', 'AGREED', 'APPLYING'].map((s) => published(inFlight.filter((t) => t.status === s).length)),
      );
      assert.equal(res.data.micro.businesses.display, published(region.microEnterprises.length));
      assert.equal(res.data.none.businesses.display, '0');
      const icbCouncils = new Set(region.healthBodies.find((h) => h.odsCode === 'QHM')!.councilGssCodes);
      const surveyed = new Set(region.supportOffers.filter((o) => o.surveyYear === 2015).map((o) => o.councilGssCode));
      assert.equal(res.data.offer.councils, [...surveyed].filter((c) => icbCouncils.has(c)).length);
    });

    it("counts the cover events, open vacancies and payslips of the area's employers only", async () => {
      const res = await ask(
        `query ($ncl: AggregateFilter, $icb: AggregateFilter, $all: AggregateFilter) {
          cover: coverAndRecruitmentAggregates(filter: $ncl) { coverEvents { display } openVacancies { display } }
          ncl: payslipLatenessAggregates(filter: $ncl) { due { value } }
          icb: payslipLatenessAggregates(filter: $icb) { due { value } }
          all: payslipLatenessAggregates(filter: $all) { due { value } }
        }`,
        { ncl: { ...PERIOD, areaCode: NEWCASTLE }, icb: { ...PERIOD, areaCode: 'QHM' }, all: PERIOD },
      );
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const employers = livesIn(districtsOf(NEWCASTLE));
      const events = region.coverRequests.filter(
        (c) => employers.has(c.employerPersonId) && c.fromDay >= PERIOD.from && c.fromDay <= PERIOD.to,
      );
      const open = region.vacancies.filter(
        (v) => employers.has(v.employerPersonId) && v.postedOn <= PERIOD.to && (v.filledOn === null || v.filledOn > PERIOD.to),
      );
      assert.deepEqual(
        [res.data.cover.coverEvents.display, res.data.cover.openVacancies.display],
        [published(events.length), published(open.length)],
      );
      // Newcastle's employers are some of the ICB area's, which are some of the region's.
      const [ncl, icb, all] = [res.data.ncl, res.data.icb, res.data.all].map((a: any) => a.due.value as number);
      assert.ok(ncl > 0 && ncl < icb && icb < all, `${ncl} < ${icb} < ${all}`);
    });

    /**
     * D6's register supply, demand and time to fill as the region holds them: findable PAs in
     * `districts` (null: everywhere) by council and skill; open vacancies, fills and cover events of
     * `employers` (null: everyone).
     */
    function recruitment(employers: Set<string> | null, districts: Set<string> | null, councils: string[]) {
      const mine = (x: { employerPersonId: string }) => !employers || employers.has(x.employerPersonId);
      const entries = region.registerEntries.filter((e) => !districts || districts.has(e.postcodeDistrict));
      const open = region.vacancies.filter((v) => mine(v) && v.postedOn <= PERIOD.to && (v.filledOn === null || v.filledOn > PERIOD.to));
      const events = region.coverRequests.filter((c) => mine(c) && c.fromDay >= PERIOD.from && c.fromDay <= PERIOD.to);
      const filled = region.vacancies.filter((v) => mine(v) && v.filledOn !== null && v.filledOn >= PERIOD.from && v.filledOn <= PERIOD.to);
      const met = events.filter((c) => c.coveredBy !== null);
      const tally = (rows: string[][]) => {
        const counts = new Map<string, number>();
        for (const keys of rows) for (const k of new Set(keys)) counts.set(k, (counts.get(k) ?? 0) + 1);
        return counts;
      };
      const offered = tally(
        entries.map((e) => [
          ...(e.languages ?? []).map((l) => `LANGUAGE:${l}`),
          ...(e.training ?? []).map((t) => `TRAINING:${t}`),
          ...(e.shortNotice ? ['SHORT_NOTICE'] : []),
          ...(e.availability.some((a) => a.period === 'WAKING_NIGHT') ? ['WAKING_NIGHT'] : []),
        ]),
      );
      const asked = tally(
        open.map((v) => [
          ...v.languages.map((l) => `LANGUAGE:${l}`),
          ...v.training.map((t) => `TRAINING:${t}`),
          ...(v.slots.some((x) => x.period === 'WAKING_NIGHT') ? ['WAKING_NIGHT'] : []),
        ]),
      );
      const label = (key: string) =>
        ({ SHORT_NOTICE: 'Covers at short notice', WAKING_NIGHT: 'Works waking nights' })[key] ??
        (key.startsWith('LANGUAGE:') ? `Speaks ${key.slice(9)}` : `Trained in ${key.slice(9).toLowerCase().replaceAll('_', ' ')}`);
      const middle = (xs: number[]) => {
        const s = [...xs].sort((a, b) => a - b);
        return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
      };
      const medianOf = (xs: number[], rows: { employerPersonId: string }[], unit: string) => {
        const n = Math.round(middle(xs));
        return new Set(rows.map((r) => r.employerPersonId)).size < 5 ? '<5 contributors' : `${n} ${unit}${n === 1 ? '' : 's'}`;
      };
      const districtsOfCouncil = (gss: string) => districtsOf(gss);
      return {
        findablePas: { display: published(entries.length) },
        findablePasByArea: councils.map((gss) => ({
          key: gss,
          count: { display: published(entries.filter((e) => districtsOfCouncil(gss).has(e.postcodeDistrict)).length) },
        })),
        skillSupplyAndDemand: [...new Set([...offered.keys(), ...asked.keys(), 'SHORT_NOTICE', 'WAKING_NIGHT'])].sort().map((key) => ({
          key,
          label: label(key),
          findablePas: { display: published(offered.get(key) ?? 0) },
          openVacancies: key === 'SHORT_NOTICE' ? null : { display: published(asked.get(key) ?? 0) },
          coverRequests: key === 'SHORT_NOTICE' ? { display: published(events.length) } : null,
        })),
        vacanciesFilled: { display: published(filled.length) },
        medianDaysToFill: {
          display: medianOf(
            filled.map((v) => (Date.parse(v.filledOn!) - Date.parse(v.postedOn)) / 86_400_000),
            filled,
            'day',
          ),
        },
        coverRequestsMet: { display: published(met.length) },
        medianHoursToCover: {
          display: medianOf(
            met.map((c) => (Date.parse(c.filledAt!) - Date.parse(c.requestedAt)) / 3_600_000),
            met,
            'hour',
          ),
        },
        unfilledShortCallsInRuralDistricts: {
          display: published(open.filter((v) => rural.has(v.postcodeDistrict) && v.visitMinutes <= 30).length),
        },
      };
    }
    const rural = new Set(region.districtCentroids.filter((c) => c.rural).map((c) => c.district));
    const RECRUITMENT = `query ($f: AggregateFilter) { coverAndRecruitmentAggregates(filter: $f) {
      findablePas { display } findablePasByArea { key count { display } }
      skillSupplyAndDemand { key label findablePas { display } openVacancies { display } coverRequests { display } }
      vacanciesFilled { display } medianDaysToFill { display } coverRequestsMet { display } medianHoursToCover { display }
      unfilledShortCallsInRuralDistricts { display } } }`;

    it('counts findable PAs by council and skill against the vacancies and cover asking for them, and the median time to fill and to cover', async () => {
      const res = await ask(RECRUITMENT, { f: PERIOD });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const councils = [...region.councils].sort((a, b) => a.name.localeCompare(b.name)).map((c) => c.gssCode);
      const expected = recruitment(null, null, councils);
      const r = res.data.coverAndRecruitmentAggregates;
      assert.deepEqual(r, expected);
      // The demo region's shortages show: open vacancies ask for BSL; time to fill and to cover are published.
      const bsl = r.skillSupplyAndDemand.find((x) => x.key === 'LANGUAGE:BSL');
      assert.ok(bsl?.openVacancies && bsl.openVacancies.display !== '0', JSON.stringify(bsl));
      assert.match(r.medianDaysToFill.display, /^\d+ days$/);
      assert.match(r.medianHoursToCover.display, /^\d+ hours?$/);
    });

    it("narrows D6's register supply to the area's districts and its demand and time to fill to the area's employers", async () => {
      const res = await ask(RECRUITMENT, { f: { ...PERIOD, areaCode: NEWCASTLE } });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const expected = recruitment(new Set([...livesIn(districtsOf(NEWCASTLE)), ...selfFunders]), districtsOf(NEWCASTLE), [NEWCASTLE]);
      assert.deepEqual(res.data.coverAndRecruitmentAggregates, expected);
    });

    /** The funding mix as the region (and the five self-funders) hold it: each group's distinct people in one period. */
    function fundingMix(from: string, to: string, covers: (id: string) => boolean) {
      const facts = [
        ...region.directPayments.map((e) => ({ ...e, vehicle: 'DIRECT_PAYMENT', support: e.paymentSupport as string | null })),
        ...region.individualServiceFunds.map((e) => ({ ...e, vehicle: 'INDIVIDUAL_SERVICE_FUND', support: null })),
        ...region.commissionedPackages.map((e) => ({ ...e, vehicle: 'COMMISSIONED_PACKAGE', support: null })),
        ...region.personalHealthBudgets.map((e) => ({ ...e, councilGssCode: null, vehicle: 'PERSONAL_HEALTH_BUDGET', support: null })),
        ...region.chcPackages.map((e) => ({ ...e, councilGssCode: null, vehicle: 'CONTINUING_HEALTHCARE', support: null })),
        ...region.integratedBudgets.map((e) => ({ ...e, councilGssCode: null, vehicle: 'INTEGRATED_BUDGET', support: null })),
      ].filter((f) => overlaps(f, from, to) && covers(f.personId));
      const groupOfPlan = new Map(region.carePlanHouseholds.map((h) => [h.carePlanId, h.careGroup]));
      const careGroup = new Map<string, string>();
      for (const plan of [...region.carePlans].sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed)))
        if (groupOfPlan.has(plan.id)) careGroup.set(`${plan.personId}|${plan.councilGssCode}`, groupOfPlan.get(plan.id)!);
      const count = new Map<string, Set<string>>();
      const add = (key: string, id: string) => count.set(key, (count.get(key) ?? new Set()).add(id));
      const groupOf = new Map<string, string>();
      for (const f of facts) {
        add(f.vehicle, f.personId);
        if (f.support) add(f.support, f.personId);
        const group = f.councilGssCode && careGroup.get(`${f.personId}|${f.councilGssCode}`);
        if (group) groupOf.set(f.personId, group);
      }
      const funded = new Set(facts.map((f) => f.personId));
      const employers = new Set(employmentsIn(from, to).map((e) => e.employerPersonId));
      if (from <= PERIOD.to && to >= PERIOD.from) for (const id of selfFunders) employers.add(id);
      for (const id of employers) if (covers(id) && !funded.has(id)) add('SELF_FUNDED', id);
      const people = new Set([...funded, ...(count.get('SELF_FUNDED') ?? [])]);
      for (const id of people) add(groupOf.get(id) ?? 'NOT_RECORDED', id);
      return { people: people.size, of: (key: string) => count.get(key)?.size ?? 0 };
    }
    const FUNDING_MIX = `query ($f: AggregateFilter) { fundingMixAggregates(filter: $f) {
      from to previousFrom previousTo people { display } previousPeople { display }
      byVehicle { key count { display } previousCount { display } }
      byPaymentSupport { key count { display } previousCount { display } }
      byCareGroup { key count { display } previousCount { display } } } }`;

    it("gives an area's funding mix by vehicle (self-funders included), payment support and care group, beside the previous period", async () => {
      const res = await ask(FUNDING_MIX, { f: { ...PERIOD, areaCode: NEWCASTLE } });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const m = res.data.fundingMixAggregates;
      const previous = {
        from: plusDays(PERIOD.from, -(Date.parse(PERIOD.to) - Date.parse(PERIOD.from)) / 86_400_000 - 1),
        to: plusDays(PERIOD.from, -1),
      };
      assert.deepEqual([m.previousFrom, m.previousTo], [previous.from, previous.to]);
      const area = new Set([...livesIn(districtsOf(NEWCASTLE)), ...selfFunders]);
      const now = fundingMix(PERIOD.from, PERIOD.to, (id) => area.has(id));
      const before = fundingMix(previous.from, previous.to, (id) => area.has(id));
      assert.deepEqual([m.people.display, m.previousPeople.display], [published(now.people), published(before.people)]);
      assert.ok(now.of('SELF_FUNDED') >= selfFunders.length && now.of('DIRECT_PAYMENT') > 0);
      for (const breakdown of ['byVehicle', 'byPaymentSupport', 'byCareGroup'])
        for (const row of m[breakdown])
          assert.deepEqual(
            [row.count.display, row.previousCount.display],
            [published(now.of(row.key)), published(before.of(row.key))],
            `${breakdown} ${row.key}`,
          );
      assert.deepEqual(
        m.byVehicle.map((r: any) => r.key),
        [
          'DIRECT_PAYMENT',
          'INDIVIDUAL_SERVICE_FUND',
          'COMMISSIONED_PACKAGE',
          'PERSONAL_HEALTH_BUDGET',
          'CONTINUING_HEALTHCARE',
          'INTEGRATED_BUDGET',
          'SELF_FUNDED',
        ],
      );
    });

    it('narrows the funding mix to those a council funds in each period when it is given as well: no self-funders', async () => {
      const m = (await ask(FUNDING_MIX, { f: { ...PERIOD, areaCode: NEWCASTLE, councilGssCode: NEWCASTLE } })).data.fundingMixAggregates;
      const area = livesIn(districtsOf(NEWCASTLE));
      const funded = fundedByCouncil(NEWCASTLE, PERIOD.from, PERIOD.to);
      const now = fundingMix(PERIOD.from, PERIOD.to, (id) => area.has(id) && funded.has(id));
      assert.equal(m.people.display, published(now.people));
      assert.equal(m.byVehicle.find((r: any) => r.key === 'SELF_FUNDED').count.display, '0');
      assert.equal(m.byVehicle.find((r: any) => r.key === 'DIRECT_PAYMENT').count.display, published(now.of('DIRECT_PAYMENT')));
    });

    /**
     * D11's personal budgets as the region holds them: the people with a council budget in the
     * period by delivery route, and each route's average weekly amount (each person's latest).
     */
    function personalBudgets(covers: (e: { personId: string; councilGssCode: string }) => boolean) {
      type Budget = { personId: string; councilGssCode: string; start: string; end: string | null; weeklyAmount: number };
      const inPeriod = (list: Budget[]) => list.filter((e) => overlaps(e, PERIOD.from, PERIOD.to) && covers(e));
      const latest = (list: Budget[]) =>
        new Map([...list].sort((a, b) => a.start.localeCompare(b.start)).map((e) => [e.personId, e.weeklyAmount]));
      const average = (m: Map<string, number>) => {
        if (m.size === 0) return '£0';
        if (m.size <= 4) return '<5 contributors';
        const pence = [...m.values()].reduce((n, a) => n + Math.round(a * 100), 0);
        return `£${Math.round(pence / m.size / 100).toLocaleString('en-GB')}`;
      };
      const routes: [string, Budget[]][] = [
        ['DIRECT_PAYMENT', inPeriod(region.directPayments.filter((d) => d.paymentSupport !== 'MANAGED_ACCOUNT'))],
        ['MANAGED_ACCOUNT', inPeriod(region.directPayments.filter((d) => d.paymentSupport === 'MANAGED_ACCOUNT'))],
        ['INDIVIDUAL_SERVICE_FUND', inPeriod(region.individualServiceFunds)],
        ['COMMISSIONED_PACKAGE', inPeriod(region.commissionedPackages)],
      ];
      const dps = latest([...routes[0]![1], ...routes[1]![1]]);
      return {
        personalBudgets: { display: published(new Set(routes.flatMap(([, list]) => list.map((e) => e.personId))).size) },
        directPayments: { display: published(dps.size) },
        averageDirectPaymentWeekly: { display: average(dps) },
        byRoute: routes.map(([key, list]) => ({
          key,
          people: { display: published(latest(list).size) },
          averageWeeklyAmount: { display: average(latest(list)) },
        })),
      };
    }
    const PERSONAL_BUDGETS = `query ($all: AggregateFilter, $ncl: AggregateFilter, $area: AggregateFilter, $icb: AggregateFilter) {
      all: personalBudgetAggregates(filter: $all) { ...budgets } ncl: personalBudgetAggregates(filter: $ncl) { ...budgets }
      area: personalBudgetAggregates(filter: $area) { ...budgets } icb: personalBudgetAggregates(filter: $icb) { ...budgets } }
      fragment budgets on PersonalBudgetAggregates { personalBudgets { display } directPayments { display }
        averageDirectPaymentWeekly { display } byRoute { key people { display } averageWeeklyAmount { display } } }`;

    it("counts personal budgets by delivery route with each route's average weekly value, for the region, an area, its council and an NHS commissioner; a malformed council code is refused on its field", async () => {
      const res = await ask(PERSONAL_BUDGETS, {
        all: PERIOD,
        ncl: { ...PERIOD, areaCode: NEWCASTLE, councilGssCode: NEWCASTLE },
        area: { ...PERIOD, areaCode: NEWCASTLE },
        icb: { ...PERIOD, icbOdsCode: 'QHM' },
      });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const area = livesIn(districtsOf(NEWCASTLE));
      assert.deepEqual(
        res.data.all,
        personalBudgets(() => true),
      );
      // With the council as well, only its own budgets of the people living in its area.
      assert.deepEqual(
        res.data.ncl,
        personalBudgets((e) => area.has(e.personId) && e.councilGssCode === NEWCASTLE),
      );
      // The area alone counts every council's budgets of the people living there.
      assert.deepEqual(
        res.data.area,
        personalBudgets((e) => area.has(e.personId)),
      );
      // An NHS commissioner: every council's budgets of the people it funds in the period.
      const nhsFunded = new Set(
        [...region.personalHealthBudgets, ...region.chcPackages, ...region.integratedBudgets]
          .filter((e) => e.healthBodyOdsCode === 'QHM' && overlaps(e, PERIOD.from, PERIOD.to))
          .map((e) => e.personId),
      );
      assert.deepEqual(
        res.data.icb,
        personalBudgets((e) => nhsFunded.has(e.personId)),
      );
      // The demo region has budgets by every route, each with a published average (Oxfordshire's DP average was £217).
      for (const row of res.data.all.byRoute) assert.match(row.averageWeeklyAmount.display, /^£\d[\d,]*$/, row.key);
      // A malformed council code is refused on its field, in both D11 aggregates.
      for (const field of ['personalBudgetAggregates', 'employerMarketAggregates']) {
        const bad = await ask(`query ($f: AggregateFilter) { ${field}(filter: $f) { from } }`, { f: { councilGssCode: 'Newcastle' } });
        assert.equal(bad.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', field);
        assert.equal(bad.errors?.[0]?.extensions?.field, 'filter.councilGssCode', field);
      }
    });

    /**
     * D11's employer market as the region holds it, for `employers` (null: everyone) and the
     * councils and NHS bodies listed: each council's PAs' weekday rate (the terms follow the
     * direct-payment rate of the council the employer lives in, in force on the employment's last
     * day in the period) against its published rate; employers and PAs per payroll support
     * organisation (the provider of the employer's current direct payment) and per NHS body.
     */
    function employerMarket(employers: Set<string> | null, councils: string[], bodies: string[]) {
      const employments = employmentsIn(PERIOD.from, PERIOD.to, employers ?? undefined);
      const councilOf = new Map(region.people.map((p) => [p.id, p.councilGssCode]));
      const dpRateOn = (gss: string, day: string) => {
        const dp = region.councils
          .find((c) => c.gssCode === gss)!
          .rates.filter((r) => r.kind === 'DIRECT_PAYMENT')
          .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
        return (dp.filter((r) => r.effectiveFrom <= day).at(-1) ?? dp[0])?.hourlyRate ?? null;
      };
      const weekdayPence = (e: (typeof employments)[number]) => {
        const rate = dpRateOn(councilOf.get(e.employerPersonId)!, e.end && e.end < PERIOD.to ? e.end : PERIOD.to);
        return rate === null ? null : Math.round(rate * 100);
      };
      const figures = (list: typeof employments) => ({
        employers: { display: published(new Set(list.map((e) => e.employerPersonId)).size) },
        personalAssistants: { display: published(new Set(list.map((e) => e.personalAssistantId)).size) },
      });
      const payrollOf = new Map<string, string>();
      for (const d of region.directPayments)
        if (d.paymentSupportProviderId && (!d.end || d.end >= region.asOf)) payrollOf.set(d.personId, d.paymentSupportProviderId);
      const organisations = [...new Set(employments.map((e) => payrollOf.get(e.employerPersonId)).filter((id) => id !== undefined))];
      const healthFunded = (ods: string) =>
        new Set(
          [...region.personalHealthBudgets, ...region.chcPackages, ...region.integratedBudgets]
            .filter((e) => e.healthBodyOdsCode === ods && overlaps(e, PERIOD.from, PERIOD.to))
            .map((e) => e.personId),
        );
      return {
        payReachingPas: councils.map((gss) => {
          const funded = fundedByCouncil(gss, PERIOD.from, PERIOD.to);
          const priced = employments.filter((e) => funded.has(e.employerPersonId) && weekdayPence(e) !== null);
          const pas = new Set(priced.map((e) => e.personalAssistantId)).size;
          const mean = Math.round(priced.reduce((n, e) => n + weekdayPence(e)!, 0) / Math.max(priced.length, 1));
          const rate = dpRateOn(gss, PERIOD.to);
          return {
            key: gss,
            directPaymentRate: rate,
            personalAssistants: { display: published(pas) },
            averageWeekdayRate: { display: pas === 0 ? '£0.00' : pas <= 4 ? '<5 contributors' : `£${(mean / 100).toFixed(2)}` },
            sharePercent: pas >= 5 && rate ? Math.round((mean / 100 / rate) * 100) : null,
          };
        }),
        bySupportOrganisation: organisations
          .map((id) => ({ id, name: region.supportOrganisations.find((o) => o.id === id)!.name }))
          .sort((a, b) => a.name.localeCompare(b.name))
          .map(({ id, name }) => ({
            key: id,
            label: name,
            ...figures(employments.filter((e) => payrollOf.get(e.employerPersonId) === id)),
          })),
        byHealthBody: bodies.map((ods) => {
          const funded = healthFunded(ods);
          return { key: ods, ...figures(employments.filter((e) => funded.has(e.employerPersonId))) };
        }),
      };
    }
    const EMPLOYER_MARKET = `query ($f: AggregateFilter) { employerMarketAggregates(filter: $f) {
      payReachingPas { key directPaymentRate personalAssistants { display } averageWeekdayRate { display } sharePercent }
      bySupportOrganisation { key label employers { display } personalAssistants { display } }
      byHealthBody { key employers { display } personalAssistants { display } } } }`;

    it("gives the share of each council's direct-payment rate reaching PAs, and employers and PAs per payroll support organisation and NHS body", async () => {
      const res = await ask(EMPLOYER_MARKET, { f: PERIOD });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const councils = [...region.councils].sort((a, b) => a.name.localeCompare(b.name)).map((c) => c.gssCode);
      const bodies = [...region.healthBodies].sort((a, b) => a.name.localeCompare(b.name)).map((h) => h.odsCode);
      const m = res.data.employerMarketAggregates;
      assert.deepEqual(m, employerMarket(null, councils, bodies));
      assert.ok(m.bySupportOrganisation.length > 0 && m.payReachingPas.some((r: any) => r.sharePercent !== null));
    });

    it("narrows the employer market to the area's employers and its councils", async () => {
      const res = await ask(EMPLOYER_MARKET, { f: { ...PERIOD, areaCode: NEWCASTLE } });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      const bodies = [...region.healthBodies].sort((a, b) => a.name.localeCompare(b.name)).map((h) => h.odsCode);
      const employers = new Set([...livesIn(districtsOf(NEWCASTLE)), ...selfFunders]);
      assert.deepEqual(res.data.employerMarketAggregates, employerMarket(employers, [NEWCASTLE], bodies));
    });

    it('asks the same number of SQL statements for a small area as for a large one, in every subgraph', async () => {
      const cost = async (query: string, areaCode: string) => {
        const before = statementCounts(hub);
        const res = await ask(query, { f: { ...PERIOD, areaCode } });
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        return difference(statementCounts(hub), before);
      };
      // A council's area is looked up in councils, an NHS body's in health as well: compare like with like.
      const welsh = region.healthBodies.find((h) => h.odsCode !== 'QHM')!.odsCode;
      await cost(AREA_WORKFORCE, 'E06000005'); // warm
      // Darlington (3 districts) against Durham (17); a Welsh health board's one council against the ICB's twelve.
      assert.deepEqual(await cost(AREA_WORKFORCE, 'E06000047'), await cost(AREA_WORKFORCE, 'E06000005'));
      assert.deepEqual(await cost(FUNDING_MIX, 'QHM'), await cost(FUNDING_MIX, welsh));
    });

    it('refuses the id lists behind areas, the funding mix and funding continuity to every caller but the hub', async () => {
      for (const query of [
        `{ personIdsInPostcodeDistricts(districts: ["NE1"]) }`,
        `{ councilFundingFacts(from: "2025-01-01", to: "2025-12-31") { personId } }`,
        `{ healthFundingFacts(from: "2025-01-01", to: "2025-12-31") { personId } }`,
        `{ employerPersonIdsInPeriod(from: "2025-01-01", to: "2025-12-31") }`,
        `{ employmentSpansInPeriod(from: "2025-01-01", to: "2025-12-31") { employerPersonId } }`,
      ]) {
        const res = await ask(query);
        assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN', query);
        assert.equal(res.data, null, query);
      }
    });

    it("narrows the hub's funding and employment facts to the people named, and refuses a name that is no hub id", async () => {
      const token = await signServiceToken(hub.keys.services, 'hub', DEFAULT_AUDIENCE);
      const asHub = (query: string, variables?: Record<string, unknown>) =>
        postGraphQL(hub.gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
      const FACTS = `query ($ids: [ID!]) {
        councilFundingFacts(from: "2020-01-01", to: "2026-12-31", personIds: $ids) { personId }
        healthFundingFacts(from: "2020-01-01", to: "2026-12-31", personIds: $ids) { personId }
        employmentSpansInPeriod(from: "2020-01-01", to: "2026-12-31", personIds: $ids) { employerPersonId }
      }`;
      const everyone: any = await asHub(FACTS);
      assert.equal(everyone.errors, undefined, JSON.stringify(everyone.errors));
      // Someone with council and NHS funding and a PA, and someone else with council funding.
      const health = new Set(everyone.data.healthFundingFacts.map((f: any) => f.personId));
      const employers = new Set(everyone.data.employmentSpansInPeriod.map((e: any) => e.employerPersonId));
      const both = everyone.data.councilFundingFacts.map((f: any) => f.personId).find((id: string) => health.has(id) && employers.has(id));
      const other = everyone.data.councilFundingFacts.map((f: any) => f.personId).find((id: string) => id !== both);
      const named: any = await asHub(FACTS, { ids: [both, other.toUpperCase()] });
      assert.equal(named.errors, undefined, JSON.stringify(named.errors));
      assert.deepEqual(new Set(named.data.councilFundingFacts.map((f: any) => f.personId)), new Set([both, other]));
      assert.deepEqual(
        new Set(named.data.healthFundingFacts.map((f: any) => f.personId)),
        new Set([both, ...(health.has(other) ? [other] : [])]),
      );
      assert.ok(named.data.employmentSpansInPeriod.every((e: any) => [both, other].includes(e.employerPersonId)));
      assert.ok(named.data.employmentSpansInPeriod.some((e: any) => e.employerPersonId === both));
      assert.ok(named.data.councilFundingFacts.length < everyone.data.councilFundingFacts.length);
      for (const field of ['councilFundingFacts', 'healthFundingFacts', 'employmentSpansInPeriod']) {
        const res: any = await asHub(`{ ${field}(from: "2025-01-01", to: "2025-12-31", personIds: ["not-an-id"]) { __typename } }`);
        assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', field);
        assert.equal(res.errors?.[0]?.extensions?.field, 'personIds', field);
        assert.match(res.errors?.[0]?.extensions?.reason ?? res.errors?.[0]?.message, /not a hub id/, field);
      }
    });

    it('refuses an area code that is no council or NHS body, with the field and the reason', async () => {
      const cases: [string, string][] = [
        ['Newcastle', 'BAD_USER_INPUT'],
        ['E08999999', 'NOT_FOUND'],
        ['ZZZ', 'NOT_FOUND'],
      ];
      for (const [areaCode, code] of cases)
        for (const field of [
          'paWorkforceAggregates',
          'transitionAggregates',
          'microCareAggregates',
          'councilSupportOfferAggregates',
          'fundingMixAggregates',
          'supportContractAggregates',
          'reablementOutcomeAggregates',
          'domiciliarySupplyAggregates',
          'dischargeWaitAggregates',
          'safeguardingAggregates',
          'dbsCheckAggregates',
          'personalBudgetAggregates',
          'employerMarketAggregates',
        ]) {
          const res = await ask(`query ($f: AggregateFilter) { ${field}(filter: $f) { from: __typename } }`, { f: { areaCode } });
          assert.equal(res.errors?.[0]?.extensions?.code, code, `${field} ${areaCode}: ${JSON.stringify(res.errors)}`);
          assert.equal(res.errors?.[0]?.extensions?.field, 'filter.areaCode', `${field} ${areaCode}`);
          assert.match(res.errors?.[0]?.message ?? '', /council|NHS body|GSS|ODS/);
        }
    });

    /** Dashboard D8: safeguarding concerns and follow-ups (councils) and DBS checks (support), over the year to today. */
    describe('safeguarding and DBS checks', () => {
      const YEAR = { from: PERIOD.from, to: TODAY };
      // The schema's orders: Care Act categories, then who brought a concern.
      const CATEGORIES = [
        'PHYSICAL',
        'DOMESTIC',
        'SEXUAL',
        'PSYCHOLOGICAL',
        'FINANCIAL_OR_MATERIAL',
        'MODERN_SLAVERY',
        'DISCRIMINATORY',
        'ORGANISATIONAL',
        'NEGLECT_AND_ACTS_OF_OMISSION',
        'SELF_NEGLECT',
      ];
      const SOURCES = [
        'FAMILY_MEMBER',
        'REVIEW_CALL',
        'PROVIDER',
        'MICRO_CARE_DEVELOPMENT_OFFICER',
        'PERSONAL_ASSISTANT',
        'THE_PERSON',
        'NHS_STAFF',
        'OTHER',
      ];
      const within = (day: string | null) => day !== null && day >= YEAR.from && day <= YEAR.to;
      const byDay = (day: string | null) => day !== null && day <= YEAR.to;
      const rowsOf = (rows: any[], key = 'key') => rows.map((r) => [r[key], r.count?.display ?? r.certificates.display]);
      const tallied = (keys: string[], values: string[]) => keys.map((k) => [k, published(values.filter((v) => v === k).length)]);
      const SAFEGUARDING = `query ($f: AggregateFilter) { safeguardingAggregates(filter: $f) {
        from to concernsRaised { display } enquiries { display }
        byCategory { key count { display } } bySource { key count { display } }
        byRaisingOrganisation { key count { display } } byStatus { key count { display } }
        followUpsDue { display } followUpsDoneOnTime { display } followUpsDoneLate { display } followUpsOverdue { display }
        concernsRaisedAtFollowUps { display }
        followUpsByKind { kind due { display } doneOnTime { display } doneLate { display } overdue { display } } } }`;
      const DBS = `query ($f: AggregateFilter) { dbsCheckAggregates(filter: $f) {
        certificates { display } byPayer { key count { display } }
        byProcessor { processedByKind certificates { display } medianTurnaroundDays { display suppressed } }
        medianTurnaroundDays { display value suppressed } onUpdateService { display }
        informationDisclosed { display } informationDisclosedDiscussedAndDecided { display } } }`;

      /** The figures as the region's records give them, for the people a set holds (everyone when null). */
      function expectedSafeguarding(people: Set<string> | null) {
        const mine = (r: { personId: string }) => !people || people.has(r.personId);
        const concerns = region.safeguardingConcerns.filter((c) => within(c.raisedOn) && mine(c));
        const status = (c: (typeof concerns)[number]) =>
          byDay(c.closedOn) ? `CLOSED_${c.outcome}` : byDay(c.enquiryStartedOn) ? 'ENQUIRY' : 'RAISED';
        const followUps = (kind?: string) => {
          const due = region.safeguardingFollowUps.filter((f) => within(f.dueOn) && mine(f) && (!kind || f.kind === kind));
          const done = due.filter((f) => byDay(f.doneOn));
          return {
            due: published(due.length),
            doneOnTime: published(done.filter((f) => f.doneOn! <= f.dueOn).length),
            doneLate: published(done.filter((f) => f.doneOn! > f.dueOn).length),
            overdue: published(due.filter((f) => !done.includes(f) && f.dueOn < YEAR.to).length),
          };
        };
        const all = followUps();
        return {
          concerns,
          figures: {
            concernsRaised: published(concerns.length),
            enquiries: published(concerns.filter((c) => byDay(c.enquiryStartedOn)).length),
            byCategory: tallied(
              CATEGORIES,
              concerns.map((c) => c.category),
            ),
            bySource: tallied(
              SOURCES,
              concerns.map((c) => c.source),
            ),
            // The region's concerns are the councils' own records: none was raised through the hub.
            byRaisingOrganisation: tallied(
              ['COUNCIL_RECORD', 'COUNCIL', 'NHS_BODY', 'OTHER_ORGANISATION'],
              concerns.map(() => 'COUNCIL_RECORD'),
            ),
            byStatus: tallied(['RAISED', 'ENQUIRY', 'CLOSED_NO_FURTHER_ACTION', 'CLOSED_ACTION_TAKEN'], concerns.map(status)),
            followUps: [all.due, all.doneOnTime, all.doneLate, all.overdue],
            // The region records no concern raised at a follow-up.
            concernsRaisedAtFollowUps: '0',
            byKind: ['FOUR_WEEK_REVIEW_CALL', 'PLACEMENT_REVIEW', 'CONCERN_FOLLOW_UP', 'OTHER'].map((k) => [k, followUps(k)]),
          },
        };
      }

      function safeguardingFigures(a: any) {
        return {
          concernsRaised: a.concernsRaised.display,
          enquiries: a.enquiries.display,
          byCategory: rowsOf(a.byCategory),
          bySource: rowsOf(a.bySource),
          byRaisingOrganisation: rowsOf(a.byRaisingOrganisation),
          byStatus: rowsOf(a.byStatus),
          followUps: [a.followUpsDue, a.followUpsDoneOnTime, a.followUpsDoneLate, a.followUpsOverdue].map((c) => c.display),
          concernsRaisedAtFollowUps: a.concernsRaisedAtFollowUps.display,
          byKind: a.followUpsByKind.map((k: any) => [
            k.kind,
            { due: k.due.display, doneOnTime: k.doneOnTime.display, doneLate: k.doneLate.display, overdue: k.overdue.display },
          ]),
        };
      }

      /** Median days from application to certificate, as the API publishes it (whole days, under five PAs suppressed). */
      function medianDays(checks: typeof region.dbsChecks) {
        if (new Set(checks.map((c) => c.personalAssistantId)).size <= 4) return checks.length ? '<5 contributors' : '0 days';
        const days = checks.map((c) => (Date.parse(c.certificateIssuedOn!) - Date.parse(c.appliedOn)) / 86_400_000).sort((a, b) => a - b);
        const mid = Math.floor(days.length / 2);
        const m = Math.round(days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2);
        return `${m} day${m === 1 ? '' : 's'}`;
      }

      function expectedDbs(pas: Set<string> | null) {
        const checks = region.dbsChecks.filter((c) => within(c.certificateIssuedOn) && (!pas || pas.has(c.personalAssistantId)));
        const disclosed = checks.filter((c) => c.result === 'INFORMATION_DISCLOSED');
        return {
          checks,
          disclosed,
          figures: {
            certificates: published(checks.length),
            byPayer: tallied(
              ['COUNCIL', 'DIRECT_PAYMENT', 'EMPLOYER_OWN_FUNDS', 'SUPPORT_ORGANISATION', 'PERSONAL_ASSISTANT'],
              checks.map((c) => c.paidBy),
            ),
            byProcessor: (['COUNCIL', 'SUPPORT_ORGANISATION', 'OTHER_REGISTERED_BODY'] as const).map((k) => {
              const of = checks.filter((c) => c.processedByKind === k);
              return [k, published(of.length), medianDays(of)];
            }),
            medianTurnaroundDays: medianDays(checks),
            onUpdateService: published(checks.filter((c) => byDay(c.updateServiceSubscribedOn)).length),
            informationDisclosed: published(disclosed.length),
            discussedAndDecided: published(
              disclosed.filter((c) => byDay(c.discussionHeldOn) && c.decision !== null && byDay(c.decidedOn)).length,
            ),
          },
        };
      }

      function dbsFigures(a: any) {
        return {
          certificates: a.certificates.display,
          byPayer: rowsOf(a.byPayer),
          byProcessor: a.byProcessor.map((p: any) => [p.processedByKind, p.certificates.display, p.medianTurnaroundDays.display]),
          medianTurnaroundDays: a.medianTurnaroundDays.display,
          onUpdateService: a.onUpdateService.display,
          informationDisclosed: a.informationDisclosed.display,
          discussedAndDecided: a.informationDisclosedDiscussedAndDecided.display,
        };
      }

      it("counts the region's safeguarding concerns by category, source, raiser and status, and the follow-ups done, done late and overdue", async () => {
        const res = await ask(SAFEGUARDING, { f: YEAR });
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const { concerns, figures } = expectedSafeguarding(null);
        assert.ok(concerns.length >= 5, 'the region has concerns in the year');
        assert.deepEqual([res.data.safeguardingAggregates.from, res.data.safeguardingAggregates.to], [YEAR.from, YEAR.to]);
        assert.deepEqual(safeguardingFigures(res.data.safeguardingAggregates), figures);
        assert.notEqual(figures.followUps[3], '0', 'some review calls are overdue');
      });

      it("narrows safeguarding to the people living in one council's area", async () => {
        const res = await ask(SAFEGUARDING, { f: { ...YEAR, areaCode: NEWCASTLE } });
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const whole = expectedSafeguarding(null);
        const area = expectedSafeguarding(livesIn(districtsOf(NEWCASTLE)));
        assert.ok(area.concerns.length < whole.concerns.length, 'the area holds fewer concerns than the region');
        assert.deepEqual(safeguardingFigures(res.data.safeguardingAggregates), area.figures);
      });

      it('counts DBS certificates by processor and payer, their median turnaround, the Update Service and negative returns discussed and decided', async () => {
        const res = await ask(DBS, { f: YEAR });
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const { checks, disclosed, figures } = expectedDbs(null);
        assert.ok(checks.length > 50 && disclosed.length > 0, 'the region has certificates and negative returns in the year');
        assert.deepEqual(dbsFigures(res.data.dbsCheckAggregates), figures);
        assert.equal(res.data.dbsCheckAggregates.medianTurnaroundDays.suppressed, false);
      });

      it("narrows DBS checks to the PAs of the area's employers and the area's register-only PAs", async () => {
        const res = await ask(DBS, { f: { ...YEAR, areaCode: NEWCASTLE } });
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const districts = districtsOf(NEWCASTLE);
        const employed = new Set(employmentsIn(YEAR.from, YEAR.to).map((e) => e.personalAssistantId));
        const pas = new Set([
          ...employmentsIn(YEAR.from, YEAR.to, livesIn(districts)).map((e) => e.personalAssistantId),
          ...region.personalAssistants.filter((pa) => districts.has(pa.postcodeDistrict) && !employed.has(pa.id)).map((pa) => pa.id),
        ]);
        const area = expectedDbs(pas);
        assert.ok(area.checks.length < expectedDbs(null).checks.length);
        assert.deepEqual(dbsFigures(res.data.dbsCheckAggregates), area.figures);
      });

      it('refuses a bad council code in either with the field and the reason', async () => {
        for (const field of ['safeguardingAggregates', 'dbsCheckAggregates']) {
          const res = await ask(`query ($f: AggregateFilter) { ${field}(filter: $f) { from } }`, { f: { councilGssCode: 'Newcastle' } });
          assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', field);
          assert.equal(res.errors?.[0]?.extensions?.field, 'filter.councilGssCode', field);
          assert.match(res.errors?.[0]?.message ?? '', /GSS code/);
        }
      });

      // Writes: last in the file, so every figure above reads the region as seeded.
      it('counts concerns raised through the hub by the kind of organisation raising them: a council, an NHS body, a support organisation', async () => {
        const eleanor = region.featured.movedDirectPaymentToPhb;
        for (const user of ['social-worker.newcastle', 'chc-nurse.icb', 'support-adviser.tyneside-payroll']) {
          const res = await hub.as(user)(
            `mutation ($p: ID!) { raiseSafeguardingConcern(input: { personId: $p, councilGssCode: "${NEWCASTLE}", source: NHS_STAFF, category: PHYSICAL, summary: "Bruising seen on two visits this week." }) { id } }`,
            { p: eleanor },
          );
          assert.equal(res.errors, undefined, `${user}: ${JSON.stringify(res.errors)}`);
        }
        const a = (await ask(SAFEGUARDING, { f: YEAR })).data.safeguardingAggregates;
        const seeded = expectedSafeguarding(null).concerns.length;
        assert.equal(a.concernsRaised.display, published(seeded + 3));
        assert.deepEqual(rowsOf(a.byRaisingOrganisation), [
          ['COUNCIL_RECORD', published(seeded)],
          ['COUNCIL', '<5'],
          ['NHS_BODY', '<5'],
          ['OTHER_ORGANISATION', '<5'],
        ]);
      });
    });
  });
});
