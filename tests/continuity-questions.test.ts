import { type DemoRegion, buildDemoRegion } from '@continuum/demo';
import { publishCount } from '@continuum/access';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { continuityQuestions } from './continuity-questions.ts';
import { pasVisibleTo, peopleRelatedTo, startTestHub, type TestHub } from './helpers.ts';

/**
 * Each answer worked out here from the demo region's own records, with plain code of the test's
 * own (not the subgraphs'), so that the two can disagree.
 */
const region = buildDemoRegion();
const ICB = 'QHM';
const TODAY = dayFromToday(0);
const DAY_MS = 86_400_000;

type Employment = DemoRegion['employments'][number];
type Transition = DemoRegion['transitions'][number];

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const people = byId(region.people);
const pas = byId(region.personalAssistants);
const councils = new Map(region.councils.map((c) => [c.gssCode, c]));
const courses = new Map(region.courses.map((c) => [c.code, c]));
const courseById = byId(region.courses);

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => isoDay(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS);
const runsOn = (x: { start: string; end: string | null }, day: string) => x.start <= day && (x.end === null || x.end >= day);
/** Oldest first: start, then id (a uuid's text order is its byte order). */
const byStartThenId = (a: { start: string; id: string }, b: { start: string; id: string }) =>
  a.start.localeCompare(b.start) || a.id.localeCompare(b.id);
const names = (x: { givenName: string; familyName: string }) => ({ givenName: x.givenName, familyName: x.familyName });

/** A person's PA team today, in the order the register keeps it. */
const teamOf = (personId: string): Employment[] =>
  region.employments.filter((e) => e.employerPersonId === personId && runsOn(e, TODAY)).sort(byStartThenId);

/** Completed on + the course's validity in calendar months, the day held to the month's last day. */
function expiresOn(completedOn: string, months: number | null): string | null {
  if (months === null) return null;
  const [y, m, d] = completedOn.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A PA's training records for a course code that have not expired by today. */
function currentRecords(paId: string, code: string) {
  return region.trainingRecords.filter((r) => {
    const course = courseById.get(r.courseId)!;
    const expiry = expiresOn(r.completedOn, course.validityMonths);
    return r.personalAssistantId === paId && course.code === code && (expiry === null || expiry >= TODAY);
  });
}

/** What stands in the way of a move, person by person and PA by PA (readiness as the README describes it). */
function readinessOf(t: Transition) {
  const team = teamOf(t.personId);
  const carePlan = region.carePlans
    .filter((p) => p.personId === t.personId)
    .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || b.id.localeCompare(a.id))[0];
  const personBlockers: string[] = [];
  if (team.length === 0) personBlockers.push('NO_PA_TEAM');
  if (
    (t.newPlan.paymentSupport === 'PAYROLL_SERVICE' || t.newPlan.paymentSupport === 'MANAGED_ACCOUNT') &&
    !t.newPlan.paymentSupportProviderId
  )
    personBlockers.push('PAYMENT_PROVIDER_NOT_SET');
  if (!carePlan?.contingencyPlanInPlace) personBlockers.push('NO_CONTINGENCY_PLAN');
  const healthTasks = t.requiredCompetences.length > 0;
  const personalAssistants = team.map((e) => {
    const blockers: { kind: string; courseCode: string | null }[] = [];
    for (const code of t.requiredCompetences) {
      const current = currentRecords(e.personalAssistantId, code);
      if (current.length === 0) blockers.push({ kind: 'MISSING_COMPETENCE', courseCode: code });
      else if (courses.get(code)?.requiresNhsSignOff && !current.some((r) => r.signedOffBy.nhsStaff))
        blockers.push({ kind: 'COMPETENCE_NOT_SIGNED_OFF_BY_NHS', courseCode: code });
    }
    if (!e.contractSigned) blockers.push({ kind: 'CONTRACT_NOT_SIGNED', courseCode: null });
    if (healthTasks && !e.insuranceUpdated) blockers.push({ kind: 'INSURANCE_NOT_UPDATED', courseCode: null });
    if (healthTasks && !e.payRateUpdated) blockers.push({ kind: 'PAY_RATE_NOT_UPDATED', courseCode: null });
    return { personalAssistant: names(pas.get(e.personalAssistantId)!), ready: blockers.length === 0, blockers };
  });
  return { ready: personBlockers.length === 0 && personalAssistants.every((p) => p.ready), personalAssistants };
}

const inFlight = (t: Transition) => t.status === 'PROPOSED' || t.status === 'AGREED';
const involvesIcb = (t: Transition) => t.proposedBy === ICB || t.parties.some((p) => p.funderCode === ICB);

/** The people the ICB funds today (a PHB, a CHC package or a share of an integrated budget) or is moving to its funding. */
const icbPeople = new Set([
  ...[...region.personalHealthBudgets, ...region.chcPackages]
    .filter((e) => e.healthBodyOdsCode === ICB && runsOn(e, TODAY))
    .map((e) => e.personId),
  ...region.integratedBudgets.filter((e) => runsOn(e, TODAY) && e.shares.some((s) => s.funderCode === ICB)).map((e) => e.personId),
  ...region.transitions.filter((t) => inFlight(t) && involvesIcb(t)).map((t) => t.personId),
]);

function q1ReferredForNhsFunding() {
  const moves = region.transitions
    .filter((t) => inFlight(t) && t.fromEpisodeType === 'DirectPayment' && involvesIcb(t))
    // Newest proposal first.
    .sort((a, b) => b.proposedAt.localeCompare(a.proposedAt) || b.id.localeCompare(a.id));
  return {
    transitions: {
      totalCount: moves.length,
      edges: moves.slice(0, 100).map((t) => {
        const p = people.get(t.personId)!;
        const n = p.nhsNumber;
        return {
          node: {
            person: { ...names(p), nhsNumber: n ? { formatted: `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` } : null },
            toVehicle: t.toVehicle,
            toFunderCode: t.toFunderCode,
            status: t.status,
            effectiveDate: t.effectiveDate,
            requiredCompetences: t.requiredCompetences,
            readiness: readinessOf(t),
          },
        };
      }),
    },
  };
}

