/**
 * Reablement periods for the demo region, each ending the day before the person's next council
 * episode began, so the outcome follows the funding the graph already holds: a direct payment or
 * a commissioned package that started in the last year was the step after reablement for some of
 * them. Others went on with no further support, a few (in Flintshire, where the seed reports them,
 * 004:L398-400) to a private support call from a micro-carer; the newest are still open.
 * The seeds give no shares for these outcomes: the numbers per council are chosen so each outcome
 * shows, and the private step-downs stay "a couple of instances" as in the seed.
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf } from './dates.ts';
import type { DemoCommissionedPackage, DemoDirectPayment, DemoPerson, DemoReablementPeriod } from './types.ts';

/** Reablement usually lasts up to six weeks. */
const LENGTH_DAYS = 42;
const PER_COUNCIL = { DIRECT_PAYMENT: 2, COMMISSIONED_CARE: 3, NO_FURTHER_SUPPORT: 5, OPEN: 2 } as const;
const FLINTSHIRE = 'W06000005';
const PRIVATE_STEP_DOWNS = 2;

type Episode = DemoDirectPayment | DemoCommissionedPackage;

export function buildReablement(
  ctx: BuildContext,
  people: readonly DemoPerson[],
  directPayments: readonly DemoDirectPayment[],
  packages: readonly DemoCommissionedPackage[],
): DemoReablementPeriod[] {
  const out: DemoReablementPeriod[] = [];
  const used = new Set<string>();
  const add = (personId: string, gss: string, start: number, end: number | null, outcome: DemoReablementPeriod['outcome']) => {
    used.add(personId);
    out.push({
      id: ctx.id('reablement-period', out.length),
      personId,
      councilGssCode: gss,
      startedOn: isoOf(start),
      startedBy: 'Reablement team',
      endedOn: end === null ? null : isoOf(end),
      endedBy: end === null ? null : 'Reablement team',
      outcome,
    });
  };
  // Episodes that began in the last year, newest first: the step after a reablement period.
  const recent = (list: readonly Episode[], gss: string) =>
    list
      .filter((e) => e.councilGssCode === gss && dayOf(e.start) <= ctx.asOf && dayOf(e.start) > ctx.asOf - 365 + LENGTH_DAYS)
      .sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id));
  const councils = [...new Set(people.map((p) => p.councilGssCode))].sort();
  for (const gss of councils) {
    const stepInto = (list: readonly Episode[], count: number, outcome: 'DIRECT_PAYMENT' | 'COMMISSIONED_CARE') => {
      for (const e of recent(list, gss)
        .filter((e) => !used.has(e.personId))
        .slice(0, count)) {
        const end = dayOf(e.start) - 1;
        add(e.personId, gss, end - LENGTH_DAYS + 1, end, outcome);
      }
    };
    stepInto(directPayments, PER_COUNCIL.DIRECT_PAYMENT, 'DIRECT_PAYMENT');
    stepInto(packages, PER_COUNCIL.COMMISSIONED_CARE, 'COMMISSIONED_CARE');
    // Residents with no council direct payment or package: reabled, then independent (or, in Flintshire, a private call).
    const funded = new Set([...directPayments, ...packages].map((e) => e.personId));
    const others = people.filter((p) => p.councilGssCode === gss && !funded.has(p.id) && !used.has(p.id));
    const privately = gss === FLINTSHIRE ? PRIVATE_STEP_DOWNS : 0;
    others.slice(0, PER_COUNCIL.NO_FURTHER_SUPPORT + privately).forEach((p, i) => {
      const end = ctx.asOf - 30 - i * 29;
      add(p.id, gss, end - LENGTH_DAYS + 1, end, i < privately ? 'PRIVATE_MICRO_CARE' : 'NO_FURTHER_SUPPORT');
    });
    others
      .slice(PER_COUNCIL.NO_FURTHER_SUPPORT + privately, PER_COUNCIL.NO_FURTHER_SUPPORT + privately + PER_COUNCIL.OPEN)
      .forEach((p, i) => add(p.id, gss, ctx.asOf - 7 - i * 10, null, null));
  }
  return out;
}
