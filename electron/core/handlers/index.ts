import type { Handlers } from '../dispatcher';
import { searchCustomers } from '../../../db/queries/customers';
import { settingsHandlers } from './settings';
import { customerHandlers } from './customers';

export const handlers: Handlers = {
  'app.info': (ctx) => ctx.info,
  ...settingsHandlers,
  ...customerHandlers,
  'search.global': (ctx, input) => ({ q: input.q, customers: searchCustomers(ctx.db, input.q, input.limit) }),
};
