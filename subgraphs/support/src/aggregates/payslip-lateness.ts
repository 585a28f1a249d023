/**
 * Whether PAs' payslips arrive on time, by the provider that ran each payroll: payslips due in
 * the period for employers in scope (funded by the filter's council and/or NHS body, living in
 * its area), and how many were sent late or are still unsent after the
 * day due. Counts only, each suppressed and rounded by the kit; no id of a person leaves here.
 */
import { aggregateScope, publishCount, scopedPeople, type AggregateFilterInput } from '@continuum/access';
import { today, type GraphClient } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PayslipLatenessAggregates } from '../generated/resolvers-types.ts';
import { isLate } from '../employment-pay/payroll.ts';

interface DueSlip {
  employerPersonId: string;
  providerId: string;
  dueOn: Date;
  sentOn: Date | null;
}

export async function payslipLatenessAggregates(
  db: PrismaClient,
  graph: GraphClient,
  filter: AggregateFilterInput | null | undefined,
): Promise<PayslipLatenessAggregates> {
  const scope = aggregateScope(filter);
  const [{ people: employers }, rows, providers] = await Promise.all([
    scopedPeople(graph, scope),
    db.$queryRaw<DueSlip[]>`
      SELECT r.employer_person_id::text AS "employerPersonId", r.payroll_provider_id::text AS "providerId", p.due_on AS "dueOn", p.sent_on AS "sentOn"
      FROM payslip p JOIN payroll_run r ON r.id = p.payroll_run_id
      WHERE p.due_on BETWEEN ${scope.from} AND ${scope.to}`,
    db.payrollProvider.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  ]);
  const slips = employers ? rows.filter((r) => employers.has(r.employerPersonId)) : rows;
  const day = today();
  const tally = (of: DueSlip[]) => ({ due: publishCount(of.length), late: publishCount(of.filter((s) => isLate(s, day)).length) });
  return {
    from: scope.from,
    to: scope.to,
    ...tally(slips),
    byProvider: providers
      .map((p) => ({ providerId: p.id, name: p.name, slips: slips.filter((s) => s.providerId === p.id) }))
      .filter((p) => p.slips.length > 0)
      .map(({ slips: of, ...p }) => ({ ...p, ...tally(of) })),
  };
}
