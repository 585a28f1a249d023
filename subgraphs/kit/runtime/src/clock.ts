/**
 * The hub's one clock for business time. Everything that asks "what day is it" (statuses,
 * default periods, relationship start days) or stamps a record (updatedAt, proposedAt,
 * completedAt, publishedAt...) asks here, so that `CONTINUUM_TODAY=YYYY-MM-DD` moves the
 * whole hub to another day at once. Elapsed time and deadlines use `performance.now()`.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

let parsed: { text: string; day: Date } | null = null;

/** The pinned day, or null when CONTINUUM_TODAY is unset; a value that is not a real date is refused. */
function pinnedDay(): Date | null {
  const text = process.env.CONTINUUM_TODAY?.trim();
  if (!text) return null;
  if (parsed?.text === text) return new Date(parsed.day.getTime());
  const m = ISO_DATE.exec(text);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!day || day.toISOString().slice(0, 10) !== text) {
    throw new Error(
      `CONTINUUM_TODAY="${text}" is not a calendar date in the form YYYY-MM-DD (it pins the hub's "today"; unset it to use the real date)`,
    );
  }
  parsed = { text, day };
  return new Date(day.getTime());
}

/** Today, as UTC midnight of the business day. */
export function today(): Date {
  const pinned = pinnedDay();
  if (pinned) return pinned;
  const wall = Date.now();
  return new Date(wall - (wall % DAY_MS));
}

/** Today as YYYY-MM-DD. */
export function todayIso(): string {
  return today().toISOString().slice(0, 10);
}

/**
 * The current instant, for record timestamps. With a pinned day it is that day at the real
 * time of day, so a timestamp always falls on `today()`.
 */
export function now(): Date {
  const wall = Date.now();
  const pinned = pinnedDay();
  return pinned ? new Date(pinned.getTime() + (wall % DAY_MS)) : new Date(wall);
}