/**
 * The ICB's own moves: a report counts only people the caller may see, and the ICB sees the
 * people whose move it was party to (for 24 months after it took effect, longer than this window).
 */
function q2KeptTheirPas(from: string, to: string, areaCode: string) {
  const districts = new Set(councils.get(areaCode)!.postcodeDistricts);
  const moves = region.transitions.filter(
    (t) =>
      districts.has(people.get(t.personId)!.postcodeDistrict) &&
      t.status === 'EFFECTIVE' &&
      t.fromEpisodeType === 'DirectPayment' &&
      t.toVehicle === 'PERSONAL_HEALTH_BUDGET' &&
      t.effectiveDate >= from &&
      t.effectiveDate <= to &&
      involvesIcb(t),
  );
  // Kept all: everyone employed the day before the move is still employed on the day.
  const kept = moves.filter((t) =>
    region.employments
      .filter((e) => e.employerPersonId === t.personId && runsOn(e, addDays(t.effectiveDate, -1)))
      .every((e) => runsOn(e, t.effectiveDate)),
  ).length;
  const days = moves
    .map((t) => Math.round((Date.parse(t.completedAt!.slice(0, 10)) - Date.parse(t.proposedAt.slice(0, 10))) / DAY_MS))
    .sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  // A figure over fewer than five moves would describe the people in it: not published.
  const published = (figure: number) => (moves.length >= 5 ? figure : null);
  return {
    transitionOutcomes: {
      completed: moves.length,
      keptAllPersonalAssistants: kept,
      percentKeptAllPersonalAssistants: published(Math.round((kept / moves.length) * 1000) / 10),
      medianDaysToComplete: published(days.length % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2),
      averageDaysToComplete: published(Math.round((days.reduce((s, d) => s + d, 0) / days.length) * 10) / 10),
    },
  };
}

function q3PlansThatDiffer() {
  const rows = region.healthPlans
    .filter((h) => h.healthBodyOdsCode === ICB)
    .sort((a, b) => a.personId.localeCompare(b.personId))
    .flatMap((h) => {
      const carePlan = region.carePlans
        .filter((c) => c.personId === h.personId)
        .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || b.id.localeCompare(a.id))[0];
      if (!carePlan) return [];
      const council = carePlan.tasks.map((t) => t.description);
      const health = h.tasks.map((t) => t.description);
      const councilOnlyTasks = [...new Set(council.filter((t) => !health.includes(t)))];
      const healthOnlyTasks = [...new Set(health.filter((t) => !council.includes(t)))];
      if (councilOnlyTasks.length === 0 && healthOnlyTasks.length === 0) return [];
      const team = [...new Set(teamOf(h.personId).map((e) => e.personalAssistantId))];
      return [
        {
          person: names(people.get(h.personId)!),
          councilOnlyTasks,
          healthOnlyTasks,
          personalAssistants: team.map((id) => names(pas.get(id)!)),
        },
      ];
    });
  return { planTaskDifferences: rows };
}

function q4PaymentsProcessedByCouncils(quarter: string, areaCode: string) {
  const [year, q] = quarter.split('-Q').map(Number);
  const months = [0, 1, 2].map((i) => {
    const month = (q - 1) * 3 + i;
    return [isoDay(Date.UTC(year, month, 1)), isoDay(Date.UTC(year, month + 1, 0))];
  });
  const agreements = region.paymentProcessingAgreements
    .filter((a) => a.healthBodyOdsCode === ICB && a.councilGssCode === areaCode)
    .sort((a, b) => a.councilGssCode.localeCompare(b.councilGssCode) || byStartThenId(a, b));
  return {
    paymentProcessingAgreements: agreements.map((a) => {
      const budgets = region.personalHealthBudgets.filter(
        (b) => b.healthBodyOdsCode === ICB && b.paymentsProcessedByCouncilGssCode === a.councilGssCode,
      );
      // Each month of the quarter counts the budgets running on any of its days while the agreement runs.
      const customerMonths = months.reduce((sum, [first, last]) => {
        const from = a.start > first ? a.start : first;
        const to = a.end !== null && a.end < last ? a.end : last;
        return from > to ? sum : sum + budgets.filter((b) => b.start <= to && (b.end === null || b.end >= from)).length;
      }, 0);
      const council = councils.get(a.councilGssCode)!;
      return {
        council: { name: council.name, gssCode: council.gssCode },
        feePerCustomerPerMonth: a.feePerCustomerPerMonth,
        customers: runsOn(a, TODAY)
          ? budgets
              .filter((b) => runsOn(b, TODAY))
              .sort(byStartThenId)
              .map((b) => ({ person: names(people.get(b.personId)!) }))
          : [],
        feeForQuarter: { quarter, customerMonths, fee: Math.round(customerMonths * a.feePerCustomerPerMonth * 100) / 100 },
      };
    }),
  };
}

function q5HealthDutiesNotCovered() {
  const jobs = region.employments
    .filter((e) => runsOn(e, TODAY) && e.healthDuties && (!e.insuranceUpdated || !e.payRateUpdated) && icbPeople.has(e.employerPersonId))
    .sort(byStartThenId);
  return {
    employments: {
      totalCount: jobs.length,
      edges: jobs.slice(0, 100).map((e) => ({
        node: {
          personalAssistant: names(pas.get(e.personalAssistantId)!),
          employer: names(people.get(e.employerPersonId)!),
          role: e.role,
          healthDutiesCover: { insuranceUpdated: e.insuranceUpdated, payRateUpdated: e.payRateUpdated },
        },
      })),
    },
  };
}

