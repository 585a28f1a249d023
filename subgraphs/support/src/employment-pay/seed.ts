/**
 * Demo terms and payroll from the demo region, dated from its anchor (`region.asOf`):
 * - terms for every employment: a written, signed contract where the region records one (its
 *   78% of PAs with a contract, brief §4.3), the PA rate as the council's direct payment rate in
 *   force (Flintshire's £14.58 from April 2022; "the DP rates are based on a PA rate"), sleep-ins
 *   for night-time PAs at the council's sleep-in rate for an 8-hour night (Flintshire £84.72), a
 *   new version at each rate change since the employment began;
 * - payroll providers: the region's support organisations that run payroll or managed accounts,
 *   and five independent bureaux for self-managed employers (the seeds' council memorandum of
 *   understanding with five payroll companies, 002:L548-549);
 * - monthly payroll runs for the three months before the anchor's month, each PA paid for their
 *   contracted hours; each provider sends some payslips late (the seeds' failure mode of PA
 *   payslips not arriving on time, 001:L2217-2218), a few still unsent.
 * Draws come from hashes of the records' ids, so the same region always seeds the same rows.
 */
import { createHash } from 'node:crypto';
import { insertRows } from '@continuum/runtime';
import type { DemoEmployment, DemoRegion } from '@continuum/demo';
import type { Progress } from '@continuum/subgraph';
import type { PrismaClient } from '../generated/prisma/client.ts';

const MONTHS_OF_PAYROLL = 3;
/** Statutory holiday, weeks a year. */
const HOLIDAY_WEEKS = 5.6;
const SLEEP_IN_HOURS = 8;
const BUREAUX = [
  'Tyne Valley Payroll Bureau',
  'Pennine Payroll Services',
  'Coastal Payroll Ltd',
  'Riverside Employer Payroll',
  'Dee Valley Payroll Services',
];
const INSURERS = ['Fish Insurance', 'Mark Bates Ltd', 'Ansvar', 'Markel Direct'];

