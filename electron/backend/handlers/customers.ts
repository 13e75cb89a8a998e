import { listCustomers, phoneOwners } from '../../../db/queries/customers';
import type { Handlers } from '../dispatcher';
import { mustGetCustomer } from '../guards';
import { addCustomer, editCustomer } from '../use-cases/customers';

export const customerHandlers = {
  'customers.list': (ctx, input) => listCustomers(ctx.db, input),
  'customers.get': (ctx, input) => mustGetCustomer(ctx, input.id),
  'customers.create': addCustomer,
  'customers.update': editCustomer,
  'customers.phoneOwners': (ctx, input) => phoneOwners(ctx.db, input.phone, input.excludeId),
} satisfies Partial<Handlers>;
