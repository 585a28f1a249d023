/**
 * Payslips due and late, and PA peer group meetings and attendances, for each council and
 * organisation pair: the support subgraph holds the payroll runs and the peer groups, and is asked
 * through the graph for exact counts, which this subgraph publishes only suppressed.
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

const PEER_GROUP_COUNTS = `query SupportContractPeerGroups($from: Date!, $to: Date!, $scopes: [PeerGroupScopeInput!]!) {
  peerGroupMeetingCounts(from: $from, to: $to, scopes: $scopes) { key meetings attendances }
}`;

/** PA peer group meetings and attendances for each council and organisation pair, from the support subgraph. */
export async function peerGroupsByPair(
  graph: GraphClient,
  pairs: Map<string, { organisationId: string; councilGssCode: string }>,
  from: Date,
  to: Date,
): Promise<Map<string, { meetings: number; attendances: number }>> {
  if (pairs.size === 0) return new Map();
  const scopes = [...pairs].map(([key, p]) => ({ key, supportOrganisationId: p.organisationId, councilGssCode: p.councilGssCode }));
  let data: { peerGroupMeetingCounts: { key: string; meetings: number; attendances: number }[] };
  try {
    data = await graph.request<typeof data>(PEER_GROUP_COUNTS, { from: isoDate(from), to: isoDate(to), scopes });
  } catch (err) {
    throw graphFailureOn(err, 'filter', {
      message: 'Peer group meetings could not be counted',
      reason: 'the support subgraph did not answer',
    });
  }
  return new Map(data.peerGroupMeetingCounts.map((c) => [c.key, { meetings: c.meetings, attendances: c.attendances }]));
}
