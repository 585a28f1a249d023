/**
 * Seeded pseudo-random numbers (mulberry32). The demo region must be byte-identical for
 * the same options, so nothing in the generator touches Math.random or the clock.
 */
import { hash32 } from './ids.ts';
import type { Day } from './dates.ts';

export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** An independent stream for one part of the build, so extra draws in one part never shift another. */
  static derive(seed: number, label: string): Rng {
    return new Rng(hash32(`${seed}/${label}`));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) throw new Error(`empty range ${min}..${max}`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    // Indexed loops: this runs ~100,000 times, mostly before the JIT has warmed up.
    let total = 0;
    for (let i = 0; i < entries.length; i++) total += (entries[i] as readonly [T, number])[1];
    let r = this.next() * total;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as readonly [T, number];
      r -= entry[1];
      if (r < 0) return entry[0];
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** Fisher-Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }

  /** `k` distinct items, in random order (a partial Fisher-Yates over a copy). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.max(0, Math.min(k, copy.length));
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    copy.length = n;
    return copy;
  }

  /**
   * A day in [lo, hi]. `lean` > 1 crowds the draws toward `hi` (recent dates),
   * < 1 toward `lo`; 1 is uniform.
   */
  day(lo: Day, hi: Day, lean = 1): Day {
    if (hi < lo) throw new Error(`empty date range ${lo}..${hi}`);
    const u = this.next();
    const frac = lean === 1 ? u : 1 - Math.pow(1 - u, lean);
    return Math.min(hi, lo + Math.floor(frac * (hi - lo + 1)));
  }
}
