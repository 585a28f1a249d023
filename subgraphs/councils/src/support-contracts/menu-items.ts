import { SUPPORT_OFFER_ITEMS } from '../support-offer-items.ts';

/**
 * What a support contract's menu may offer: the council survey's items, and the services support
 * agencies charge for on top of them (payroll and managed accounts, 001:L2337-2340; recruitment).
 */
export const SUPPORT_MENU_ITEMS: Record<string, string> = {
  ...SUPPORT_OFFER_ITEMS,
  PAYROLL: 'Payroll service',
  MANAGED_ACCOUNT: 'Managed account',
  RECRUITMENT: 'Help with recruiting a PA',
};

/** The peer-support item, whose quantity is the sessions held against a contract's requirement. */
export const PEER_SUPPORT = 'PEER_SUPPORT';

const ORDER = Object.keys(SUPPORT_MENU_ITEMS);
export const menuOrder = (a: string, b: string) => ORDER.indexOf(a) - ORDER.indexOf(b);
