/**
 * Deterministic identifiers. Every id is a hash of a stable name, either a string
 * ("council:E08000021") or a short run of integers (seed, record kind, person index, ...),
 * so ids do not shift when another part of the build draws more random numbers, and
 * reference data (councils, courses) keeps the same id whatever the seed.
 */

type Words = [number, number, number, number];

/** cyrb128's mixing step (a fast, well-mixed 128-bit hash; not cryptographic, fine for demo ids). */
function mix(h: Words, k: number): void {
  h[0] = h[1] ^ Math.imul(h[0] ^ k, 597399067);
  h[1] = h[2] ^ Math.imul(h[1] ^ k, 2869860233);
  h[2] = h[3] ^ Math.imul(h[2] ^ k, 951274213);
  h[3] = h[0] ^ Math.imul(h[3] ^ k, 2716044179);
}

function finish(h: Words): Words {
  let [h1, h2, h3, h4] = h;
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const start = (): Words => [1779033703, 3144134277, 1013904242, 2773480762];

function hashText(text: string): Words {
  const h = start();
  for (let i = 0; i < text.length; i++) mix(h, text.charCodeAt(i));
  return finish(h);
}

function hashInts(a: number, b: number, c: number, d: number): Words {
  const h = start();
  mix(h, a | 0);
  mix(h, b | 0);
  mix(h, c | 0);
  mix(h, d | 0);
  return finish(h);
}

/** A 32-bit hash of a string, used to seed random streams and id namespaces. */
export function hash32(text: string): number {
  return hashText(text)[0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(word: number): string {
  return (HEX[word >>> 24] ?? '') + (HEX[(word >>> 16) & 0xff] ?? '') + (HEX[(word >>> 8) & 0xff] ?? '') + (HEX[word & 0xff] ?? '');
}

/** Formats 128 bits as a v4-shaped UUID: version nibble 4, RFC 4122 variant (8-b). */
function format([a, b, c, d]: Words): string {
  const w1 = hex32(b);
  const w2 = hex32(((c & 0x3fffffff) | 0x80000000) >>> 0);
  return `${hex32(a)}-${w1.slice(0, 4)}-4${w1.slice(5, 8)}-${w2.slice(0, 4)}-${w2.slice(4)}${hex32(d)}`;
}

/** A UUID from a stable name, e.g. "course:MP2". */
export function stableUuid(name: string): string {
  return format(hashText(name));
}

/** A UUID from four integers, e.g. (namespace hash, person index, episode number, -1); cheaper than hashing text. */
export function uuidFromInts(a: number, b: number, c: number, d: number): string {
  return format(hashInts(a, b, c, d));
}
