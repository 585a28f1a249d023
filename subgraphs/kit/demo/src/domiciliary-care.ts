/**
 * Domiciliary care requests for the demo region: hours of care at home each council has agreed
 * people need, waiting for a provider over the two years to the as-of day, and how each ended.
 *
 * The seed's one figure is Flintshire's: 630 hours waiting to be allocated in December 2021,
 * against a North Wales average of 950, while micro-carers gave about 400 hours (004:L285). The
 * demo's Flintshire holds 500 people, so its queue is scaled to a fifth of the seed's: about 126
 * hours waiting on the as-of day. The seeds give no figure for the North East councils: they wait
 * at Flintshire's rate for their size. Requests arrive steadily; most wait a few weeks (a few for
 * months), then go to an agency, a micro-carer (in Flintshire, where the programme runs), a PA, a
 * direct payment, or are withdrawn (the person went into a care home or their family took it on).
 */
import type { BuildContext } from './context.ts';
import { isoOf } from './dates.ts';
import { Rng } from './random.ts';
import { FLINTSHIRE } from './reference-data.ts';
import type { DemoDomiciliaryCareRequest, DemoPerson } from './types.ts';

/** Hours waiting on the as-of day for each person a council holds: Flintshire's 126 over its 500. */
export const WAITING_HOURS_PER_PERSON = 126 / 500;
/** Hours a week asked, as packages are usually written (several short calls a day). */
const HOURS = [3.5, 5, 7, 7, 8.75, 10.5, 10.5, 12, 14, 14, 17.5, 21] as const;
const MEAN_HOURS = HOURS.reduce((a, b) => a + b, 0) / HOURS.length;
/** Mean days from request to allocation or withdrawal (exponential beyond a short minimum). */
const MIN_WAIT = 2;
const MEAN_EXTRA_WAIT = 30;
const HISTORY_DAYS = 730;
const ROUTES = [
  ['AGENCY', 62],
  ['PERSONAL_ASSISTANT', 8],
  ['DIRECT_PAYMENT', 12],
  ['WITHDRAWN', 10],
] as const;
const FLINTSHIRE_ROUTES = [...ROUTES, ['MICRO_CARER', 18]] as const;

type Outcome = NonNullable<DemoDomiciliaryCareRequest['outcome']>;

export function buildDomiciliaryCareRequests(ctx: BuildContext, people: readonly DemoPerson[]): DemoDomiciliaryCareRequest[] {
  const rng = Rng.derive(ctx.seed, 'domiciliary-care-requests');
  const out: DemoDomiciliaryCareRequest[] = [];
  const councils = [...new Set(people.map((p) => p.councilGssCode))].sort();
  for (const gss of councils) {
    const residents = people.filter((p) => p.councilGssCode === gss);
    // Arrivals a day such that the queue on the as-of day holds about the hours wanted (Little's law).
    const waiting = (residents.length * WAITING_HOURS_PER_PERSON) / MEAN_HOURS;
    const perDay = waiting / (MIN_WAIT + MEAN_EXTRA_WAIT);
    const routes: readonly (readonly [Outcome, number])[] = gss === FLINTSHIRE ? FLINTSHIRE_ROUTES : ROUTES;
    // A person waits on one request at a time: the next is theirs once the last has closed.
    const freeFrom = new Map<string, number>();
    let next = 0;
    let due = 0;
    for (let day = ctx.asOf - HISTORY_DAYS + 1; day <= ctx.asOf; day++) {
      for (due += perDay; due >= 1; due--) {
        let person: DemoPerson | undefined;
        for (let tries = 0; tries < residents.length && !person; tries++) {
          const candidate = residents[next++ % residents.length]!;
          if ((freeFrom.get(candidate.id) ?? -Infinity) < day) person = candidate;
        }
        if (!person) continue;
        const wait = MIN_WAIT + Math.floor(-Math.log(1 - rng.next()) * MEAN_EXTRA_WAIT);
        const closed = day + wait <= ctx.asOf ? day + wait : null;
        freeFrom.set(person.id, closed ?? Infinity);
        out.push({
          id: ctx.id('domiciliary-care-request', out.length),
          personId: person.id,
          councilGssCode: gss,
          hoursPerWeek: rng.pick(HOURS),
          requestedOn: isoOf(day),
          requestedBy: 'Brokerage team',
          closedOn: closed === null ? null : isoOf(closed),
          closedBy: closed === null ? null : 'Brokerage team',
          outcome: closed === null ? null : rng.weighted(routes),
        });
      }
    }
  }
  return out;
}
