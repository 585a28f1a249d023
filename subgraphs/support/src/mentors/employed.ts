import type { Loaders } from '../loaders.ts';

/** The first day of the employer's first employment starting on or after a day; null when none has. */
export async function employedPaFrom(loaders: Loaders, employerPersonId: string, since: Date): Promise<Date | null> {
  const starts = (await loaders.employmentsByEmployer.load(employerPersonId))
    .map((e) => e.start)
    .filter((start) => start.getTime() >= since.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  return starts[0] ?? null;
}