/** The negative returns of the PAs the ICB may see (those of the people it funds), newest certificate first, and what was decided. */
function q28DbsNegativeReturns() {
  const seen = pasVisibleTo(region, ICB);
  const returns = region.dbsChecks
    .filter((c) => c.result === 'INFORMATION_DISCLOSED' && seen.has(c.personalAssistantId))
    .sort((a, b) => b.certificateIssuedOn!.localeCompare(a.certificateIssuedOn!) || a.id.localeCompare(b.id));
  return {
    dbsChecks: {
      totalCount: returns.length,
      edges: returns.slice(0, 100).map((c) => ({
        node: {
          personalAssistant: names(pas.get(c.personalAssistantId)!),
          checkedOn: c.certificateIssuedOn,
          level: c.level,
          processedBy: { kind: c.processedByKind, organisationCode: c.processedByCode },
          negativeReturnDecision: c.decision
            ? { discussionHeldOn: c.discussionHeldOn, discussedWith: c.discussedWith, decision: c.decision, decidedOn: c.decidedOn }
            : null,
        },
      })),
    },
  };
}

/** Q7, from the demo region's register entries: each entry's unmet conditions, counted as the search counts them. */
function q7RegisterPasNearAPerson(personId: string) {
  const centroid = new Map(region.districtCentroids.map((c) => [c.district, c]));
  const rad = (d: number) => (d * Math.PI) / 180;
  const miles = (a: string, b: string) => {
    const p = centroid.get(a)!;
    const q = centroid.get(b)!;
    return 3958.8 * Math.hypot(rad(q.latitude - p.latitude), Math.cos(rad((p.latitude + q.latitude) / 2)) * rad(q.longitude - p.longitude));
  };
  const near = people.get(personId)!.postcodeDistrict!;
  const cutoff = `${Number(TODAY.slice(0, 4)) - 3}${TODAY.slice(4)}`;
  const found = region.registerEntries.flatMap((e) => {
    const d = miles(near, e.postcodeDistrict);
    if (d > 10) return [];
    const pa = pas.get(e.personalAssistantId)!;
    const free = (day: string) => e.availability.some((s) => s.day === day && s.period === 'MORNING');
    const dbsCurrent =
      e.shareDbs &&
      (pa.dbsStatus === 'CLEAR' || pa.dbsStatus === 'INFORMATION_DISCLOSED') &&
      pa.dbsCheckedOn! >= cutoff &&
      pa.dbsCheckedOn! <= TODAY;
    const shortfalls = [
      d > 5,
      e.maxTravelMiles !== null && d > e.maxTravelMiles,
      !free('SATURDAY'),
      !free('SUNDAY'),
      !(e.training ?? []).includes('MOVING_AND_POSITIONING'),
      !dbsCurrent,
      !(e.languages ?? []).includes('Bengali'),
    ].filter(Boolean).length;
    return shortfalls <= 1 ? [{ id: e.id, shortfalls }] : [];
  });
  return { near, found };
}

/** The last Sunday of a month (1-12) of a year, as YYYY-MM-DD. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  return isoDay(last.getTime() - last.getUTCDay() * DAY_MS);
}

/** UK wall-clock time of an instant: GMT, or BST (+1h) from 01:00 UTC on March's last Sunday to 01:00 UTC on October's. */
function ukTime(instant: string): { day: string; weekday: number; minutes: number } {
  const ms = Date.parse(instant);
  const year = new Date(ms).getUTCFullYear();
  const bst = ms >= Date.parse(`${lastSunday(year, 3)}T01:00:00Z`) && ms < Date.parse(`${lastSunday(year, 10)}T01:00:00Z`);
  const local = new Date(ms + (bst ? 3_600_000 : 0));
  return { day: isoDay(local.getTime()), weekday: local.getUTCDay(), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** Q15: sessions starting in the window (UK days) in the employer's home or outside 09:00-17:00 Monday to Friday, soonest first. */
function q15FlexibleCourseSessions(from: string, to: string) {
  const providers = new Map(region.trainingProviders.map((p) => [p.id, p]));
  const rows = region.courseSessions
    .map((s) => {
      const [start, end] = [ukTime(s.startsAt), ukTime(s.endsAt)];
      const weekend = start.weekday === 0 || start.weekday === 6;
      const outside = weekend || start.minutes < 9 * 60 || end.day !== start.day || end.minutes > 17 * 60;
      return { s, day: start.day, outside };
    })
    .filter(({ s, day, outside }) => day >= from && day <= to && (s.venue === 'EMPLOYER_HOME' || outside))
    .sort((a, b) => Date.parse(a.s.startsAt) - Date.parse(b.s.startsAt) || a.s.id.localeCompare(b.s.id));
  return {
    courseSessions: rows.map(({ s, outside }) => {
      const course = courseById.get(s.courseId)!;
      return {
        course: { code: course.code, title: course.title, provider: { name: providers.get(course.providerId)!.name } },
        venue: s.venue,
        startsAt: new Date(s.startsAt).toISOString(),
        endsAt: new Date(s.endsAt).toISOString(),
        inEmployersHome: s.venue === 'EMPLOYER_HOME',
        outsideWeekdayHours: outside,
      };
    }),
  };
}

/** Q13: the claims of the employers the council may see, made in the period, with totals in pence summed to pounds. */
function q13TrainingFundingClaims(council: string, from: string, to: string) {
  const seen = peopleRelatedTo(region, council);
  const orgs = byId(region.supportOrganisations);
  const claims = region.trainingFundingClaims
    .filter((c) => c.claimedOn >= from && c.claimedOn <= to && seen.has(c.employerPersonId))
    .sort((a, b) => b.claimedOn.localeCompare(a.claimedOn) || a.id.localeCompare(b.id));
  const sum = (rows: typeof claims) => rows.reduce((p, c) => p + Math.round(c.amount * 100), 0) / 100;
  const groups = (key: (c: (typeof claims)[number]) => string) => {
    const out = new Map<string, typeof claims>();
    for (const c of claims) out.set(key(c), [...(out.get(key(c)) ?? []), c]);
    return [...out]
      .map(([k, rows]) => ({ k, claims: rows.length, amount: sum(rows) }))
      .sort((a, b) => b.amount - a.amount || a.k.localeCompare(b.k));
  };
  return {
    trainingFundingClaims: {
      from,
      to,
      totalCount: claims.length,
      totalAmount: sum(claims),
      paidAmount: sum(claims.filter((c) => c.status === 'PAID')),
      byFund: (['WORKFORCE_DEVELOPMENT_FUND', 'INDIVIDUAL_EMPLOYER_FUNDING'] as const).map((fund) => {
        const rows = claims.filter((c) => c.fund === fund);
        return { fund, claims: rows.length, amount: sum(rows) };
      }),
      bySupportOrganisation: groups((c) => c.claimedThroughId ?? '').map(({ k, claims: n, amount }) => ({
        supportOrganisation: k ? { name: orgs.get(k)!.name } : null,
        claims: n,
        amount,
      })),
      byCourse: groups((c) => c.courseId).map(({ k, claims: n, amount }) => ({
        course: { code: courseById.get(k)!.code, title: courseById.get(k)!.title },
        claims: n,
        amount,
      })),
      claims: claims.slice(0, 3).map((c) => ({
        course: { code: courseById.get(c.courseId)!.code },
        fund: c.fund,
        amount: c.amount,
        claimedThrough: c.claimedThroughId ? { name: orgs.get(c.claimedThroughId)!.name } : null,
        claimedOn: c.claimedOn,
        status: c.status,
      })),
    },
  };
}

/** A count of people as the hub publishes one: 0, "<5" for 1 to 4, else rounded up to a multiple of 5. */
function published(n: number) {
  if (n === 0) return { display: '0', value: 0, suppressed: false };
  if (n < 5) return { display: '<5', value: null, suppressed: true };
  const value = Math.ceil(n / 5) * 5;
  return { display: String(value), value, suppressed: false };
}

/** Q26: the PA peer group meetings held in the period, oldest first, with the PAs who came and whether they were paid. */
function q26PeerGroups(from: string, to: string) {
  const groups = byId(region.peerGroups);
  const orgs = byId(region.supportOrganisations);
  const meetings = region.peerGroupMeetings
    .filter((m) => m.heldOn >= from && m.heldOn <= to)
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn) || a.id.localeCompare(b.id));
  return {
    peerGroupMeetings: meetings.map((m) => {
      const g = groups.get(m.peerGroupId)!;
      return {
        group: {
          name: g.name,
          organiser: { name: orgs.get(g.organiserId)!.name },
          councilGssCode: g.councilGssCode,
          frequency: g.frequency,
        },
        heldOn: m.heldOn,
        attendees: published(m.attendeeIds.length),
        paidToAttend: m.paidToAttend,
        hourlyRate: m.hourlyRate,
      };
    }),
  };
}

