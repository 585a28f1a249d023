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
