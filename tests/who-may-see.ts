/**
 * Which organisations have a legitimate relationship with whom in the demo region, worked out
 * from the region's own records by the rules of the README ("Who sees what", "The access model"),
 * one rule at a time, as a data protection officer would state them. Written apart from the
 * access code on purpose: where the two disagree, one of them is wrong.
 *
 * Organisations are named as tokens name them: a council's GSS code, an NHS body's ODS code, or
 * the hub id of a support organisation or training provider.
 */
import type { DemoRegion } from '@continuum/demo';

/** The day the hub runs on in tests (the pinned clock), YYYY-MM-DD. */
export function pinnedToday(): string {
  const day = process.env.CONTINUUM_TODAY;
  if (!day) throw new Error('CONTINUUM_TODAY is not set: the test setup pins it');
  return day;
}

/** "Recent" in the README: CONTINUUM_RECENT_RELATIONSHIP_MONTHS, 24 unless set. */
function recentMonths(): number {
  const n = Number(process.env.CONTINUUM_RECENT_RELATIONSHIP_MONTHS ?? 24);
  return Number.isFinite(n) && n >= 0 ? n : 24;
}

/** YYYY-MM-DD moved by whole calendar months, the day held to the target month's last day. */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The organisations with a legitimate relationship with each person of the region on the pinned
 * day: person id → organisation codes.
 */
export function relationshipsOfPeople(region: DemoRegion): Map<string, Set<string>> {
  return remembered(region).people;
}

/** The organisations that may see each PA of the region on the pinned day: PA id → organisation codes. */
export function relationshipsOfPas(region: DemoRegion): Map<string, Set<string>> {
  return remembered(region).pas;
}

/** The people of the region an organisation has a legitimate relationship with on the pinned day. */
export function peopleRelatedTo(region: DemoRegion, organisationCode: string): Set<string> {
  return holdersOf(relationshipsOfPeople(region), organisationCode);
}

/** The PAs of the region an organisation may see on the pinned day. */
export function pasVisibleTo(region: DemoRegion, organisationCode: string): Set<string> {
  return holdersOf(relationshipsOfPas(region), organisationCode);
}

function holdersOf(relationships: Map<string, Set<string>>, organisationCode: string): Set<string> {
  const out = new Set<string>();
  for (const [subject, organisations] of relationships) if (organisations.has(organisationCode)) out.add(subject);
  return out;
}

const worked = new WeakMap<DemoRegion, { day: string; people: Map<string, Set<string>>; pas: Map<string, Set<string>> }>();
function remembered(region: DemoRegion) {
  const day = `${pinnedToday()}/${recentMonths()}`;
  let w = worked.get(region);
  if (!w || w.day !== day) {
    const people = workOutPeople(region);
    w = { day, people, pas: workOutPas(region, people) };
    worked.set(region, w);
  }
  return w;
}

function addTo(out: Map<string, Set<string>>, organisation: string | null | undefined, subject: string) {
  if (!organisation) return;
  if (!out.has(subject)) out.set(subject, new Set());
  out.get(subject)!.add(organisation);
}

/**
 * "Recent": a relationship that has ended still counts for CONTINUUM_RECENT_RELATIONSHIP_MONTHS
 * after its end, the day 24 months back included. Read for every row of the README's table, so
 * "as the episode" and "until the next review" count the same months after the end as the rows
 * that spell them out.
 */
function recentSince(): (end: string | null) => boolean {
  const since = monthsBefore(pinnedToday(), recentMonths());
  return (end) => end === null || end >= since;
}

function workOutPeople(region: DemoRegion): Map<string, Set<string>> {
  const recent = recentSince();
  const out = new Map<string, Set<string>>();
  const add = (organisation: string | null | undefined, personId: string) => addTo(out, organisation, personId);

  // Funds the person (a council's direct payment, ISF or commissioned package; an NHS body's PHB,
  // CHC package or share of an integrated budget): while the episode runs and 24 months after.
  for (const e of [...region.directPayments, ...region.individualServiceFunds, ...region.commissionedPackages])
    if (recent(e.end)) add(e.councilGssCode, e.personId);
  for (const e of [...region.personalHealthBudgets, ...region.chcPackages]) if (recent(e.end)) add(e.healthBodyOdsCode, e.personId);
  for (const e of region.integratedBudgets) if (recent(e.end)) for (const share of e.shares) add(share.funderCode, e.personId);

  // Processes the person's PHB payments for an NHS body: as the PHB.
  for (const e of region.personalHealthBudgets) if (recent(e.end)) add(e.paymentsProcessedByCouncilGssCode, e.personId);

  // Supports the person as an employer (payroll or managed-account provider, ISF holder): as the episode.
  for (const e of [...region.directPayments, ...region.personalHealthBudgets])
    if (recent(e.end)) add(e.paymentSupportProviderId, e.personId);
  for (const e of region.individualServiceFunds) if (recent(e.end)) add(e.holdingProviderId, e.personId);

  // Assessed the person for CHC: until the next review (none set: the decision stands).
  for (const d of region.chcDecisions) if (recent(d.nextReview)) add(d.healthBodyOdsCode, d.personId);

  // Holds their care plan or NHS plan: while held (every plan in the region is held).
  for (const p of region.carePlans) add(p.councilGssCode, p.personId);
  for (const p of region.healthPlans) add(p.healthBodyOdsCode, p.personId);

  // Leads on a safeguarding concern about the person: while the concern is open, then 24 months.
  for (const c of region.safeguardingConcerns) if (recent(c.closedOn)) add(c.councilGssCode, c.personId);

  // Is party to a funding transition of the person, or proposed it: until it takes effect, then
  // 24 months. One that never takes effect (rejected, withdrawn) counts from the day it closed.
  for (const t of region.transitions) {
    const inFlight = t.status === 'PROPOSED' || t.status === 'AGREED';
    const closedOn = t.status === 'EFFECTIVE' ? t.effectiveDate : (t.completedAt ?? t.proposedAt).slice(0, 10);
    if (!inFlight && !recent(closedOn)) continue;
    add(t.proposedBy, t.personId);
    for (const party of t.parties) add(party.funderCode, t.personId);
  }
  return out;
}

/**
 * A PA may be seen by the host of the register that lists them, by whoever trained them (both
 * open-ended), and by whoever may see one of the people who employ or recently employed them.
 */
function workOutPas(region: DemoRegion, people: Map<string, Set<string>>): Map<string, Set<string>> {
  const recent = recentSince();
  const out = new Map<string, Set<string>>();
  for (const pa of region.personalAssistants) addTo(out, pa.registerOrganisationId, pa.id);
  const providerOfCourse = new Map(region.courses.map((c) => [c.id, c.providerId]));
  for (const r of region.trainingRecords) addTo(out, providerOfCourse.get(r.courseId), r.personalAssistantId);
  for (const e of region.employments) {
    if (!recent(e.end)) continue;
    for (const organisation of people.get(e.employerPersonId) ?? []) addTo(out, organisation, e.personalAssistantId);
  }
  return out;
}