/**
 * q25: the people a register host asked a PA for in the period who were funded by no one on the day of
 * their first such contact, living in every area named, and what funding started after that day.
 */
function q25SelfFundersUsingTheRegister(scope: { area?: string; council?: string; icb?: string }, from: string, to: string) {
  const districtsOf = (code: string) =>
    councils.has(code)
      ? councils.get(code)!.postcodeDistricts
      : region.councils
          .filter((c) => region.healthBodies.find((h) => h.odsCode === code)!.councilGssCodes.includes(c.gssCode))
          .flatMap((c) => c.postcodeDistricts);
  const areas = [scope.area, scope.council, scope.icb].filter((c): c is string => !!c).map((c) => new Set(districtsOf(c)));
  const lives = (personId: string) => areas.every((a) => a.has(people.get(personId)!.postcodeDistrict));
  const councilFunding = [...region.directPayments, ...region.individualServiceFunds, ...region.commissionedPackages];
  const nhsFunding = [...region.personalHealthBudgets, ...region.chcPackages, ...region.integratedBudgets];
  const first = new Map<string, DemoRegion['registerContacts'][number]>();
  for (const c of [...region.registerContacts].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id))) {
    const day = c.requestedAt.slice(0, 10);
    if (day >= from && day <= to && !first.has(c.forPersonId)) first.set(c.forPersonId, c);
  }
  const rows: { host: string; outcome: string; accepted: boolean }[] = [];
  for (const [personId, c] of first) {
    const day = c.requestedAt.slice(0, 10);
    const mine = <T extends { personId: string }>(xs: T[]) => xs.filter((x) => x.personId === personId);
    if (!lives(personId) || [...mine(councilFunding), ...mine(nhsFunding)].some((e) => runsOn(e, day))) continue;
    const since = (e: { start: string }) => e.start > day && e.start <= TODAY;
    const council = mine(councilFunding).some((e) => since(e) && (!scope.council || e.councilGssCode === scope.council));
    const nhs = mine(nhsFunding).some((e) => since(e) && (!scope.icb || e.healthBodyOdsCode === scope.icb));
    const accepted = region.registerContacts.some(
      (x) =>
        x.forPersonId === personId && x.status === 'ACCEPTED' && x.requestedAt.slice(0, 10) >= from && x.requestedAt.slice(0, 10) <= to,
    );
    rows.push({ host: c.requestedByOrganisation, outcome: council ? 'COUNCIL' : nhs ? 'NHS' : 'NONE', accepted });
  }
  const outcome = (o: string, among = rows) => published(among.filter((r) => r.outcome === o).length);
  const hosts = [...region.supportOrganisations].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    count: rows.length,
    cameBack: rows.filter((r) => r.outcome === 'COUNCIL').length,
    answer: {
      selfFunderRegisterAggregates: {
        from,
        to,
        selfFunders: published(rows.length),
        cameBackForCouncilSupport: outcome('COUNCIL'),
        fundedByNhsSince: outcome('NHS'),
        noFundingSince: outcome('NONE'),
        withAcceptedContact: published(rows.filter((r) => r.accepted).length),
        byRegisterHost: hosts
          .map((h) => ({ h, among: rows.filter((r) => r.host === h.id) }))
          .filter((x) => x.among.length > 0)
          .map(({ h, among }) => ({
            name: h.name,
            selfFunders: published(among.length),
            cameBackForCouncilSupport: outcome('COUNCIL', among),
          })),
      },
    },
  };
}

const COVER_HOW: [string, string][] = [
  ['BACKUP_PA', 'A back-up PA'],
  ['MICRO_CARE_PARTNER', 'A partner micro-carer'],
  ['FAMILY', 'Family or friends'],
  ['AGENCY', 'An agency'],
  ['COUNCIL_IN_HOUSE', "The council's in-house team"],
  ['NOT_MET', 'Not met'],
];