/** A fraction in [0, 1) drawn from a label. */
function draw(label: string): number {
  return createHash('sha256').update(label).digest().readUInt32BE(0) / 2 ** 32;
}
/** A stable UUID from a label. */
function uuidOf(label: string): string {
  const h = createHash('sha256').update(`employment-pay/${label}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
const pick = <T>(items: readonly T[], label: string): T => items[Math.floor(draw(label) * items.length)]!;
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDaysIso = (iso: string, days: number) => isoOf(dayMs(iso) + days * 86_400_000);

interface Rate {
  kind: string;
  hourlyRate: number;
  effectiveFrom: string;
}

/** The rate versions an employment has had: the one in force at its start, then each change up to the anchor. */
function rateVersions(rates: Rate[], kind: string, start: string, asOf: string): { from: string; pence: number }[] {
  const ofKind = rates.filter((r) => r.kind === kind).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  if (ofKind.length === 0) return [];
  const atStart = [...ofKind].reverse().find((r) => r.effectiveFrom <= start) ?? ofKind[0]!;
  const later = ofKind.filter((r) => r.effectiveFrom > start && r.effectiveFrom <= asOf);
  return [atStart, ...later].map((r, i) => ({ from: i === 0 ? start : r.effectiveFrom, pence: Math.round(r.hourlyRate * 100) }));
}

export async function seedEmploymentPay(db: PrismaClient, region: DemoRegion, progress?: Progress): Promise<void> {
  const asOf = region.asOf;
  // Payroll providers: support organisations that run payroll or managed accounts, and five bureaux.
  const runsPayroll = new Set(
    region.directPayments
      .filter((d) => d.paymentSupport !== 'SELF_MANAGED' && d.paymentSupportProviderId)
      .map((d) => d.paymentSupportProviderId!),
  );
  const organisations = region.supportOrganisations.filter((o) => o.kinds.includes('PAYROLL_PROVIDER') || runsPayroll.has(o.id));
  const bureaux = BUREAUX.map((name) => ({ id: uuidOf(`bureau/${name}`), name }));
  await insertRows(
    db,
    'payroll_provider',
    ['id', 'name', 'kind', 'support_organisation_id'],
    [
      ...organisations.map((o) => [o.id, o.name, 'SUPPORT_ORGANISATION', o.id]),
      ...bureaux.map((b) => [b.id, b.name, 'PAYROLL_BUREAU', null]),
    ],
  );
  const providerIds = new Set(organisations.map((o) => o.id));

  // Each employer's provider: their direct payment's payroll or managed-account provider, else a bureau.
  const employmentsOf = new Map<string, DemoEmployment[]>();
  for (const e of region.employments) employmentsOf.set(e.employerPersonId, [...(employmentsOf.get(e.employerPersonId) ?? []), e]);
  const supportedBy = new Map<string, string>();
  for (const d of region.directPayments)
    if (d.paymentSupportProviderId && providerIds.has(d.paymentSupportProviderId) && (!d.end || d.end >= asOf))
      supportedBy.set(d.personId, d.paymentSupportProviderId);
  const providerOf = new Map<string, string>();
  for (const employer of employmentsOf.keys())
    providerOf.set(employer, supportedBy.get(employer) ?? pick(bureaux, `bureau/${employer}`).id);
  await insertRows(
    db,
    'employer_payroll',
    ['employer_person_id', 'payroll_provider_id', 'since', 'recorded_by'],
    [...employmentsOf.entries()].map(([employer, list]) => [
      employer,
      providerOf.get(employer),
      list.map((e) => e.start).sort()[0],
      'Demo region',
    ]),
  );

  // Terms: one version from the start, and one at each council rate change since.
  const councilOf = new Map(region.people.map((p) => [p.id, p.councilGssCode]));
  const ratesOf = new Map(region.councils.map((c) => [c.gssCode, c.rates as Rate[]]));
  const terms: unknown[][] = [];
  const weekdayOn = new Map<string, { from: string; pence: number }[]>();
  for (const e of region.employments) {
    const rates = ratesOf.get(councilOf.get(e.employerPersonId) ?? '') ?? [];
    const versions = rateVersions(rates, 'DIRECT_PAYMENT', e.start, asOf).filter((v) => !e.end || v.from <= e.end);
    if (versions.length === 0) continue;
    weekdayOn.set(e.id, versions);
    const sleepIns = /night/i.test(e.role) ? rateVersions(rates, 'SLEEP_IN', e.start, asOf) : [];
    const insured = draw(`insured/${e.employerPersonId}`) < 0.9;
    const renewal = addDaysIso(asOf, Math.floor(draw(`renewal/${e.employerPersonId}`) * 365) - 30);
    for (const v of versions) {
      const sleepIn = [...sleepIns].reverse().find((s) => s.from <= v.from);
      terms.push([
        uuidOf(`terms/${e.id}/${v.from}`),
        e.id,
        v.from,
        e.contractSigned,
        e.contractSigned ? e.start : null,
        v.pence,
        v.pence,
        v.pence,
        v.pence,
        sleepIn ? sleepIn.pence * SLEEP_IN_HOURS : null,
        e.hoursPerWeek,
        HOLIDAY_WEEKS,
        draw(`holiday/${e.id}`) < 0.4 ? 'ACCRUED' : 'AS_TAKEN',
        draw(`sick/${e.id}`) < 0.1 ? 'CONTRACTUAL' : 'STATUTORY_ONLY',
        insured ? pick(INSURERS, `insurer/${e.employerPersonId}`) : null,
        insured ? `EL-${uuidOf(`policy/${e.employerPersonId}`).slice(0, 8).toUpperCase()}` : null,
        insured ? renewal : null,
        insured ? 6000 + Math.floor(draw(`premium/${e.employerPersonId}`) * 90) * 100 : null,
        'Demo region',
      ]);
    }
  }
  await insertRows(
    db,
    'employment_terms',
    [
      'id',
      'employment_id',
      'valid_from',
      'written_contract',
      'contract_signed_on',
      'weekday_pence_per_hour',
      'evening_pence_per_hour',
      'night_pence_per_hour',
      'weekend_pence_per_hour',
      'sleep_in_pence_per_night',
      'contracted_hours_per_week',
      'holiday_entitlement_weeks',
      'holiday_pay',
      'sick_pay',
      'insurer',
      'insurance_policy_reference',
      'insurance_expires_on',
      'insurance_premium_pence_per_year',
      'recorded_by',
    ],
    terms,
    (done) => progress?.('employment terms', done, terms.length),
  );

  // Monthly payroll for the months before the anchor's; lateness differs by provider.
  const runs: unknown[][] = [];
  const payslips: unknown[][] = [];
  const anchorMonth = new Date(dayMs(asOf));
  for (let back = MONTHS_OF_PAYROLL; back >= 1; back--) {
    const start = isoOf(Date.UTC(anchorMonth.getUTCFullYear(), anchorMonth.getUTCMonth() - back, 1));
    const end = isoOf(Date.UTC(anchorMonth.getUTCFullYear(), anchorMonth.getUTCMonth() - back + 1, 0));
    for (const [employer, list] of employmentsOf) {
      const paid = list.filter((e) => weekdayOn.has(e.id) && e.start <= end && (!e.end || e.end >= start));
      if (paid.length === 0) continue;
      const provider = providerOf.get(employer)!;
      const runId = uuidOf(`run/${employer}/${start}`);
      const lateShare = 0.02 + draw(`lateness/${provider}`) * 0.18;
      const late = draw(`late/${runId}`) < lateShare;
      const unsent = late && back === 1 && draw(`unsent/${runId}`) < 0.2;
      const sentOn = unsent ? null : addDaysIso(end, late ? 1 + Math.floor(draw(`delay/${runId}`) * 10) : -1);
      runs.push([runId, employer, provider, start, end, end, sentOn, 'Demo region']);
      for (const e of paid) {
        const from = e.start > start ? e.start : start;
        const to = e.end && e.end < end ? e.end : end;
        const hours = Math.round(((e.hoursPerWeek * ((dayMs(to) - dayMs(from)) / 86_400_000 + 1)) / 7) * 100) / 100;
        const rate = [...weekdayOn.get(e.id)!].reverse().find((v) => v.from <= to)!.pence;
        payslips.push([
          uuidOf(`payslip/${runId}/${e.id}`),
          e.id,
          runId,
          start,
          end,
          hours,
          Math.round(hours * rate),
          end,
          sentOn,
          'Demo region',
        ]);
      }
    }
  }
  await insertRows(
    db,
    'payroll_run',
    ['id', 'employer_person_id', 'payroll_provider_id', 'period_start', 'period_end', 'due_on', 'sent_on', 'recorded_by'],
    runs,
    (done) => progress?.('payroll runs', done, runs.length),
  );
  await insertRows(
    db,
    'payslip',
    ['id', 'employment_id', 'payroll_run_id', 'period_start', 'period_end', 'hours', 'gross_pay_pence', 'due_on', 'sent_on', 'recorded_by'],
    payslips,
    (done) => progress?.('payslips', done, payslips.length),
  );
}
