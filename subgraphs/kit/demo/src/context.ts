/**
 * What every stage of the build shares: the seed, the as-of date, id minting and the
 * reference data (councils, health bodies, support organisations) with their ids.
 */
import type { DemoSupportOrganisation } from './types.ts';
import { dayOf, type Day } from './dates.ts';
import { hash32, stableUuid, uuidFromInts } from './ids.ts';
import { COUNCIL_SEEDS, HEALTH_BODY_SEEDS, type CouncilSeed, type HealthBodySeed } from './reference-data.ts';
import { SUPPORT_ORGANISATION_SEEDS, type SupportKind } from './organisations.ts';

export const AS_OF = '2026-11-01';

export interface BuildContext {
  seed: number;
  asOf: Day;
  councils: readonly CouncilSeed[];
  healthBodyByOds: ReadonlyMap<string, HealthBodySeed>;
  supportOrganisations: readonly DemoSupportOrganisation[];
  /** Id for a seeded record, e.g. id('person', 12): the same seed, kind and numbers always give the same id. */
  id(kind: string, a: number, b?: number, c?: number): string;
  /** Support organisations of one kind serving a council, in catalogue order (a shared list: do not modify). */
  orgsServing(kind: SupportKind, gssCode: string): readonly DemoSupportOrganisation[];
  orgNamed(name: string): DemoSupportOrganisation;
}

/** Reference records keep the same id whatever the seed, so fixtures can name them. */
export function referenceId(kind: string, key: string): string {
  return stableUuid(`${kind}:${key}`);
}

export function createContext(seed: number): BuildContext {
  const supportOrganisations = SUPPORT_ORGANISATION_SEEDS.map((org): DemoSupportOrganisation => ({
    id: referenceId('support-organisation', org.name),
    ...org,
    kinds: [...org.kinds],
    areasServed: [...org.areasServed],
  }));
  const byName = new Map(supportOrganisations.map((o) => [o.name, o]));
  const serving = new Map<string, DemoSupportOrganisation[]>();
  const namespaces = new Map<string, number>();
  const namespace = (kind: string): number => {
    let ns = namespaces.get(kind);
    if (ns === undefined) namespaces.set(kind, (ns = hash32(`${seed}/${kind}`)));
    return ns;
  };
  return {
    seed,
    asOf: dayOf(AS_OF),
    councils: COUNCIL_SEEDS,
    healthBodyByOds: new Map(HEALTH_BODY_SEEDS.map((h) => [h.odsCode, h])),
    supportOrganisations,
    id: (kind, a, b = -1, c = -1) => uuidFromInts(namespace(kind), a, b, c),
    orgsServing: (kind, gssCode) => {
      const key = `${kind}|${gssCode}`;
      let found = serving.get(key);
      if (!found) serving.set(key, (found = supportOrganisations.filter((o) => o.kinds.includes(kind) && o.areasServed.includes(gssCode))));
      return found;
    },
    orgNamed: (name) => {
      const org = byName.get(name);
      if (!org) throw new Error(`no support organisation named ${name}`);
      return org;
    },
  };
}
