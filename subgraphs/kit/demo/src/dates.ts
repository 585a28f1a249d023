/**
 * Calendar arithmetic on whole days since 1970-01-01 (proleptic Gregorian, no time of day).
 * Day numbers keep the generator clear of time zones and daylight saving, and make
 * "the day before" simply `day - 1`. Conversions use Howard Hinnant's civil-date
 * algorithms rather than Date objects: the build converts ~100,000 dates and this keeps it fast.
 */

/** Whole days since 1970-01-01. */
export type Day = number;

function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: Day): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function dayOf(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new Error(`not a calendar date: ${iso}`);
  return daysFromCivil(year, month, day);
}

/**
 * ISO strings are cached: the build formats ~100,000 dates drawn from a few tens of thousands
 * of days. The cache is a dense array over 1900-2099 (day -25567 onwards); other days are
 * formatted each time.
 */
const CACHE_FROM = -25567;
const isoCache: (string | undefined)[] = new Array<string | undefined>(73049).fill(undefined);

export function isoOf(day: Day): string {
  const slot = day - CACHE_FROM;
  const cached = isoCache[slot];
  if (cached !== undefined) return cached;
  const c = civilFromDays(day);
  const iso = `${String(c.year).padStart(4, '0')}-${c.month < 10 ? '0' : ''}${c.month}-${c.day < 10 ? '0' : ''}${c.day}`;
  if (slot >= 0 && slot < isoCache.length) isoCache[slot] = iso;
  return iso;
}

/** Same day of the month `months` later (or earlier), clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const c = civilFromDays(day);
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

export function addYears(day: Day, years: number): Day {
  return addMonths(day, years * 12);
}
