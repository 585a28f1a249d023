/**
 * Demo pension records, from the demo payroll already seeded (run after it), dated from the
 * region's anchor through those payslips: every employment paid in the first month of payroll is
 * assessed for it by the same rule the hub applies; every eligible jobholder is enrolled within the
 * six weeks (about one in ten of them opting out within the month) but, in each council's area, two
 * never enrolled and one enrolled late, so an employer or two per council has an unmet duty; one
 * in ten non-eligible jobholders opts in.
 * Draws come from hashes of the employment ids, so the same region always seeds the same rows.
 */
import { createHash } from 'node:crypto';
import { insertRows } from '@continuum/runtime';
import type { DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { assessWorker, type StatePensionAge } from './assessment-rule.ts';
import { addDays, payPeriodOf, taxYearOf, type PayPeriod } from './calendar.ts';
import { reasonWithYear, thresholdsFor } from './reference-data.ts';

const SCHEMES = ['NEST', 'The People’s Pension', 'NOW: Pensions'];
const RECORDED_BY = 'Demo region';

function draw(label: string): number {
  return createHash('sha256').update(`pensions/${label}`).digest().readUInt32BE(0) / 2 ** 32;
}
function uuidOf(label: string): string {
  const h = createHash('sha256').update(`pensions/${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
const iso = (d: Date) => d.toISOString().slice(0, 10);
const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

interface Paid {
  employment: string;
  employer: string;
  start: Date;
  dob: Date;
  periodStart: Date;
  periodEnd: Date;
  pence: bigint;
  slips: bigint;
}

/** Per council area: eligible jobholders never enrolled, and enrolled after the six weeks. */
const NEVER_ENROLLED = 2;
const ENROLLED_LATE = 1;

/** The eligible jobholders left unenrolled or enrolled late: the lowest draws in each council's area. */
function lapses(eligible: { employment: string; employer: string }[], councilOf: Map<string, string>) {
  const byCouncil = new Map<string, string[]>();
  for (const e of eligible) {
    const council = councilOf.get(e.employer) ?? '';
    byCouncil.set(council, [...(byCouncil.get(council) ?? []), e.employment]);
  }
  const never = new Set<string>();
  const late = new Set<string>();
  for (const list of byCouncil.values()) {
    const ranked = list.sort((a, b) => draw(`lapse/${a}`) - draw(`lapse/${b}`));
    ranked.slice(0, NEVER_ENROLLED).forEach((id) => never.add(id));
    ranked.slice(NEVER_ENROLLED, NEVER_ENROLLED + ENROLLED_LATE).forEach((id) => late.add(id));
  }
  return { never, late };
}

export async function seedPensions(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const anchor = new Date(`${region.asOf}T00:00:00Z`);
  const councilOf = new Map(region.people.map((p) => [p.id, p.councilGssCode ?? '']));
  const paid = await db.$queryRaw<Paid[]>`
    WITH first_month AS (SELECT min(period_start) AS start FROM payslip)
    SELECT e.id::text AS employment, e.employer_person_id::text AS employer, e.start, pa.date_of_birth AS dob,
           s.period_start AS "periodStart", s.period_end AS "periodEnd", sum(s.gross_pay_pence) AS pence, count(*) AS slips
    FROM payslip s JOIN first_month f ON s.period_start = f.start
    JOIN employment e ON e.id = s.employment_id JOIN personal_assistant pa ON pa.id = e.personal_assistant_id
    GROUP BY e.id, pa.date_of_birth, s.period_start, s.period_end ORDER BY e.id`;
  if (paid.length === 0) return;
  const bands = await db.statePensionAge.findMany({ orderBy: { bornFrom: 'desc' } });
  const spaOf = (dob: Date): StatePensionAge => bands.find((b) => b.bornFrom.getTime() <= dob.getTime())!;
  // As the hub assesses: the tax year's thresholds, or the newest held before it (all in one month here).
  const held = new Map<string, Awaited<ReturnType<typeof thresholdsFor>>>();
  const thresholdsOf = async (startsOn: Date, payPeriod: PayPeriod) => {
    const key = `${iso(startsOn)}/${payPeriod}`;
    if (!held.has(key)) held.set(key, await thresholdsFor(db, startsOn, payPeriod, 'periodEnd'));
    return held.get(key)!;
  };

  const assessments: unknown[][] = [];
  const assessed: { p: Paid; category: string }[] = [];
  for (const p of paid) {
    const payPeriod = payPeriodOf(p.periodStart, p.periodEnd);
    if (!payPeriod) continue;
    const { taxYear: periodTaxYear, startsOn } = taxYearOf(p.periodEnd);
    const { taxYear, thresholds: limits, carried } = await thresholdsOf(startsOn, payPeriod);
    const earningsPence = Number(p.pence);
    const a = assessWorker({
      dateOfBirth: p.dob,
      periodEnd: p.periodEnd,
      earningsPence,
      thresholds: limits,
      statePensionAge: spaOf(p.dob),
    });
    assessments.push([
      uuidOf(`assessment/${p.employment}/${iso(p.periodStart)}`),
      p.employment,
      p.periodStart,
      p.periodEnd,
      payPeriod,
      taxYear,
      earningsPence,
      Number(p.slips),
      a.ageYears,
      a.category,
      reasonWithYear(a.reason, { taxYear, carried }, periodTaxYear),
      a.qualifyingEarningsPence,
      RECORDED_BY,
    ]);
    assessed.push({ p, category: a.category });
  }

  const { never, late } = lapses(
    assessed.filter((a) => a.category === 'ELIGIBLE_JOBHOLDER').map(({ p }) => p),
    councilOf,
  );
  const enrolments: unknown[][] = [];
  for (const { p, category } of assessed) {
    const eligibleFrom = p.start.getTime() > p.periodStart.getTime() ? p.start : p.periodStart;
    const scheme = SCHEMES[Math.floor(draw(`scheme/${p.employer}`) * SCHEMES.length)]!;
    const roll = draw(`enrol/${p.employment}`);
    let enrolledOn: Date | null = null;
    let kind = 'AUTOMATIC';
    if (category === 'ELIGIBLE_JOBHOLDER') {
      if (late.has(p.employment)) enrolledOn = addDays(eligibleFrom, 50 + Math.floor(draw(`day/${p.employment}`) * 10));
      else if (!never.has(p.employment)) enrolledOn = addDays(eligibleFrom, Math.floor(draw(`day/${p.employment}`) * 35));
    } else if (category === 'NON_ELIGIBLE_JOBHOLDER' && roll < 0.1) {
      enrolledOn = addDays(eligibleFrom, Math.floor(draw(`day/${p.employment}`) * 20));
      kind = 'OPT_IN';
    }
    if (!enrolledOn || enrolledOn.getTime() > anchor.getTime()) continue;
    const optsOut = kind === 'AUTOMATIC' && draw(`opt-out/${p.employment}`) < 0.1;
    const optedOutOn = optsOut ? earlier(addDays(enrolledOn, 1 + Math.floor(draw(`opt-out-day/${p.employment}`) * 27)), anchor) : null;
    enrolments.push([
      uuidOf(`enrolment/${p.employment}`),
      p.employment,
      kind,
      scheme,
      enrolledOn,
      optedOutOn,
      RECORDED_BY,
      optedOutOn ? RECORDED_BY : null,
    ]);
  }
  await insertRows(
    db,
    'pension_assessment',
    [
      'id',
      'employment_id',
      'period_start',
      'period_end',
      'pay_period',
      'tax_year',
      'earnings_pence',
      'payslips',
      'age_years',
      'category',
      'reason',
      'qualifying_earnings_pence',
      'recorded_by',
    ],
    assessments,
    (done) => progress?.('pension assessments', done, assessments.length),
  );
  await insertRows(
    db,
    'pension_enrolment',
    ['id', 'employment_id', 'kind', 'scheme', 'enrolled_on', 'opted_out_on', 'recorded_by', 'opt_out_recorded_by'],
    enrolments,
    (done) => progress?.('pension enrolments', done, enrolments.length),
  );
}
