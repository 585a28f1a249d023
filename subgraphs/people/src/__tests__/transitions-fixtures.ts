import type { DemoRegion } from '@continuum/demo';
import { dayFromToday } from '@continuum/dev/testing';
import { randomUUID } from 'node:crypto';

/** A move four weeks ahead of the pinned day, whatever day that is: after every open episode's start. */
export const EFFECTIVE_DATE = dayFromToday(28);

/** People on one open council direct payment who have no transition in the demo: free to move in a test. */
export function peopleFreeToMove(region: DemoRegion, count: number) {
  const moving = new Set((region.transitions ?? []).map((t) => t.personId));
  const healthFunded = new Set(
    [...region.personalHealthBudgets, ...region.chcPackages, ...region.integratedBudgets].map((e) => e.personId),
  );
  const dpsByPerson = new Map<string, typeof region.directPayments>();
  for (const dp of region.directPayments) dpsByPerson.set(dp.personId, [...(dpsByPerson.get(dp.personId) ?? []), dp]);
  const out: { personId: string; dp: DemoRegion['directPayments'][number] }[] = [];
  for (const [personId, dps] of dpsByPerson) {
    if (dps.length !== 1 || dps[0].end !== null || moving.has(personId) || healthFunded.has(personId)) continue;
    out.push({ personId, dp: dps[0] });
    if (out.length === count) break;
  }
  if (out.length < count) throw new Error(`only ${out.length} people free to move`);
  return out;
}

/** A transition row as the coordinator stores it, for tests that start from a given state. */
export function transitionRow(mover: ReturnType<typeof peopleFreeToMove>[number], overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    personId: mover.personId,
    fromEpisodeId: mover.dp.id,
    fromEpisodeType: 'DirectPayment',
    fromFunderKind: 'COUNCIL',
    fromFunderCode: mover.dp.councilGssCode,
    fromEpisodeStart: new Date(mover.dp.start),
    toVehicle: 'PERSONAL_HEALTH_BUDGET',
    toFunderKind: 'HEALTH',
    toFunderCode: 'QHM',
    effectiveDate: new Date(EFFECTIVE_DATE),
    reason: 'Primary health need; PEG feeding',
    shares: [],
    newPlan: {
      weeklyAmount: 420,
      hourlyRate: 15,
      hoursPerWeek: 28,
      phbManagement: 'DIRECT_PAYMENT',
      paymentSupport: 'PAYROLL_SERVICE',
      paymentSupportProviderId: randomUUID(),
    },
    requiredCompetences: ['HT-PEG'],
    parties: [
      { funderKind: 'COUNCIL', funderCode: mover.dp.councilGssCode, role: 'CURRENT_FUNDER' },
      { funderKind: 'HEALTH', funderCode: 'QHM', role: 'NEW_FUNDER' },
    ],
    status: 'PROPOSED',
    proposedBy: 'QHM',
    ...overrides,
  };
}

/** A proposal input for the same move, as a client would send it. */
export function proposalInput(mover: ReturnType<typeof peopleFreeToMove>[number], overrides: Record<string, unknown> = {}) {
  return {
    personId: mover.personId,
    fromEpisodeId: mover.dp.id,
    toVehicle: 'PERSONAL_HEALTH_BUDGET',
    toFunderCode: 'QHM',
    effectiveDate: EFFECTIVE_DATE,
    reason: 'Primary health need; PEG feeding',
    newPlan: { weeklyAmount: 420, hourlyRate: 15, hoursPerWeek: 28, phbManagement: 'NOTIONAL' },
    requiredCompetences: [],
    proposedBy: 'QHM',
    ...overrides,
  };
}
