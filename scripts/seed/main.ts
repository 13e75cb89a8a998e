import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/open';
import { DEFAULT_END, DEFAULT_START } from './customers';
import { customersStep } from './customers-step';
import { productsStep } from './products-step';
import { cardsStep } from './cards';
import { ticketsStep } from './tickets-step';
import { paymentsStep } from './payments-step';
import { bootWorkers } from './ticket-source';
import { buildPostponed } from './deferred';
import type { SeedContext, SeedCounts, SeedMode, SeedStep, StepResult } from './context';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../db/migrations', import.meta.url));

/** Every generator, in dependency order. Later features append theirs (parts, payments, …). */
export const STEPS: readonly SeedStep[] = [customersStep, productsStep, cardsStep, ticketsStep, paymentsStep];

export interface SeedOptions {
  file: string;
  seed: number;
  counts: SeedCounts;
  mode?: SeedMode;
  range?: { start: number; end: number };
  log?: (message: string) => void;
  /** Generate tickets in worker threads while this one writes (the CLI does). Same rows either way. */
  workers?: boolean;
}

export interface SeedReport {
  steps: (StepResult & { name: string })[];
  totalMs: number;
}

/**
 * Creates (or adds to) a database with generated data. The file is opened and migrated exactly
 * as the app does; during the load journal and fsync are off (a generated file is thrown away if
 * the machine dies); at the end it is back in WAL mode, checkpointed, one self-contained file.
 */
export function seedDatabase(options: SeedOptions): SeedReport {
  const opened = openDatabase({ file: options.file, migrationsFolder: MIGRATIONS_FOLDER, integrityCheck: 'never' });
  const { db, sqlite } = opened;
  const log = options.log ?? (() => {});
  const started = performance.now();
  // The ticket workers load while the first steps run on this thread (they take seconds to start).
  const booted = options.workers && (options.counts.tickets ?? 0) > 0 ? bootWorkers() : undefined;
  try {
    // No journal, no fsync, no foreign-key lookups, one lock for the whole load: a generated file
    // that dies half-way is thrown away, and the generators write parents before children (the
    // tests run PRAGMA foreign_key_check on the result).
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('foreign_keys = OFF');
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.pragma('cache_size = -262144');
    // The deferred index builds sort millions of keys while the generator workers sit idle:
    // let SQLite's sorter use the other core (same index either way: the keys sort the same).
    sqlite.pragma('threads = 2');
    const ctx: SeedContext = {
      db,
      sqlite,
      seed: options.seed,
      mode: options.mode ?? 'bulk',
      counts: options.counts,
      range: options.range ?? { start: DEFAULT_START, end: DEFAULT_END },
      customerIds: [],
      staffIds: [],
      products: [],
      log,
      workers: options.workers ?? false,
      bootedWorkers: booted,
      postponed: [],
    };
    const steps: SeedReport['steps'] = [];
    for (const step of STEPS) steps.push({ name: step.name, ...step.run(ctx) });
    buildPostponed(ctx);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { steps, totalMs: performance.now() - started };
  } finally {
    booted?.close();
    sqlite.close();
  }
}
