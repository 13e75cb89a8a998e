import type Database from 'better-sqlite3';
import type { AppDb } from '../../db/client';
import type { Dispatch } from '../../electron/backend/dispatcher';
import type { MeasureOptions, Stats } from './measure';
import type { Pools } from './pools';

/** What the operations are measured against. */
export interface BenchEnv {
  db: AppDb;
  sqlite: Database.Database;
  dispatch: Dispatch;
  /** Customers in the database. */
  size: number;
  /** Repair tickets in the database. */
  tickets: number;
  /** The handlers' clock, fixed for the run, so flags ("overdue") are the same for checks and timings. */
  now: number;
  seed: number;
  pools: Pools;
  /** Fast operations (the code under test). */
  fast: MeasureOptions;
  /** Slow ones (full-scan baselines, start-up). */
  slow: MeasureOptions;
  log: (message: string) => void;
}

export interface OpResult {
  operation: string;
  size: number;
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  /** What the baseline is, e.g. "LIKE '%x%' full scan". */
  baseline: string | null;
  baselineP50: number | null;
  /** baselineP50 / p50: how many times faster than the naive way. */
  ratio: number | null;
  /** The measured code path (for the reader). */
  path: string;
}

export interface AltResult {
  operation: string;
  alternative: string;
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  /** p50 of the current implementation of the same operation. */
  currentP50: number;
  /** alternative p50 / current p50: above 1 means the alternative is slower. */
  ratio: number;
}

export function opResult(
  operation: string,
  size: number,
  path: string,
  s: Stats,
  baseline?: { label: string; stats: Stats },
): OpResult {
  return {
    operation,
    size,
    runs: s.runs,
    p50: s.p50,
    p95: s.p95,
    p99: s.p99,
    baseline: baseline?.label ?? null,
    baselineP50: baseline?.stats.p50 ?? null,
    ratio: baseline ? baseline.stats.p50 / s.p50 : null,
    path,
  };
}

/** Cycles through a pool: run i uses item i mod n. */
export function cycle<T>(pool: readonly T[]): (i: number) => T {
  if (pool.length === 0) throw new Error('empty query pool: the data has nothing to draw it from');
  return (i) => pool[i % pool.length]!;
}
