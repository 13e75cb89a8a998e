import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_PARTS, runBench, type BenchPart } from './bench/main';
import { formatReport, writeJson } from './bench/report';

/**
 * Search, list, repair-ticket and form benchmark on generated data (see bench-results/README.md, docs/search.md).
 *   node_modules/.bin/tsx scripts/bench.ts [--customers 200000] [--tickets 100000] [--seed 42] [--json bench-results/latest.json]
 *   node_modules/.bin/tsx scripts/bench.ts --db /tmp/big.sqlite [--no-renderer] [--only figures,global]   (a file from `npm run seed`, reused as is)
 */
const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '200000' },
    tickets: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '42' },
    json: { type: 'string' },
    cache: { type: 'string', default: join('.cache', 'bench') },
    db: { type: 'string' },
    renderer: { type: 'boolean', default: true },
    only: { type: 'string' },
  },
  allowNegative: true,
});

const int = (name: string, raw: string | undefined, min = 1): number => {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${raw}`);
  return n;
};

const only = values.only?.split(',').map((p) => p.trim());
const unknown = only?.filter((p) => !(BENCH_PARTS as readonly string[]).includes(p));
if (unknown?.length) throw new Error(`--only: unknown part(s) ${unknown.join(', ')}; parts: ${BENCH_PARTS.join(', ')}`);

const report = await runBench({
  ...(only ? { only: only as BenchPart[] } : {}),
  customers: int('customers', values.customers),
  tickets: int('tickets', values.tickets, 0),
  seed: int('seed', values.seed),
  cacheDir: values.cache,
  ...(values.db ? { db: values.db } : {}),
  workers: true,
  renderer: values.renderer,
  command: ['node_modules/.bin/tsx', 'scripts/bench.ts', ...process.argv.slice(2)].join(' '),
  log: (m) => process.stderr.write(`${m}\n`),
});
console.log(formatReport(report));
if (values.json) {
  writeJson(values.json, report);
  console.log(`\nwritten to ${values.json}`);
}
