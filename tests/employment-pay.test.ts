/**
 * Employment terms, payroll and on-costs over real HTTP through the gateway: each employment's
 * terms as the demo region seeds them (the contract as recorded, the council's PA rate, a new
 * version at each rate change); payroll runs and payslips with their due and sent days; an
 * employer's on-costs (National Insurance by the tax year's thresholds, holiday pay accrual,
 * insurance); payslip lateness by provider as suppressed counts; the three writes for the roles
 * their rules name, audited with the caller; and refusals with nothing written.
 */
import { buildDemoRegion, demoUser } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { gqlData, pasVisibleTo, peopleRelatedTo, startTestHub, type Client, type TestHub } from './helpers.ts';
import { assertRefusedWrite, writeAuditSince } from './refused-write.ts';

const region = buildDemoRegion();
const ELEANOR = demoUser('person.eleanor-robson').personId!;
const NEWCASTLE = 'E08000021';
const TYNESIDE_PAYROLL = demoUser('support-adviser.tyneside-payroll').organisationCode;
const eleanors = region.employments.filter((e) => e.employerPersonId === ELEANOR);
/** A PA the council may see who has never worked for Eleanor: the tests employ them for one past month. */
const NEW_PA = [...pasVisibleTo(region, NEWCASTLE)].find((pa) => !eleanors.some((e) => e.personalAssistantId === pa))!;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Newcastle's direct payment rate in force on a day, in pence: the PA rate the demo terms use. */
function newcastleRate(day: string, kind = 'DIRECT_PAYMENT'): number {
  const rates = region.councils
    .find((c) => c.gssCode === NEWCASTLE)!
    .rates.filter((r) => r.kind === kind)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  // Before the first rate on the card, the first.
  return Math.round((rates.filter((r) => r.effectiveFrom <= day).at(-1) ?? rates[0]!).hourlyRate * 100);
}

