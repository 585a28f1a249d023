/**
 * Individual employers' claims for training funding (brief W6 step 2): 75% of councils help
 * employers reach the Workforce Development Fund or individual employer funding (002:L447-449),
 * the help given by the council (35%) or a support organisation (35%) (002:L450-451); a support
 * organisation may claim on the employer's behalf (002:L1550-1551). About one DP employer in eight
 * claims in a year, half through their payroll or managed-account provider, for the essential
 * courses, moving and positioning, medication or the Care Certificate; most claims are paid.
 */
import type { BuildContext } from './context.ts';
import { dayOf, isoOf } from './dates.ts';
import { Rng } from './random.ts';
import type { DemoCourse, DemoDirectPayment, DemoEmployment, DemoTrainingFundingClaim } from './types.ts';

const LOOK_BACK_DAYS = 540;
/** The WDF pays a set contribution a course-day; individual employer funding the course's cost. */
const WDF_PER_DAY = 85;

export function buildTrainingFundingClaims(
  ctx: BuildContext,
  directPayments: readonly DemoDirectPayment[],
  employments: readonly DemoEmployment[],
  courses: readonly DemoCourse[],
): DemoTrainingFundingClaim[] {
  const rng = Rng.derive(ctx.seed, 'training-funding-claims');
  const employers = new Set(employments.map((e) => e.employerPersonId));
  const claimable = courses.filter((c) => c.category !== 'HEALTH_TASK_COMPETENCE');
  const claims: DemoTrainingFundingClaim[] = [];
  const since = ctx.asOf - LOOK_BACK_DAYS;
  for (const dp of directPayments) {
    const start = Math.max(dayOf(dp.start), since);
    const end = Math.min(dp.end === null ? ctx.asOf : dayOf(dp.end), ctx.asOf);
    if (end < start || !employers.has(dp.personId) || !rng.chance(0.18 * ((end - start + 1) / LOOK_BACK_DAYS))) continue;
    for (let n = rng.chance(0.3) ? 2 : 1; n > 0; n--) {
      const course = rng.pick(claimable);
      const fund = rng.chance(0.55) ? 'WORKFORCE_DEVELOPMENT_FUND' : 'INDIVIDUAL_EMPLOYER_FUNDING';
      const perDay = fund === 'WORKFORCE_DEVELOPMENT_FUND' ? WDF_PER_DAY : rng.int(60, 140);
      const claimedOn = rng.int(start, end);
      const settled = ctx.asOf - claimedOn > 42;
      const status = settled ? (rng.chance(0.9) ? 'PAID' : 'REJECTED') : 'SUBMITTED';
      claims.push({
        id: ctx.id('training-funding-claim', claims.length),
        employerPersonId: dp.personId,
        courseId: course.id,
        fund,
        amount: Math.round(perDay * Math.max(course.durationDays, 0.5) * 100) / 100,
        claimedThroughId: dp.paymentSupportProviderId && rng.chance(0.5) ? dp.paymentSupportProviderId : null,
        claimedOn: isoOf(claimedOn),
        status,
        settledOn: settled ? isoOf(Math.min(claimedOn + rng.int(14, 42), ctx.asOf)) : null,
      });
    }
  }
  return claims;
}
