/** Timing: warm-up runs first, then `runs` timed runs with process.hrtime.bigint (ms, float). */

export interface Stats {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface MeasureOptions {
  runs: number;
  warmup: number;
  /** Stop early once this much time was spent (slow baselines), but never below `minRuns`. */
  budgetMs?: number;
  minRuns?: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(durations: readonly number[]): Stats {
  const sorted = [...durations].sort((a, b) => a - b);
  return { runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

function enough(i: number, spentMs: number, o: MeasureOptions): boolean {
  if (i >= o.runs) return true;
  return o.budgetMs !== undefined && spentMs >= o.budgetMs && i >= (o.minRuns ?? 1);
}

/** `fn(i)` gets the run number, to vary its input (a different query string each run). */
export function measureSync(fn: (i: number) => unknown, o: MeasureOptions): Stats {
  for (let i = 0; i < o.warmup; i++) fn(i);
  const durations: number[] = [];
  let spent = 0;
  for (let i = 0; !enough(i, spent, o); i++) {
    const t0 = process.hrtime.bigint();
    fn(o.warmup + i);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    durations.push(ms);
    spent += ms;
  }
  return summarize(durations);
}

export async function measureAsync(fn: (i: number) => Promise<unknown>, o: MeasureOptions): Promise<Stats> {
  for (let i = 0; i < o.warmup; i++) await fn(i);
  const durations: number[] = [];
  let spent = 0;
  for (let i = 0; !enough(i, spent, o); i++) {
    const t0 = process.hrtime.bigint();
    await fn(o.warmup + i);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    durations.push(ms);
    spent += ms;
  }
  return summarize(durations);
}

/** Runs `fn` once untimed with each input and throws on the first failed check. */
export function verify<T>(label: string, inputs: readonly T[], check: (input: T) => string[]): void {
  for (const input of inputs) {
    const problems = check(input);
    if (problems.length > 0) {
      throw new Error(`check failed for ${label} (${JSON.stringify(input)}):\n  ${problems.slice(0, 5).join('\n  ')}`);
    }
  }
}
