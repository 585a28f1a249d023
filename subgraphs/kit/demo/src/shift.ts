/**
 * Moves a region built at the base day to its anchor (see anchor.ts): every calendar date in
 * every record (YYYY-MM-DD strings and ISO date-times, reference data such as rates included)
 * moves by the calendar's days, the micro-care programme's by its months. The build's records
 * are not touched: a record holding a date is copied, one without is kept as it is, and the
 * frozen values the build shares between records are copied once, frozen, and stay shared.
 */
import { moveIso, type DemoCalendar } from './anchor.ts';
import { addMonths, type Day } from './dates.ts';
import type { DemoRegion } from './types.ts';

/** The micro-care programme is kept by calendar month: its dates move by whole months. */
const MONTHLY: ReadonlySet<string> = new Set<keyof DemoRegion>(['microEnterprises', 'microCareHours', 'microCareClients']);

const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

function looksLikeDate(s: string): boolean {
  // Cheap test first: most strings in the region are ids, names and codes.
  return s.length >= 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && DATE_OR_INSTANT.test(s);
}

class Mover {
  private readonly dates = new Map<string, string>();
  private readonly shared = new Map<object, unknown>();

  constructor(private readonly move: (day: Day) => Day) {}

  value(v: unknown): unknown {
    if (typeof v === 'string') return looksLikeDate(v) ? this.date(v) : v;
    if (v === null || typeof v !== 'object') return v;
    if (!Object.isFrozen(v)) return this.copy(v);
    // The build shares only frozen values between records: each is moved once and stays shared.
    let done = this.shared.get(v);
    if (done === undefined) {
      const out = this.copy(v);
      this.shared.set(v, (done = out === v ? v : Object.freeze(out)));
    }
    return done;
  }

  private copy(v: object): unknown {
    return Array.isArray(v) ? this.array(v) : this.record(v as Record<string, unknown>);
  }

  private date(s: string): string {
    let moved = this.dates.get(s);
    if (moved === undefined) this.dates.set(s, (moved = moveIso(s, this.move)));
    return moved;
  }

  private array(v: readonly unknown[]): readonly unknown[] {
    let copy: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const moved = this.value(v[i]);
      if (moved !== v[i]) (copy ??= v.slice())[i] = moved;
    }
    return copy ?? v;
  }

  private record(v: Record<string, unknown>): Record<string, unknown> {
    let copy: Record<string, unknown> | null = null;
    for (const key in v) {
      const moved = this.value(v[key]);
      if (moved !== v[key]) (copy ??= { ...v })[key] = moved;
    }
    return copy ?? v;
  }
}

/** The region moved to the calendar's anchor; its `asOf` becomes the anchor. Moving by nothing returns it as it is. */
export function anchorRegion(region: DemoRegion, calendar: DemoCalendar): DemoRegion {
  if (calendar.days === 0 && calendar.months === 0) return { ...region, asOf: calendar.anchor };
  const byDay = new Mover((d) => d + calendar.days);
  const byMonth = new Mover((d) => addMonths(d, calendar.months));
  const moved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(region)) moved[key] = (MONTHLY.has(key) ? byMonth : byDay).value(value);
  return { ...(moved as unknown as DemoRegion), asOf: calendar.anchor };
}
