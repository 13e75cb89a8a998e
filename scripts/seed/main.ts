import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../db/open';
import { DEFAULT_END, DEFAULT_START } from './customers';
import { customersStep } from './customers-step';
import { productsStep } from './products-step';
import { ticketsStep } from './tickets-step';
import type { SeedContext, SeedCounts, SeedMode, SeedStep, StepResult } from './context';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../db/migrations', import.meta.url));

/** Every generator, in dependency order. Later features append theirs (parts, payments, …). */
export const STEPS: readonly SeedStep[] = [customersStep, productsStep, ticketsStep];

export interface SeedOptions {
  file: string;
  seed: number;
  counts: SeedCounts;
  mode?: SeedMode;
  range?: { start: number; end: number };
  log?: (message: string) => void;
}

export interface SeedReport {
  steps: (StepResult & { name: string })[];
  totalMs: number;
}

/**
 * Creates (or adds to) a database with generated data. The file is opened and migrated exactly
 * as the app does; during the load fsync is off (a generated file is thrown away if the machine
 * dies), and the WAL is checkpointed at the end so the result is one self-contained file.
 */
export function seedDatabase(options: SeedOptions): SeedReport {
  const opened = openDatabase({ file: options.file, migrationsFolder: MIGRATIONS_FOLDER, integrityCheck: false });
  const { db, sqlite } = opened;
  const log = options.log ?? (() => {});
  const started = performance.now();
  try {
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
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
    };
    const steps: SeedReport['steps'] = [];
    for (const step of STEPS) steps.push({ name: step.name, ...step.run(ctx) });
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { steps, totalMs: performance.now() - started };
  } finally {
    sqlite.close();
  }
}