/** Q21, from the demo region's cover requests: those starting in the period, by how they were met; the agencies' top-up over the days they covered. */
function q21CoverEventsByHowMet(from: string, to: string) {
  const events = region.coverRequests.filter((c) => c.fromDay >= from && c.fromDay <= to);
  const employment = byId(region.employments);
  const agency = events.filter((c) => c.coveredBy?.kind === 'AGENCY');
  const cost = agency.reduce((sum, c) => {
    const days = (Date.parse(c.toDay) - Date.parse(c.fromDay)) / DAY_MS + 1;
    return sum + c.coveredBy!.agencyTopUpPerHour! * employment.get(c.employmentId)!.hoursPerWeek * (days / 7);
  }, 0);
  const contributors = new Set(agency.map((c) => c.employerPersonId)).size;
  const pounds = Math.round(Math.round(cost) / 100) * 100;
  return {
    coverAndRecruitmentAggregates: {
      from,
      to,
      coverEvents: published(events.length),
      coverEventsByHow: COVER_HOW.map(([key, label]) => ({
        key,
        label,
        count: published(events.filter((c) => (c.coveredBy?.kind ?? 'NOT_MET') === key).length),
      })),
      agencyTopUpCost:
        contributors < 5
          ? { display: '<5 contributors', value: null, suppressed: true }
          : { display: `£${pounds.toLocaleString('en-GB')}`, value: pounds, suppressed: false },
    },
  };
}

/** Q11: the council's overdue vacancies (oldest first) with their employers, and the hub-wide shortages they show. */
function q11OverdueVacancies(council: string) {
  const overdue = region.vacancies
    .filter((v) => v.filledOn === null && (Date.parse(TODAY) - Date.parse(v.postedOn)) / DAY_MS > 28)
    .sort((a, b) => a.postedOn.localeCompare(b.postedOn) || a.id.localeCompare(b.id));
  const seen = peopleRelatedTo(region, council);
  const yearAgo = addDays(TODAY, -364);
  const episodes = [...region.directPayments, ...region.individualServiceFunds, ...region.commissionedPackages].filter(
    (e) => e.start <= TODAY && (e.end === null || e.end >= yearAgo),
  );
  const fundedBy = (gss: string) => new Set(episodes.filter((e) => e.councilGssCode === gss).map((e) => e.personId));
  const funded = new Set(episodes.map((e) => e.personId));
  const rural = new Set(region.districtCentroids.filter((c) => c.rural).map((c) => c.district));
  const words = (v: string) => v[0] + v.slice(1).toLowerCase().replace(/_/g, ' ');
  const skills = new Map<string, { label: string; count: number }>();
  for (const v of overdue)
    for (const [key, label] of [
      ...v.languages.map((l) => [`LANGUAGE:${l}`, `Speaks ${l}`]),
      ...v.services.map((x) => [`SERVICE:${x}`, words(x)]),
      ...v.training.map((t) => [`TRAINING:${t}`, `Trained in ${words(t).toLowerCase()}`]),
    ]) {
      const row = skills.get(key) ?? skills.set(key, { label, count: 0 }).get(key)!;
      row.count += 1;
    }
  return {
    vacancies: overdue
      .filter((v) => seen.has(v.employerPersonId))
      .map((v) => ({
        employer: { id: v.employerPersonId, ...names(people.get(v.employerPersonId)!) },
        postedOn: v.postedOn,
        weeksOpen: Math.floor((Date.parse(TODAY) - Date.parse(v.postedOn)) / (7 * DAY_MS)),
        postcodeDistrict: v.postcodeDistrict,
        hoursPerWeek: v.hoursPerWeek,
        services: v.services,
        languages: v.languages,
        training: v.training,
      })),
    coverAndRecruitmentAggregates: {
      overdueVacancies: published(overdue.length),
      overdueVacanciesByArea: [
        ...[...region.councils]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((c) => ({
            key: c.gssCode,
            label: c.name,
            count: published(overdue.filter((v) => fundedBy(c.gssCode).has(v.employerPersonId)).length),
          })),
        {
          key: 'NO_COUNCIL_FUNDING',
          label: 'Employers no council funds',
          count: published(overdue.filter((v) => !funded.has(v.employerPersonId)).length),
        },
      ],
      overdueVacanciesBySkill: [...skills]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, r]) => ({ key, label: r.label, count: published(r.count) })),
      overdueVacanciesInRuralDistricts: published(overdue.filter((v) => rural.has(v.postcodeDistrict)).length),
    },
  };
}

/** Q23: a council's mentor offers in the period to recipients it may see, oldest first; "employed a PA" read from employments starting on or after the offer. */
function q23DpMentorOffers(council: string, from: string, to: string) {
  const seen = peopleRelatedTo(region, council);
  const mentors = byId(region.dpMentors);
  const offers = region.dpMentorOffers
    .filter((o) => o.councilGssCode === council && o.offeredOn >= from && o.offeredOn <= to && seen.has(o.employerPersonId))
    .sort((a, b) => a.offeredOn.localeCompare(b.offeredOn) || a.id.localeCompare(b.id));
  const employedFrom = (o: (typeof offers)[number]) =>
    region.employments
      .filter((e) => e.employerPersonId === o.employerPersonId && e.start >= o.offeredOn)
      .map((e) => e.start)
      .sort()[0] ?? null;
  const referred = offers.filter((o) => o.mentorId !== null);
  const employed = referred.filter((o) => employedFrom(o) !== null).length;
  return {
    dpMentorOffers: {
      from,
      to,
      offered: offers.length,
      referred: referred.length,
      referredAndEmployedPa: employed,
      percentReferredEmployedPa: referred.length ? Math.round((employed / referred.length) * 1000) / 10 : null,
      offers: offers.map((o) => ({
        employer: names(people.get(o.employerPersonId)!),
        offeredOn: o.offeredOn,
        referred: o.mentorId !== null,
        mentor: o.mentorId ? { firstName: mentors.get(o.mentorId)!.firstName } : null,
        employedPaFrom: employedFrom(o),
      })),
    },
  };
}

