/**
 * PA peer groups (brief I1, W18): Halton's user-led organisation holds "a monthly meeting where PAs
 * can air their views, network and access training" (002:L779-782); other organisations meet
 * quarterly. Dudley found "one of the barriers to PAs engaging with peer support events was that they
 * were not paid to attend", and that paid PAs came more readily (002:L1339-1347): about a third of the
 * groups pay PAs for their time, and their meetings are better attended. The PAs who come are on the
 * organising organisation's register, which may therefore see them.
 */
import type { BuildContext } from './context.ts';
import { isoOf } from './dates.ts';
import { Rng } from './random.ts';
import type { DemoPeerGroup, DemoPeerGroupMeeting, DemoPersonalAssistant } from './types.ts';

const MIN_REGISTER = 10;
/** Hourly rates paid to attend, around the PA rates of the seeds' councils. */
const RATES = [11.44, 12.21, 12.6];
/** 0 for Monday … 6 for Sunday (day 0, 1970-01-01, was a Thursday). */
const weekday = (day: number) => (day + 3) % 7;

export function buildPeerGroups(
  ctx: BuildContext,
  pas: readonly DemoPersonalAssistant[],
): { groups: DemoPeerGroup[]; meetings: DemoPeerGroupMeeting[] } {
  const rng = Rng.derive(ctx.seed, 'peer-groups');
  const onRegister = new Map<string, string[]>();
  for (const pa of pas)
    if (pa.registerOrganisationId) onRegister.set(pa.registerOrganisationId, [...(onRegister.get(pa.registerOrganisationId) ?? []), pa.id]);
  const groups: DemoPeerGroup[] = [];
  const meetings: DemoPeerGroupMeeting[] = [];
  for (const org of ctx.supportOrganisations) {
    const register = onRegister.get(org.id) ?? [];
    if (register.length < MIN_REGISTER || org.areasServed.length === 0) continue;
    const monthly = org.kinds.includes('USER_LED_ORGANISATION');
    const group: DemoPeerGroup = {
      id: ctx.id('peer-group', groups.length),
      name: `${org.name} PA network`,
      organiserId: org.id,
      councilGssCode: org.areasServed[0]!,
      frequency: monthly ? 'MONTHLY' : 'QUARTERLY',
    };
    groups.push(group);
    const rate = rng.chance(0.35) ? rng.pick(RATES) : null;
    const every = monthly ? 30 : 91;
    // A year of meetings, the latest within the last interval, each on a weekday.
    for (let k = 0, last = ctx.asOf - rng.int(1, every - 1); k < (monthly ? 12 : 4); k++, last -= every) {
      const day = weekday(last) >= 5 ? last - (weekday(last) - 4) : last;
      const size = Math.min(register.length, rate === null ? rng.int(2, 9) : rng.int(8, 20));
      const attendees = new Set<string>();
      while (attendees.size < size) attendees.add(rng.pick(register));
      meetings.push({
        id: ctx.id('peer-group-meeting', meetings.length),
        peerGroupId: group.id,
        heldOn: isoOf(day),
        paidToAttend: rate !== null,
        hourlyRate: rate,
        attendeeIds: [...attendees].sort(),
      });
    }
  }
  return { groups, meetings };
}
