/**
 * Whether a session fits a working day or not, by the UK clock: employers look for training
 * "outside of the traditional 9-5, Monday to Friday timetable" (brief W6 step 3).
 */
const UK_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The UK day (YYYY-MM-DD), weekday and minutes after midnight of an instant. */
export function ukClock(at: Date): { day: string; weekday: string; minutes: number } {
  const parts = Object.fromEntries(UK_CLOCK.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: parts.weekday!,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const NINE = 9 * 60;
const FIVE = 17 * 60;

/** Starts before 09:00, ends after 17:00 (or on another day), or falls on a Saturday or Sunday, UK time. */
export function outsideWeekdayHours(startsAt: Date, endsAt: Date): boolean {
  const start = ukClock(startsAt);
  const end = ukClock(endsAt);
  if (start.weekday === 'Sat' || start.weekday === 'Sun') return true;
  return start.minutes < NINE || end.day !== start.day || end.minutes > FIVE;
}
