import { join } from 'node:path';
import { intOption, parseCli, UsageError } from './cli';
import { BENCH_PARTS, runBench, type BenchPart } from './bench/main';
import { formatReport, writeJson } from './bench/report';

/**
 * Search, list, repair-ticket and form benchmark on generated data (see bench-results/README.md, docs/search.md).
 *   node_modules/.bin/tsx scripts/bench.ts [--customers 200000] [--tickets 100000] [--seed 42] [--json bench-results/latest.json]
 *   node_modules/.bin/tsx scripts/bench.ts --db /tmp/big.sqlite [--no-renderer] [--only figures,global]   (a file from `npm run seed`, reused as is)
 */
const USAGE = `usage: npm run bench -- [options]
  --db <file>          bench a file made by \`npm run seed\`, as it is (otherwise one is generated and cached)
  --customers <N>      customers to generate (default 200000)
  --tickets <N>        tickets to generate (default 100000)
  --seed <N>           the random seed (default 42)
  --cache <dir>        where generated files are kept (default .cache/bench)
  --json <file>        also write the results as JSON, to compare runs
  --only <parts>       some parts only, comma-separated: ${BENCH_PARTS.join(', ')}
  --no-renderer        leave out the Chromium measurements`;

const cli = parseCli(USAGE, {
  customers: { type: 'string', default: '200000' },
  tickets: { type: 'string', default: '100000' },
  seed: { type: 'string', default: '42' },
  json: { type: 'string' },
  cache: { type: 'string', default: join('.cache', 'bench') },
  db: { type: 'string' },
  renderer: { type: 'boolean', default: true },
  only: { type: 'string' },
});
const { values } = cli;

const settings = cli.check(() => {
  const only = values.only?.split(',').map((p) => p.trim());
  const unknown = only?.filter((p) => !(BENCH_PARTS as readonly string[]).includes(p));
  if (unknown?.length) throw new UsageError(`--only: unknown part(s) ${unknown.join(', ')}`);
  return {
    only: only as BenchPart[] | undefined,
    customers: intOption('customers', values.customers, 1),
    tickets: intOption('tickets', values.tickets),
    seed: intOption('seed', values.seed, 1),
  };
});

const report = await runBench({
  ...(settings.only ? { only: settings.only } : {}),
  customers: settings.customers,
  tickets: settings.tickets,
  seed: settings.seed,
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
