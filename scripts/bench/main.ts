import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchScreens } from './screens';
import { createCore } from '../../electron/backend/core';
import { silentLogger } from '../../electron/backend/context';
import { MIGRATIONS_FOLDER } from '../seed/main';
import { benchAlternatives } from './alternatives';
import { benchDatabase } from './database';
import type { BenchEnv, OpResult } from './env';
import { benchList } from './list';
import type { MeasureOptions } from './measure';
import { drawPools } from './pools';
import { machine, type BenchReport } from './report';
import { benchSearch } from './search';
import { benchRenderer } from './renderer';
import { benchCreate, benchStartup, fileSize } from './write';
import { benchTicketList } from './tickets-list';
import { benchForms, benchIntake, benchQuoteTotals } from './tickets-write';
import { benchAssessment, benchFigures } from './figures';
import { benchReceipts } from './receipts';
import { benchGlobalSearch } from './global-search';

export interface BenchOptions {
  customers: number;
  /** Repair tickets generated (with their products, staff, quotes, pickups). */
  tickets: number;
  seed: number;
  cacheDir: string;
  command: string;
  /** Timed runs for fast operations; slow ones (full scans, start-up) stop at a time budget. */
  fast?: MeasureOptions;
  slow?: MeasureOptions;
  log?: (message: string) => void;
  /** An existing generated file to reuse (or to generate into), instead of the cache. */
  db?: string;
  /** Generate in a worker thread (the CLI). */
  workers?: boolean;
  /** Also measure the renderer in Chromium (default true; tests turn it off). */
  renderer?: boolean;
  /** Only these parts (see BENCH_PARTS); all when absent. */
  only?: readonly BenchPart[];
}

/** The parts of a run, for `--only` while working on one of them. */
export const BENCH_PARTS = [
  'search',
  'lists',
  'renderer',
  'create',
  'global',
  'tickets',
  'screens',
  'figures',
  'assessment',
  'quotes',
  'forms',
  'receipts',
  'intake',
  'startup',
] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export const DEFAULT_FAST: MeasureOptions = { runs: 400, warmup: 20 };
export const DEFAULT_SLOW: MeasureOptions = { runs: 100, warmup: 3, budgetMs: 3000, minRuns: 20 };

/**
 * Builds or reuses the data, then measures every operation against a copy of it. Any failed
 * correctness check throws: a broken query is never reported as a fast one.
 */
export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const log = o.log ?? (() => {});
  const loadBefore = loadavg()[0] ?? 0;
  const data = benchDatabase({
    customers: o.customers,
    tickets: o.tickets,
    seed: o.seed,
    cacheDir: o.cacheDir,
    log,
    ...(o.db ? { file: o.db } : {}),
    workers: o.workers ?? false,
  });
  // The handlers' clock stands still during the run: "overdue" means the same for a check and its timing.
  const now = Date.now();
  try {
    const core = createCore({
      file: data.work,
      migrationsFolder: MIGRATIONS_FOLDER,
      version: 'bench',
      // Fonts are only read when a PDF is printed; the preview uses the same folder.
      fontsDir: fileURLToPath(new URL('../../node_modules', import.meta.url)),
      transport: 'preview',
      // A working copy without a clean-shutdown marker would be checked in full (15–100 s on a
      // 10-year file) before the first measurement; the start-up part times both kinds of start.
      integrityCheck: 'never',
      log: silentLogger,
      system: { language: 'zh-Hans', timeZone: 'Asia/Shanghai' },
      now: () => now,
    });
    const { db, sqlite } = core.opened;
    const size = sqlite.prepare('SELECT count(*) FROM customers').pluck().get() as number;
    const env: BenchEnv = {
      db,
      sqlite,
      dispatch: core.dispatch,
      size,
      tickets: sqlite.prepare('SELECT count(*) FROM tickets').pluck().get() as number,
      now,
      seed: o.seed,
      pools: drawPools(sqlite, o.seed),
      fast: o.fast ?? DEFAULT_FAST,
      slow: o.slow ?? DEFAULT_SLOW,
      log,
    };
    const sqliteVersion = sqlite.prepare('SELECT sqlite_version()').pluck().get() as string;
    const file = fileSize(env, data.cached);
    const part = (name: BenchPart) => !o.only || o.only.includes(name);
    const results: OpResult[] = part('search') ? benchSearch(env) : [];
    if (part('lists')) results.push(...(await benchList(env)));
    const alternatives = part('search') ? benchAlternatives(env, results) : [];
    if (o.renderer !== false && part('renderer')) results.push(...(await benchRenderer(env)));
    if (part('create')) results.push(await benchCreate(env));
    if (env.tickets > 0) {
      if (part('global')) results.push(...(await benchGlobalSearch(env)));
      if (part('tickets')) results.push(...(await benchTicketList(env)));
      if (part('screens')) results.push(...(await benchScreens(env)));
      if (part('figures')) results.push(...benchFigures(env));
      if (part('assessment')) results.push(await benchAssessment(env));
      if (part('quotes')) results.push(benchQuoteTotals(env));
      if (part('forms')) results.push(...(await benchForms(env)));
      // After the queues: its saves (and the bare baseline's rows) would otherwise show in them.
      if (part('intake')) results.push(await benchIntake(env));
      // Last: verifying the whole document chain reads the whole file for minutes, which leaves
      // the caches and the heap unlike a counter's (an intake save measured after it: 5.8 ms p50,
      // alone: 3.1–3.2 ms, 2026-11-23 at 1.1M tickets).
      if (part('receipts')) results.push(...(await benchReceipts(env)));
    }
    core.close();
    if (part('startup')) {
      // Start-up on a fresh copy: the creates and the alternatives' index left pages behind.
      data.reset();
      results.push(...benchStartup(env, data.work));
    }
    return {
      date: new Date().toISOString(),
      command: o.command,
      customers: env.size,
      tickets: env.tickets,
      seed: o.seed,
      machine: machine(sqliteVersion, loadBefore),
      build: { cached: !data.built, ms: Math.round(data.buildMs) },
      results,
      alternatives,
      file,
    };
  } finally {
    data.remove();
  }
}
