import { createCustomer } from '../../db/queries/customers';
import { generateCustomers, type SeedCustomer } from './customers';
import { insertCustomersBulk } from './bulk';
import type { SeedContext, SeedStep } from './context';
import { buildWhenWorkersRun, deferIndexes } from './deferred';

/** Rows per transaction: large enough that commits cost nothing, small enough to report progress. */
const BATCH = 10_000;

/** Through db/queries/customers.ts createCustomer: exactly what the app writes. */
export function insertCustomersApi(ctx: SeedContext, batch: readonly SeedCustomer[]): number[] {
  return ctx.sqlite.transaction(() => batch.map((c) => createCustomer(ctx.db, c.fields, c.createdAt).id))();
}

export const customersStep = {
  name: 'customers',
  run(ctx: SeedContext) {
    const started = performance.now();
    const insert = ctx.mode === 'api' ? insertCustomersApi : insertCustomersBulk;
    let batch: SeedCustomer[] = [];
    const flush = () => {
      ctx.customerIds.push(...insert(ctx, batch));
      batch = [];
      const ms = performance.now() - started;
      ctx.log(`customers: ${ctx.customerIds.length} (${Math.round((ctx.customerIds.length / ms) * 1000)} rows/s)`);
    };
    const deferred = deferIndexes(ctx.sqlite, ['customers', 'customer_phones', 'customer_name_grams'], ['customers']);
    const gen = generateCustomers({ count: ctx.counts.customers, seed: ctx.seed, ...ctx.range });
    for (const customer of gen) {
      batch.push(customer);
      if (batch.length === BATCH) flush();
    }
    if (batch.length > 0) flush();
    buildWhenWorkersRun(ctx, 'customers', deferred);
    return { rows: ctx.counts.customers, ms: performance.now() - started };
  },
} satisfies SeedStep;
