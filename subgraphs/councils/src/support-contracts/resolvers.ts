import type { SupportContractResolvers, SupportContractReturnResolvers } from '../generated/resolvers-types.ts';
import { menuOrder, PEER_SUPPORT, SUPPORT_MENU_ITEMS } from './menu-items.ts';

const label = (item: string) => SUPPORT_MENU_ITEMS[item] ?? item;

export const SupportContract: SupportContractResolvers = {
  council: (c) => c.council,
  supportOrganisation: (c) => ({ __typename: 'SupportOrganisation', id: c.supportOrganisationId }),
  contractType: (c) => c.contractType as never,
  value: (c) => c.value.toNumber(),
  menu: (c) =>
    [...c.items]
      .sort((a, b) => menuOrder(a.item, b.item))
      .map((m) => ({ item: m.item, label: label(m.item), price: m.price?.toNumber() ?? null, unit: m.unit, paidBy: m.paidBy as never })),
  returns: (c) => c.returns.map((r) => ({ ...r, peerSessionsPerQuarter: c.peerSessionsPerQuarter })),
  complaints: (c) => c.complaints.map((x) => ({ ...x, outcome: x.outcome as never })),
};

export const SupportContractReturn: SupportContractReturnResolvers = {
  peerSessionsHeld: (r) => r.uptake.find((u) => u.item === PEER_SUPPORT)?.quantity ?? 0,
  peerRequirementMet: (r) => (r.uptake.find((u) => u.item === PEER_SUPPORT)?.quantity ?? 0) >= r.peerSessionsPerQuarter,
  uptake: (r) =>
    [...r.uptake]
      .sort((a, b) => menuOrder(a.item, b.item))
      .map((u) => ({ item: u.item, label: label(u.item), quantity: u.quantity, employers: u.employers })),
};
