/**
 * An employer's automatic enrolment duty (The Pensions Regulator's duties for employers): it
 * starts the first day they employ a PA; each eligible jobholder must be enrolled within six
 * weeks of becoming eligible; every three years the employer re-enrols those who left.
 */
import { today } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { addDays, addMonths, addYears } from './calendar.ts';

/** Six weeks from becoming eligible to be enrolled. */
export const ENROL_WITHIN_DAYS = 42;
const RE_ENROLMENT_YEARS = 3;
const RE_ENROLMENT_WINDOW_MONTHS = 3;

export type EnrolmentStatus = 'ENROLLED_IN_TIME' | 'ENROLLED_LATE' | 'DUE' | 'OVERDUE';

export interface JobholderView {
  employmentId: string;
  employerPersonId: string;
  personalAssistantId: string;
  eligibleFrom: Date;
  enrolBy: Date;
  enrolledOn: Date | null;
  status: EnrolmentStatus;
}

export interface DutyView {
  employerPersonId: string;
  dutyStartDate: Date;
  eligibleJobholders: JobholderView[];
  met: boolean;
  overdue: number;
  reEnrolments: Date[];
  nextReEnrolmentDue: Date;
  reEnrolmentWindowFrom: Date;
  reEnrolmentWindowTo: Date;
}

export interface DutyFacts {
  employerPersonId: string;
  employments: { id: string; personalAssistantId: string; start: Date }[];
  /** Start of the first pay reference period each employment was assessed an eligible jobholder in. */
  firstEligible: Map<string, Date>;
  enrolments: Map<string, { enrolledOn: Date; optedOutOn: Date | null }[]>;
  reEnrolments: Date[];
}

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

/** The re-enrolment anniversary after `from`, and the window either side of it the employer chooses a day in. */
export function reEnrolmentDue(dutyStartDate: Date, reEnrolments: Date[]) {
  const last = reEnrolments.reduce<Date | null>((a, d) => (a && a.getTime() >= d.getTime() ? a : d), null);
  const due = addYears(last ?? dutyStartDate, RE_ENROLMENT_YEARS);
  return {
    due,
    from: addMonths(due, -RE_ENROLMENT_WINDOW_MONTHS),
    to: addMonths(due, RE_ENROLMENT_WINDOW_MONTHS),
  };
}

/** The duty from the facts held, as of `day`. */
export function dutyOf(facts: DutyFacts, day: Date): DutyView {
  const dutyStartDate = facts.employments.reduce((a, e) => (a.getTime() <= e.start.getTime() ? a : e.start), facts.employments[0]!.start);
  const eligibleJobholders = facts.employments
    .filter((e) => facts.firstEligible.has(e.id))
    .map((e): JobholderView => {
      const eligibleFrom = later(later(facts.firstEligible.get(e.id)!, e.start), dutyStartDate);
      const enrolBy = addDays(eligibleFrom, ENROL_WITHIN_DAYS);
      // A membership counts if it was still held on the day they became eligible, or began later.
      const held = (facts.enrolments.get(e.id) ?? [])
        .filter((m) => m.optedOutOn === null || m.optedOutOn.getTime() >= eligibleFrom.getTime())
        .map((m) => m.enrolledOn)
        .sort((a, b) => a.getTime() - b.getTime());
      const enrolledOn = held[0] ?? null;
      const status: EnrolmentStatus = enrolledOn
        ? enrolledOn.getTime() <= enrolBy.getTime()
          ? 'ENROLLED_IN_TIME'
          : 'ENROLLED_LATE'
        : day.getTime() <= enrolBy.getTime()
          ? 'DUE'
          : 'OVERDUE';
      return {
        employmentId: e.id,
        employerPersonId: facts.employerPersonId,
        personalAssistantId: e.personalAssistantId,
        eligibleFrom,
        enrolBy,
        enrolledOn,
        status,
      };
    })
    .sort((a, b) => a.eligibleFrom.getTime() - b.eligibleFrom.getTime() || a.employmentId.localeCompare(b.employmentId));
  const reEnrolment = reEnrolmentDue(dutyStartDate, facts.reEnrolments);
  return {
    employerPersonId: facts.employerPersonId,
    dutyStartDate,
    eligibleJobholders,
    met: eligibleJobholders.every((j) => j.status === 'ENROLLED_IN_TIME' || j.status === 'DUE'),
    overdue: eligibleJobholders.filter((j) => j.status === 'OVERDUE').length,
    // Two employers merged may have re-enrolled on the same day: it is listed once.
    reEnrolments: [...new Set(facts.reEnrolments.map((d) => d.getTime()))].sort((a, b) => b - a).map((t) => new Date(t)),
    nextReEnrolmentDue: reEnrolment.due,
    reEnrolmentWindowFrom: reEnrolment.from,
    reEnrolmentWindowTo: reEnrolment.to,
  };
}

