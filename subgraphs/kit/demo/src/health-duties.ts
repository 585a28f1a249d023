/**
 * Health duties on employments (brief W8 step 4): once a person's funding moves to the NHS
 * (or a move is in flight), their PAs carry out health-related tasks, and the employer's
 * insurance and the PA's pay rate should be updated for them. Most are; about 15% still
 * miss one or both, which is what the transition tracker and readiness checks surface.
 */
import type { DemoEmployment, DemoTransition } from './types.ts';
import type { BuildContext } from './context.ts';
import { dayOf, isoOf, type Day } from './dates.ts';
import { round2 } from './money.ts';
import { Rng } from './random.ts';
import { rateOn } from './reference-data.ts';
import type { FundingRecords } from './funding.ts';
import type { EmploymentPlan } from './workforce.ts';

/** Share of health-duty employments whose insurance or pay rate has not been updated. */
const NOT_UPDATED = 0.15;
const WHAT_IS_MISSING = [
  ['INSURANCE', 0.4],
  ['PAY', 0.35],
  ['BOTH', 0.25],
] as const;
/** Small differences between employers in what they add for health duties, on top of the NHS uplift. */
const EXTRA_PAY = [0, 0, 0.25, 0.5] as const;

export function withHealthDuties(
  ctx: BuildContext,
  employments: readonly EmploymentPlan[],
  funding: FundingRecords,
  inFlight: ReadonlyMap<string, DemoTransition>,
  /** This person's PAs are fully covered: their only blocker is a competence. */
  fullyCovered: string,
): DemoEmployment[] {
  const rng = Rng.derive(ctx.seed, 'health-duties');
  const asOf = ctx.asOf;
  // When each person's open NHS episode started.
  const nhsSince = new Map<string, Day>();
  for (const e of [...funding.personalHealthBudgets, ...funding.chcPackages, ...funding.integratedBudgets]) {
    if (e.end === null) nhsSince.set(e.personId, dayOf(e.start));
  }

  return employments.map(({ employer, start, end, record }): DemoEmployment => {
    const since = nhsSince.get(employer.id);
    const pending = inFlight.get(employer.id);
    if (end !== null || (since === undefined && !pending)) {
      return covered(record, false, false, false, null, null);
    }
    let insuranceUpdated = true;
    let payRateUpdated = true;
    if (employer.id !== fullyCovered && rng.chance(NOT_UPDATED)) {
      const missing = rng.weighted(WHAT_IS_MISSING);
      insuranceUpdated = missing === 'PAY';
      payRateUpdated = missing === 'INSURANCE';
    }
    // Reviewed around the move for movers, since the NHS funding began for others, since the proposal for moves in flight.
    let lo: Day;
    let hi = asOf - 1;
    if (since === undefined) lo = dayOf(pending!.proposedAt.slice(0, 10));
    else if (employer.transition !== null) [lo, hi] = [employer.transition - 45, Math.min(hi, employer.transition + 30)];
    else lo = since;
    lo = Math.min(Math.max(lo, start), hi);
    const reviewed = rng.day(lo, hi);
    const rate = rateOn(employer.council, 'DIRECT_PAYMENT', isoOf(reviewed)) + employer.healthBody.healthTaskUplift + rng.pick(EXTRA_PAY);
    return covered(
      record,
      true,
      insuranceUpdated,
      payRateUpdated,
      payRateUpdated ? round2(rate) : null,
      insuranceUpdated || payRateUpdated ? isoOf(reviewed) : null,
    );
  });
}

/** The employment with its health-duty fields, written out in full (one object shape for all ~9,000). */
function covered(
  e: DemoEmployment,
  healthDuties: boolean,
  insuranceUpdated: boolean,
  payRateUpdated: boolean,
  healthHourlyRate: number | null,
  healthDutiesReviewedOn: string | null,
): DemoEmployment {
  return {
    id: e.id,
    employerPersonId: e.employerPersonId,
    personalAssistantId: e.personalAssistantId,
    start: e.start,
    end: e.end,
    hoursPerWeek: e.hoursPerWeek,
    role: e.role,
    contractSigned: e.contractSigned,
    healthDuties,
    insuranceUpdated,
    payRateUpdated,
    healthHourlyRate,
    healthDutiesReviewedOn,
  };
}
