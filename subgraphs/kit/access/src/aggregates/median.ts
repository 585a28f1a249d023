/**
 * Medians for published aggregates (days waited, days to allocate): the middle of a group's values,
 * published like any sum over people, so a median over fewer than five contributors is suppressed.
 */
import { publishAmount, type PublishedAmount } from './suppression.ts';

/** The middle value (the mean of the middle two for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of a group's days, to a whole day ("1 day", "12 days"); suppressed under five contributors. */
export function publishMedianDays(days: readonly number[], contributors: number): PublishedAmount {
  return publishAmount(median(days), contributors, 1, (n) => `${n.toLocaleString('en-GB')} day${n === 1 ? '' : 's'}`);
}