/** Q34, from the demo region's centroids, register entries and vacancies: rural districts short of PAs or with short calls waiting. */
function q34RuralSparseSupply() {
  const findable = new Map<string, number>();
  for (const e of region.registerEntries) findable.set(e.postcodeDistrict, (findable.get(e.postcodeDistrict) ?? 0) + 1);
  const rad = (d: number) => (d * Math.PI) / 180;
  type C = (typeof region.districtCentroids)[number];
  const miles = (p: C, q: C) =>
    3958.8 * Math.hypot(rad(q.latitude - p.latitude), Math.cos(rad((p.latitude + q.latitude) / 2)) * rad(q.longitude - p.longitude));
  const providers = region.districtCentroids.filter((c) => (findable.get(c.district) ?? 0) > 0);
  const short = (district: string) =>
    region.vacancies.filter(
      (v) => v.postcodeDistrict === district && v.visitMinutes <= 30 && v.postedOn <= TODAY && (v.filledOn === null || v.filledOn > TODAY),
    ).length;
  return {
    coverAndRecruitmentAggregates: {
      to: TODAY,
      ruralSupply: region.districtCentroids
        .filter((c) => c.rural && ((findable.get(c.district) ?? 0) < 5 || short(c.district) > 0))
        .sort((a, b) => a.district.localeCompare(b.district))
        .map((c) => ({
          postcodeDistrict: c.district,
          findablePas: published(findable.get(c.district) ?? 0),
          unfilledShortCalls: published(short(c.district)),
          nearestProviderMiles: Math.round(Math.min(...providers.map((p) => miles(c, p))) * 10) / 10,
        })),
    },
  };
}

/**
 * Q32: each person's latest assessment by the council in the period; those offered nothing but a
 * care home and/or home care who live in a district with a findable PA (listed if the social worker
 * may see them, latest assessment first), and the suppressed counts.
 */
function q32OfferedOnlyCareHomeOrHomeCare(council: string, from: string, to: string) {
  const seen = peopleRelatedTo(region, council);
  // Every demo register entry is published (findable).
  const findable = new Map<string, number>();
  for (const e of region.registerEntries) findable.set(e.postcodeDistrict, (findable.get(e.postcodeDistrict) ?? 0) + 1);
  const latest = new Map<string, DemoRegion['assessmentOffers'][number]>();
  for (const o of region.assessmentOffers)
    if (
      o.councilGssCode === council &&
      o.assessedOn >= from &&
      o.assessedOn <= to &&
      (latest.get(o.personId)?.assessedOn ?? '') < o.assessedOn
    )
      latest.set(o.personId, o);
  const only = [...latest.values()].filter((o) => o.options.every((x) => x === 'RESIDENTIAL_CARE' || x === 'DOMICILIARY_CARE'));
  const near = only.filter((o) => findable.has(people.get(o.personId)!.postcodeDistrict));
  const order = ['RESIDENTIAL_CARE', 'DOMICILIARY_CARE'];
  return {
    onlyCareHomeOrHomeCareOffers: near
      .filter((o) => seen.has(o.personId))
      .sort((a, b) => b.assessedOn.localeCompare(a.assessedOn) || a.personId.localeCompare(b.personId))
      .map((o) => {
        const district = people.get(o.personId)!.postcodeDistrict;
        return {
          offer: {
            person: { id: o.personId, ...names(people.get(o.personId)!) },
            assessedOn: o.assessedOn,
            options: order.filter((x) => o.options.includes(x as never)),
          },
          postcodeDistrict: district,
          findablePas: findable.get(district)!,
        };
      }),
    assessmentOfferAggregates: {
      from,
      to,
      peopleAssessed: publishCount(latest.size),
      offeredOnlyCareHomeOrHomeCare: publishCount(only.length),
      inDistrictsWithPaCapacity: publishCount(near.length),
    },
  };
}

