import type { Bar } from './BarChart';

export interface Published {
  display: string;
  value?: number | null;
  suppressed: boolean;
}

export interface LabelledCount {
  key: string;
  label: string;
  count: Published;
}

export function barsOf(rows: LabelledCount[]): Bar[] {
  return rows.map((r) => ({ label: r.label, value: r.count.suppressed ? null : (r.count.value ?? 0), display: r.count.display }));
}

export function tableRowsOf(rows: LabelledCount[]): string[][] {
  return rows.map((r) => [r.label, r.count.display]);
}

/** Whether every figure is a published zero: nothing to draw for this selection. */
export function allZero(figures: Published[]): boolean {
  return figures.every((f) => !f.suppressed && (f.value ?? 0) === 0);
}

/**
 * A figure's share of a total, worked out from the two published (rounded) figures, as a whole
 * percent; null when either is suppressed or the total is zero. Approximate by design: the
 * hub never sends a percentage made from exact counts.
 */
export function shareOf(part: Published, total: Published): string | null {
  if (part.suppressed || total.suppressed || !total.value || part.value === null || part.value === undefined) return null;
  return `${Math.round((100 * part.value) / total.value)}%`;
}

/** Bars whose labels carry each row's share of the total ("165 · 25%"). */
export function barsWithShares(rows: LabelledCount[], total: Published): Bar[] {
  return barsOf(rows).map((b, i) => {
    const share = shareOf(rows[i]!.count, total);
    return share ? { ...b, display: `${b.display} · ${share}` } : b;
  });
}

/** Table rows with a share column ("25%", or "–" where it cannot be worked out). */
export function tableRowsWithShares(rows: LabelledCount[], total: Published): string[][] {
  return rows.map((r) => [r.label, r.count.display, shareOf(r.count, total) ?? '–']);
}

/** Rows largest first (a "<5" after every value of 5 or more, before a zero), ties in their own order. */
export function bySize<T extends LabelledCount>(rows: T[]): T[] {
  const size = (r: LabelledCount) => (r.count.suppressed ? 0.5 : (r.count.value ?? 0));
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => size(b.r) - size(a.r) || a.i - b.i)
    .map(({ r }) => r);
}
