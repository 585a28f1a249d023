// Test helpers: what the seeded health data should answer, computed from the demo region the
// seed wrote, and responses turned into plain JSON for strict comparison.
import type { DemoRegion } from '@continuum/demo';

type Ods = { healthBodyOdsCode: string };

export function expectedFunderName(region: DemoRegion, kind: 'COUNCIL' | 'HEALTH', code: string): string {
  const names =
    kind === 'COUNCIL'
      ? region.councils.map((c) => [c.gssCode, c.name] as const)
      : region.healthBodies.map((b) => [b.odsCode, b.name] as const);
  const name = new Map<string, string>(names).get(code);
  if (!name) throw new Error(`no ${kind} funder ${code} in the region`);
  return name;
}

/** An episode's status on the pinned day: not started yet, running to its last day, or over. */
export function expectedStatus(start: string, end: string | null): 'PLANNED' | 'ACTIVE' | 'ENDED' {
  const today = process.env.CONTINUUM_TODAY!;
  return start > today ? 'PLANNED' : end !== null && end < today ? 'ENDED' : 'ACTIVE';
}

export function expectedEpisodeFields(
  region: DemoRegion,
  e: { id: string; personId: string; start: string; end: string | null; weeklyAmount: number } & Ods,
) {
  return {
    id: e.id,
    start: e.start,
    end: e.end,
    status: expectedStatus(e.start, e.end),
    funderName: expectedFunderName(region, 'HEALTH', e.healthBodyOdsCode),
    funderCode: e.healthBodyOdsCode,
    weeklyAmount: e.weeklyAmount,
    person: { id: e.personId },
    healthBody: { odsCode: e.healthBodyOdsCode },
  };
}

/** A person's NHS episodes of all three kinds, oldest first (ties: type name, then id). */
export function expectedHealthFunding(region: DemoRegion, personId: string) {
  const of = <T extends { personId: string; id: string; start: string }>(rows: T[], type: string) =>
    rows.filter((r) => r.personId === personId).map((r) => ({ __typename: type, id: r.id, start: r.start }));
  return [
    ...of(region.personalHealthBudgets, 'PersonalHealthBudget'),
    ...of(region.chcPackages, 'ContinuingHealthcarePackage'),
    ...of(region.integratedBudgets, 'IntegratedBudget'),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.__typename.localeCompare(b.__typename) || a.id.localeCompare(b.id));
}

export function expectedChcDecisions(region: DemoRegion, personId: string) {
  return region.chcDecisions
    .filter((d) => d.personId === personId)
    .sort((a, b) => a.decidedOn.localeCompare(b.decidedOn) || a.id.localeCompare(b.id))
    .map((d) => ({
      id: d.id,
      decidedOn: d.decidedOn,
      outcome: d.outcome,
      nextReview: d.nextReview,
      healthBody: { odsCode: d.healthBodyOdsCode },
    }));
}

/** Shares in a fixed order, so the stored and generated lists compare equal whatever order each holds. */
export function sortShares<T extends { funderKind: string; funderCode: string }>(shares: T[]): T[] {
  return [...shares].sort((a, b) => a.funderKind.localeCompare(b.funderKind) || a.funderCode.localeCompare(b.funderCode));
}

/** graphql-js builds result objects without a prototype; strict deep-equality wants plain ones. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
