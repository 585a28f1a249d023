import { afterEach, describe, expect, it } from '@jest/globals';
import {
  buildDemoRegion,
  DEMO_BASE_DAY,
  demoCalendar,
  demoDay,
  demoMonth,
  FEATURED_MOVE,
  IN_FLIGHT_FROM,
  MICRO_CARE_FIRST_MONTH,
  type DemoCalendar,
} from '../region.ts';
import { anchorRegion } from '../shift.ts';
import type { DemoRegion } from '../types.ts';

const SMALL = { people: 300, personalAssistants: 200 };
const A = '2027-03-10';
const A_PLUS_14 = '2027-03-24';
const DAY = 86_400_000;

const days = (from: string, to: string) => (Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY;
const DATE = /^\d{4}-\d{2}-\d{2}(T.*)?$/;

/** Records from every part of the region that moves by days (the micro-care programme moves by months). */
function sample(r: DemoRegion) {
  return {
    councils: r.councils,
    people: r.people.slice(0, 40),
    directPayments: r.directPayments.slice(0, 40),
    personalHealthBudgets: r.personalHealthBudgets.slice(0, 10),
    carePlans: r.carePlans.slice(0, 20),
    personalAssistants: r.personalAssistants.slice(0, 40),
    employments: r.employments.slice(0, 40),
    trainingRecords: r.trainingRecords.slice(0, 80),
    transitions: r.transitions,
    safeguardingConcerns: r.safeguardingConcerns.slice(0, 10),
    safeguardingFollowUps: r.safeguardingFollowUps,
    reablementPeriods: r.reablementPeriods,
    paymentProcessingAgreements: r.paymentProcessingAgreements,
  };
}

/** Where `later` differs from `earlier` other than by its dates being exactly `shift` days later; counts the dates. */
function differences(earlier: unknown, later: unknown, shift: number, where: string, found: { dates: number; problems: string[] }): void {
  if (typeof earlier === 'string' && DATE.test(earlier)) {
    found.dates++;
    if (typeof later !== 'string' || days(earlier, later) !== shift || later.slice(10) !== earlier.slice(10))
      found.problems.push(`${where}: ${earlier} became ${String(later)}`);
  } else if (earlier !== null && typeof earlier === 'object') {
    if (later === null || typeof later !== 'object' || Object.keys(later).join() !== Object.keys(earlier).join())
      found.problems.push(`${where}: shape changed`);
    else
      for (const [key, value] of Object.entries(earlier))
        differences(value, (later as Record<string, unknown>)[key], shift, `${where}.${key}`, found);
  } else if (earlier !== later) {
    found.problems.push(`${where}: ${String(earlier)} became ${String(later)}`);
  }
}

describe('the demo region, anchored', () => {
  const saved = { anchor: process.env.CONTINUUM_DEMO_ANCHOR, today: process.env.CONTINUUM_TODAY };
  afterEach(() => {
    for (const [key, value] of [
      ['CONTINUUM_DEMO_ANCHOR', saved.anchor],
      ['CONTINUUM_TODAY', saved.today],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('is the same for the same anchor and seed', () => {
    const a = buildDemoRegion({ ...SMALL, anchor: A });
    const b = buildDemoRegion({ ...SMALL, anchor: A });
    expect(a.asOf).toBe(A);
    expect(sample(b)).toEqual(sample(a));
    expect(b.microCareHours).toEqual(a.microCareHours);
    expect(b.featured).toEqual(a.featured);
  });

  it('differs between anchors two weeks apart only in its dates, each exactly 14 days later', () => {
    const a = buildDemoRegion({ ...SMALL, anchor: A });
    const later = buildDemoRegion({ ...SMALL, anchor: A_PLUS_14 });
    expect(later.asOf).toBe(A_PLUS_14);
    const found = { dates: 0, problems: [] as string[] };
    differences(sample(a), sample(later), 14, 'region', found);
    expect(found.problems).toEqual([]);
    expect(found.dates).toBeGreaterThan(500);
    expect(later.featured).toEqual(a.featured);
  });

  it('keeps the latest funding, the moves in flight and the featured move where they were relative to the anchor', () => {
    for (const anchor of ['2024-12-07', '2026-12-07', '2028-12-07']) {
      const r = buildDemoRegion({ ...SMALL, anchor });
      const starts = [
        ...r.directPayments,
        ...r.individualServiceFunds,
        ...r.commissionedPackages,
        ...r.personalHealthBudgets,
        ...r.chcPackages,
        ...r.integratedBudgets,
      ]
        .map((e) => e.start)
        .sort();
      const latest = days(anchor, starts[starts.length - 1]!);
      expect([anchor, latest < 0 && latest > -60]).toEqual([anchor, true]);
      const inFlight = r.transitions.filter((t) => t.status === 'PROPOSED' || t.status === 'AGREED');
      expect(inFlight.length).toBeGreaterThan(0);
      for (const t of inFlight) {
        expect([anchor, days(anchor, t.effectiveDate) > 0 && days(anchor, t.effectiveDate) <= 120, days(anchor, t.proposedAt) < 0]).toEqual(
          [anchor, true, true],
        );
        expect(t.effectiveDate >= demoDay(anchor, IN_FLIGHT_FROM)).toBe(true);
      }
      const phb = r.personalHealthBudgets.find((b) => b.personId === r.featured.movedDirectPaymentToPhb);
      expect(phb?.start).toBe(demoDay(anchor, FEATURED_MOVE));
    }
  });

  it('moves by whole weeks, never past the anchor, and keeps the micro-care months on the 1st', () => {
    const cases: [string, number][] = [
      [DEMO_BASE_DAY, 0],
      ['2026-11-07', 0],
      ['2026-11-08', 7],
      ['2026-10-31', -7],
      ['2026-12-07', 35],
    ];
    for (const [anchor, shift] of cases) expect([anchor, demoCalendar(anchor).days]).toEqual([anchor, shift]);
    const calendar: DemoCalendar = demoCalendar('2028-12-07');
    expect(days(calendar.day(DEMO_BASE_DAY), '2028-12-07')).toBeGreaterThanOrEqual(0);
    expect(days(calendar.day(DEMO_BASE_DAY), '2028-12-07')).toBeLessThan(7);
    expect(new Date(calendar.day(DEMO_BASE_DAY)).getUTCDay()).toBe(new Date(DEMO_BASE_DAY).getUTCDay());
    const r = buildDemoRegion({ ...SMALL, anchor: '2028-12-07' });
    expect(r.microCareHours.every((h) => h.month.endsWith('-01'))).toBe(true);
    expect(r.microCareHours.map((h) => h.month).sort()[0]).toBe(demoMonth('2028-12-07', MICRO_CARE_FIRST_MONTH));
  });

  it('copies what it moves: the base build is untouched, and the values it shared stay shared and frozen', () => {
    const base = buildDemoRegion({ ...SMALL, anchor: DEMO_BASE_DAY });
    const before = JSON.stringify(base);
    const moved = anchorRegion(base, demoCalendar('2028-12-07'));
    expect(JSON.stringify(base)).toBe(before);
    const signOffs = (r: DemoRegion) => new Set(r.trainingRecords.map((t) => t.signedOffBy));
    expect(signOffs(moved).size).toBe(signOffs(base).size);
    const slots = (r: DemoRegion) => new Set(r.personalAssistants.flatMap((p) => p.availability));
    expect(slots(moved).size).toBe(slots(base).size);
    expect([...slots(moved)].every((slot) => Object.isFrozen(slot))).toBe(true);
    expect(moved.people[0]).not.toBe(base.people[0]);
  });

  it("is anchored on CONTINUUM_DEMO_ANCHOR, otherwise on the clock's today, and refuses a day that is not a date", () => {
    process.env.CONTINUUM_DEMO_ANCHOR = '2027-06-15';
    expect(buildDemoRegion(SMALL).asOf).toBe('2027-06-15');
    delete process.env.CONTINUUM_DEMO_ANCHOR;
    process.env.CONTINUUM_TODAY = '2029-01-31';
    expect(buildDemoRegion(SMALL).asOf).toBe('2029-01-31');
    expect(() => buildDemoRegion({ ...SMALL, anchor: '2027-02-30' })).toThrow(/not a calendar date/);
    process.env.CONTINUUM_DEMO_ANCHOR = 'next week';
    expect(() => buildDemoRegion(SMALL)).toThrow(/CONTINUUM_DEMO_ANCHOR "next week" is not a calendar date/);
  });
});
