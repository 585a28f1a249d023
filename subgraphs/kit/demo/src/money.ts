/** Money is pounds with two decimals; EPSILON keeps values like 1.005 from rounding down. */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}
