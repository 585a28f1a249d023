/**
 * The noisy population as a PA register would hold it: the same people, names, dates and
 * postcodes with their noise, and the last three characters of an NI number in place of the
 * NHS number. Each person's suffix is two digits and a letter A-D (so strangers share one about
 * once in a thousand, twins included); a duplicate record lacks it now and then or has a digit
 * mistyped. Drawn from its own random stream, so the people's population is unchanged by it.
 */
import { Rng } from '../random.ts';
import type { NoisyPopulation, NoisyRecord } from './noisy-population.ts';
import type { PaIdentityRecord } from '@continuum/identity';

export interface NoisyPaRecord extends PaIdentityRecord, Omit<NoisyRecord, 'id' | 'nhsNumber' | 'nhsNumberStatus'> {}

/** Shares of a duplicate record's NI suffix noise. */
const MISSING_SUFFIX = 0.15;
const MISTYPED_SUFFIX = 0.01;

function suffix(rng: Rng): string {
  return `${rng.int(0, 9)}${rng.int(0, 9)}${'ABCD'[rng.int(0, 3)]}`;
}

/** The population's records as PA records with NI number suffixes (deterministic for a seed). */
export function asPaPopulation(population: NoisyPopulation, seed: number): NoisyPaRecord[] {
  const rng = Rng.derive(seed, 'matching/pa-suffixes');
  const suffixOf = new Map<string, string>();
  for (const r of population.records) if (r.original) suffixOf.set(r.truthId, suffix(rng));
  return population.records.map(({ nhsNumber: _n, nhsNumberStatus: _s, id: _id, noise: personNoise, ...rest }) => {
    const noise = personNoise.filter((n) => !n.includes('NHS number'));
    const own = suffixOf.get(rest.truthId)!;
    if (rest.original) return { ...rest, noise, niNumberSuffix: own };
    if (rng.chance(MISSING_SUFFIX)) return { ...rest, noise: [...noise, 'no NI suffix'], niNumberSuffix: null };
    if (rng.chance(MISTYPED_SUFFIX)) {
      const mistyped = `${(Number(own[0]) + rng.int(1, 9)) % 10}${own.slice(1)}`;
      return { ...rest, noise: [...noise, 'mistyped NI suffix'], niNumberSuffix: mistyped };
    }
    return { ...rest, noise, niNumberSuffix: own };
  });
}
