/**
 * Term frequencies: how often each given name, family name and date of birth occurs among the
 * records held, so that agreeing on a common value counts for less than agreeing on a rare one
 * (the term-frequency adjustment of Fellegi–Sunter, as Splink makes it). The configured u of a
 * field is the chance that two strangers agree on it, averaged over values; agreeing on a value
 * held by a share f of records instead adds log2(u / f) bits to the field's agreement weight.
 */
import type { NormalisedIdentity } from './types.ts';

/** The fields whose agreement is adjusted, in the order of PairComparison's given, family, date of birth. */
export type FrequencyField = 'GIVEN_NAME' | 'FAMILY_NAME' | 'DATE_OF_BIRTH';
export const FREQUENCY_FIELDS: readonly FrequencyField[] = ['GIVEN_NAME', 'FAMILY_NAME', 'DATE_OF_BIRTH'];
const FIELDS = FREQUENCY_FIELDS;

/** Below this many records the shares say more about the sample than about the population: no adjustment. */
export const MIN_RECORDS_FOR_FREQUENCIES = 10_000;
/** Bounds of an adjustment, in bits: a rare value never outweighs another field, a common one never erases its own. */
export const MAX_RAISE = 3;
export const MAX_LOWER = 6;

const valueOf = (field: FrequencyField, n: NormalisedIdentity): string | null =>
  field === 'GIVEN_NAME' ? n.givenName || null : field === 'FAMILY_NAME' ? n.familyName || null : n.dateOfBirth;

/** The values a record is counted under, as a register's stored counts key them (normalised, so "Mc Donald" counts as "mcdonald"). */
export function frequencyTerms(n: NormalisedIdentity): [FrequencyField, string][] {
  const out: [FrequencyField, string][] = [];
  for (const field of FIELDS) {
    const v = valueOf(field, n);
    if (v) out.push([field, v]);
  }
  return out;
}

export class TermFrequencies {
  readonly #counts: Record<FrequencyField, Map<string, number>> = {
    GIVEN_NAME: new Map(),
    FAMILY_NAME: new Map(),
    DATE_OF_BIRTH: new Map(),
  };
  #records = 0;

  /**
   * Frequencies from counts kept elsewhere (a register's table): `records` held in all, and the
   * count of each value wanted. A value not given counts as held once, the rarest possible.
   */
  static fromCounts(records: number, counts: Iterable<readonly [FrequencyField, string, number]>): TermFrequencies {
    const f = new TermFrequencies();
    f.#records = records;
    for (const [field, value, count] of counts) if (count > 0) f.#counts[field].set(value, count);
    return f;
  }

  /** Counts a record's values. */
  add(n: NormalisedIdentity): void {
    this.#records++;
    for (const field of FIELDS) {
      const v = valueOf(field, n);
      if (v) this.#counts[field].set(v, (this.#counts[field].get(v) ?? 0) + 1);
    }
  }

  /** Stops counting a record's values (one withdrawn from the index). */
  remove(n: NormalisedIdentity): void {
    this.#records--;
    for (const field of FIELDS) {
      const v = valueOf(field, n);
      if (!v) continue;
      const left = (this.#counts[field].get(v) ?? 1) - 1;
      if (left > 0) this.#counts[field].set(v, left);
      else this.#counts[field].delete(v);
    }
  }

  get records(): number {
    return this.#records;
  }

  /** The share of records holding this field's value of `n` (at least one record's worth), or null when too few records are held. */
  share(field: FrequencyField, n: NormalisedIdentity): number | null {
    if (this.#records < MIN_RECORDS_FOR_FREQUENCIES) return null;
    const v = valueOf(field, n);
    if (!v) return null;
    return Math.max(1, this.#counts[field].get(v) ?? 0) / this.#records;
  }

  /** Bits added to the field's agreement weight for agreeing on `n`'s value (0 when no share is known). */
  adjustment(field: FrequencyField, n: NormalisedIdentity, u: number): number {
    const f = this.share(field, n);
    if (f === null) return 0;
    return Math.min(MAX_RAISE, Math.max(-MAX_LOWER, Math.log2(u / f)));
  }
}
