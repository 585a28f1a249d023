/**
 * A headline published as the sum of its breakdown as published, so the two always agree
 * (moves in flight and its stages). Each part is already rounded up to a multiple of 5 and a
 * part shown as "<5" counts as 5, its own rounded-up value; the total is therefore a multiple
 * of 5, at least the true count, and reveals nothing the parts do not already show. A total
 * whose only non-zero part is one "<5" is itself "<5".
 */
import { publishCount, ROUNDING_BASE, type PublishedBreakdownRow, type PublishedCount } from '@continuum/access';

export function totalOfParts(parts: PublishedBreakdownRow[]): PublishedCount {
  const suppressed = parts.filter((p) => p.count.suppressed).length;
  const shown = parts.reduce((n, p) => n + (p.count.value ?? 0), 0);
  if (shown === 0 && suppressed <= 1) return suppressed ? parts.find((p) => p.count.suppressed)!.count : publishCount(0);
  const value = shown + ROUNDING_BASE * suppressed;
  return { display: value.toLocaleString('en-GB'), value, suppressed: false };
}
