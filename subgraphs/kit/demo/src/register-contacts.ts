/**
 * Contacts made through the findable register (journey W10, §7 question 25): a register host's
 * team asks a PA on behalf of someone looking for one. Most are self-funders (Camden's register is
 * open to them, `002:L1223-1231`), contacted before any council or NHS funding; some of them later
 * come back for council support (a first council episode after the contact), others go on to NHS
 * funding. A few contacts are for people already funded, which question 25 must not count. Drawn
 * from a random stream of its own so the rest of the region is unchanged; the demo users' own
 * people and PAs are left out so their lists stay as the guides show them.
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf, type Day } from './dates.ts';
import { stableUuid } from './ids.ts';
import { Rng } from './random.ts';
import type { DemoRegisterEntry } from './register-entries.ts';
import type { DemoPerson, IsoDate } from './types.ts';

export interface DemoRegisterContact {
  id: string;
  registerEntryId: string;
  personalAssistantId: string;
  forPersonId: string;
  requestedBy: string;
  /** The register host that asked (a support organisation's hub id). */
  requestedByOrganisation: string;
  message: string;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED';
  requestedAt: string;
  answeredAt: string | null;
}

interface Episode {
  personId: string;
  start: IsoDate;
  end: IsoDate | null;
}

/** How far back contacts go: about two years. */
const WINDOW_DAYS = 700;
const MESSAGES = [
  'Looking for a PA for mornings, help with personal care and getting out.',
  'Two evenings a week and some weekend cover; the person pays privately for now.',
  'Help with shopping, meals and appointments; flexible hours.',
];

function instant(day: Day, hour: number): string {
  return `${isoOf(day)}T${String(hour).padStart(2, '0')}:00:00Z`;
}

export function buildRegisterContacts(
  ctx: BuildContext,
  people: readonly DemoPerson[],
  councilEpisodes: readonly Episode[],
  nhsEpisodes: readonly Episode[],
  entries: readonly DemoRegisterEntry[],
  leaveOut: { personIds: ReadonlySet<string>; personalAssistantIds: ReadonlySet<string> },
): DemoRegisterContact[] {
  const rng = Rng.derive(42, 'register-contacts');
  const firstStart = (episodes: readonly Episode[]) => {
    const first = new Map<string, Day>();
    for (const e of episodes) {
      const d = dayOf(e.start);
      if (!first.has(e.personId) || d < first.get(e.personId)!) first.set(e.personId, d);
    }
    return first;
  };
  const firstCouncil = firstStart(councilEpisodes);
  const firstNhs = firstStart(nhsEpisodes);
  const byDistrict = new Map<string, DemoRegisterEntry[]>();
  for (const e of entries)
    if (!leaveOut.personalAssistantIds.has(e.personalAssistantId))
      byDistrict.set(e.postcodeDistrict, [...(byDistrict.get(e.postcodeDistrict) ?? []), e]);
  const contacts: DemoRegisterContact[] = [];
  for (const person of people) {
    if (leaveOut.personIds.has(person.id)) continue;
    const council = firstCouncil.get(person.id);
    const nhs = firstNhs.get(person.id);
    const firstFunded = Math.min(council ?? Infinity, nhs ?? Infinity);
    const recent = firstFunded > ctx.asOf - WINDOW_DAYS && firstFunded <= ctx.asOf;
    // Self-funders before their first funding (council or NHS); a few people already funded, asked for by their register.
    let day: Day | null = null;
    if (recent && rng.chance(firstFunded === council ? 0.05 : 0.2)) day = firstFunded - rng.int(30, 200);
    else if (!recent && firstFunded <= ctx.asOf - WINDOW_DAYS && rng.chance(0.01)) day = ctx.asOf - rng.int(7, 300);
    if (day === null) continue;
    const hosts = ctx.orgsServing('PA_REGISTER_HOST', person.councilGssCode);
    const near = byDistrict.get(person.postcodeDistrict);
    if (!hosts.length || !near?.length) continue;
    const host = rng.pick(hosts);
    const entry = rng.pick(near);
    // A PA answers within five days; one asked in the last five may not have yet.
    const waiting = ctx.asOf - day <= 5 && rng.chance(0.5);
    const status = waiting || day + 5 > ctx.asOf ? 'PENDING' : rng.chance(0.7) ? 'ACCEPTED' : 'DECLINED';
    contacts.push({
      id: stableUuid(`register-contact/${person.id}/${entry.id}`),
      registerEntryId: entry.id,
      personalAssistantId: entry.personalAssistantId,
      forPersonId: person.id,
      requestedBy: `Register team, ${host.name}`,
      requestedByOrganisation: host.id,
      message: rng.pick(MESSAGES),
      status,
      requestedAt: instant(day, rng.int(9, 16)),
      answeredAt: status === 'PENDING' ? null : instant(day + rng.int(1, 5), rng.int(9, 18)),
    });
  }
  return contacts;
}
