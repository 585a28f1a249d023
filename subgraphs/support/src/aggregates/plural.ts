/** A whole number of a unit in words: "1 day", "12 days". The median itself is the kit's (@continuum/access). */
export const plural = (unit: string) => (n: number) => `${n.toLocaleString('en-GB')} ${unit}${n === 1 ? '' : 's'}`;
