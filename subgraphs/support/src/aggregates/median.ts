/** The middle value (the mean of the middle two for an even count); 0 for none. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A whole number of a unit in words: "1 day", "12 days". */
export const plural = (unit: string) => (n: number) => `${n.toLocaleString('en-GB')} ${unit}${n === 1 ? '' : 's'}`;
