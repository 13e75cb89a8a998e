import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { CommandName } from '@shared/api/contract';

/*
 * Which cached queries each command leaves stale, by contract method: after a command succeeds,
 * every query whose key starts with one of these is fetched again when shown. The keys are the
 * features' key prefixes (features/<feature>/api.ts or keys.ts). A command that answers with the
 * record it changed also puts that answer in the cache itself (the detail query); one whose
 * answer replaces a query outright (settings, the day close) needs nothing here.
 * tests/renderer/api/refresh.test.ts checks every command in the contract has an entry.
 */

/** What a product or card change shows up in: lists, cards, searches, the check panel, card numbers. */
const WARRANTY_DATA: readonly QueryKey[] = [
  ['products'],
  ['warrantyCards'],
  ['warranty.lookup'],
  ['search.global'],
  ['numbering'],
];
/** What a ticket change shows up in: the queues, home's counts, the check panel's repairs. */
const TICKET_DATA: readonly QueryKey[] = [['tickets', 'list'], ['tickets', 'counts'], ['warranty.lookup']];
/** After money moves: receipts, the day, and the tickets (balance due) with their queues. */
const MONEY_DATA: readonly QueryKey[] = [['receipts'], ['tickets']];

export const INVALIDATES: { readonly [K in CommandName]: readonly QueryKey[] } = {
  // The reply is the settings: useSettingsMutation and friends put it in the cache.
  'settings.updateShop': [],
  'settings.setLogo': [],
  'settings.setLanguage': [],
  'settings.setStaff': [],
  'settings.setTax': [],
  'settings.setReceiptFormat': [],
  // A member made inactive stops being the one at the counter.
  'staff.create': [['staff'], ['settings']],
  'staff.update': [['staff'], ['settings']],
  'customers.create': [['customers'], ['search.global']],
  'customers.update': [['customers'], ['search.global']],
  'products.create': WARRANTY_DATA,
  'products.update': WARRANTY_DATA,
  'policies.create': [['policies'], ['warranty.lookup']],
  'policies.update': [['policies'], ['warranty.lookup']],
  'numbering.update': [['numbering']],
  // A card's holder shows on the customer's page.
  'warrantyCards.issue': [...WARRANTY_DATA, ['customers']],
  'warrantyCards.void': [...WARRANTY_DATA, ['customers']],
  'warrantyCards.transfer': [...WARRANTY_DATA, ['customers']],
  'tickets.create': TICKET_DATA,
  'tickets.transition': TICKET_DATA,
  'tickets.updateWork': TICKET_DATA,
  'tickets.reassess': TICKET_DATA,
  'tickets.pickup': TICKET_DATA,
  'quotes.issue': TICKET_DATA,
  'quotes.decide': TICKET_DATA,
  'payments.take': MONEY_DATA,
  'receipts.void': MONEY_DATA,
  'receipts.refund': MONEY_DATA,
  // The official invoice's number shows on the receipt and in the lists.
  'receipts.recordInvoice': MONEY_DATA,
  // The reply is the day's report: useCloseDay puts it in the cache.
  'dayClose.close': [],
  // The reply is the backup status: useSetSecondFolder puts it in the cache.
  'backups.setSecondFolder': [],
};

/** Marks stale what `method` changed (INVALIDATES). */
export function refreshAfter(client: QueryClient, method: CommandName): void {
  for (const queryKey of INVALIDATES[method]) void client.invalidateQueries({ queryKey });
}
