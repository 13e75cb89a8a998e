import type { Handlers } from '../dispatcher';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { customerHandlers } from './customers';
import { dayCloseHandlers } from './day-close';
import { numberingHandlers } from './numbering';
import { paymentHandlers } from './payments';
import { policyHandlers } from './policies';
import { productHandlers } from './products';
import { quoteHandlers } from './quotes';
import { receiptHandlers } from './receipts';
import { recordHandlers } from './records';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { staffHandlers } from './staff';
import { ticketHandlers } from './tickets';
import { warrantyHandlers } from './warranty';
import { warrantyCardHandlers } from './warranty-cards';

/*
 * One file per contract namespace (shared/api/contract.ts), each only the map from method to
 * use case (use-cases/) or query (db/queries/). Handler files do not import each other (lint).
 */
export const handlers: Handlers = {
  ...appHandlers,
  ...settingsHandlers,
  ...staffHandlers,
  ...customerHandlers,
  ...productHandlers,
  ...policyHandlers,
  ...numberingHandlers,
  ...warrantyCardHandlers,
  ...warrantyHandlers,
  ...ticketHandlers,
  ...quoteHandlers,
  ...paymentHandlers,
  ...receiptHandlers,
  ...recordHandlers,
  ...dayCloseHandlers,
  ...searchHandlers,
  ...backupHandlers,
};
