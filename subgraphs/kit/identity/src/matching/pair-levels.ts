/**
 * The pairs estimation learns from, as levels (matchFields order, one byte per field): the pairs
 * blocking brings together (where matches are found, for m), and random pairs (nearly all
 * strangers, for u).
 */
import { MatchIndex } from './blocking.ts';
import { matchFields } from './config.ts';
import { normaliseIdentity } from './normalise.ts';
import { compareIdentities, newComparison, type PairComparison } from './score.ts';
import type { AnyIdentityRecord, MatchConfig } from './types.ts';

function write(out: Uint8Array, at: number, c: PairComparison, fields: number): void {
  out[at] = c.identifier;
  out[at + 1] = c.given;
  out[at + 2] = c.family;
  out[at + 3] = c.dob;
  out[at + 4] = c.postcode;
  if (fields > 5) out[at + 5] = c.sex;
}

/**
 * Every pair of records sharing a blocking key, each once (a record against those before it),
 * up to `maxPairs`. Records need not carry ids; their order is the arrival order.
 */
export function blockedPairLevels(records: readonly AnyIdentityRecord[], config: MatchConfig, maxPairs = 5_000_000): Uint8Array {
  const F = matchFields(config).length;
  const index = new MatchIndex();
  let out = new Uint8Array(Math.min(maxPairs, 1 << 16) * F);
  let pairs = 0;
  const c = newComparison();
  for (let i = 0; i < records.length && pairs < maxPairs; i++) {
    const r = records[i]!;
    const a = normaliseIdentity(r);
    for (const known of index.candidates(r)) {
      if (pairs >= maxPairs) break;
      if ((pairs + 1) * F > out.length) {
        const grown = new Uint8Array(Math.min(maxPairs * F, out.length * 2));
        grown.set(out);
        out = grown;
      }
      write(out, pairs * F, compareIdentities(a, normaliseIdentity(known), c), F);
      pairs++;
    }
    index.add({ ...r, id: `pair-${i}` });
  }
  return out.subarray(0, pairs * F);
}

/** `count` pairs of two different records drawn by `random` (a function giving [0, 1)). */
export function randomPairLevels(
  records: readonly AnyIdentityRecord[],
  config: MatchConfig,
  count: number,
  random: () => number,
): Uint8Array {
  const F = matchFields(config).length;
  const out = new Uint8Array(count * F);
  if (records.length < 2) return out.subarray(0, 0);
  const c = newComparison();
  for (let k = 0; k < count; k++) {
    const i = Math.floor(random() * records.length);
    let j = Math.floor(random() * (records.length - 1));
    if (j >= i) j++;
    write(out, k * F, compareIdentities(normaliseIdentity(records[i]!), normaliseIdentity(records[j]!), c), F);
  }
  return out;
}
