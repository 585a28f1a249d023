/**
 * The suite runs on a pinned day: CONTINUUM_TODAY if given (to run the suite as of another day),
 * otherwise today's date. The demo region the templates are seeded from is anchored on the same
 * day, so every test sees the data as a user of a freshly seeded hub would on that day.
 */
import { isoDate, today } from '@continuum/runtime';

export function pinTestClock(): string {
  const anchor = isoDate(today());
  process.env.CONTINUUM_TODAY = anchor;
  process.env.CONTINUUM_DEMO_ANCHOR = anchor;
  return anchor;
}
