import { afterEach, describe, expect, it } from '@jest/globals';
import { now, today, todayIso } from '../clock.ts';

const DAY = 86_400_000;

describe('the clock', () => {
  const saved = process.env.CONTINUUM_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.CONTINUUM_TODAY;
    else process.env.CONTINUUM_TODAY = saved;
  });

  it('reads the real date when nothing is pinned', () => {
    delete process.env.CONTINUUM_TODAY;
    const before = new Date().toISOString().slice(0, 10);
    const day = todayIso();
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(day);
    expect(today().toISOString()).toBe(`${todayIso()}T00:00:00.000Z`);
  });

  it('pins today() to CONTINUUM_TODAY', () => {
    process.env.CONTINUUM_TODAY = '2028-02-29';
    expect(today().toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(todayIso()).toBe('2028-02-29');
    process.env.CONTINUUM_TODAY = '2031-07-04';
    expect(todayIso()).toBe('2031-07-04');
  });

  it('puts now() on the pinned day, at the real time of day', () => {
    process.env.CONTINUUM_TODAY = '2028-02-29';
    const wall = Date.now() % DAY;
    const stamp = now();
    expect(stamp.toISOString().slice(0, 10)).toBe('2028-02-29');
    const timeOfDay = stamp.getTime() - today().getTime();
    expect(timeOfDay).toBeGreaterThanOrEqual(0);
    expect(timeOfDay).toBeLessThan(DAY);
    // The same time of day as the wall clock (allowing for crossing midnight while the test runs).
    expect(Math.min(Math.abs(timeOfDay - wall), DAY - Math.abs(timeOfDay - wall))).toBeLessThan(5_000);
  });

  it('refuses a CONTINUUM_TODAY that is not a calendar date, rather than falling back to the real one', () => {
    for (const value of ['2026-02-30', '2026-13-01', '07/12/2026', '2026-1-5', 'tomorrow']) {
      process.env.CONTINUUM_TODAY = value;
      expect(() => today()).toThrow(`CONTINUUM_TODAY="${value}" is not a calendar date in the form YYYY-MM-DD`);
      expect(() => now()).toThrow(/CONTINUUM_TODAY/);
      expect(() => todayIso()).toThrow(/CONTINUUM_TODAY/);
    }
  });
});
