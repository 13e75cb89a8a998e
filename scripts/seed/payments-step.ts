import type { SeedContext, SeedStep } from './context';
import { paymentsApi } from './payments-api';
import { canBulk, paymentsBulk } from './payments-bulk';
import { paymentStaff, planIssues } from './payments-plan';
import { Random } from './random';

/*
 * Payments for the generated tickets, in time order so every series stays contiguous per year: a
 * deposit at intake for some, the balance of the approved quote at pickup split across every
 * method, a few voids (by the owner) and refunds (credit notes), each chained (SHA-256), and a day
 * close for every past day with receipts. --mode api goes through the app's queries
 * (payments-api.ts, ~2 ms a receipt); bulk (payments-bulk.ts) writes the same rows in memory-kept
 * order, and falls back to api on a file that already has documents (numbers and the chain
 * continue from what is there, which the bulk path does not read).
 */

export const paymentsStep = {
  name: 'payments',
  run(ctx: SeedContext) {
    const started = performance.now();
    const staff = paymentStaff(ctx);
    if (!staff) return { rows: 0, ms: performance.now() - started };
    const rnd = new Random(ctx.seed, 'payments');
    const issues = planIssues(ctx, rnd);
    const bulk = ctx.mode === 'bulk' && canBulk(ctx);
    if (ctx.mode === 'bulk' && !bulk) ctx.log('payments: the file already has documents, adding them one by one');
    const rows = bulk ? paymentsBulk(ctx, rnd, issues, staff) : paymentsApi(ctx, rnd, issues, staff);
    return { rows, ms: performance.now() - started };
  },
} satisfies SeedStep;
