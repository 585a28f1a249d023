/**
 * Small-number suppression for every published aggregate. A count made from person-level facts
 * is published as "0", as "<5" when it is 1 to 4, and otherwise rounded up to a multiple of 5.
 *
 * Why rounding as well as "<5": suppressing only the small cells lets a reader subtract two
 * overlapping figures (all PAs in a council, and those with a current DBS check) to recover a
 * hidden count of 1 to 4. With every count rounded to the same base, the difference of two
 * published figures is consistent with several true differences, so it never pins one down.
 * Rounding is up, not to the nearest: with nearest rounding 8 publishes as "10" and 4 as "<5",
 * and a reader seeing both for a group and its part would know they differ by exactly 4 (the
 * suppression tests search for such pairs). Rounding is deterministic (the same count always
 * publishes the same figure), so asking again does not average noise away. Percentages must be worked out from the published figures only.
 */

/** Counts from 1 to this are never shown. */
export const SUPPRESSION_THRESHOLD = 4;
/** Every count above the threshold is rounded up to a multiple of this. */
export const ROUNDING_BASE = 5;

export interface PublishedCount {
  /** What a reader sees: "0", "<5", or the rounded count. */
  display: string;
  /** The rounded count; null when suppressed. */
  value: number | null;
  suppressed: boolean;
}

function roundToBase(n: number, base: number): number {
  return Math.round(n / base) * base;
}

function roundUpToBase(n: number, base: number): number {
  return Math.ceil(n / base) * base;
}

/** Publishes one count. Non-integral or negative counts are a programming error. */
export function publishCount(count: number): PublishedCount {
  if (!Number.isInteger(count) || count < 0) throw new Error(`a count must be a whole number of at least 0, not ${count}`);
  if (count === 0) return { display: '0', value: 0, suppressed: false };
  if (count <= SUPPRESSION_THRESHOLD) return { display: `<${SUPPRESSION_THRESHOLD + 1}`, value: null, suppressed: true };
  const value = roundUpToBase(count, ROUNDING_BASE);
  return { display: value.toLocaleString('en-GB'), value, suppressed: false };
}

export interface PublishedAmount {
  display: string;
  value: number | null;
  suppressed: boolean;
}

/**
 * Publishes a sum (hours, money) over a group of contributors (businesses, people). A sum over
 * fewer than five contributors describes them too closely and is suppressed whatever its size;
 * otherwise it is rounded to `base` (e.g. 10 hours, £100) so that two overlapping sums cannot be
 * subtracted down to one contributor's exact figure.
 */
export function publishAmount(
  total: number,
  contributors: number,
  base: number,
  format: (n: number) => string = (n) => n.toLocaleString('en-GB'),
): PublishedAmount {
  if (!Number.isInteger(contributors) || contributors < 0)
    throw new Error(`contributors must be a whole number of at least 0, not ${contributors}`);
  if (contributors === 0) return { display: format(0), value: 0, suppressed: false };
  if (contributors <= SUPPRESSION_THRESHOLD)
    return { display: `<${SUPPRESSION_THRESHOLD + 1} contributors`, value: null, suppressed: true };
  const value = roundToBase(total, base);
  return { display: format(value), value, suppressed: false };
}

/** Counts the distinct values of a list (e.g. PA ids over several employments): no double counting. */
export function distinctCount<T>(values: Iterable<T>): number {
  return new Set(values).size;
}

/** A labelled row of a breakdown, published. */
export interface PublishedBreakdownRow {
  key: string;
  label: string;
  count: PublishedCount;
}

/** Publishes every row of a breakdown, keeping rows with a zero count so a table keeps its shape. */
export function publishBreakdown(rows: { key: string; label: string; count: number }[]): PublishedBreakdownRow[] {
  return rows.map((r) => ({ key: r.key, label: r.label, count: publishCount(r.count) }));
}
