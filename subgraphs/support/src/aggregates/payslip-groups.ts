/**
 * Payslips due and late for groups of employers, each by the support organisation that ran their
 * payroll: the councils subgraph asks this for its support-contract aggregate (the employers of a
 * contract's council whose payroll the contract's organisation runs), and publishes the sums
 * suppressed. Exact counts, so the hub's own callers only.
 */
import { badUserInput, requireId, today } from '@continuum/runtime';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { PayslipGroupCount, PayslipGroupInput } from '../generated/resolvers-types.ts';
import { isLate } from '../employment-pay/payroll.ts';

interface DueSlip {
  organisationId: string;
  employerPersonId: string;
  dueOn: Date;
  sentOn: Date | null;
}

export async function payslipCountsForGroups(
  db: PrismaClient,
  from: Date,
  to: Date,
  groups: PayslipGroupInput[],
): Promise<PayslipGroupCount[]> {
  if (to.getTime() < from.getTime()) throw badUserInput('to', 'must be on or after from');
  const keys = new Set<string>();
  const asked = groups.map((g, i) => {
    if (keys.has(g.key)) throw badUserInput(`groups[${i}].key`, `"${g.key}" is given twice`);
    keys.add(g.key);
    return {
      key: g.key,
      organisationId: requireId(g.supportOrganisationId, `groups[${i}].supportOrganisationId`),
      employers: new Set(g.employerPersonIds.map((id, j) => requireId(id, `groups[${i}].employerPersonIds[${j}]`))),
    };
  });
  const organisations = [...new Set(asked.map((g) => g.organisationId))];
  const slips = organisations.length
    ? await db.$queryRaw<DueSlip[]>`
        SELECT pp.support_organisation_id::text AS "organisationId", r.employer_person_id::text AS "employerPersonId",
               p.due_on AS "dueOn", p.sent_on AS "sentOn"
        FROM payslip p JOIN payroll_run r ON r.id = p.payroll_run_id JOIN payroll_provider pp ON pp.id = r.payroll_provider_id
        WHERE p.due_on BETWEEN ${from} AND ${to} AND pp.support_organisation_id = ANY(${organisations}::uuid[])`
    : [];
  const day = today();
  return asked.map((g) => {
    const of = slips.filter((s) => s.organisationId === g.organisationId && g.employers.has(s.employerPersonId));
    return { key: g.key, due: of.length, late: of.filter((s) => isLate(s, day)).length };
  });
}