// Asked by the ICB's PHB lead (a council's own questions by its social worker): most are about the people the ICB funds or is moving to its funding.
describe('the continuity questions and the questions of section 7, each one query through the gateway', () => {
  const questions = continuityQuestions(new Date(`${TODAY}T00:00:00Z`));
  const question = (name: string) => {
    const q = questions.find((x) => x.name === name);
    assert.ok(q, `docs/questions/${name}.graphql`);
    return q;
  };
  let hub: TestHub;
  const answer = async (name: string) => {
    const q = question(name);
    const res = await hub.as(q.askedBy)(q.query, q.variables);
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return { data: res.data, variables: q.variables };
  };
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.stop());

  it('has exactly the five continuity questions and those of section 7 built so far', () => {
    assert.deepEqual(
      [...questions].map((q) => q.name),
      [
        'q1-referred-for-nhs-funding',
        'q11-overdue-vacancies-and-shortages',
        'q13-training-funding-claims',
        'q15-flexible-course-sessions',
        // Asked of the graph with the Flintshire micro-care partner published: run by tests/micro-carer-search.test.ts.
        'q17-hours-waiting-and-micro-care-capacity',
        'q2-kept-their-pas',
        'q21-cover-events-by-how-met',
        'q23-dp-mentor-offers',
        'q25-self-funders-using-the-register',
        'q26-peer-groups-this-quarter',
        'q28-dbs-negative-returns',
        'q3-plans-that-differ',
        'q32-offered-only-care-home-or-home-care',
        'q34-rural-sparse-supply',
        'q4-payments-processed-by-councils',
        'q5-health-duties-not-covered',
        'q7-register-pas-near-a-person',
      ],
    );
  });

  it('q1: everyone on a council DP referred to the ICB, with each PA and what stands in their way', async () => {
    const expected = q1ReferredForNhsFunding();
    // The demo region has such moves, some held back by a PA's training and some with every PA ready.
    const pasOf = expected.transitions.edges.flatMap((e) => e.node.readiness.personalAssistants);
    assert.ok(expected.transitions.totalCount > 1, 'moves referred to the ICB');
    assert.ok(
      pasOf.some((p) => p.blockers.some((b) => b.kind === 'MISSING_COMPETENCE')) && pasOf.some((p) => p.ready),
      JSON.stringify(pasOf),
    );
    const { data } = await answer('q1-referred-for-nhs-funding');
    assert.deepEqual(data, expected);
  });

  it("q2: the DP→PHB moves of the last 12 months of people living in Newcastle's area, how many kept every PA, and how long they took", async () => {
    const { data, variables } = await answer('q2-kept-their-pas');
    assert.deepEqual(variables, { from: addDays(TODAY, -365), to: TODAY, areaCode: 'E08000021' });
    const expected = q2KeptTheirPas(variables.from as string, variables.to as string, variables.areaCode as string);
    assert.ok(expected.transitionOutcomes.completed >= 5, 'enough moves in the window for every figure to be published');
    assert.deepEqual(data, expected);
  });

  it("q3: the ICB's dual-funded people whose council and NHS plans list different tasks, with their PAs", async () => {
    const expected = q3PlansThatDiffer();
    assert.ok(expected.planTaskDifferences.length > 1, 'plans that differ');
    const { data } = await answer('q3-plans-that-differ');
    assert.deepEqual(data, expected);
  });

  it("q4: the councils in Newcastle's area processing PHB payments for the ICB, their customers today and the fee this quarter", async () => {
    const { data, variables } = await answer('q4-payments-processed-by-councils');
    const [y, m] = TODAY.split('-').map(Number);
    assert.deepEqual(variables, { quarter: `${y}-Q${Math.floor((m - 1) / 3) + 1}`, areaCode: 'E08000021' });
    const expected = q4PaymentsProcessedByCouncils(variables.quarter as string, variables.areaCode as string);
    // The ICB has two such agreements (Newcastle and Sunderland); the area keeps Newcastle's.
    assert.equal(expected.paymentProcessingAgreements.length, 1, 'Newcastle');
    assert.ok(
      expected.paymentProcessingAgreements.every((a) => a.customers.length > 0 && a.feeForQuarter.fee > 0),
      JSON.stringify(expected),
    );
    assert.deepEqual(data, expected);
  });

  it('q2 and q4 refuse an area code that is no council or NHS body, against areaCode', async () => {
    for (const name of ['q2-kept-their-pas', 'q4-payments-processed-by-councils'])
      for (const [areaCode, code] of [
        ['Newcastle', 'BAD_USER_INPUT'],
        ['E08999999', 'NOT_FOUND'],
      ]) {
        const q = question(name);
        const res = await hub.as(q.askedBy)(q.query, { ...q.variables, areaCode });
        assert.equal(res.errors?.[0]?.extensions?.code, code, `${name} ${areaCode}: ${JSON.stringify(res.errors)}`);
        assert.equal(res.errors?.[0]?.extensions?.field, 'areaCode', name);
      }
  });

  it("q5: PAs doing health duties for the ICB's people whose insurance or pay rate has not been updated", async () => {
    const expected = q5HealthDutiesNotCovered();
    const covers = expected.employments.edges.map((e) => e.node.healthDutiesCover);
    assert.ok(covers.some((c) => !c.insuranceUpdated) && covers.some((c) => !c.payRateUpdated), JSON.stringify(covers));
    const { data } = await answer('q5-health-duties-not-covered');
    assert.deepEqual(data, expected);
  });

  it('q28: the negative DBS returns of PAs the ICB may see, whether a discussion was recorded, with whom, and what was decided', async () => {
    const expected = q28DbsNegativeReturns();
    const decisions = expected.dbsChecks.edges.map((e) => e.node.negativeReturnDecision);
    // The demo region has both: returns discussed (some with the care manager) and returns with no discussion recorded yet.
    assert.ok(
      decisions.some((d) => d === null) && decisions.some((d) => d?.discussedWith.includes('CARE_MANAGER')),
      JSON.stringify(decisions),
    );
    const { data } = await answer('q28-dbs-negative-returns');
    assert.deepEqual(data, expected);
  });

  it('q7: findable PAs within 5 miles of the person, free weekend mornings, trained in moving and positioning, DBS current, speaking Bengali', async () => {
    const person = question('q7-register-pas-near-a-person').variables.person as string;
    const expected = q7RegisterPasNearAPerson(person);
    const { data } = await answer('q7-register-pas-near-a-person');
    const result = data.findPersonalAssistants;
    assert.equal(result.near, expected.near);
    assert.equal(result.totalCount, expected.found.length);
    assert.equal(result.matchCount, expected.found.filter((f) => f.shortfalls === 0).length);
    assert.ok(expected.found.length <= 50, 'one page holds the answer');
    assert.deepEqual(
      result.edges.map((e: any) => [e.node.entry.id, e.node.shortfalls.length]).sort(),
      expected.found.map((f) => [f.id, f.shortfalls]).sort(),
    );
    // Bengali speakers are scarce on the demo register, as the seeds say: the near misses say what they lack.
    assert.ok(
      result.edges.some((e: any) => e.node.shortfalls.includes('no Bengali')),
      JSON.stringify(result.edges.slice(0, 3)),
    );
  });
  it('q13: the WDF and individual employer funding claimed this financial year by the employers Newcastle may see, by fund, support organisation and course', async () => {
    const { data, variables } = await answer('q13-training-funding-claims');
    const expected = q13TrainingFundingClaims('E08000021', variables.from as string, variables.to as string);
    const t = expected.trainingFundingClaims;
    // Both funds claimed, some through a support organisation and some directly, some paid.
    assert.ok(t.byFund.every((f) => f.claims > 0) && t.paidAmount > 0, JSON.stringify(t.byFund));
    assert.ok(t.bySupportOrganisation.some((o) => o.supportOrganisation === null) && t.bySupportOrganisation.length > 1);
    assert.deepEqual(data, expected);
  });

  it("q15: the providers' course sessions in the next thirteen weeks held in the employer's home or outside 9-5 on weekdays", async () => {
    const { data, variables } = await answer('q15-flexible-course-sessions');
    const expected = q15FlexibleCourseSessions(variables.from as string, variables.to as string);
    const rows = expected.courseSessions;
    // Sessions in the home during the day, and evening or Saturday sessions elsewhere.
    assert.ok(
      rows.some((r) => r.inEmployersHome && !r.outsideWeekdayHours) && rows.some((r) => !r.inEmployersHome && r.outsideWeekdayHours),
    );
    assert.deepEqual(data, expected);
  });
  it('q26: the PA peer groups that met this quarter, how many PAs came (published as counts of people are) and whether they were paid', async () => {
    const { data, variables } = await answer('q26-peer-groups-this-quarter');
    const expected = q26PeerGroups(variables.from as string, variables.to as string);
    const rows = expected.peerGroupMeetings;
    // Groups that pay PAs to attend and groups that do not, as Dudley found.
    assert.ok(rows.some((r) => r.paidToAttend) && rows.some((r) => !r.paidToAttend), JSON.stringify(rows));
    assert.deepEqual(data, expected);
  });

  it("q21: cover events of the last six months by how they were met (back-up PA, partner micro-carer, family, agency, in-house) and the agencies' top-up", async () => {
    const { data, variables } = await answer('q21-cover-events-by-how-met');
    const expected = q21CoverEventsByHowMet(variables.from as string, variables.to as string);
    // Every way of meeting cover has published figures on the demo data, the agencies' top-up cost too.
    const rows = expected.coverAndRecruitmentAggregates.coverEventsByHow;
    assert.ok(
      rows.every((r) => !r.count.suppressed && r.count.value! > 0),
      JSON.stringify(rows),
    );
    assert.equal(expected.coverAndRecruitmentAggregates.agencyTopUpCost.suppressed, false);
    assert.deepEqual(data, expected);
  });

  it("q11: the council's employers with a vacancy open more than four weeks, and the shortages by area and skill (BSL, Bengali, rural)", async () => {
    const { data } = await answer('q11-overdue-vacancies-and-shortages');
    const expected = q11OverdueVacancies('E08000021');
    assert.ok(expected.vacancies.length > 0, 'Newcastle has overdue vacancies on the demo data');
    const skills = new Map(expected.coverAndRecruitmentAggregates.overdueVacanciesBySkill.map((r) => [r.key, r.count]));
    assert.equal(skills.get('LANGUAGE:BSL')?.suppressed, false, 'BSL is short, as the seeds say');
    assert.equal(expected.coverAndRecruitmentAggregates.overdueVacanciesInRuralDistricts.suppressed, false);
    assert.deepEqual(data, expected);
  });
  it('q23: the new DP recipients Newcastle offered a mentor in the last year, and the share of those referred who went on to employ a PA', async () => {
    const { data, variables } = await answer('q23-dp-mentor-offers');
    const expected = q23DpMentorOffers(variables.council as string, variables.from as string, variables.to as string);
    const o = expected.dpMentorOffers;
    // Offers declined and referred, and referred recipients who went on to employ a PA.
    assert.ok(o.offered > o.referred && o.referredAndEmployedPa > 0, JSON.stringify({ ...o, offers: o.offers.length }));
    assert.deepEqual(data, expected);
  });
  it("q32: the people Newcastle assessed in the last year who were offered only a care home or home care where PAs are findable, and the commissioner's counts", async () => {
    const { data, variables } = await answer('q32-offered-only-care-home-or-home-care');
    const expected = q32OfferedOnlyCareHomeOrHomeCare(variables.council as string, variables.from as string, variables.to as string);
    // The demo region has such people in Newcastle, and more assessed who were offered a PA.
    assert.ok(expected.onlyCareHomeOrHomeCareOffers.length > 0, 'people offered only a care home or home care');
    assert.ok(expected.assessmentOfferAggregates.peopleAssessed.value! > expected.onlyCareHomeOrHomeCareOffers.length);
    assert.deepEqual(data, expected);
  });
  it("q25: the self-funders a register host asked a PA for in the ICB's area over two years, how many came back for council support and where the rest went", async () => {
    const { data, variables } = await answer('q25-self-funders-using-the-register');
    const expected = q25SelfFundersUsingTheRegister({ area: variables.area as string }, variables.from as string, variables.to as string);
    // The demo region has self-funders who came back to a council and some who did not; contacts for people already funded are not counted.
    assert.ok(expected.count >= 20 && expected.cameBack >= 5 && expected.cameBack < expected.count, JSON.stringify(expected));
    assert.ok(region.registerContacts.length > expected.count);
    assert.deepEqual(data, expected.answer);
  });

  it("q25 for one council: its area only, and only its own funding counts as coming back; a code that is no council's is NOT_FOUND on the filter", async () => {
    const from = addDays(TODAY, -730);
    const query = `query ($f: AggregateFilter) { selfFunderRegisterAggregates(filter: $f) {
      from to selfFunders { display value suppressed } cameBackForCouncilSupport { display value suppressed }
      fundedByNhsSince { display value suppressed } noFundingSince { display value suppressed } withAcceptedContact { display value suppressed }
      byRegisterHost { name selfFunders { display value suppressed } cameBackForCouncilSupport { display value suppressed } } } }`;
    const council = 'E06000047';
    const res = await hub.as('commissioner.icb')(query, { f: { councilGssCode: council, from, to: TODAY } });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const expected = q25SelfFundersUsingTheRegister({ council }, from, TODAY);
    assert.ok(expected.count >= 5, JSON.stringify(expected));
    assert.deepEqual(res.data, expected.answer);
    const missing = await hub.as('commissioner.icb')(query, { f: { councilGssCode: 'E09999999' } });
    assert.equal(missing.errors?.[0]?.extensions?.code, 'NOT_FOUND', JSON.stringify(missing.errors));
    assert.match(JSON.stringify(missing.errors?.[0]?.extensions), /filter\.councilGssCode/);
  });

  it('q34: rural districts with sparse supply or short calls (30 minutes or less) waiting, and the miles to the nearest findable PA', async () => {
    const expected = q34RuralSparseSupply();
    const rows = expected.coverAndRecruitmentAggregates.ruralSupply;
    assert.ok(
      rows.some((r) => r.unfilledShortCalls.value !== 0),
      'short calls wait in rural districts on the demo data',
    );
    const { data } = await answer('q34-rural-sparse-supply');
    assert.deepEqual(data, expected);
  });
});
