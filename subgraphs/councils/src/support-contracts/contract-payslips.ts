/**
 * Payslips due and late for each council and organisation pair: the support subgraph holds the
 * payroll runs, and is asked through the graph for exact counts, which this subgraph publishes
 * only suppressed.
 */
import { isoDate, graphFailureOn, type GraphClient } from '@continuum/runtime';
import type { PairEmployers } from './contract-employers.ts';

const PAYSLIP_COUNTS = `query SupportContractPayslips($from: Date!, $to: Date!, $groups: [PayslipGroupInput!]!) {
  payslipCountsForGroups(from: $from, to: $to, groups: $groups) { key due late }
}`;

export async function payslipsByPair(
  graph: GraphClient,
  pairs: Map<string, PairEmployers>,
  from: Date,
  to: Date,
): Promise<Map<string, { due: number; late: number }>> {
  if (pairs.size === 0) return new Map();
  const groups = [...pairs].map(([key, p]) => ({ key, supportOrganisationId: p.organisationId, employerPersonIds: [...p.employers] }));
  let data: { payslipCountsForGroups: { key: string; due: number; late: number }[] };
  try {
    data = await graph.request<typeof data>(PAYSLIP_COUNTS, { from: isoDate(from), to: isoDate(to), groups });
  } catch (err) {
    throw graphFailureOn(err, 'filter', {
      message: 'Payslip timeliness could not be counted',
      reason: 'the support subgraph did not answer',
    });
  }
  return new Map(data.payslipCountsForGroups.map((c) => [c.key, { due: c.due, late: c.late }]));
}
