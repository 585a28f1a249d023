/**
 * One contract's figures for a period, before any are added up by type or organisation: what the
 * council pays for the period's days, the fees employers paid for menu items, its latest quarterly
 * return in the period (employers supported, uptake per item), and complaints received and closed.
 */
import { PEER_SUPPORT } from './menu-items.ts';
import { parseQuarter } from './quarter.ts';

const DAY_MS = 86_400_000;

export interface ContractRecord {
  id: string;
  councilId: string;
  supportOrganisationId: string;
  contractType: string;
  value: { toNumber(): number };
  startsOn: Date;
  endsOn: Date;
  peerSessionsPerQuarter: number;
  items: { item: string; price: { toNumber(): number } | null; paidBy: string }[];
  returns: { quarter: string; employersSupported: number; uptake: { item: string; quantity: number; employers: number }[] }[];
  complaints: { receivedOn: Date; closedOn: Date | null; outcome: string | null }[];
}

export interface ContractFigures {
  contract: ContractRecord;
  councilCost: number;
  employerFees: number;
  employersSupported: number;
  /** Employers who used each item in the latest quarter returned in the period. */
  usedBy: Map<string, number>;
  quartersReturned: number;
  quartersPeerRequirementMet: number;
  peerSessionsHeld: number;
  complaintsReceived: number;
  complaintsClosed: number;
  complaintsUpheld: number;
}

const UPHELD = new Set(['UPHELD', 'PARTLY_UPHELD']);

const days = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1);

export function contractFigures(contract: ContractRecord, from: Date, to: Date): ContractFigures {
  // The value is spread evenly over the term; the period's share is its days within the term.
  const first = contract.startsOn > from ? contract.startsOn : from;
  const last = contract.endsOn < to ? contract.endsOn : to;
  const councilCost = (contract.value.toNumber() * days(first, last)) / days(contract.startsOn, contract.endsOn);
  const returned = contract.returns
    .filter((r) => {
      const q = parseQuarter(r.quarter, 'quarter');
      return q.start >= from && q.end <= to;
    })
    .sort((a, b) => b.quarter.localeCompare(a.quarter));
  const price = new Map(contract.items.filter((i) => i.paidBy !== 'COUNCIL').map((i) => [i.item, i.price?.toNumber() ?? 0]));
  const employerFees = returned.reduce((sum, r) => sum + r.uptake.reduce((s, u) => s + u.quantity * (price.get(u.item) ?? 0), 0), 0);
  const held = (r: ContractRecord['returns'][number]) => r.uptake.find((u) => u.item === PEER_SUPPORT)?.quantity ?? 0;
  const latest = returned[0];
  const closed = contract.complaints.filter((c) => c.closedOn && c.closedOn >= from && c.closedOn <= to);
  return {
    contract,
    councilCost,
    employerFees,
    employersSupported: latest?.employersSupported ?? 0,
    usedBy: new Map((latest?.uptake ?? []).map((u) => [u.item, u.employers])),
    quartersReturned: returned.length,
    quartersPeerRequirementMet: returned.filter((r) => held(r) >= contract.peerSessionsPerQuarter).length,
    peerSessionsHeld: returned.reduce((n, r) => n + held(r), 0),
    complaintsReceived: contract.complaints.filter((c) => c.receivedOn >= from && c.receivedOn <= to).length,
    complaintsClosed: closed.length,
    complaintsUpheld: closed.filter((c) => UPHELD.has(c.outcome ?? '')).length,
  };
}