type Db = Pick<PrismaClient, '$queryRaw'>;

/** The duties of these employers (every employer's when null), in four reads whatever their number. */
export async function loadDuties(db: Db, employerIds: string[] | null, day: Date = today()): Promise<DutyView[]> {
  const ids = employerIds ?? null;
  if (ids && ids.length === 0) return [];
  const employments = await db.$queryRaw<{ id: string; employer: string; pa: string; start: Date }[]>`
    SELECT id::text, employer_person_id::text AS employer, personal_assistant_id::text AS pa, start FROM employment
    WHERE ${ids}::uuid[] IS NULL OR employer_person_id = ANY(${ids}::uuid[])`;
  if (employments.length === 0) return [];
  const [eligible, enrolments, reEnrolments] = await Promise.all([
    db.$queryRaw<{ employment: string; from: Date }[]>`
      SELECT DISTINCT ON (a.employment_id) a.employment_id::text AS employment, a.period_start AS "from"
      FROM pension_assessment a JOIN employment e ON e.id = a.employment_id
      WHERE a.category = 'ELIGIBLE_JOBHOLDER' AND (${ids}::uuid[] IS NULL OR e.employer_person_id = ANY(${ids}::uuid[]))
      ORDER BY a.employment_id, a.period_end`,
    db.$queryRaw<{ employment: string; enrolled: Date; opted: Date | null }[]>`
      SELECT m.employment_id::text AS employment, m.enrolled_on AS enrolled, m.opted_out_on AS opted
      FROM pension_enrolment m JOIN employment e ON e.id = m.employment_id
      WHERE ${ids}::uuid[] IS NULL OR e.employer_person_id = ANY(${ids}::uuid[])`,
    db.$queryRaw<{ employer: string; on: Date }[]>`
      SELECT employer_person_id::text AS employer, re_enrolled_on AS "on" FROM pension_re_enrolment
      WHERE ${ids}::uuid[] IS NULL OR employer_person_id = ANY(${ids}::uuid[])`,
  ]);
  const firstEligible = new Map(eligible.map((r) => [r.employment, r.from]));
  const memberships = new Map<string, { enrolledOn: Date; optedOutOn: Date | null }[]>();
  for (const m of enrolments) {
    const list = memberships.get(m.employment) ?? [];
    list.push({ enrolledOn: m.enrolled, optedOutOn: m.opted });
    memberships.set(m.employment, list);
  }
  const byEmployer = new Map<string, DutyFacts>();
  for (const e of employments) {
    let facts = byEmployer.get(e.employer);
    if (!facts) {
      facts = { employerPersonId: e.employer, employments: [], firstEligible, enrolments: memberships, reEnrolments: [] };
      byEmployer.set(e.employer, facts);
    }
    facts.employments.push({ id: e.id, personalAssistantId: e.pa, start: e.start });
  }
  for (const r of reEnrolments) byEmployer.get(r.employer)?.reEnrolments.push(r.on);
  return [...byEmployer.values()].map((f) => dutyOf(f, day));
}
