/**
 * Blocking: the keys under which a record is filed so that an incoming record is compared only
 * with records sharing at least one key, and an in-memory index over them.
 * The keys overlap on purpose, so that a true duplicate still shares one when a field is noisy:
 *   nhs:   the NHS number (any status; linking on it is decide's business, not blocking's)
 *   niy:   a PA's NI number suffix + birth year (the suffix alone is shared by one in a thousand;
 *          with the year it survives names changed, a date slip within the year and a move)
 *   dob:   the date of birth
 *   dobt:  the date of birth with day and month in either order (days 1-12 only)
 *   yf:    birth year + Soundex of the family name (survives a DOB typo, a move, a missing number)
 *   pfy:   postcode district + family-name initial + birth year (survives a family-name typo past its first letter)
 *   yg:    birth year + postcode area + Soundex of the given name's nickname group (survives a
 *          family-name change or typo with a date error and no number; the area keeps the block small)
 */
import { TermFrequencies } from './frequencies.ts';
import { normaliseIdentity } from './normalise.ts';
import { soundex } from './normalise-text.ts';
import type { AnyIdentityRecord } from './types.ts';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The blocking keys of a record (see the module comment). */
export function blockingKeys(r: AnyIdentityRecord): string[] {
  const n = normaliseIdentity(r);
  const keys: string[] = [];
  if (n.identifier) {
    if (n.identifierKind === 'NHS_NUMBER') keys.push(`nhs:${n.identifier}`);
    else if (n.birthYear) keys.push(`niy:${n.identifier}:${n.birthYear}`);
  }
  if (n.dateOfBirth) {
    keys.push(`dob:${n.dateOfBirth}`);
    if (n.birthDay <= 12 && n.birthDay !== n.birthMonth) {
      const lo = Math.min(n.birthDay, n.birthMonth);
      const hi = Math.max(n.birthDay, n.birthMonth);
      keys.push(`dobt:${n.birthYear}:${pad2(lo)}-${pad2(hi)}`);
    }
  }
  if (n.birthYear) {
    if (n.familyPhonetic) keys.push(`yf:${n.birthYear}:${n.familyPhonetic}`);
    if (n.postcodeDistrict && n.familyName) keys.push(`pfy:${n.postcodeDistrict}:${n.familyName[0]}:${n.birthYear}`);
    if (n.givenFirst) {
      const prefix = `yg:${n.birthYear}:${n.postcodeArea ?? '-'}:`;
      if (n.givenGroups.length === 0) keys.push(prefix + soundex(n.givenFirst));
      else {
        const seen = new Set<string>();
        for (const g of n.givenGroups) {
          const key = prefix + soundex(g);
          if (!seen.has(key)) keys.push(key);
          seen.add(key);
        }
        // The name itself too, so a nickname group never hides a plain spelling match.
        const own = prefix + soundex(n.givenFirst);
        if (!seen.has(own)) keys.push(own);
      }
    }
  }
  return keys;
}

export interface MatchIndexOptions {
  /**
   * Blocks holding more records than this are skipped when gathering candidates (they say too
   * little to be worth comparing against); the other keys still find the record. Default 5,000.
   */
  maxBlockSize?: number;
}

/**
 * An in-memory blocking index of known records. A person may be filed under several records
 * (each variant seen for them), all carrying the person's hub id; decide groups them by id.
 */
export class MatchIndex {
  readonly #records: (AnyIdentityRecord & { id: string })[] = [];
  readonly #blocks = new Map<string, number[]>();
  readonly #byId = new Map<string, number[]>();
  readonly #maxBlockSize: number;
  #seen = new Int32Array(1024);
  #stamp = 0;
  #live = 0;
  #removedFlags = new Uint8Array(1024);
  readonly #frequencies = new TermFrequencies();

  constructor(options: MatchIndexOptions = {}) {
    this.#maxBlockSize = options.maxBlockSize ?? 5000;
  }

  /** Files a known record under its blocking keys. */
  add(r: AnyIdentityRecord & { id: string }): void {
    const index = this.#records.length;
    this.#records.push(r);
    if (index >= this.#seen.length) {
      const seen = new Int32Array(this.#seen.length * 2);
      seen.set(this.#seen);
      this.#seen = seen;
      const removed = new Uint8Array(this.#seen.length);
      removed.set(this.#removedFlags);
      this.#removedFlags = removed;
    }
    for (const key of blockingKeys(r)) {
      const block = this.#blocks.get(key);
      if (block) block.push(index);
      else this.#blocks.set(key, [index]);
    }
    const own = this.#byId.get(r.id);
    if (own) own.push(index);
    else this.#byId.set(r.id, [index]);
    this.#frequencies.add(normaliseIdentity(r));
    this.#live++;
  }

  /** Withdraws every record filed under a person id (after unlinking or a merge); returns how many. */
  remove(id: string): number {
    const own = this.#byId.get(id);
    if (!own) return 0;
    for (const i of own) {
      this.#removedFlags[i] = 1;
      this.#frequencies.remove(normaliseIdentity(this.#records[i]!));
    }
    this.#byId.delete(id);
    this.#live -= own.length;
    return own.length;
  }

  /** Known records sharing at least one blocking key with `r`, each once. */
  candidates(r: AnyIdentityRecord): AnyIdentityRecord[] {
    const out: AnyIdentityRecord[] = [];
    const stamp = ++this.#stamp;
    const seen = this.#seen;
    const removed = this.#removedFlags;
    const records = this.#records;
    for (const key of blockingKeys(r)) {
      const block = this.#blocks.get(key);
      if (!block || block.length > this.#maxBlockSize) continue;
      for (let i = 0; i < block.length; i++) {
        const index = block[i]!;
        if (seen[index] === stamp || removed[index]) continue;
        seen[index] = stamp;
        out.push(records[index]!);
      }
    }
    return out;
  }

  /**
   * How often each name and date of birth occurs among the records filed: for decide's
   * term-frequency adjustment when the index holds the whole register (not just the candidates
   * of a few records, whose shares would mislead).
   */
  get frequencies(): TermFrequencies {
    return this.#frequencies;
  }

  /** Records filed (each variant of a person counts). */
  get size(): number {
    return this.#live;
  }

  /** Distinct person ids filed. */
  get people(): number {
    return this.#byId.size;
  }
}
