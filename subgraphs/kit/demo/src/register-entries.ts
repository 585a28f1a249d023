/**
 * The demo region's findable register: the entries PAs chose to publish, drawn from a random
 * stream of their own so the rest of the region is unchanged. About half the PAs opt in (the
 * register hosts' reach); rural districts fewer; BSL, male PAs, waking nights and short-notice
 * cover are scarce, as the seeds report.
 */
import { dayOf, isoOf } from './dates.ts';
import { DEMO_DISTRICT_CENTROIDS } from './district-centroids.ts';
import { stableUuid } from './ids.ts';
import { Rng } from './random.ts';
import type { DemoPersonalAssistant } from './types.ts';

export interface DemoRegisterEntry {
  id: string;
  personalAssistantId: string;
  postcodeDistrict: string;
  services: string[];
  /** Null: not shared. */
  languages: string[] | null;
  gender: 'FEMALE' | 'MALE' | 'NON_BINARY' | null;
  availability: { day: string; period: string }[];
  shortNotice: boolean;
  hoursPerWeek: number | null;
  shareDbs: boolean;
  training: string[] | null;
  careCertificate: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | null;
  careGroups: string[] | null;
  drives: boolean | null;
  publicTransport: boolean | null;
  maxTravelMiles: number | null;
  consentGivenOn: string;
}

const CARE_GROUPS = [
  'OLDER_PEOPLE',
  'LEARNING_DISABILITY',
  'PHYSICAL_DISABILITY',
  'MENTAL_HEALTH',
  'AUTISM',
  'DEMENTIA',
  'SENSORY_IMPAIRMENT',
];
const RURAL = new Set(DEMO_DISTRICT_CENTROIDS.filter((c) => c.rural).map((c) => c.district));
const NIGHTS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** Shared with probability p, else null. */
const shared = <T>(rng: Rng, p: number, value: () => T): T | null => (rng.chance(p) ? value() : null);

export function buildRegisterEntries(personalAssistants: readonly DemoPersonalAssistant[], baseDay: string): DemoRegisterEntry[] {
  const rng = Rng.derive(42, 'register-entries');
  const asOf = dayOf(baseDay);
  const entries: DemoRegisterEntry[] = [];
  for (const pa of personalAssistants) {
    const rural = RURAL.has(pa.postcodeDistrict);
    if (!rng.chance(rural ? 0.35 : 0.55)) continue;
    const availability: { day: string; period: string }[] = [...pa.availability];
    if (pa.services.includes('SLEEP_IN'))
      for (const day of rng.sample(NIGHTS, rng.int(1, 4))) availability.push({ day, period: 'SLEEP_IN' });
    if (rng.chance(0.06)) availability.push({ day: rng.pick(NIGHTS), period: 'WAKING_NIGHT' });
    const healthTasks = pa.services.includes('HEALTH_TASKS');
    entries.push({
      id: stableUuid(`register-entry/${pa.id}`),
      personalAssistantId: pa.id,
      postcodeDistrict: pa.postcodeDistrict,
      services: pa.services,
      languages: shared(rng, 0.9, () => pa.languages),
      gender: shared(rng, 0.85, () =>
        rng.weighted([
          ['FEMALE', 80],
          ['MALE', 19],
          ['NON_BINARY', 1],
        ] as const),
      ),
      availability,
      shortNotice: rng.chance(rural ? 0.15 : 0.25),
      hoursPerWeek: shared(rng, 0.8, () => rng.int(2, 15) * 2),
      shareDbs: rng.chance(0.85),
      training: shared(rng, 0.85, () =>
        [
          rng.chance(0.6) && 'MOVING_AND_POSITIONING',
          rng.chance(0.45) && 'MEDICATION',
          healthTasks && rng.chance(0.5) && 'PEG_FEEDING',
          healthTasks && rng.chance(0.3) && 'STOMA_CARE',
          healthTasks && rng.chance(0.3) && 'CATHETER_CARE',
          rng.chance(0.08) && 'EPILEPSY_RESCUE_MEDICATION',
          rng.chance(0.5) && 'FIRST_AID',
        ].filter((t): t is string => typeof t === 'string'),
      ),
      careCertificate: shared(rng, 0.8, () =>
        rng.weighted([
          ['COMPLETED', 45],
          ['IN_PROGRESS', 30],
          ['NOT_STARTED', 25],
        ] as const),
      ),
      careGroups: shared(rng, 0.75, () => rng.sample(CARE_GROUPS, rng.int(1, 3)).sort()),
      drives: shared(rng, 0.9, () => pa.services.includes('DRIVING') || rng.chance(rural ? 0.7 : 0.4)),
      publicTransport: shared(rng, 0.7, () => rng.chance(rural ? 0.3 : 0.7)),
      maxTravelMiles: shared(rng, 0.7, () => (rural ? rng.int(8, 25) : rng.int(3, 12))),
      consentGivenOn: isoOf(asOf - rng.int(7, 400)),
    });
  }
  return entries;
}
