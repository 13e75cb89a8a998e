import { parseArgs } from 'node:util';
import { seedDatabase } from './seed/main';
import type { SeedMode } from './seed/context';

/**
 * Fills a database with deterministic, realistic data for benchmarks and manual testing.
 *   node_modules/.bin/tsx scripts/seed.ts --db <file> --customers 200000 --tickets 100000 --seed 42 [--mode bulk|api]
 * An existing file is added to (ids continue); use a new file for a reproducible database.
 */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    customers: { type: 'string', default: '10000' },
    tickets: { type: 'string', default: '0' },
    seed: { type: 'string', default: '42' },
    mode: { type: 'string', default: 'bulk' },
  },
});

function intOption(name: string, raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${raw}`);
  return n;
}

if (!values.db) {
  console.error('usage: tsx scripts/seed.ts --db <file> [--customers N] [--tickets N] [--seed N] [--mode bulk|api]');
  process.exit(2);
}
if (values.mode !== 'bulk' && values.mode !== 'api') throw new Error('--mode must be bulk or api');
const mode: SeedMode = values.mode;
const report = seedDatabase({
  file: values.db,
  seed: intOption('seed', values.seed),
  counts: { customers: intOption('customers', values.customers), tickets: intOption('tickets', values.tickets) },
  mode,
  log: (m) => process.stdout.write(`\r${m}   `),
});
process.stdout.write('\n');
for (const step of report.steps) {
  const rate = step.ms > 0 ? Math.round((step.rows / step.ms) * 1000) : 0;
  console.log(`${step.name}: ${step.rows} rows in ${(step.ms / 1000).toFixed(1)} s (${rate} rows/s)`);
}
console.log(`total ${(report.totalMs / 1000).toFixed(1)} s → ${values.db}`);
