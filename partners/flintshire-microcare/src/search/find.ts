import { badUserInput, covers, today } from '@continuum/runtime';
import { CARE_CLIENT_LIMIT, capacity } from '../capacity.ts';
import type { Context } from '../context.ts';
import type { MicroCarer } from '../generated/prisma/client.ts';
import { readinessFacts } from '../resolvers/MicroCarer.ts';
import { stage } from '../readiness.ts';
import { milesBetween } from './centroids.ts';
import type { MicroCareNeed } from './need.ts';

/** One micro-carer found: why they rank where they do. */
export interface MicroCarerHit {
  microCarer: MicroCarer;
  match: boolean;
  score: number;
  distanceMiles: number;
  reasons: string[];
  shortfalls: string[];
}

/** A near miss on distance is at most this much further than asked (and never more than twice as far), as on the register. */
const DISTANCE_SLACK_MILES = 5;
const words = (v: string) => v.toLowerCase().replace(/_/g, ' ');
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Every micro-carer within reach of the district, each condition of the need checked, in rank
 * order: fewest unmet conditions, then nearest, then id. A support organisation has tens of
 * micro-carers, so they are read whole (batched through the loaders) and ranked here.
 * The rule of four is a condition whenever personal care is asked for: a micro-carer already at
 * four care clients (who does not already give this person personal care) cannot take them on.
 */
export async function findMicroCarers(ctx: Context, need: MicroCareNeed, near: string, personId: string): Promise<MicroCarerHit[]> {
  const origin = await ctx.db.districtCentroid.findUnique({ where: { district: near } });
  if (!origin) throw badUserInput('need.near', `${near} is not a postcode district the hub knows`);
  const reach = need.maxShortfalls > 0 ? Math.min(need.withinMiles * 2, need.withinMiles + DISTANCE_SLACK_MILES) : need.withinMiles;
  const [carers, centroids] = await Promise.all([ctx.db.microCarer.findMany(), ctx.db.districtCentroid.findMany()]);
  const centroid = new Map(centroids.map((c) => [c.district, c]));
  const day = today();
  const found: { hit: MicroCarerHit; miles: number }[] = [];
  for (const carer of carers) {
    const at = centroid.get(carer.postcodeDistrict);
    if (!at) continue;
    const miles = milesBetween(origin, at);
    if (miles > reach) continue;
    const reasons: string[] = [];
    const shortfalls: string[] = [];
    const check = (met: boolean, reason: string, shortfall: string) => (met ? reasons : shortfalls).push(met ? reason : shortfall);
    const where = `${round(miles)} miles away (${carer.postcodeDistrict})`;
    check(miles <= need.withinMiles, where, where);
    for (const s of need.services) check(carer.services.includes(s), `offers ${words(s)}`, `no ${words(s)}`);
    const current = (await ctx.loaders.clientsByCarer.load(carer.id)).filter((c) => covers(c.start, c.end, day));
    const cap = capacity(carer, current);
    if (need.services.includes('PERSONAL_CARE')) {
      const already = current.some((c) => c.personalCare && c.personId === personId);
      check(
        already || cap.vacancies > 0,
        already ? 'already gives the person personal care' : `can take another care client (${cap.careClients} of ${CARE_CLIENT_LIMIT})`,
        `already supports ${cap.careClients} people with personal care (rule of four)`,
      );
    }
    if (need.hoursPerWeek !== null) {
      const free = Math.max(0, cap.hoursAvailablePerWeek - cap.hoursCommittedPerWeek);
      check(free >= need.hoursPerWeek, `${round(free)} hours a week free`, `only ${round(free)} hours a week free`);
    }
    if (need.movingAndPositioning)
      check(
        carer.movingPositioningDay2On !== null,
        'moving and positioning course completed',
        'moving and positioning course not completed',
      );
    if (need.directCommissioning) {
      const now = stage(await readinessFacts(carer, ctx.loaders));
      check(
        now === 'READY_FOR_DIRECT_COMMISSIONING',
        'ready for direct commissioning',
        `not ready for direct commissioning (${words(now)})`,
      );
    }
    if (shortfalls.length > need.maxShortfalls) continue;
    const hit = { microCarer: carer, match: shortfalls.length === 0, score: round(100 - 25 * shortfalls.length - miles) };
    found.push({ hit: { ...hit, distanceMiles: round(miles), reasons, shortfalls }, miles });
  }
  return found
    .sort(
      (a, b) =>
        a.hit.shortfalls.length - b.hit.shortfalls.length || a.miles - b.miles || a.hit.microCarer.id.localeCompare(b.hit.microCarer.id),
    )
    .map((f) => f.hit);
}
