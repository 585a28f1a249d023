/**
 * Builds the demo region, times it, prints what is in it, and asserts the invariants the
 * subgraphs rely on (determinism, NHS numbers, non-overlapping episodes, referential
 * integrity, the featured cases) for the region anchored on CONTINUUM_DEMO_ANCHOR (or today),
 * and that anchoring moved every date of the base build by the same whole weeks.
 * Run: npx tsx subgraphs/kit/demo/src/region.check.ts (CONTINUUM_DEMO_ANCHOR=YYYY-MM-DD for another day)
 */
import { buildDemoRegion } from './region.ts';
import type { DemoRegion } from './types.ts';
import { isValidNhsNumber } from '@continuum/runtime';
import { addMonths, addYears, dayOf, isoOf } from './dates.ts';
import { round2 } from './money.ts';
import { HEALTH_TASK_DESCRIPTIONS } from './care-needs.ts';
import { DEMO_BASE_DAY, demoCalendar, type DemoCalendar } from './anchor.ts';
import { anchorRegion } from './shift.ts';
import { FEATURED_DP_START, FEATURED_MOVE } from './funding.ts';
import { IN_FLIGHT_FROM, IN_FLIGHT_TO } from './transitions.ts';
import { PAYMENT_PROCESSING_FROM } from './health-plans.ts';

