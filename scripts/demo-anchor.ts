/**
 * The day the demo region is anchored on, decided once by the launcher and handed to everything
 * it starts (CONTINUUM_DEMO_ANCHOR): by default the day the databases were first seeded, as their
 * seed markers record it, so the seeded data and any rebuild of the region agree; today for a
 * first seeding; CONTINUUM_DEMO_ANCHOR overrides.
 */
import { readSeedMarkers, type SeedMarker, defaultDemoAnchor, DEMO_BASE_DAY } from '@continuum/demo';
import { subgraphDatabaseUrl, todayIso } from '@continuum/runtime';
import { SUBGRAPH_MODULES } from './subgraphs.ts';

export interface DemoAnchor {
  day: string;
  /** One line for the launcher to print. */
  message: string;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The anchor for the hub's databases on `serverUrl` (each subgraph's, or its own <NAME>_DATABASE_URL). */
export async function decideDemoAnchor(serverUrl: string, opts: { seeding: boolean }): Promise<DemoAnchor> {
  const urls = SUBGRAPH_MODULES.map((mod) => subgraphDatabaseUrl(mod.name, serverUrl));
  const markers = (await Promise.all(urls.map(readSeedMarkers))).flat().sort((a, b) => a.seededAt.getTime() - b.seededAt.getTime());
  const recorded = recordedAnchor(markers);
  if (process.env.CONTINUUM_DEMO_ANCHOR?.trim()) {
    const override = defaultDemoAnchor();
    const differs =
      recorded && recorded.day !== override ? `; the databases were seeded anchored on ${recorded.day} and keep that data` : '';
    return { day: override, message: `Demo region anchored on ${override} (CONTINUUM_DEMO_ANCHOR${differs})` };
  }
  if (recorded) return recorded;
  const today = todayIso();
  return {
    day: today,
    message: opts.seeding
      ? `Demo region anchored on ${today} (first seeded today)`
      : `Demo region anchored on ${today} (today; not seeded)`,
  };
}

function recordedAnchor(markers: SeedMarker[]): DemoAnchor | null {
  if (markers.length === 0) return null;
  const anchors = [...new Set(markers.map((m) => m.anchor ?? DEMO_BASE_DAY))];
  const first = markers.find((m) => m.anchor !== null);
  // Seeded before anchors were recorded: the region was built as of its base day, unmoved.
  const day = first?.anchor ?? DEMO_BASE_DAY;
  const why = !first
    ? `seeded on ${dayOf(markers[0]!.seededAt)}, before the anchor was recorded: the region's base day`
    : dayOf(first.seededAt) === day
      ? 'first seeded that day'
      : `recorded when first seeded on ${dayOf(first.seededAt)}`;
  const mixed =
    anchors.length > 1
      ? `; some databases were seeded on other anchors (${anchors.filter((a) => a !== day).join(', ')}): delete the data directory to seed afresh`
      : '';
  return { day, message: `Demo region anchored on ${day} (${why}${mixed})` };
}
