import { intOption, parseCli, UsageError } from './cli';
import { DEFAULT_END } from './seed/customers';
import { seedDatabase } from './seed/main';
import type { SeedMode } from './seed/context';

/**
 * Fills a database with deterministic, realistic data for benchmarks and manual testing.
 *   tsx scripts/seed.ts --db <file> --customers 200000 --tickets 100000 --seed 42 [--mode bulk|api]
 *   tsx scripts/seed.ts --db <file> --years 10 --tickets-per-day 300          (≈ 1.1M tickets)
 * Data runs over the `--years` (default 10) ending 2025-12-31. --tickets-per-day sets the ticket
 * count from the span, and then --customers defaults to one customer per 5 tickets.
 * An existing file is added to (ids continue); use a new file for a reproducible database.
 */
const USAGE = `usage: npm run seed -- --db <file> [options]
  --db <file>              the database to fill (a new file gives a reproducible one)
  --tickets-per-day <N>    tickets for each day of the span (300 gives ≈ 1.1M over 10 years)
  --tickets <N>            or a number of tickets in all (default 0)
  --customers <N>          customers (default: one per 5 tickets with --tickets-per-day, else 10000)
  --years <N>              the span, ending 2025-12-31 (default 10)
  --seed <N>               the random seed (default 42)
  --mode bulk|api          bulk writes rows directly (default); api goes through the app's queries
  --no-workers             generate tickets on this thread only`;

const cli = parseCli(USAGE, {
  db: { type: 'string' },
  customers: { type: 'string' },
  tickets: { type: 'string', default: '0' },
  years: { type: 'string', default: '10' },
  'tickets-per-day': { type: 'string' },
  seed: { type: 'string', default: '42' },
  mode: { type: 'string', default: 'bulk' },
  workers: { type: 'boolean', default: true },
});
const { values } = cli;

const DAY = 86_400_000;
const settings = cli.check(() => {
  if (!values.db) throw new UsageError('--db is required');
  if (values.mode !== 'bulk' && values.mode !== 'api') throw new UsageError('--mode must be bulk or api');
  const mode: SeedMode = values.mode;
  const years = intOption('years', values.years, 1);
  const days = Math.round(years * 365.25);
  const perDay = values['tickets-per-day'];
  const tickets = perDay === undefined ? intOption('tickets', values.tickets) : intOption('tickets-per-day', perDay) * days;
  const customers =
    values.customers === undefined
      ? perDay === undefined
        ? 10_000
        : Math.ceil(tickets / 5)
      : intOption('customers', values.customers);
  return { db: values.db, mode, years, tickets, customers, seed: intOption('seed', values.seed) };
});
const { years, tickets, customers, mode } = settings;

const report = seedDatabase({
  file: settings.db,
  seed: settings.seed,
  counts: { customers, tickets },
  range: { start: Math.round(DEFAULT_END - years * 365.25 * DAY), end: DEFAULT_END },
  mode,
  workers: values.workers,
  log: (m) => process.stdout.write(`\r${m}`.padEnd(60)),
});
process.stdout.write('\n');
for (const step of report.steps) {
  const rate = step.ms > 0 ? Math.round((step.rows / step.ms) * 1000) : 0;
  console.log(`${step.name}: ${step.rows} rows in ${(step.ms / 1000).toFixed(1)} s (${rate} rows/s)`);
}
console.log(`total ${(report.totalMs / 1000).toFixed(1)} s → ${settings.db}`);
