import { badUserInput, requireOrderedDates, requireText } from '@continuum/runtime';
import type { AwardSupportContractInput, SupportMenuPayer } from '../generated/resolvers-types.ts';
import { SUPPORT_MENU_ITEMS } from './menu-items.ts';

export interface CheckedItem {
  item: string;
  price: number | null;
  unit: string | null;
  paidBy: SupportMenuPayer;
}

const pence = (n: number) => Math.round(n * 100) / 100;

/**
 * The award's own rules, field by field: a value and prices of at least 0, a term that ends on or
 * after it starts, known menu items each once, and a menu that fits the contract type (a block
 * contract is free to employers; pay-as-you-go has nothing paid by the council; a hybrid has both).
 */
export function checkAward(input: AwardSupportContractInput): { value: number; peerSessions: number; menu: CheckedItem[] } {
  if (!Number.isFinite(input.value) || input.value < 0) throw badUserInput('input.value', 'must be at least 0 pounds');
  requireOrderedDates(input.startsOn, input.endsOn, 'input.endsOn');
  const peerSessions = input.peerSessionsPerQuarter ?? 0;
  if (!Number.isInteger(peerSessions) || peerSessions < 0 || peerSessions > 100)
    throw badUserInput('input.peerSessionsPerQuarter', 'must be a whole number from 0 to 100');
  if (!input.menu.length) throw badUserInput('input.menu', 'must list at least one service');
  const seen = new Set<string>();
  const menu = input.menu.map((m, i): CheckedItem => {
    const field = `input.menu[${i}]`;
    const item = m.item.trim().toUpperCase();
    if (!SUPPORT_MENU_ITEMS[item]) throw badUserInput(`${field}.item`, `"${m.item}" is not a known item (e.g. PEER_SUPPORT, PAYROLL)`);
    if (seen.has(item)) throw badUserInput(`${field}.item`, `${item} is on the menu twice`);
    seen.add(item);
    if (m.paidBy === 'COUNCIL') {
      if (m.price != null) throw badUserInput(`${field}.price`, 'is left out when the council pays under the contract');
      return { item, price: null, unit: null, paidBy: m.paidBy };
    }
    if (m.price == null || !Number.isFinite(m.price) || m.price < 0) throw badUserInput(`${field}.price`, 'must be at least 0 pounds');
    const unit = m.unit == null ? null : requireText(m.unit, `${field}.unit`, 40);
    return { item, price: pence(m.price), unit, paidBy: m.paidBy };
  });
  const byCouncil = menu.filter((m) => m.paidBy === 'COUNCIL').length;
  if (input.contractType === 'BLOCK' && byCouncil < menu.length)
    throw badUserInput('input.menu', 'a block contract is free to employers: every service is paid by the council');
  if (input.contractType === 'PAY_AS_YOU_GO' && byCouncil > 0)
    throw badUserInput('input.menu', 'on a pay-as-you-go contract employers pay for each service they choose');
  if (input.contractType === 'HYBRID' && (byCouncil === 0 || byCouncil === menu.length))
    throw badUserInput('input.menu', 'a hybrid contract has core services paid by the council and others paid by employers');
  return { value: pence(input.value), peerSessions, menu };
}
