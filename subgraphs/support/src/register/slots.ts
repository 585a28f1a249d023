/**
 * Availability on the findable register as a bit mask: one bit per day × part of the day, so a
 * search asks "free for every slot asked" with one AND in SQL.
 */
export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export const PERIODS = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT', 'SLEEP_IN', 'WAKING_NIGHT'] as const;
export type Day = (typeof DAYS)[number];
export type Period = (typeof PERIODS)[number];
export interface Slot {
  day: Day;
  period: Period;
}

const bit = (s: Slot): bigint => 1n << BigInt(DAYS.indexOf(s.day) * PERIODS.length + PERIODS.indexOf(s.period));

export function slotMask(slots: readonly Slot[]): bigint {
  return slots.reduce((mask, s) => mask | bit(s), 0n);
}

/** The slots a mask holds, Monday morning first. */
export function slotsOf(mask: bigint): Slot[] {
  return DAYS.flatMap((day) => PERIODS.map((period) => ({ day, period }))).filter((s) => (mask & bit(s)) !== 0n);
}

const words = (v: string) => v.toLowerCase().replace(/_/g, ' ');
/** "Tuesday morning", "Friday sleep-in". */
export function slotLabel(s: Slot): string {
  const period = s.period === 'SLEEP_IN' ? 'sleep-in' : words(s.period);
  return `${s.day[0]}${s.day.slice(1).toLowerCase()} ${period}`;
}
