import type { Handlers } from '../dispatcher';
import { searchCustomers } from '../../../db/queries/customers';
import { searchProducts } from '../../../db/queries/products';
import { searchCards } from '../../../db/queries/warranty-cards';
import { settingsHandlers } from './settings';
import { customerHandlers } from './customers';
import { productHandlers } from './products';
import { policyHandlers } from './policies';
import { warrantyCardHandlers } from './warranty-cards';
import { staffHandlers } from './staff';
import { ticketHandlers } from './tickets';
import { quoteHandlers } from './quotes';
import { searchTickets } from '../../../db/queries/ticket-search';
import { searchReceiptNumbers } from '../../../db/queries/receipt-list';
import { receiptHandlers } from './receipts';
import { dayCloseHandlers } from './day-close';

export const handlers: Handlers = {
  'app.info': (ctx) => ctx.info,
  ...settingsHandlers,
  ...customerHandlers,
  ...productHandlers,
  ...policyHandlers,
  ...warrantyCardHandlers,
  ...staffHandlers,
  ...ticketHandlers,
  ...quoteHandlers,
  ...receiptHandlers,
  ...dayCloseHandlers,
  'search.global': (ctx, input) => ({
    q: input.q,
    customers: searchCustomers(ctx.db, input.q, input.limit),
    products: searchProducts(ctx.db, input.q, input.limit),
    cards: searchCards(ctx.db, input.q, input.limit),
    tickets: searchTickets(ctx.db, input.q, input.limit, ctx.now()),
    receipts: searchReceiptNumbers(ctx.db, input.q, input.limit),
  }),
};