const failures: string[] = [];
function check(ok: boolean, message: string): void {
  if (!ok && failures.length < 50) failures.push(message);
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

// ---- Build, timing and determinism -------------------------------------------------------
const t0 = performance.now();
const region = buildDemoRegion();
const ms = performance.now() - t0;
const again = buildDemoRegion();
const json = JSON.stringify(region);
check(json === JSON.stringify(again), 'two builds with the same options differ');
check(json !== JSON.stringify(buildDemoRegion({ seed: 7 })), 'a different seed gives the same region');
const small = buildDemoRegion({ people: 600, personalAssistants: 500, seed: 3 });
check(JSON.stringify(small) === JSON.stringify(buildDemoRegion({ people: 600, personalAssistants: 500, seed: 3 })), 'small builds differ');

// Anchoring: the base build moved by whole weeks (months for micro-care), nothing else changed.
const base = buildDemoRegion({ anchor: DEMO_BASE_DAY });
const calendar = demoCalendar(region.asOf);
const t1 = performance.now();
const moved = anchorRegion(base, calendar);
const shiftMs = performance.now() - t1;
// Support contracts are built on the anchored region (their returns are for calendar quarters before its day), not moved.
const unmovedKeys = new Set(['supportContracts']);
const movedPart = (r: DemoRegion) => JSON.stringify(Object.fromEntries(Object.entries(r).filter(([k]) => !unmovedKeys.has(k))));
check(movedPart(moved) === movedPart(region), 'the region is not its base build moved to its anchor');
checkMoved(base, region, calendar);
const lastQuarterEnded = (day: string) => {
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return q === 0 ? `${Number(day.slice(0, 4)) - 1}-Q4` : `${day.slice(0, 4)}-Q${q}`;
};
check(
  region.supportContracts.every((c) => c.returns[0]?.quarter === lastQuarterEnded(region.asOf) && c.startsOn <= region.asOf),
  "support contracts' latest returns are not for the last quarter ended before the anchor",
);
check(
  region.asOf === calendar.anchor &&
    calendar.days % 7 === 0 &&
    calendar.days <= dayOf(region.asOf) - dayOf(DEMO_BASE_DAY) &&
    calendar.days > dayOf(region.asOf) - dayOf(DEMO_BASE_DAY) - 7,
  `anchored on ${region.asOf} but moved ${calendar.days} days`,
);

console.log(
  `Built in ${ms.toFixed(0)} ms, of which moving to the anchor ${shiftMs.toFixed(0)} ms (${(json.length / 1e6).toFixed(1)} MB of JSON), asOf ${region.asOf} (base day ${DEMO_BASE_DAY} moved ${calendar.days} days)\n`,
);
for (const [key, value] of Object.entries(region)) if (Array.isArray(value)) console.log(`  ${key.padEnd(28)} ${value.length}`);

// Edge sizes: a tiny region, and more PAs than employers need (the rest are on registers).
const tiny = buildDemoRegion({ people: 100, personalAssistants: 20, seed: 11 });
const oversupplied = buildDemoRegion({ people: 300, personalAssistants: 600, seed: 12 });
for (const r of [region, small, tiny, oversupplied]) checkRegion(r);

if (failures.length > 0) {
  console.error(`\nFAILED (${failures.length}${failures.length === 50 ? '+' : ''}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log('\nAll checks passed.');

/** Every leaf of `after` is the same as in `before`, except dates, each moved by the calendar. */
function checkMoved(before: DemoRegion, after: DemoRegion, cal: DemoCalendar): void {
  const monthly = new Set(['microEnterprises', 'microCareHours', 'microCareClients']);
  const date = /^\d{4}-\d{2}-\d{2}(T.*)?$/;
  let dates = 0;
  const walk = (a: unknown, b: unknown, where: string, byMonth: boolean): void => {
    if (typeof a === 'string' && date.test(a)) {
      dates++;
      check(b === (byMonth ? cal.month(a) : cal.day(a)), `${where}: ${a} became ${String(b)}`);
    } else if (a !== null && typeof a === 'object') {
      check(b !== null && typeof b === 'object' && Object.keys(a).length === Object.keys(b).length, `${where}: shape changed`);
      for (const [k, v] of Object.entries(a)) walk(v, (b as Record<string, unknown>)[k], `${where}.${k}`, byMonth);
    } else {
      check(a === b, `${where}: ${String(a)} became ${String(b)}`);
    }
  };
  for (const [key, value] of Object.entries(before))
    if (key !== 'asOf' && !unmovedKeys.has(key)) walk(value, (after as unknown as Record<string, unknown>)[key], key, monthly.has(key));
  check(dates > 50_000 || before.people.length < 6000, `only ${dates} dates`);
}

function checkRegion(r: DemoRegion): void {
  const verbose = r === region;
  // Windows the generator keeps (episodes before as-of, training in the last four years...) are
  // relative to the base day as anchored, at most six days before the anchor itself.
  const cal = demoCalendar(r.asOf);
  const asOf = dayOf(cal.day(DEMO_BASE_DAY));
  check(asOf <= dayOf(r.asOf) && asOf > dayOf(r.asOf) - 7, `base day anchored on ${isoOf(asOf)}, anchor ${r.asOf}`);
  const isDate = (s: string | null) => s === null || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isoOf(dayOf(s)) === s);

  // ---- Ids unique across the whole region ----
  const ids = new Set<string>();
  let idCount = 0;
  for (const value of Object.values(r)) {
    if (!Array.isArray(value)) continue;
    for (const item of value as { id?: string }[]) {
      if (item.id === undefined) continue;
      idCount++;
      ids.add(item.id);
      check(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(item.id), `bad uuid ${item.id}`);
    }
  }
  check(ids.size === idCount, `ids not unique: ${idCount - ids.size} duplicates`);

  // ---- Lookups ----
  const people = new Map(r.people.map((p) => [p.id, p]));
  const councils = new Map(r.councils.map((c) => [c.gssCode, c]));
  const healthBodies = new Map(r.healthBodies.map((h) => [h.odsCode, h]));
  const orgs = new Map(r.supportOrganisations.map((o) => [o.id, o]));
  const pas = new Map(r.personalAssistants.map((p) => [p.id, p]));
  const courses = new Map(r.courses.map((c) => [c.id, c]));
  const providers = new Map(r.trainingProviders.map((t) => [t.id, t]));
  const orgHasKind = (id: string | null, kind: string) =>
    id !== null && (orgs.get(id)?.kinds as string[] | undefined)?.includes(kind) === true;

  // ---- Reference data ----
  check(r.councils.length === 13, 'expected 13 councils');
  const flint = councils.get('W06000005');
  check(flint?.nation === 'WALES' && flint.name === 'Flintshire County Council', 'Flintshire missing');
  const flintRate = (kind: string, from: string) => flint?.rates.find((x) => x.kind === kind && x.effectiveFrom === from)?.hourlyRate;
  const fy22 = cal.day('2022-04-04');
  check(
    flintRate('DIRECT_PAYMENT', fy22) === 14.58 &&
      flintRate('COMMISSIONED_SOLE_TRADER', fy22) === 16 &&
      flintRate('COMMISSIONED_WITH_EMPLOYEES', fy22) === 16.5 &&
      flintRate('SLEEP_IN', fy22) === 10.59 &&
      flintRate('DIRECT_PAYMENT', cal.day('2021-04-05')) === 13.28,
    'Flintshire rates wrong',
  );
  for (const c of r.councils) {
    if (c.nation === 'ENGLAND') check(c.region === 'North East', `${c.name} region`);
    for (const rate of c.rates) {
      check(isDate(rate.effectiveFrom), `${c.name} rate date`);
      if (rate.kind === 'DIRECT_PAYMENT' && c.nation === 'ENGLAND')
        check(rate.hourlyRate >= 12.5 && rate.hourlyRate <= 15.5, `${c.name} DP rate ${rate.hourlyRate}`);
    }
  }
  for (const h of r.healthBodies) for (const g of h.councilGssCodes) check(councils.has(g), `health body ${h.odsCode} area ${g}`);
  check(healthBodies.get('QHM')?.councilGssCodes.length === 12 && healthBodies.get('7A1')?.nation === 'WALES', 'health bodies wrong');
  for (const o of r.supportOrganisations) for (const g of o.areasServed) check(councils.has(g), `org ${o.name} area ${g}`);
  for (const c of r.courses) check(providers.has(c.providerId), `course ${c.code} provider`);
  for (const c of r.courses.filter((x) => x.requiresNhsSignOff))
    check(providers.get(c.providerId)?.kind === 'NHS_TRUST', `${c.code} not NHS-provided`);
  check(r.courses.filter((c) => c.category === 'CARE_CERTIFICATE_STANDARD').length === 16, '16 Care Certificate standards');
  const kindCount = (k: string) => r.supportOrganisations.filter((o) => (o.kinds as string[]).includes(k)).length;
  check(
    kindCount('PAYROLL_PROVIDER') >= 5 &&
      kindCount('MANAGED_ACCOUNT_PROVIDER') >= 2 &&
      kindCount('UMBRELLA_BODY') >= 1 &&
      kindCount('MICRO_ENTERPRISE_SUPPORT') >= 1 &&
      kindCount('INDIVIDUAL_SERVICE_FUND_PROVIDER') === 2,
    'support organisation kinds',
  );

  // ---- People and NHS numbers ----
  const nhs = new Set<string>();
  for (const p of r.people) {
    check(councils.has(p.councilGssCode), `person ${p.id} council`);
    check(isDate(p.dateOfBirth), `person ${p.id} dob`);
    const age = (asOf - dayOf(p.dateOfBirth)) / 365.25;
    check(age >= 18 && age < 96.1, `person ${p.id} age ${age.toFixed(1)}`);
    if (p.nhsNumber === null) {
      check(p.nhsNumberStatus === '07' || p.nhsNumberStatus === '03', `no NHS number but status ${p.nhsNumberStatus}`);
    } else {
      check(isValidNhsNumber(p.nhsNumber) && /^999\d{7}$/.test(p.nhsNumber), `NHS number ${p.nhsNumber} invalid or outside 999`);
      check(!nhs.has(p.nhsNumber), `NHS number ${p.nhsNumber} repeated`);
      nhs.add(p.nhsNumber);
    }
    for (const li of p.localIdentifiers) {
      check(
        li.agency === 'COUNCIL' ? councils.has(li.organisationCode) : li.agency === 'HEALTH' ? healthBodies.has(li.organisationCode) : true,
        `local id ${li.value}`,
      );
    }
  }

  // ---- Episodes ----
  type Ep = { id: string; personId: string; start: string; end: string | null; kind: string; council: boolean };
  const episodes: Ep[] = [
    ...r.directPayments.map((e) => ({ ...e, kind: 'DP', council: true })),
    ...r.individualServiceFunds.map((e) => ({ ...e, kind: 'ISF', council: true })),
    ...r.commissionedPackages.map((e) => ({ ...e, kind: 'COMMISSIONED', council: true })),
    ...r.personalHealthBudgets.map((e) => ({ ...e, kind: 'PHB', council: false })),
    ...r.chcPackages.map((e) => ({ ...e, kind: 'CHC', council: false })),
    ...r.integratedBudgets.map((e) => ({ ...e, kind: 'INTEGRATED', council: false })),
  ];
  const byPerson = new Map<string, Ep[]>();
  for (const e of episodes) {
    check(people.has(e.personId), `episode ${e.id} person`);
    check(isDate(e.start) && isDate(e.end), `episode ${e.id} dates`);
    check(dayOf(e.start) < asOf && (e.end === null || (e.end >= e.start && dayOf(e.end) < asOf)), `episode ${e.id} ${e.start}..${e.end}`);
    byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), e]);
  }
  for (const [personId, eps] of byPerson) {
    eps.sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < eps.length; i++) {
      const prev = eps[i - 1]!;
      check(prev.end !== null && prev.end < eps[i]!.start, `person ${personId} has overlapping episodes`);
    }
  }
  check(
    r.people.every((p) => byPerson.has(p.id)),
    'someone has no funding episode',
  );
  for (const e of r.directPayments) {
    check(councils.has(e.councilGssCode), `DP ${e.id} council`);
    check(
      e.weeklyAmount === round2(e.hourlyRate * e.hoursPerWeek) && e.hoursPerWeek >= 5 && e.hoursPerWeek <= 40,
      `DP ${e.id} amount/hours`,
    );
    const kind = { PAYROLL_SERVICE: 'PAYROLL_PROVIDER', MANAGED_ACCOUNT: 'MANAGED_ACCOUNT_PROVIDER', SELF_MANAGED: '' }[e.paymentSupport];
    check(kind === '' ? e.paymentSupportProviderId === null : orgHasKind(e.paymentSupportProviderId, kind), `DP ${e.id} support provider`);
  }
  for (const e of r.individualServiceFunds)
    check(councils.has(e.councilGssCode) && orgHasKind(e.holdingProviderId, 'INDIVIDUAL_SERVICE_FUND_PROVIDER'), `ISF ${e.id}`);
  for (const e of r.commissionedPackages)
    check(councils.has(e.councilGssCode) && e.weeklyAmount === round2(e.hourlyRate * e.hoursPerWeek), `package ${e.id}`);
  for (const e of r.personalHealthBudgets) {
    check(healthBodies.has(e.healthBodyOdsCode) && e.weeklyAmount === round2(e.hourlyRate * e.hoursPerWeek), `PHB ${e.id}`);
    check(e.paymentSupportProviderId === null || orgs.has(e.paymentSupportProviderId), `PHB ${e.id} provider`);
  }
  const decisions = new Map(r.chcDecisions.map((d) => [d.id, d]));
  for (const d of r.chcDecisions)
    check(people.has(d.personId) && healthBodies.has(d.healthBodyOdsCode) && dayOf(d.decidedOn) < asOf, `decision ${d.id}`);
  for (const e of r.chcPackages) {
    const d = decisions.get(e.decisionId);
    check(
      d !== undefined &&
        d.outcome !== 'NOT_ELIGIBLE' &&
        d.personId === e.personId &&
        d.decidedOn < e.start &&
        healthBodies.has(e.healthBodyOdsCode),
      `CHC package ${e.id} decision`,
    );
  }
  for (const e of r.integratedBudgets) {
    check(e.shares.reduce((a, s) => a + s.percentage, 0) === 100 && healthBodies.has(e.healthBodyOdsCode), `integrated ${e.id} shares`);
    for (const s of e.shares)
      check(
        s.funderKind === 'COUNCIL' ? councils.has(s.funderCode) : healthBodies.has(s.funderCode),
        `integrated ${e.id} funder ${s.funderCode}`,
      );
  }

  // ---- Care plans: exactly one per person with a council episode ----
  const councilFunded = new Set(episodes.filter((e) => e.council).map((e) => e.personId));
  const planned = new Map(r.carePlans.map((c) => [c.personId, c]));
  check(
    planned.size === r.carePlans.length && planned.size === councilFunded.size && [...councilFunded].every((id) => planned.has(id)),
    'care plans do not match council episodes',
  );
  for (const c of r.carePlans)
    check(
      councils.has(c.councilGssCode) && c.lastReviewed < r.asOf && c.nextReview > c.lastReviewed && c.tasks.length > 0,
      `care plan ${c.id}`,
    );
  for (const p of r.people) {
    const hasCouncilId = p.localIdentifiers.some((l) => l.agency === 'COUNCIL');
    check(hasCouncilId === councilFunded.has(p.id), `person ${p.id} council case number`);
  }

  // ---- PAs and employments ----
  for (const pa of r.personalAssistants) {
    const age = (asOf - dayOf(pa.dateOfBirth)) / 365.25;
    check(age >= 18 && age < 71, `PA ${pa.id} age ${age.toFixed(1)}`);
    check(pa.registerOrganisationId === null || orgHasKind(pa.registerOrganisationId, 'PA_REGISTER_HOST'), `PA ${pa.id} register`);
    check(pa.dbsCheckedOn === null || (isDate(pa.dbsCheckedOn) && dayOf(pa.dbsCheckedOn) < asOf), `PA ${pa.id} DBS date`);
    check(
      (pa.dbsStatus === 'CLEAR' || pa.dbsStatus === 'INFORMATION_DISCLOSED') === (pa.dbsCheckedOn !== null),
      `PA ${pa.id} DBS status/date`,
    );
    check(/^\d{2}[A-D]$/.test(pa.niNumberSuffix), `PA ${pa.id} NI suffix`);
  }
  const epsOf = (personId: string) => byPerson.get(personId) ?? [];
  const openFunding = (personId: string) => epsOf(personId).some((e) => e.end === null);
  const employmentsOf = new Map<string, typeof r.employments>();
  const pairSeen = new Set<string>();
  for (const e of r.employments) {
    const employer = people.get(e.employerPersonId);
    const pa = pas.get(e.personalAssistantId);
    check(employer !== undefined && pa !== undefined, `employment ${e.id} references`);
    check(!pairSeen.has(`${e.employerPersonId}|${e.personalAssistantId}`), `employment ${e.id} duplicates a pair`);
    pairSeen.add(`${e.employerPersonId}|${e.personalAssistantId}`);
    check(dayOf(e.start) < asOf && (e.end === null || (e.end >= e.start && dayOf(e.end) < asOf)), `employment ${e.id} dates`);
    check(e.hoursPerWeek >= 4 && e.hoursPerWeek <= 40, `employment ${e.id} hours`);
    if (pa) check(addYears(dayOf(pa.dateOfBirth), 18) <= dayOf(e.start), `employment ${e.id}: PA under 18 at start`);
    const eps = epsOf(e.employerPersonId);
    const first = eps[0];
    const within = eps.some((x) => x.start <= e.start && (x.end === null || e.start <= x.end));
    check(first !== undefined && (e.start <= first.start || within), `employment ${e.id} starts outside the employer's funding`);
    if (e.end === null) check(openFunding(e.employerPersonId), `employment ${e.id} active but employer's funding ended`);
    employmentsOf.set(e.employerPersonId, [...(employmentsOf.get(e.employerPersonId) ?? []), e]);
  }
  for (const [personId, list] of employmentsOf) {
    if (openFunding(personId))
      check(
        list.some((e) => e.end === null),
        `funded employer ${personId} has no active PA`,
      );
  }
  for (const e of r.personalHealthBudgets) {
    if (e.management === 'DIRECT_PAYMENT') check(employmentsOf.has(e.personId), `PHB direct payment holder ${e.personId} has no PA`);
  }

  // ---- Training ----
  const recordKeys = new Set<string>();
  const recordsOf = new Map<string, typeof r.trainingRecords>();
  const fourYearsAgo = dayOf(cal.day(isoOf(addYears(dayOf(DEMO_BASE_DAY), -4))));
  for (const t of r.trainingRecords) {
    const course = courses.get(t.courseId);
    check(pas.has(t.personalAssistantId) && course !== undefined, `training ${t.id} references`);
    const day = dayOf(t.completedOn);
    check(isDate(t.completedOn) && day >= fourYearsAgo && day < asOf, `training ${t.id} date ${t.completedOn}`);
    const key = `${t.personalAssistantId}|${t.courseId}|${t.completedOn}`;
    check(!recordKeys.has(key), `training ${t.id} duplicates a PA/course/date`);
    recordKeys.add(key);
    if (course) check(t.signedOffBy.nhsStaff === course.requiresNhsSignOff, `training ${t.id} sign-off for ${course.code}`);
    recordsOf.set(t.personalAssistantId, [...(recordsOf.get(t.personalAssistantId) ?? []), t]);
  }
  const courseByTitle = new Map(r.courses.map((c) => [c.title, c]));
  const healthCourseOfTask = new Map(Object.values(HEALTH_TASK_DESCRIPTIONS).map((d) => [d, courseByTitle.get(d)?.id]));
  const nhsFunded = new Set(
    [...r.personalHealthBudgets, ...r.chcPackages, ...r.integratedBudgets].filter((e) => e.end === null).map((e) => e.personId),
  );
  const holdsNhsSigned = (paId: string, courseId?: string) =>
    (recordsOf.get(paId) ?? []).some((t) => t.signedOffBy.nhsStaff && (courseId === undefined || t.courseId === courseId));
  for (const e of r.employments.filter((x) => x.end === null)) {
    const plan = planned.get(e.employerPersonId);
    for (const task of plan?.tasks.filter((t) => t.healthRelated) ?? []) {
      const courseId = healthCourseOfTask.get(task.description);
      if (courseId)
        check(
          holdsNhsSigned(e.personalAssistantId, courseId),
          `PA ${e.personalAssistantId} lacks ${task.description} for employer ${e.employerPersonId}`,
        );
    }
    if (nhsFunded.has(e.employerPersonId))
      check(holdsNhsSigned(e.personalAssistantId), `PA ${e.personalAssistantId} of NHS-funded ${e.employerPersonId} has no NHS sign-off`);
  }

  // ---- Featured ----
  const f = r.featured;
  const featured = people.get(f.movedDirectPaymentToPhb);
  check(
    featured !== undefined && featured.councilGssCode === 'E08000021' && featured.nhsNumberStatus === '01' && featured.nhsNumber !== null,
    'featured person',
  );
  const fDps = r.directPayments.filter((e) => e.personId === f.movedDirectPaymentToPhb);
  const fPhbs = r.personalHealthBudgets.filter((e) => e.personId === f.movedDirectPaymentToPhb);
  const fDp = fDps[0];
  const fPhb = fPhbs[0];
  const move = cal.day(FEATURED_MOVE);
  const lastDp = isoOf(dayOf(move) - 1);
  check(
    fDps.length === 1 && fDp?.councilGssCode === 'E08000021' && fDp.start === cal.day(FEATURED_DP_START) && fDp.end === lastDp,
    'featured DP',
  );
  check(
    fPhbs.length === 1 &&
      fPhb?.healthBodyOdsCode === 'QHM' &&
      fPhb.start === move &&
      fPhb.end === null &&
      fPhb.management === 'DIRECT_PAYMENT',
    'featured PHB',
  );
  check(
    fDp?.paymentSupport === 'PAYROLL_SERVICE' && fPhb?.paymentSupportProviderId === fDp.paymentSupportProviderId,
    'featured payroll provider changed',
  );
  const fEmployments = employmentsOf.get(f.movedDirectPaymentToPhb) ?? [];
  check(
    fEmployments.length === 3 && fEmployments.every((e) => e.end === null && e.start <= lastDp),
    'featured person does not keep exactly 3 PAs',
  );
  for (const e of fEmployments) {
    const records = recordsOf.get(e.personalAssistantId) ?? [];
    check(
      records.some((t) => t.signedOffBy.nhsStaff && courses.get(t.courseId)?.category === 'HEALTH_TASK_COMPETENCE'),
      `featured PA ${e.personalAssistantId} has no NHS-signed health task`,
    );
    check(
      records.some((t) => courses.get(t.courseId)?.category === 'CARE_CERTIFICATE_STANDARD'),
      `featured PA ${e.personalAssistantId} has no Care Certificate standards`,
    );
  }
  for (const id of f.alsoMovedDirectPaymentToPhb) {
    const dps = r.directPayments.filter((e) => e.personId === id);
    const phb = r.personalHealthBudgets.find((e) => e.personId === id);
    const lastDp = dps[dps.length - 1];
    check(
      id !== f.movedDirectPaymentToPhb && lastDp?.end != null && phb !== undefined && dayOf(lastDp.end) + 1 === dayOf(phb.start),
      `mover ${id} DP/PHB not back-to-back`,
    );
    check(
      (employmentsOf.get(id) ?? []).some((e) => e.end === null && e.start <= (lastDp?.end ?? '')),
      `mover ${id} did not keep a PA`,
    );
  }
  const ib = r.integratedBudgets.find((e) => e.personId === f.integratedBudget);
  check(
    ib?.shares.some((s) => s.funderKind === 'COUNCIL' && s.percentage === 40) === true &&
      ib.shares.some((s) => s.funderKind === 'HEALTH' && s.percentage === 60),
    'featured integrated budget 40/60',
  );
  const cbCouncils = new Set(
    r.employments
      .filter((e) => e.personalAssistantId === f.crossBorderPa && e.end === null)
      .map((e) => people.get(e.employerPersonId)?.councilGssCode),
  );
  check(pas.has(f.crossBorderPa) && cbCouncils.size >= 2, 'cross-border PA');

  // ---- Transitions ----
  const t = checkTransitions(r, verbose);

  // ---- Health plans, payment processing, health duties ----
  checkHealthSide(r, verbose, t.inFlightPeople);

  if (!verbose) return;

  // ---- Report ----
  const active = r.employments.filter((e) => e.end === null);
  const activeEmployers = new Set(active.map((e) => e.employerPersonId));
  const employersByPa = new Map<string, Set<string>>();
  for (const e of active)
    employersByPa.set(e.personalAssistantId, (employersByPa.get(e.personalAssistantId) ?? new Set()).add(e.employerPersonId));
  const multi = [...employersByPa.values()].filter((s) => s.size >= 2).length;
  const crossBorder = [...employersByPa.values()].filter(
    (s) => new Set([...s].map((id) => people.get(id)?.councilGssCode)).size >= 2,
  ).length;
  const count = <T>(xs: readonly T[], pred: (x: T) => boolean) => xs.filter(pred).length;
  console.log('\nShape');
  console.log(
    `  people by council:       ${r.councils.map((c) => `${c.name.replace(/ (City |County |Borough )?Council$/, '')} ${count(r.people, (p) => p.councilGssCode === c.gssCode)}`).join(', ')}`,
  );
  console.log(
    `  NHS number status 01:    ${pct(
      count(r.people, (p) => p.nhsNumberStatus === '01'),
      r.people.length,
    )}; no number ${count(r.people, (p) => p.nhsNumber === null)}`,
  );
  console.log(
    `  moved DP -> PHB:         ${f.alsoMovedDirectPaymentToPhb.length + 1} (${pct(f.alsoMovedDirectPaymentToPhb.length + 1, r.people.length)}); integrated ${r.integratedBudgets.length}; CHC decisions ${r.chcDecisions.length} (not eligible ${count(r.chcDecisions, (d) => d.outcome === 'NOT_ELIGIBLE')})`,
  );
  console.log(
    `  DP payment support:      ${['PAYROLL_SERVICE', 'MANAGED_ACCOUNT', 'SELF_MANAGED'].map((k) => `${k} ${count(r.directPayments, (e) => e.paymentSupport === k)}`).join(', ')}`,
  );
  console.log(
    `  PAs per employer:        ${(r.employments.length / employmentsOf.size).toFixed(2)} all-time, ${(active.length / activeEmployers.size).toFixed(2)} active (${employmentsOf.size} employers)`,
  );
  console.log(`  PAs with 2+ employers:   ${pct(multi, employersByPa.size)} of active PAs; cross-border ${crossBorder}`);
  console.log(
    `  employments:             ${active.length} active, ${r.employments.length - active.length} ended; contract signed ${pct(
      count(r.employments, (e) => e.contractSigned),
      r.employments.length,
    )}`,
  );
  console.log(
    `  PAs self-employed:       ${pct(
      count(r.personalAssistants, (p) => p.employmentStatus === 'SELF_EMPLOYED'),
      r.personalAssistants.length,
    )}; DBS ${['CLEAR', 'NOT_CHECKED', 'IN_PROGRESS', 'INFORMATION_DISCLOSED'].map((s) => `${s} ${count(r.personalAssistants, (p) => p.dbsStatus === s)}`).join(', ')}`,
  );
  console.log(
    `  contingency plans:       ${pct(
      count(r.carePlans, (c) => c.contingencyPlanInPlace),
      r.carePlans.length,
    )}`,
  );
  console.log(
    `  training by category:    ${[...new Set(r.courses.map((c) => c.category))].map((cat) => `${cat} ${count(r.trainingRecords, (t) => courses.get(t.courseId)?.category === cat)}`).join(', ')}`,
  );

  console.log('\nFeatured: moved from a council DP to an ICB PHB');
  if (featured) {
    console.log(
      `  ${featured.givenName} ${featured.familyName}, born ${featured.dateOfBirth}, ${featured.postcodeDistrict}, NHS number ${featured.nhsNumber} (status ${featured.nhsNumberStatus})`,
    );
    console.log(`  ids: ${featured.localIdentifiers.map((l) => `${l.agency} ${l.organisationCode} ${l.value}`).join('; ')}`);
  }
  if (fDp)
    console.log(
      `  DP  ${fDp.start} .. ${fDp.end}  £${fDp.hourlyRate}/h x ${fDp.hoursPerWeek}h = £${fDp.weeklyAmount}/wk, ${fDp.paymentSupport} via ${orgs.get(fDp.paymentSupportProviderId ?? '')?.name}`,
    );
  if (fPhb)
    console.log(
      `  PHB ${fPhb.start} .. open        £${fPhb.hourlyRate}/h x ${fPhb.hoursPerWeek}h = £${fPhb.weeklyAmount}/wk, ${fPhb.management} via ${orgs.get(fPhb.paymentSupportProviderId ?? '')?.name}`,
    );
  const plan = planned.get(f.movedDirectPaymentToPhb);
  if (plan) console.log(`  care plan tasks: ${plan.tasks.map((t) => `${t.description}${t.healthRelated ? ' [health]' : ''}`).join(', ')}`);
  for (const e of fEmployments) {
    const pa = pas.get(e.personalAssistantId);
    const records = (recordsOf.get(e.personalAssistantId) ?? []).map((t) => ({ t, c: courses.get(t.courseId) }));
    const health = records
      .filter((x) => x.c?.category === 'HEALTH_TASK_COMPETENCE')
      .map((x) => `${x.c?.title} ${x.t.completedOn} (${x.t.signedOffBy.name}, ${x.t.signedOffBy.role}, ${x.t.signedOffBy.organisation})`);
    const cc = records.filter((x) => x.c?.category === 'CARE_CERTIFICATE_STANDARD').length;
    console.log(
      `  PA ${pa?.givenName} ${pa?.familyName}: ${e.role}, since ${e.start}, ${e.hoursPerWeek}h; CC standards ${cc}/16; ${health.join('; ')}`,
    );
  }
  const ibPerson = people.get(f.integratedBudget);
  console.log(
    `\nIntegrated budget: ${ibPerson?.givenName} ${ibPerson?.familyName} (${ibPerson?.councilGssCode}), ${ib?.shares.map((s) => `${s.funderKind} ${s.funderCode} ${s.percentage}%`).join(' + ')}, from ${ib?.start}`,
  );
  const cb = pas.get(f.crossBorderPa);
  console.log(
    `Cross-border PA: ${cb?.givenName} ${cb?.familyName} (${cb?.postcodeDistrict}), employers in ${[...cbCouncils].map((g) => councils.get(g ?? '')?.name).join(' and ')}`,
  );
}

type Blocker = { kind: string; paId: string | null; code: string | null };

/**
 * Readiness as the hub computes it (worked out here from the plain data, independently of
 * the generator): the person's PA team on `day`, each PA's current competences, contracts
 * and health-duty cover, the payment provider and the contingency plan.
 */
function readinessBlockers(r: DemoRegion, t: DemoRegion['transitions'][number], day: number): Blocker[] {
  const blockers: Blocker[] = [];
  const team = r.employments.filter(
    (e) => e.employerPersonId === t.personId && dayOf(e.start) <= day && (e.end === null || dayOf(e.end) >= day),
  );
  if (team.length === 0) blockers.push({ kind: 'NO_PA_TEAM', paId: null, code: null });
  const courseByCode = new Map(r.courses.map((c) => [c.code, c]));
  for (const e of team) {
    for (const code of t.requiredCompetences) {
      const course = courseByCode.get(code);
      const records = r.trainingRecords.filter((x) => x.personalAssistantId === e.personalAssistantId && x.courseId === course?.id);
      const current = records.filter(
        (x) => course?.validityMonths == null || addMonths(dayOf(x.completedOn), course.validityMonths) >= day,
      );
      if (current.length === 0) blockers.push({ kind: 'MISSING_COMPETENCE', paId: e.personalAssistantId, code });
      else if (course?.requiresNhsSignOff && !current.some((x) => x.signedOffBy.nhsStaff))
        blockers.push({ kind: 'COMPETENCE_NOT_SIGNED_OFF_BY_NHS', paId: e.personalAssistantId, code });
    }
    if (!e.contractSigned) blockers.push({ kind: 'CONTRACT_NOT_SIGNED', paId: e.personalAssistantId, code: null });
    if (t.requiredCompetences.length > 0) {
      if (!e.insuranceUpdated) blockers.push({ kind: 'INSURANCE_NOT_UPDATED', paId: e.personalAssistantId, code: null });
      if (!e.payRateUpdated) blockers.push({ kind: 'PAY_RATE_NOT_UPDATED', paId: e.personalAssistantId, code: null });
    }
  }
  const support = t.newPlan.paymentSupport;
  if ((support === 'PAYROLL_SERVICE' || support === 'MANAGED_ACCOUNT') && !t.newPlan.paymentSupportProviderId)
    blockers.push({ kind: 'PAYMENT_PROVIDER_NOT_SET', paId: null, code: null });
  const plan = r.carePlans.find((c) => c.personId === t.personId);
  if (!plan?.contingencyPlanInPlace) blockers.push({ kind: 'NO_CONTINGENCY_PLAN', paId: null, code: null });
  return blockers;
}

function checkTransitions(r: DemoRegion, verbose: boolean): { inFlightPeople: Set<string> } {
  const cal = demoCalendar(r.asOf);
  const asOf = dayOf(cal.day(DEMO_BASE_DAY));
  const people = new Map(r.people.map((p) => [p.id, p]));
  const councils = new Set(r.councils.map((c) => c.gssCode));
  const bodies = new Set(r.healthBodies.map((h) => h.odsCode));
  const htCodes = new Set(r.courses.filter((c) => c.category === 'HEALTH_TASK_COMPETENCE').map((c) => c.code));
  const dps = new Map(r.directPayments.map((e) => [e.id, e]));
  type Nhs = {
    id: string;
    personId: string;
    start: string;
    end: string | null;
    openedByTransitionId?: string | null;
    endedByTransitionId?: string | null;
    type: string;
  };
  const nhs = new Map<string, Nhs>([
    ...r.personalHealthBudgets.map((e) => [e.id, { ...e, type: 'PersonalHealthBudget' }] as const),
    ...r.integratedBudgets.map((e) => [e.id, { ...e, type: 'IntegratedBudget' }] as const),
    ...r.chcPackages.map((e) => [e.id, { ...e, type: 'ContinuingHealthcarePackage' }] as const),
  ]);
  const byId = new Map(r.transitions.map((t) => [t.id, t]));
  const inFlightPeople = new Set<string>();
  const count = new Map<string, number>();
  const instant = (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(s);

  for (const t of r.transitions) {
    count.set(t.status, (count.get(t.status) ?? 0) + 1);
    const dp = dps.get(t.fromEpisodeId);
    check(
      people.has(t.personId) &&
        dp?.personId === t.personId &&
        t.fromEpisodeType === 'DirectPayment' &&
        t.fromFunderKind === 'COUNCIL' &&
        t.fromFunderCode === dp.councilGssCode &&
        t.fromEpisodeStart === dp.start,
      `transition ${t.id} from-episode`,
    );
    check(
      t.effectiveDate > t.fromEpisodeStart && instant(t.proposedAt) && (t.completedAt === null || instant(t.completedAt)),
      `transition ${t.id} dates`,
    );
    check(
      t.toFunderKind === 'HEALTH' && bodies.has(t.toFunderCode) && t.reason.trim().length > 0 && t.newPlan.weeklyAmount > 0,
      `transition ${t.id} new funder/plan`,
    );
    check(councils.has(t.proposedBy) || bodies.has(t.proposedBy), `transition ${t.id} proposedBy`);
    check(
      t.requiredCompetences.length > 0 && t.requiredCompetences.every((c) => htCodes.has(c)),
      `transition ${t.id} competences ${t.requiredCompetences}`,
    );
    // Parties: the current funder, the new funder and any other council sharing an integrated budget.
    const partyKeys = t.parties.map((p) => `${p.funderKind}|${p.funderCode}`);
    check(new Set(partyKeys).size === partyKeys.length, `transition ${t.id} repeats a party`);
    check(
      t.parties.some((p) => p.role === 'CURRENT_FUNDER' && p.funderKind === t.fromFunderKind && p.funderCode === t.fromFunderCode) &&
        t.parties.some((p) => p.role === 'NEW_FUNDER' && p.funderKind === t.toFunderKind && p.funderCode === t.toFunderCode),
      `transition ${t.id} parties`,
    );
    for (const p of t.parties)
      check(p.funderKind === 'COUNCIL' ? councils.has(p.funderCode) : bodies.has(p.funderCode), `transition ${t.id} party ${p.funderCode}`);
    if (t.toVehicle === 'INTEGRATED_BUDGET') {
      check(
        t.shares.reduce((a, s) => a + s.percentage, 0) === 100 &&
          t.shares.every((s) => Number.isInteger(s.percentage) && s.percentage >= 1 && s.percentage <= 99) &&
          t.shares.filter((s) => s.funderKind === 'HEALTH').length === 1 &&
          t.shares.some((s) => s.funderKind === 'HEALTH' && s.funderCode === t.toFunderCode) &&
          t.shares.some((s) => s.funderKind === 'COUNCIL'),
        `transition ${t.id} shares do not add up`,
      );
      for (const s of t.shares)
        check(partyKeys.includes(`${s.funderKind}|${s.funderCode}`), `transition ${t.id} share ${s.funderCode} not a party`);
    } else {
      check(t.shares.length === 0, `transition ${t.id} has shares for ${t.toVehicle}`);
    }
    if (t.toVehicle === 'PERSONAL_HEALTH_BUDGET')
      check(t.newPlan.phbManagement !== null && t.newPlan.paymentSupport !== null, `transition ${t.id} PHB plan`);
    // Answers: one per party at most, 2-60 days after the proposal, before completion.
    const proposed = dayOf(t.proposedAt.slice(0, 10));
    const answered = t.responses.map((x) => `${x.funderKind}|${x.funderCode}`);
    check(new Set(answered).size === answered.length && answered.every((k) => partyKeys.includes(k)), `transition ${t.id} responses`);
    for (const x of t.responses) {
      const d = dayOf(x.respondedAt.slice(0, 10));
      check(
        instant(x.respondedAt) &&
          d >= proposed + 2 &&
          d <= proposed + 60 &&
          d < asOf &&
          (t.completedAt === null || x.respondedAt <= t.completedAt) &&
          x.respondedBy.includes(', '),
        `transition ${t.id} response ${x.funderCode}`,
      );
    }
    const allAgreed = t.parties.every((p) =>
      t.responses.some((x) => x.funderCode === p.funderCode && x.funderKind === p.funderKind && x.decision === 'AGREE'),
    );
    const rejected = t.responses.some((x) => x.decision === 'REJECT');
    const inFlight = t.status === 'PROPOSED' || t.status === 'AGREED';
    check(
      inFlight === (t.completedAt === null) && (t.status === 'EFFECTIVE') === (t.newEpisodeId !== null),
      `transition ${t.id} completion`,
    );
    check((t.status === 'REJECTED' || t.status === 'WITHDRAWN') === (t.statusReason !== null), `transition ${t.id} statusReason`);
    if (t.status === 'PROPOSED') check(!allAgreed && !rejected, `PROPOSED transition ${t.id} answers`);
    if (t.status === 'AGREED' || t.status === 'EFFECTIVE')
      check(allAgreed && !rejected, `${t.status} transition ${t.id} not agreed by all`);
    if (t.status === 'REJECTED')
      check(rejected && t.responses.some((x) => x.decision === 'REJECT' && x.note === t.statusReason), `REJECTED transition ${t.id}`);
    if (t.status === 'WITHDRAWN') check(!rejected, `WITHDRAWN transition ${t.id}`);
    if (inFlight) {
      check(!inFlightPeople.has(t.personId), `person ${t.personId} has two transitions in flight`);
      inFlightPeople.add(t.personId);
      check(
        dp?.end === null && t.effectiveDate >= cal.day(IN_FLIGHT_FROM) && t.effectiveDate <= cal.day(IN_FLIGHT_TO) && proposed < asOf,
        `in-flight transition ${t.id} dates/episode`,
      );
    }
    if (t.status === 'EFFECTIVE') {
      const next = nhs.get(t.newEpisodeId ?? '');
      const effective = dayOf(t.effectiveDate);
      check(
        dp?.end != null && dayOf(dp.end) === effective - 1 && dp.endedByTransitionId === t.id,
        `EFFECTIVE transition ${t.id}: DP does not end the day before`,
      );
      check(
        next !== undefined &&
          next.personId === t.personId &&
          next.start === t.effectiveDate &&
          next.openedByTransitionId === t.id &&
          next.type === t.newEpisodeType,
        `EFFECTIVE transition ${t.id}: NHS episode does not start on the effective date`,
      );
      check(
        proposed >= effective - 120 && proposed <= effective - 20,
        `EFFECTIVE transition ${t.id} proposed ${effective - proposed} days ahead`,
      );
      const completed = dayOf(t.completedAt?.slice(0, 10) ?? t.effectiveDate);
      check(
        completed < effective && completed >= effective - 7,
        `EFFECTIVE transition ${t.id} completed ${effective - completed} days ahead`,
      );
    }
  }
  // Links from episodes back to their transitions, and every mover's move recorded.
  for (const e of [...r.directPayments, ...nhs.values()]) {
    if (e.endedByTransitionId != null) check(byId.get(e.endedByTransitionId)?.fromEpisodeId === e.id, `episode ${e.id} endedBy`);
    if (e.openedByTransitionId != null) check(byId.get(e.openedByTransitionId)?.newEpisodeId === e.id, `episode ${e.id} openedBy`);
  }
  const dpEnds = new Set(r.directPayments.filter((e) => e.end !== null).map((e) => `${e.personId}|${isoOf(dayOf(e.end!) + 1)}`));
  for (const e of nhs.values())
    if (dpEnds.has(`${e.personId}|${e.start}`)) check(e.openedByTransitionId != null, `mover ${e.personId} has no EFFECTIVE transition`);

  // The featured blocked move: agreed by both, held up by exactly one PA missing one competence, for months to come.
  const f = r.featured.inFlightBlocked;
  const featured = r.transitions.find((t) => t.personId === f && (t.status === 'PROPOSED' || t.status === 'AGREED'));
  check(f !== '' || r.people.length < 300, 'no featured in-flight blocked person');
  if (f !== '') {
    check(
      featured?.status === 'AGREED' && featured.toVehicle === 'PERSONAL_HEALTH_BUDGET',
      'featured in-flight transition not an AGREED PHB move',
    );
    for (const day of [asOf, asOf + 120]) {
      const blockers = featured ? readinessBlockers(r, featured, day) : [];
      const exact = blockers.length === 1 && blockers[0]?.kind === 'MISSING_COMPETENCE';
      // A small region may have nobody whose only problem is one lapsed competence: then blocked by one at least.
      check(
        r.people.length < 1000 ? blockers.some((b) => b.kind === 'MISSING_COMPETENCE') : exact,
        `featured in-flight person on ${isoOf(day)}: ${blockers.map((b) => `${b.kind} ${b.code ?? ''}`).join(', ') || 'no blockers'}`,
      );
    }
  }
  for (const t of r.transitions.filter((x) => x.status === 'AGREED')) {
    check(
      readinessBlockers(r, t, asOf).some((b) => b.kind === 'MISSING_COMPETENCE'),
      `AGREED transition ${t.id} is not blocked by a competence`,
    );
  }
  if (verbose) {
    const n = (s: string) => count.get(s) ?? 0;
    check(
      n('PROPOSED') + n('AGREED') >= 20 && n('PROPOSED') + n('AGREED') <= 30 && n('REJECTED') === 3 && n('WITHDRAWN') === 3,
      'transition counts',
    );
    check(
      r.transitions.some((t) => t.status === 'PROPOSED' && t.responses.length === 1) &&
        r.transitions.some((t) => t.status === 'PROPOSED' && t.responses.length === 0),
      'PROPOSED with 0 and 1 answers',
    );
    console.log(`\nTransitions: ${[...count].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (featured) {
      const p = people.get(f);
      const blocker = readinessBlockers(r, featured, asOf)[0];
      const pa = r.personalAssistants.find((x) => x.id === blocker?.paId);
      const team = r.employments.filter((e) => e.employerPersonId === f && e.end === null).length;
      console.log(
        `Featured in flight (AGREED, blocked): ${p?.givenName} ${p?.familyName}, NHS number ${p?.nhsNumber}, ${p?.councilGssCode}; ` +
          `${featured.fromFunderCode} DP -> ${featured.toFunderCode} PHB from ${featured.effectiveDate}; needs ${featured.requiredCompetences.join(', ')}; ` +
          `${team} PAs; blocker: ${blocker?.kind} ${blocker?.code} (${pa?.givenName} ${pa?.familyName})`,
      );
    }
  }
  return { inFlightPeople };
}

function checkHealthSide(r: DemoRegion, verbose: boolean, inFlightPeople: Set<string>): void {
  const processingFrom = demoCalendar(r.asOf).day(PAYMENT_PROCESSING_FROM);
  const open = new Map<string, string>();
  for (const e of [...r.personalHealthBudgets, ...r.integratedBudgets, ...r.chcPackages])
    if (e.end === null) open.set(e.personId, e.healthBodyOdsCode);
  const carePlans = new Map(r.carePlans.map((c) => [c.personId, c]));
  const pooled = new Set([...r.personalHealthBudgets, ...r.integratedBudgets].filter((e) => e.end === null).map((e) => e.personId));

  // One health plan per person on open NHS funding, from that body.
  const planned = new Set<string>();
  let comparable = 0;
  let differing = 0;
  for (const h of r.healthPlans) {
    check(
      !planned.has(h.personId) && open.get(h.personId) === h.healthBodyOdsCode && h.tasks.length > 0 && h.lastReviewed < r.asOf,
      `health plan ${h.id}`,
    );
    planned.add(h.personId);
    const council = carePlans.get(h.personId);
    if (!council) continue;
    const a = council.tasks
      .map((t) => t.description)
      .sort()
      .join('|');
    const b = h.tasks
      .map((t) => t.description)
      .sort()
      .join('|');
    if (pooled.has(h.personId)) comparable++;
    if (a !== b) {
      differing++;
      check(pooled.has(h.personId), `health plan ${h.id} differs from the council plan but the person is on CHC`);
    }
  }
  check(planned.size === open.size, `health plans ${planned.size} for ${open.size} people on NHS funding`);
  if (verbose) check(differing >= 0.03 * comparable && differing <= 0.2 * comparable, `${differing} of ${comparable} health plans differ`);

  // Payment processing: the two NE agreements; PHBs processed are in those councils.
  const agreements = new Map(r.paymentProcessingAgreements.map((a) => [`${a.healthBodyOdsCode}|${a.councilGssCode}`, a]));
  check(
    agreements.get('QHM|E08000021')?.feePerCustomerPerMonth === 35 &&
      agreements.get('QHM|E08000024')?.feePerCustomerPerMonth === 30 &&
      r.paymentProcessingAgreements.every((a) => a.start === processingFrom && a.end === null),
    'payment processing agreements',
  );
  const homeCouncil = new Map(r.people.map((p) => [p.id, p.councilGssCode]));
  for (const b of r.personalHealthBudgets) {
    const by = b.paymentsProcessedByCouncilGssCode ?? null;
    const eligible =
      agreements.has(`${b.healthBodyOdsCode}|${homeCouncil.get(b.personId)}`) &&
      b.management !== 'NOTIONAL' &&
      (b.end === null || b.end >= processingFrom);
    check(eligible ? by === homeCouncil.get(b.personId) : by === null, `PHB ${b.id} payment processing`);
  }
  if (verbose)
    check(r.personalHealthBudgets.filter((b) => b.paymentsProcessedByCouncilGssCode).length >= 20, 'few PHBs processed by councils');

  // Health duties: active employments of people on NHS funding or with a move in flight.
  const ratesOf = new Map(
    r.councils.map((c) => [
      c.gssCode,
      c.rates.filter((x) => x.kind === 'DIRECT_PAYMENT').sort((x, y) => x.effectiveFrom.localeCompare(y.effectiveFrom)),
    ]),
  );
  const dpRate = (gss: string, day: string) => {
    const rates = ratesOf.get(gss) ?? [];
    return [...rates].reverse().find((x) => x.effectiveFrom <= day)?.hourlyRate ?? rates[0]?.hourlyRate ?? 0;
  };
  let duties = 0;
  let incomplete = 0;
  for (const e of r.employments) {
    const expected = e.end === null && (open.has(e.employerPersonId) || inFlightPeople.has(e.employerPersonId));
    check(e.healthDuties === expected, `employment ${e.id} healthDuties ${e.healthDuties}`);
    if (!e.healthDuties) {
      check(
        e.insuranceUpdated === false && e.payRateUpdated === false && e.healthHourlyRate === null && e.healthDutiesReviewedOn === null,
        `employment ${e.id} cover without duties`,
      );
      continue;
    }
    duties++;
    if (!e.insuranceUpdated || !e.payRateUpdated) incomplete++;
    check(
      e.payRateUpdated === (e.healthHourlyRate != null) && (e.insuranceUpdated || e.payRateUpdated) === (e.healthDutiesReviewedOn != null),
      `employment ${e.id} cover fields`,
    );
    const reviewed = e.healthDutiesReviewedOn;
    if (reviewed) check(reviewed >= e.start && reviewed < r.asOf, `employment ${e.id} reviewed ${reviewed}`);
    const home = homeCouncil.get(e.employerPersonId) ?? '';
    if (e.healthHourlyRate != null && reviewed) {
      const base = dpRate(home, reviewed);
      check(e.healthHourlyRate > base && e.healthHourlyRate <= base + 2, `employment ${e.id} health rate ${e.healthHourlyRate} vs ${base}`);
    }
  }
  if (verbose) {
    check(incomplete >= 0.08 * duties && incomplete <= 0.25 * duties, `${incomplete} of ${duties} health-duty employments not updated`);
    console.log(
      `Health side: ${r.healthPlans.length} health plans (${differing} of ${comparable} differ from the council plan); ` +
        `${r.personalHealthBudgets.filter((b) => b.paymentsProcessedByCouncilGssCode).length} PHBs processed by councils; ` +
        `${duties} employments with health duties, ${incomplete} missing insurance or pay`,
    );
  }
}
