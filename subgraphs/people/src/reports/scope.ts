/**
 * Reports answer from what the caller may see, as lists do: people out of the caller's scope, and
 * their moves, are left out before anything is counted, so a figure or a row says nothing about
 * them (not even by naming their council and a single day). A figure summarising fewer than five
 * moves (a median, an average, a share) describes those people too closely and is not published,
 * the aggregates' small-number rule.
 */
import { requestAccessOf, SUPPRESSION_THRESHOLD } from '@continuum/access';
import type { Context } from '../context.ts';

/** Of these rows, those about people the caller may see (all of them for the hub's own services). */
export async function inCallerScope<T>(ctx: Context, rows: T[], personOf: (row: T) => string): Promise<T[]> {
  if (rows.length === 0) return rows;
  const visible = await requestAccessOf(ctx).visiblePeople([...new Set(rows.map(personOf))]);
  if (!visible) return rows;
  const shown = new Set(visible);
  return rows.filter((row) => shown.has(personOf(row)));
}

/** A figure over `group` moves, or null when the group is small enough to describe its members. */
export function publishedOver<T>(group: number, figure: T | null): T | null {
  return group > SUPPRESSION_THRESHOLD ? figure : null;
}
