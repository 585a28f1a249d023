/** Small summaries for the outcome figures. */
import { median as kitMedian } from '@continuum/access';

/** The kit's median, or null when there is nothing to take it of. */
export function median(values: number[]): number | null {
  return values.length === 0 ? null : kitMedian(values);
}

/** The mean, to one decimal place (days are whole; more precision would be noise). */
export function average(values: number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;
}

/** part / whole as a percentage with one decimal; null when there is nothing to compare. */
export function percentage(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}
