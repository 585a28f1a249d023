/**
 * Text comparison primitives for record linkage, written here without dependencies:
 * name normalisation, Soundex and Jaro-Winkler.
 */

/** Letters NFD does not decompose into a base letter and a combining mark. */
const FOLD: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const FOLD_RE = /[łøæœßđðþı]/g;

/**
 * A name as the matcher compares it: accents folded, lower case, apostrophes dropped
 * ("O'Neill" -> "oneill"), other punctuation and hyphens as word breaks, single spaces,
 * and "Mac" at the start of a word folded to "mc" ("MacDonald" and "McDonald" agree).
 */
export function normaliseName(input: string): string {
  let s = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = s.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  s = s.replace(/['’‘`´]/g, '');
  s = s.replace(/[^a-z]+/g, ' ').trim();
  if (s.includes('mc') || s.includes('mac')) {
    s = s.replace(/\bmac(?=[a-z]{3})/g, 'mc');
    // "Mc Donald" and "Mac Donald" are McDonald.
    s = s.replace(/\bma?c (?=[a-z]{3})/g, 'mc');
  }
  return s;
}

const SOUNDEX_CODES: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/** American Soundex (letter + three digits; H and W do not separate equal codes). "" for no letters. */
export function soundex(input: string): string {
  const s = input.toLowerCase().replace(/[^a-z]/g, '');
  if (!s) return '';
  let out = s[0]!.toUpperCase();
  let last = SOUNDEX_CODES[s[0]!] ?? '';
  for (let i = 1; i < s.length && out.length < 4; i++) {
    const c = s[i]!;
    const code = SOUNDEX_CODES[c];
    if (code) {
      if (code !== last) out += code;
      last = code;
    } else if (c !== 'h' && c !== 'w') {
      last = '';
    }
  }
  return out.padEnd(4, '0');
}

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro similarity in [0, 1]. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  if (la > flagsA.length) flagsA = new Uint8Array(la * 2);
  if (lb > flagsB.length) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (!flagsB[j] && b.charCodeAt(j) === c) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let half = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!flagsA[i]) continue;
    while (!flagsB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) half++;
    j++;
  }
  const t = half / 2;
  return (matches / la + matches / lb + (matches - t) / matches) / 3;
}

/**
 * Jaro-Winkler similarity: Jaro plus a bonus of 0.1 per agreeing leading character (up to 4),
 * applied when the Jaro similarity is above 0.7 (Winkler's boost threshold).
 */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/**
 * True when `b` is `a` with exactly one slip: a letter changed, dropped or added, or two
 * neighbouring letters swapped (Damerau's single edit), both at least three letters long. Short
 * names fall below the Jaro-Winkler cut with one such slip ("eric" / "erix" 0.88).
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || a.length < 3 || b.length < 3) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // One letter changed, or two neighbours swapped; the rest the same.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter dropped from the longer.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