/** The calendar month eight months before today's: a past pay period whatever the day. */
function pastMonth(): { start: string; end: string } {
  const [y, m] = dayFromToday(0).split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 1 - 8, 1));
  const end = new Date(Date.UTC(y, m - 8, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

const TERMS = `validFrom validTo writtenContract contractSignedOn weekdayPencePerHour eveningPencePerHour nightPencePerHour
  weekendPencePerHour sleepInPencePerNight contractedHoursPerWeek holidayEntitlementWeeks holidayPay sickPay
  insurance { insurer policyReference expiresOn premiumPencePerYear }`;
const TEAM = `query ($id: ID!) { employments(filter: { employerPersonId: $id }, first: 100) { edges { node {
  id start end contractSigned hoursPerWeek role terms { ${TERMS} } termsHistory { validFrom validTo weekdayPencePerHour }
  payslips { periodStart periodEnd hours grossPayPence dueOn sentOn late } } } } }`;
const PAY = `query ($id: ID!, $from: Date!, $to: Date!) { person(id: $id) { id
  payrollProvider { id name kind }
  payrollRuns { periodStart periodEnd dueOn sentOn provider { id } payslips { grossPayPence employment { id } } }
  onCosts(from: $from, to: $to) { payslips grossPayPence employerNationalInsurancePence taxYears holidayPayAccrualPence insurancePremiumPence totalPence } } }`;
const SET_TERMS = `mutation ($input: SetEmploymentTermsInput!) { setEmploymentTerms(input: $input) { id ${TERMS} recordedBy } }`;
const RECORD_RUN = `mutation ($input: RecordPayrollRunInput!) { recordPayrollRun(input: $input) {
  id periodStart periodEnd dueOn sentOn provider { id } payslips { id hours grossPayPence dueOn sentOn late employment { id } } } }`;
const MARK_SENT = `mutation ($id: ID!, $on: Date!, $employments: [ID!]) { markPayslipsSent(payrollRunId: $id, sentOn: $on, employmentIds: $employments) {
  id sentOn payslips { sentOn late } } }`;
const SET_PROVIDER = `mutation ($employer: ID!, $provider: ID!, $since: Date) {
  setPayrollProvider(employerPersonId: $employer, payrollProviderId: $provider, since: $since) { id name kind } }`;
const LATENESS = `query ($f: AggregateFilter) { payslipLatenessAggregates(filter: $f) { from to due { value suppressed } late { value suppressed }
  byProvider { providerId name due { value suppressed } late { value suppressed } } } }`;

describe("employment terms, payroll and on-costs: the employer's business, seen and kept by those who support and fund them", () => {
  let hub: TestHub;
  let auditSince: () => Promise<any[]>;
  const newcastle = () => hub.as('social-worker.newcastle');
  const adviser = () => hub.as('support-adviser.tyneside-payroll');
  const support = () =>
    hub.subgraphs.find((s) => s.name === 'support')!.database.client as { $queryRawUnsafe(sql: string, ...v: unknown[]): Promise<any[]> };
  const refused = (client: Client, query: string, variables: Record<string, unknown>, code: string, field?: string) =>
    assertRefusedWrite(hub, client, query, variables, code, field);

  beforeAll(async () => {
    assert.ok(peopleRelatedTo(region, TYNESIDE_PAYROLL).has(ELEANOR), "Tyneside Payroll supports Eleanor's employment");
    assert.ok(NEW_PA, 'a PA Newcastle may see who never worked for Eleanor');
    hub = await startTestHub();
    auditSince = writeAuditSince(hub);
    await auditSince();
  });
  afterAll(() => hub.stop());

  describe('reading', () => {
    it("shows each employment's terms in force today as seeded: the contract as recorded and the council's PA rate, earlier rates kept", async () => {
      const nodes = (await gqlData(newcastle(), TEAM, { id: ELEANOR })).employments.edges.map((e: any) => e.node);
      assert.equal(nodes.length, eleanors.length);
      for (const n of nodes) {
        const seeded = eleanors.find((e) => e.id === n.id)!;
        const history = n.termsHistory;
        assert.ok(history.length >= 1, 'every employment has terms');
        assert.equal(history.at(-1).validFrom, seeded.start, 'the first terms run from the first day');
        history.forEach((t: any, i: number) => {
          assert.equal(t.weekdayPencePerHour, newcastleRate(t.validFrom), "the council's direct payment rate then");
          if (i > 0)
            assert.ok(
              history[i - 1].validFrom > t.validFrom && t.validTo < history[i - 1].validFrom,
              'newest first, each ending before the next',
            );
        });
        if (!seeded.end || seeded.end >= dayFromToday(0)) {
          assert.equal(n.terms.validFrom, history[0].validFrom, 'the newest version is in force today');
          assert.equal(n.terms.validTo, null);
          assert.equal(n.terms.writtenContract, seeded.contractSigned);
          assert.equal(n.terms.contractSignedOn, seeded.contractSigned ? seeded.start : null);
          assert.equal(n.terms.contractedHoursPerWeek, seeded.hoursPerWeek);
          assert.equal(n.terms.holidayEntitlementWeeks, 5.6);
          assert.equal(n.terms.sleepInPencePerNight, /night/i.test(seeded.role) ? newcastleRate(n.terms.validFrom, 'SLEEP_IN') * 8 : null);
        }
      }
    });

    it("seeds a written contract for about 78% of employments, as the seeds' survey found", async () => {
      const [row] = await support().$queryRawUnsafe(
        `SELECT avg(CASE WHEN written_contract THEN 1.0 ELSE 0 END)::float AS share FROM employment_terms t
         WHERE valid_from = (SELECT max(valid_from) FROM employment_terms u WHERE u.employment_id = t.employment_id)`,
      );
      assert.ok(row.share > 0.74 && row.share < 0.82, `share ${row.share}`);
    });

    it("shows the employer's payroll provider, monthly runs and payslips priced at the rate, to the council, the adviser and the employer alike", async () => {
      const { start, end } = pastMonth();
      const seen = [];
      for (const client of [newcastle(), adviser(), hub.as('person.eleanor-robson')])
        seen.push((await gqlData(client, PAY, { id: ELEANOR, from: start, to: end })).person);
      assert.deepEqual(seen[1], seen[0]);
      assert.deepEqual(seen[2], seen[0]);
      const p = seen[0];
      assert.ok(p.payrollProvider, 'Eleanor has a payroll provider');
      assert.ok(p.payrollRuns.length >= 1, 'runs in the year to today');
      for (const run of p.payrollRuns) {
        assert.equal(run.provider.id, p.payrollProvider.id);
        assert.ok(run.dueOn >= run.periodStart && run.periodEnd >= run.periodStart);
      }
      const nodes = (await gqlData(newcastle(), TEAM, { id: ELEANOR })).employments.edges.map((e: any) => e.node);
      const slips = nodes.flatMap((n: any) => n.payslips.map((s: any) => ({ ...s, rate: newcastleRate(s.periodEnd), n })));
      assert.ok(slips.length >= 1, 'payslips seeded');
      for (const s of slips) {
        assert.equal(s.grossPayPence, Math.round(s.hours * s.rate), 'hours at the rate in force');
        assert.equal(s.late, s.sentOn ? s.sentOn > s.dueOn : dayFromToday(0) > s.dueOn);
      }
    });

    it('refuses pay to the PA (their payslip comes from the payroll), and hides it from a council that does not fund the employer', async () => {
      const aisha = demoUser('pa.aisha-khan').personalAssistantId!;
      const hers = eleanors.find((e) => e.personalAssistantId === aisha)!;
      const pa = await hub.as('pa.aisha-khan')(`query ($id: ID!) { employment(id: $id) { id terms { weekdayPencePerHour } } }`, {
        id: hers.id,
      });
      assert.equal(pa.data?.employment?.terms ?? null, null);
      assert.equal(pa.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(pa.errors));
      const durham = await hub.as('social-worker.durham')(`query ($id: ID!) { person(id: $id) { payrollRuns { id } } }`, { id: ELEANOR });
      assert.equal(durham.data?.person ?? null, null, JSON.stringify(durham));
      const trainer = await hub.as('trainer.newcastle-hospitals')(
        `query ($id: ID!) { employment(id: $id) { payslips { grossPayPence } } }`,
        {
          id: hers.id,
        },
      );
      assert.equal(trainer.data?.employment ?? null, null, JSON.stringify(trainer));
    });

    it('counts payslips due and late by payroll provider, suppressed and rounded, for anyone signed in', async () => {
      const [actual] = await support().$queryRawUnsafe(
        `SELECT count(*)::int AS due, count(*) FILTER (WHERE sent_on > due_on OR (sent_on IS NULL AND due_on < $1::date))::int AS late
         FROM payslip WHERE due_on BETWEEN $2::date AND $1::date`,
        dayFromToday(0),
        dayFromToday(-364),
      );
      const a = (await gqlData(hub.as('commissioner.icb'), LATENESS, {})).payslipLatenessAggregates;
      // Counts are rounded up to a multiple of five.
      const roundedUp = (shown: number, n: number) => shown >= n && shown < n + 5;
      assert.ok(roundedUp(a.due.value, actual.due) && roundedUp(a.late.value, actual.late), JSON.stringify({ a, actual }));
      assert.ok(actual.late > 0 && actual.late < actual.due, 'some payslips are late, most are not');
      assert.ok(a.byProvider.length >= 2);
      const shown = a.byProvider.filter((p: any) => !p.late.suppressed && !p.due.suppressed);
      assert.ok(shown.length >= 2, 'lateness is countable by provider');
      for (const p of shown) assert.ok(p.late.value <= p.due.value);
      assert.ok(new Set(shown.map((p: any) => Math.round((100 * p.late.value) / p.due.value))).size >= 2, 'providers differ in lateness');
      const newcastleOnly = (await gqlData(newcastle(), LATENESS, { f: { councilGssCode: NEWCASTLE } })).payslipLatenessAggregates;
      assert.ok(newcastleOnly.due.value < a.due.value, "a council's employers are fewer than all");
    });
  });

  describe('writing', () => {
    const { start, end } = pastMonth();
    let employmentId: string;
    let runId: string;
    let before: any;
    /** The policy's last day: it covered the whole pay period (a policy runs a year to its expiry). */
    const expires = new Date(Date.parse(end) + 200 * 86_400_000).toISOString().slice(0, 10);

    it("an adviser records terms from the first day; the council records a payroll run by the employer's provider; the on-costs follow", async () => {
      before = (await gqlData(newcastle(), PAY, { id: ELEANOR, from: start, to: end })).person;
      employmentId = (
        await gqlData(newcastle(), `mutation ($i: AddEmploymentInput!) { addEmployment(input: $i) { id } }`, {
          i: {
            employerPersonId: ELEANOR,
            personalAssistantId: NEW_PA,
            start,
            end,
            hoursPerWeek: 20,
            role: 'Personal assistant',
            contractSigned: true,
          },
        })
      ).addEmployment.id;
      await auditSince();
      const terms = (
        await gqlData(adviser(), SET_TERMS, {
          input: {
            employmentId,
            validFrom: start,
            writtenContract: true,
            contractSignedOn: start,
            weekdayPencePerHour: 1458,
            weekendPencePerHour: 1600,
            sleepInPencePerNight: 8472,
            holidayPay: 'ACCRUED',
            insurer: 'Ansvar',
            insurancePolicyReference: 'EL-TEST-1',
            insuranceExpiresOn: expires,
            insurancePremiumPencePerYear: 36500,
          },
        })
      ).setEmploymentTerms;
      assert.deepEqual(
        { ...terms, id: undefined },
        {
          id: undefined,
          validFrom: start,
          validTo: null,
          writtenContract: true,
          contractSignedOn: start,
          weekdayPencePerHour: 1458,
          eveningPencePerHour: 1458,
          nightPencePerHour: 1458,
          weekendPencePerHour: 1600,
          sleepInPencePerNight: 8472,
          contractedHoursPerWeek: 20,
          holidayEntitlementWeeks: 5.6,
          holidayPay: 'ACCRUED',
          sickPay: 'STATUTORY_ONLY',
          insurance: { insurer: 'Ansvar', policyReference: 'EL-TEST-1', expiresOn: expires, premiumPencePerYear: 36500 },
          recordedBy: `${demoUser('support-adviser.tyneside-payroll').name} (support-adviser.tyneside-payroll)`,
        },
      );
      const run = (
        await gqlData(newcastle(), RECORD_RUN, {
          input: {
            employerPersonId: ELEANOR,
            periodStart: start,
            periodEnd: end,
            dueOn: end,
            payslips: [{ employmentId, hours: 86.5, grossPayPence: 200000 }],
          },
        })
      ).recordPayrollRun;
      runId = run.id;
      assert.equal(run.provider.id, before.payrollProvider.id, "by default the employer's provider");
      assert.deepEqual(run.payslips, [
        {
          id: run.payslips[0].id,
          hours: 86.5,
          grossPayPence: 200000,
          dueOn: end,
          sentOn: null,
          late: true,
          employment: { id: employmentId },
        },
      ]);
      const audit = await auditSince();
      for (const [user, op] of [
        ['support-adviser.tyneside-payroll', 'setEmploymentTerms'],
        ['social-worker.newcastle', 'recordPayrollRun'],
      ])
        assert.ok(
          audit.some((a) => a.user_id === user && a.outcome === 'ALLOWED' && a.record_type === op),
          `${op} audited with its caller: ${JSON.stringify(audit)}`,
        );

      const after = (await gqlData(newcastle(), PAY, { id: ELEANOR, from: start, to: end })).person.onCosts;
      const [year] = await support().$queryRawUnsafe(
        `SELECT tax_year, secondary_threshold_pence_per_week::int AS st, employer_rate::float AS rate FROM ni_employer_threshold
         WHERE starts_on <= $1::date ORDER BY starts_on DESC LIMIT 1`,
        end,
      );
      const days = (Date.parse(end) - Date.parse(start)) / 86_400_000 + 1;
      const ni = Math.round(Math.max(0, 200000 - (year.st * days) / 7) * year.rate);
      const b = before.onCosts;
      assert.deepEqual(
        {
          payslips: after.payslips - b.payslips,
          gross: after.grossPayPence - b.grossPayPence,
          ni: after.employerNationalInsurancePence - b.employerNationalInsurancePence,
          holiday: after.holidayPayAccrualPence - b.holidayPayAccrualPence,
          insurance: after.insurancePremiumPence - b.insurancePremiumPence,
        },
        // Holiday accrued at 5.6 weeks: 5.6 / 46.4 of pay; a £365 premium is £1 a day.
        { payslips: 1, gross: 200000, ni, holiday: Math.round((200000 * 5.6) / 46.4), insurance: days * 100 },
      );
      assert.ok(after.taxYears.includes(year.tax_year));
      assert.equal(after.totalPence, after.employerNationalInsurancePence + after.holidayPayAccrualPence + after.insurancePremiumPence);
    });

    it('a change of terms keeps the earlier version; the terms in force on a day are the newest from on or before it', async () => {
      const mid = `${start.slice(0, 8)}15`;
      await gqlData(adviser(), SET_TERMS, { input: { employmentId, validFrom: mid, writtenContract: true, weekdayPencePerHour: 1500 } });
      const e = (
        await gqlData(
          newcastle(),
          `query ($id: ID!) { employment(id: $id) { terms { validFrom } termsHistory { validFrom validTo weekdayPencePerHour } } }`,
          { id: employmentId },
        )
      ).employment;
      const dayBefore = new Date(Date.parse(mid) - 86_400_000).toISOString().slice(0, 10);
      assert.deepEqual(e.termsHistory, [
        { validFrom: mid, validTo: null, weekdayPencePerHour: 1500 },
        { validFrom: start, validTo: dayBefore, weekdayPencePerHour: 1458 },
      ]);
      // The employment ended with the month: today it has no terms in force beyond its last version.
      assert.deepEqual(e.terms, { validFrom: mid });
    });

    it('marks payslips sent: the run is sent once all are, and a payslip sent after its day counts as late', async () => {
      const sentOn = dayFromToday(-1);
      const run = (await gqlData(adviser(), MARK_SENT, { id: runId, on: sentOn })).markPayslipsSent;
      assert.deepEqual(run, { id: runId, sentOn, payslips: [{ sentOn, late: sentOn > end }] });
      await refused(adviser(), MARK_SENT, { id: runId, on: sentOn }, 'CONFLICT', 'payrollRunId');
    });

    it('refuses the employer themself, a PA, a trainer and a council that does not fund the employer, writing nothing', async () => {
      const input = { employmentId, validFrom: end, writtenContract: false, weekdayPencePerHour: 1500 };
      await refused(hub.as('person.eleanor-robson'), SET_TERMS, { input }, 'FORBIDDEN');
      await refused(hub.as('pa.aisha-khan'), SET_TERMS, { input }, 'FORBIDDEN');
      await refused(hub.as('trainer.newcastle-hospitals'), SET_TERMS, { input }, 'FORBIDDEN');
      await refused(hub.as('social-worker.durham'), SET_TERMS, { input }, 'NOT_FOUND');
      const runInput = {
        employerPersonId: ELEANOR,
        periodStart: start,
        periodEnd: end,
        dueOn: end,
        payslips: [{ employmentId, hours: 1, grossPayPence: 1 }],
      };
      await refused(hub.as('social-worker.durham'), RECORD_RUN, { input: runInput }, 'NOT_FOUND');
      await refused(hub.as('social-worker.durham'), MARK_SENT, { id: runId, on: dayFromToday(0) }, 'NOT_FOUND');
    });

    it("records a change of the employer's payroll provider; runs already recorded keep the provider that ran them", async () => {
      const providers = (await gqlData(newcastle(), `{ payrollProviders { id name kind } }`)).payrollProviders;
      const bureau = providers.find((p: any) => p.kind === 'PAYROLL_BUREAU' && p.id !== before.payrollProvider.id);
      await refused(adviser(), SET_PROVIDER, { employer: ELEANOR, provider: bureau.id, since: dayFromToday(1) }, 'BAD_USER_INPUT', 'since');
      await refused(adviser(), SET_PROVIDER, { employer: ELEANOR, provider: UNKNOWN }, 'NOT_FOUND', 'payrollProviderId');
      await refused(hub.as('person.eleanor-robson'), SET_PROVIDER, { employer: ELEANOR, provider: bureau.id }, 'FORBIDDEN');
      await refused(hub.as('social-worker.durham'), SET_PROVIDER, { employer: ELEANOR, provider: bureau.id }, 'NOT_FOUND');
      await auditSince();
      assert.deepEqual((await gqlData(adviser(), SET_PROVIDER, { employer: ELEANOR, provider: bureau.id })).setPayrollProvider, bureau);
      assert.ok(
        (await auditSince()).some((a) => a.user_id === 'support-adviser.tyneside-payroll' && a.record_type === 'setPayrollProvider'),
      );
      const now = (await gqlData(newcastle(), PAY, { id: ELEANOR, from: start, to: end })).person;
      assert.deepEqual(now.payrollProvider, bureau);
      assert.ok(now.payrollRuns.some((r: any) => r.provider.id === before.payrollProvider.id));
    });

    it('refuses bad input field by field, writing nothing', async () => {
      const terms = { employmentId, validFrom: end, writtenContract: true, weekdayPencePerHour: 1500 };
      await refused(adviser(), SET_TERMS, { input: { ...terms, weekdayPencePerHour: -1 } }, 'BAD_USER_INPUT', 'input.weekdayPencePerHour');
      await refused(adviser(), SET_TERMS, { input: { ...terms, nightPencePerHour: -5 } }, 'BAD_USER_INPUT', 'input.nightPencePerHour');
      await refused(
        adviser(),
        SET_TERMS,
        { input: { ...terms, contractSignedOn: dayFromToday(1) } },
        'BAD_USER_INPUT',
        'input.contractSignedOn',
      );
      await refused(
        adviser(),
        SET_TERMS,
        { input: { ...terms, writtenContract: false, contractSignedOn: start } },
        'BAD_USER_INPUT',
        'input.contractSignedOn',
      );
      await refused(adviser(), SET_TERMS, { input: { ...terms, validFrom: start } }, 'CONFLICT', 'input.validFrom');
      await refused(adviser(), SET_TERMS, { input: { ...terms, employmentId: UNKNOWN } }, 'NOT_FOUND');
      const run = {
        employerPersonId: ELEANOR,
        periodStart: start,
        periodEnd: end,
        dueOn: end,
        payslips: [{ employmentId, hours: 10, grossPayPence: 15000 }],
      };
      await refused(
        adviser(),
        RECORD_RUN,
        { input: { ...run, periodEnd: dayFromToday(-400), periodStart: dayFromToday(-390) } },
        'BAD_USER_INPUT',
        'input.periodEnd',
      );
      await refused(
        adviser(),
        RECORD_RUN,
        { input: { ...run, payslips: [{ employmentId, hours: 10, grossPayPence: -1 }] } },
        'BAD_USER_INPUT',
        'input.payslips[0].grossPayPence',
      );
      await refused(
        adviser(),
        RECORD_RUN,
        { input: { ...run, payslips: [{ employmentId, hours: -1, grossPayPence: 100 }] } },
        'BAD_USER_INPUT',
        'input.payslips[0].hours',
      );
      await refused(
        adviser(),
        RECORD_RUN,
        { input: { ...run, payslips: [{ employmentId: UNKNOWN, hours: 1, grossPayPence: 100 }] } },
        'NOT_FOUND',
        'input.payslips[0].employmentId',
      );
      await refused(adviser(), RECORD_RUN, { input: { ...run, payslips: [] } }, 'BAD_USER_INPUT', 'input.payslips');
      await refused(adviser(), RECORD_RUN, { input: { ...run, payrollProviderId: UNKNOWN } }, 'NOT_FOUND', 'input.payrollProviderId');
      await refused(adviser(), MARK_SENT, { id: runId, on: dayFromToday(1) }, 'BAD_USER_INPUT', 'sentOn');
    });
  });
});
