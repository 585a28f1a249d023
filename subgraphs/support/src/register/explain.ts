import { dbsCheckIsCurrent } from '../dbs.ts';
import type { EntryView } from './entry.ts';
import type { Need } from './need.ts';
import { slotLabel, slotsOf } from './slots.ts';

const words = (v: string) => v.toLowerCase().replace(/_/g, ' ');
const miles = (m: number) => `${Math.round(m * 10) / 10} miles away`;

/**
 * Why an entry fits a need, and what it lacks, in plain words: one shortfall for each unmet
 * condition the search counted (each missing slot, language, service, training or care group).
 * Training the person's care plan requires is marked so: "no peg feeding training (care plan)".
 */
export function explain(entry: EntryView, need: Need, distance: number): { reasons: string[]; shortfalls: string[] } {
  const reasons: string[] = [];
  const shortfalls: string[] = [];
  const check = (met: boolean, reason: string, shortfall: string) => (met ? reasons : shortfalls).push(met ? reason : shortfall);

  check(distance <= need.withinMiles, `${miles(distance)} (${entry.postcodeDistrict})`, `${miles(distance)} (${entry.postcodeDistrict})`);
  if (entry.maxTravelMiles !== null && distance > entry.maxTravelMiles) shortfalls.push(`travels at most ${entry.maxTravelMiles} miles`);
  if (need.slots.length > 0) {
    const notFree = need.slots.filter((s) => !slotsOf(entry.slotMask).some((f) => f.day === s.day && f.period === s.period));
    if (notFree.length === 0) reasons.push(`free every slot asked for (${need.slots.length})`);
    for (const s of notFree) shortfalls.push(`not free ${slotLabel(s)}`);
  }
  if (need.shortNotice) check(entry.shortNotice, 'covers at short notice', 'no short-notice cover');
  if (need.hoursPerWeek !== null)
    check(
      (entry.hoursPerWeek ?? 0) >= need.hoursPerWeek,
      `${entry.hoursPerWeek} hours a week free`,
      entry.hoursPerWeek === null ? 'hours free not shared' : `only ${entry.hoursPerWeek} hours a week free`,
    );
  for (const s of need.services) check(entry.services.includes(s), `offers ${words(s)}`, `no ${words(s)}`);
  for (const l of need.languages) check((entry.languages ?? []).includes(l), `speaks ${l}`, `no ${l}`);
  if (need.gender) check(entry.gender === need.gender, words(need.gender), `not ${words(need.gender)}`);
  if (need.dbsCurrent) {
    const current = entry.dbsStatus !== null && dbsCheckIsCurrent(entry.dbsStatus, entry.dbsCheckedOn);
    check(current, 'DBS check current', entry.dbsStatus === null ? 'DBS status not shared' : 'no current DBS check');
  }
  for (const t of need.training) {
    const plan = need.fromCarePlan.includes(t) ? ' (care plan)' : '';
    check((entry.training ?? []).includes(t), `trained in ${words(t)}${plan}`, `no ${words(t)} training${plan}`);
  }
  if (need.careCertificateCompleted)
    check(entry.careCertificate === 'COMPLETED', 'Care Certificate completed', 'Care Certificate not completed');
  for (const g of need.careGroups) check((entry.careGroups ?? []).includes(g), `experience: ${words(g)}`, `no experience: ${words(g)}`);
  if (need.drives) check(entry.drives === true, 'drives', 'does not drive');
  return { reasons, shortfalls };
}
