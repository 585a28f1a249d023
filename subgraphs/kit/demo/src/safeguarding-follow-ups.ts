/**
 * Safeguarding follow-ups for the demo region: the four-week review call after some of each council's
 * recent direct payments started (as councils ring new employers once their PAs are in place).
 * Calls already past their day are mostly done, a few still overdue; later ones are due.
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf } from './dates.ts';
import type { DemoDirectPayment, DemoSafeguardingFollowUp } from './types.ts';

/** New placements per council given a review call. */
const PER_COUNCIL = 8;
const SPACING_DAYS = 12;
const REVIEW_AFTER_DAYS = 28;

export function buildSafeguardingFollowUps(ctx: BuildContext, directPayments: readonly DemoDirectPayment[]): DemoSafeguardingFollowUp[] {
  const out: DemoSafeguardingFollowUp[] = [];
  const councils = [...new Set(directPayments.map((dp) => dp.councilGssCode))].sort();
  for (const gss of councils) {
    const open = directPayments
      .filter((dp) => dp.councilGssCode === gss && dp.end === null && dayOf(dp.start) <= ctx.asOf)
      .sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id));
    // Placements spread over recent months (the newest started on or before each mark), so calls fall either side of today.
    const picked = new Set<DemoDirectPayment>();
    for (let i = 0; i < PER_COUNCIL; i++) {
      const dp = open.find((d) => !picked.has(d) && dayOf(d.start) <= ctx.asOf - i * SPACING_DAYS);
      if (dp) picked.add(dp);
    }
    [...picked].forEach((dp, i) => {
      const due = dayOf(dp.start) + REVIEW_AFTER_DAYS;
      // Every third call whose day has passed is still waiting: the council's overdue list.
      const done = due < ctx.asOf && i % 3 !== 0 ? Math.min(due + (i % 4), ctx.asOf) : null;
      out.push({
        id: ctx.id('safeguarding-follow-up', out.length),
        personId: dp.personId,
        councilGssCode: gss,
        kind: 'FOUR_WEEK_REVIEW_CALL',
        dueOn: isoOf(due),
        scheduledBy: 'Direct payments support team',
        doneOn: done === null ? null : isoOf(done),
        doneBy: done === null ? null : 'Direct payments support team',
        outcome: done === null ? null : i % 5 === 4 ? 'NOT_REACHED' : 'NO_CONCERNS',
      });
    });
  }
  return out;
}
