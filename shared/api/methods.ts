import type { MethodName } from './contract';

/**
 * The method names alone, without schemas, so the preload and the preview bridge can build
 * `window.api` without bundling zod. tests/shared/contract.test.ts checks it matches the contract.
 */
export const METHOD_NAMES = [
  'app.info',
  'settings.get',
  'settings.updateShop',
  'settings.setLogo',
  'settings.setLanguage',
  'settings.setStaff',
  'settings.setTax',
  'settings.setReceiptFormat',
  'staff.list',
  'staff.create',
  'staff.update',
  'customers.list',
  'customers.get',
  'customers.create',
  'customers.update',
  'customers.phoneOwners',
  'products.list',
  'products.get',
  'products.create',
  'products.update',
  'policies.list',
  'policies.create',
  'policies.update',
  'numbering.list',
  'numbering.update',
  'warrantyCards.list',
  'warrantyCards.get',
  'warrantyCards.issue',
  'warrantyCards.void',
  'warrantyCards.transfer',
  'warrantyCards.print',
  'warranty.lookup',
  'tickets.create',
  'tickets.get',
  'tickets.list',
  'tickets.counts',
  'tickets.transition',
  'tickets.updateWork',
  'tickets.reassess',
  'tickets.pickup',
  'tickets.print',
  'quotes.issue',
  'quotes.decide',
  'payments.take',
  'receipts.get',
  'receipts.list',
  'receipts.void',
  'receipts.refund',
  'receipts.recordInvoice',
  'receipts.print',
  'records.verify',
  'dayClose.get',
  'dayClose.close',
  'dayClose.print',
  'search.global',
  'backups.status',
  'backups.create',
  'backups.setSecondFolder',
  'backups.list',
  'backups.inspect',
  'backups.restore',
] as const satisfies readonly MethodName[];

// Compile-time check the other way round: every contract method is listed above.
type Missing = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
const everyMethodListed: [Missing] extends [never] ? true : Missing = true;
void everyMethodListed;

export const CHANNEL_PREFIX = 'rc:';
export const channelFor = (method: string): string => CHANNEL_PREFIX + method;
