/**
 * Direct payment mentors (brief W7, 002:L1599-1629): reviewers ask experienced employers whether
 * they will "become a direct payment mentor and have their details included on a directory"; the
 * council's direct payment support team tells new recipients about the programme and, if they
 * agree, passes their details to a mentor. Each council keeps up to four mentors who have held a
 * direct payment for two years or more; three in five new recipients who have not employed anyone
 * before are offered one while their direct payment is set up, and a little over half of those agree
 * to be referred. Whether they went on to employ a PA is not stored: the graph reads it from their
 * employments, and the region's workforce decides it (the seed's council saw all of them do so).
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf } from './dates.ts';
import { Rng } from './random.ts';
import type { DemoDirectPayment, DemoDpMentor, DemoDpMentorOffer, DemoEmployment, DemoPerson } from './types.ts';

const EXPERIENCED_DAYS = 730;
const NEW_DAYS = 365;

export function buildDpMentors(
  ctx: BuildContext,
  people: readonly DemoPerson[],
  directPayments: readonly DemoDirectPayment[],
  employments: readonly DemoEmployment[],
): { mentors: DemoDpMentor[]; offers: DemoDpMentorOffer[] } {
  const rng = Rng.derive(ctx.seed, 'dp-mentors');
  const person = new Map(people.map((p) => [p.id, p]));
  const employers = new Set(employments.map((e) => e.employerPersonId));
  const firstEmployed = new Map<string, number>();
  for (const e of employments)
    firstEmployed.set(e.employerPersonId, Math.min(firstEmployed.get(e.employerPersonId) ?? Infinity, dayOf(e.start)));
  const running = (dp: DemoDirectPayment) => dp.end === null || dayOf(dp.end) >= ctx.asOf;
  const mentors: DemoDpMentor[] = [];
  const offers: DemoDpMentorOffer[] = [];
  for (const council of ctx.councils) {
    const dps = directPayments.filter((dp) => dp.councilGssCode === council.gssCode);
    const experienced = dps.filter((dp) => running(dp) && ctx.asOf - dayOf(dp.start) >= EXPERIENCED_DAYS && employers.has(dp.personId));
    const chosen = new Set<string>();
    for (let i = Math.min(4, experienced.length); i > 0; i--) chosen.add(rng.pick(experienced).personId);
    const directory = [...chosen].map((personId): DemoDpMentor => {
      const mentor = {
        id: ctx.id('dp-mentor', mentors.length),
        personId,
        firstName: person.get(personId)!.givenName,
        councilGssCode: council.gssCode,
        joinedOn: isoOf(ctx.asOf - rng.int(NEW_DAYS + 30, EXPERIENCED_DAYS)),
      };
      mentors.push(mentor);
      return mentor;
    });
    for (const dp of dps) {
      const start = dayOf(dp.start);
      // The programme is for people about to employ for the first time.
      if (ctx.asOf - start > NEW_DAYS || start > ctx.asOf || (firstEmployed.get(dp.personId) ?? Infinity) < start) continue;
      if (!rng.chance(0.6)) continue;
      // Offered while the direct payment is being set up, before the recipient employs anyone.
      const offeredOn = start - rng.int(14, 42);
      const candidates = directory.filter((m) => m.personId !== dp.personId);
      const mentor = candidates.length > 0 && rng.chance(0.55) ? rng.pick(candidates) : null;
      offers.push({
        id: ctx.id('dp-mentor-offer', offers.length),
        employerPersonId: dp.personId,
        councilGssCode: council.gssCode,
        offeredOn: isoOf(offeredOn),
        mentorId: mentor?.id ?? null,
      });
    }
  }
  return { mentors, offers };
}
