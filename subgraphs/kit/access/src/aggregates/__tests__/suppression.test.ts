import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { consistentSmallDifferences } from '../attack.ts';
import { distinctCount, publishAmount, publishBreakdown, publishCount } from '../suppression.ts';

/** Every true count a published figure may stand for, read from the rule itself ("0"; "<5" for 1 to 4; else rounded up to a multiple of 5). */
function countsShownAs(display: string): number[] {
  if (display === '0') return [0];
  if (display === '<5') return [1, 2, 3, 4];
  const top = Number(display.replace(/,/g, ''));
  return [top - 4, top - 3, top - 2, top - 1, top].filter((n) => n >= 5);
}

describe('small-number suppression', () => {
  it('shows 0 as 0 and 1 to 4 as "<5" with no value', () => {
    assert.deepEqual(publishCount(0), { display: '0', value: 0, suppressed: false });
    for (const n of [1, 2, 3, 4]) assert.deepEqual(publishCount(n), { display: '<5', value: null, suppressed: true });
  });

  it('rounds every larger count up to a multiple of 5', () => {
    assert.equal(publishCount(5).value, 5);
    assert.equal(publishCount(6).value, 10);
    assert.equal(publishCount(8).value, 10);
    assert.equal(publishCount(10).value, 10);
    assert.equal(publishCount(57).value, 60);
    assert.equal(publishCount(4999).display, '5,000');
    const shown: [number, string][] = [
      [5, '5'],
      [6, '10'],
      [9, '10'],
      [11, '15'],
      [996, '1,000'],
      [1001, '1,005'],
      [12_341, '12,345'],
      [1_234_567, '1,234,570'],
    ];
    for (const [n, display] of shown)
      assert.deepEqual(publishCount(n), { display, value: Number(display.replace(/,/g, '')), suppressed: false }, String(n));
  });

  it('rounding to the nearest 5 would leak: a group of 8 ("10") and its part of 4 ("<5") differ by exactly 4', () => {
    const nearest = (n: number) => ({ display: n === 0 ? '0' : n <= 4 ? '<5' : String(Math.max(5, Math.round(n / 5) * 5)) });
    const inferable = (whole: number, part: number) => {
      const pre = (d: string) => Array.from({ length: 200 }, (_, n) => n).filter((n) => nearest(n).display === d);
      const out = new Set<number>();
      for (const x of pre(nearest(whole).display)) for (const y of pre(nearest(part).display)) if (x - y >= 0 && x - y <= 4) out.add(x - y);
      return [...out];
    };
    assert.deepEqual(inferable(8, 4), [4]);
    assert.ok(consistentSmallDifferences(publishCount(8), publishCount(4)).length > 1);
  });

  it('publishes the same figure for the same count every time (no noise to average away)', () => {
    for (let n = 0; n < 200; n++) assert.deepEqual(publishCount(n), publishCount(n));
  });

  it('refuses a count that is not a whole number of at least 0', () => {
    assert.throws(() => publishCount(-1), /^Error: a count must be a whole number of at least 0, not -1$/);
    assert.throws(() => publishCount(2.5), /^Error: a count must be a whole number of at least 0, not 2\.5$/);
  });

  it('defeats the difference attack: two overlapping filters never reveal a hidden count of 1 to 4', () => {
    // The attack: publish "all PAs in a council" (n) and "those with a current DBS check" (n - k);
    // subtracting would reveal k, the PAs without one, which the second table shows only as "<5".
    for (let n = 0; n <= 2000; n++) {
      for (let k = 1; k <= 4 && k <= n; k++) {
        const whole = publishCount(n);
        const part = publishCount(n - k);
        const hidden = publishCount(k);
        assert.equal(hidden.display, '<5');
        const candidates = new Set(consistentSmallDifferences(whole, part));
        const byHand = new Set(
          countsShownAs(whole.display)
            .flatMap((x) => countsShownAs(part.display).map((y) => x - y))
            .filter((d) => d >= 0 && d <= 4),
        );
        assert.deepEqual(
          [...candidates].sort(),
          [...byHand].sort(),
          `n=${n}, k=${k}: what a reader can work out from ${whole.display} and ${part.display}`,
        );
        assert.ok(candidates.has(k), `the true difference ${k} is consistent`);
        assert.ok(
          candidates.size >= 2,
          `n=${n}, k=${k}: published ${whole.display} and ${part.display} must leave the difference open, left ${[...candidates]}`,
        );
      }
    }
  });

  it('a plain "<5" without rounding would fail the same attack (the test can tell)', () => {
    const unrounded = (n: number) => (n >= 1 && n <= 4 ? '<5' : String(n));
    // 57 PAs and 55 with a current check: the two PAs without one are exposed.
    assert.equal(Number(unrounded(57)) - Number(unrounded(55)), 2);
    assert.equal(publishCount(57).display, publishCount(56).display);
    assert.deepEqual(consistentSmallDifferences(publishCount(57), publishCount(55)), [1, 2, 3, 4]);
  });

  it('suppresses a sum over fewer than five contributors and rounds the rest to its base', () => {
    assert.deepEqual(publishAmount(1234.5, 3, 10), { display: '<5 contributors', value: null, suppressed: true });
    assert.deepEqual(publishAmount(0, 0, 10), { display: '0', value: 0, suppressed: false });
    assert.equal(publishAmount(34330.25, 24, 10).value, 34330);
    assert.equal(publishAmount(342481.24, 24, 100).value, 342500);
  });

  it('counts distinct values, so a PA with two employers is one PA', () => {
    assert.equal(distinctCount(['pa-1', 'pa-2', 'pa-1']), 2);
  });

  it('publishes every row of a breakdown, keeping zero rows', () => {
    const rows = publishBreakdown([
      { key: 'CLEAR', label: 'Clear', count: 120 },
      { key: 'IN_PROGRESS', label: 'In progress', count: 3 },
      { key: 'NOT_CHECKED', label: 'Not checked', count: 0 },
    ]);
    assert.deepEqual(
      rows.map((r) => r.count.display),
      ['120', '<5', '0'],
    );
  });
});
