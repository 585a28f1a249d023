/**
 * What a reader can work out from two published counts of overlapping groups (one contained in
 * the other): every true difference from 0 to 4 consistent with both. The suppression rule must
 * always leave more than one, so a hidden count of 1 to 4 is never revealed by subtraction.
 */
import { publishCount, type PublishedCount } from './suppression.ts';

/** Every true count that publishes as this figure (searched near the figure itself, since rounding moves a count by less than 5). */
function preimage(published: Pick<PublishedCount, 'display'>): number[] {
  const shown = Number(published.display.replace(/,/g, ''));
  const around = Number.isFinite(shown) ? shown : 0;
  const out: number[] = [];
  for (let n = Math.max(0, around - 10); n <= around + 10; n++) if (publishCount(n).display === published.display) out.push(n);
  return out;
}

export function consistentSmallDifferences(whole: Pick<PublishedCount, 'display'>, part: Pick<PublishedCount, 'display'>): number[] {
  const parts = preimage(part);
  const out = new Set<number>();
  for (const x of preimage(whole)) for (const y of parts) if (x - y >= 0 && x - y <= 4) out.add(x - y);
  return [...out].sort((a, b) => a - b);
}
