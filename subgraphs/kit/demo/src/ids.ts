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

/** A 32-bit hash of a string, used to seed random streams and id namespaces. */
export function hash32(text: string): number {
  return hashText(text)[0];
}

/** Four hex digits for every 16-bit value: formatting an id is then eight lookups. */
const HEX16 = Array.from({ length: 0x10000 }, (_, i) => i.toString(16).padStart(4, '0'));
const hex16 = (n: number) => HEX16[n] ?? '0000';

/** Formats 128 bits as a v4-shaped UUID: version nibble 4, RFC 4122 variant (8-b). */
function format(a: number, b: number, c: number, d: number): string {
  return `${hex16(a >>> 16)}${hex16(a & 0xffff)}-${hex16(b >>> 16)}-${hex16((b & 0x0fff) | 0x4000)}-${hex16(((c >>> 16) & 0x3fff) | 0x8000)}-${hex16(c & 0xffff)}${hex16(d >>> 16)}${hex16(d & 0xffff)}`;
}

/** A UUID from a stable name, e.g. "course:MP2". */
export function stableUuid(name: string): string {
  const [a, b, c, d] = hashText(name);
  return format(a, b, c, d);
}

/**
 * A UUID from four integers, e.g. (namespace hash, person index, episode number, -1).
 * The same cyrb128 mixing as for text, unrolled over the four words: ~80,000 ids are minted
 * per build, so this avoids hashing strings and allocating arrays.
 */
export function uuidFromInts(k1: number, k2: number, k3: number, k4: number): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < 4; i++) {
    const k = (i === 0 ? k1 : i === 1 ? k2 : i === 2 ? k3 : k4) | 0;
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return format(h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0);
}
