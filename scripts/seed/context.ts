import type Database from 'better-sqlite3';
import type { AppDb } from '../../db/client';
import type { Deferred } from './deferred';
import type { SeedProduct } from './products-step';
import type { BootedWorkers } from './ticket-source';

/** How rows are written: through db/queries (the app's own code) or the bulk path (same rows, faster). */
export type SeedMode = 'api' | 'bulk';

/**
 * What every generator receives. Generators run in order (customers, then later products,
 * warranty cards, tickets, quotes, payments) and leave what the next ones need here.
 */
export interface SeedContext {
  db: AppDb;
  sqlite: Database.Database;
  seed: number;
  mode: SeedMode;
  counts: SeedCounts;
  /** created_at range for everything generated (ms since the epoch). */
  range: { start: number; end: number };
  /** Ids of the customers created, oldest first. */
  customerIds: number[];
  /** Staff (clerks, technicians, owner), in the order of catalog.ts STAFF. */
  staffIds: number[];
  /** Products generated for tickets, in id order. */
  products: SeedProduct[];
  log: (message: string) => void;
  /** Generate rows in worker threads while this one writes (the CLI); most tests generate in-thread. */
  workers: boolean;
  /** The ticket workers, started with the seed so they are ready when the tickets step begins. */
  bootedWorkers?: BootedWorkers;
  /** Index builds waiting for the ticket workers to start (deferred.ts, buildWhenWorkersRun). */
  postponed: { label: string; deferred: Deferred }[];
}

export interface SeedCounts {
  customers: number;
  /** Repair tickets (with products, staff, quotes, pickups); 0 or absent: none. */
  tickets?: number;
}

export interface StepResult {
  rows: number;
  ms: number;
}

export interface SeedStep {
  name: string;
  run(ctx: SeedContext): StepResult;
}
