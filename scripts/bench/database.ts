import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDatabase } from '../seed/main';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * What the cached database depends on: the generator, the code it writes with, the migrations.
 * Any change to them gives a new key, so a stale file is never reused.
 */
export function dataVersion(): string {
  const inputs = [
    ...files(join(ROOT, 'scripts', 'seed')),
    join(ROOT, 'scripts', 'seed.ts'),
    join(ROOT, 'db', 'queries', 'customers.ts'),
    // The ticket generator writes what these rules decide.
    ...files(join(ROOT, 'shared', 'warranty')),
    ...files(join(ROOT, 'shared', 'tickets')),
    ...files(join(ROOT, 'shared', 'quotes')),
    ...files(join(ROOT, 'db', 'migrations')),
    join(ROOT, 'shared', 'text', 'fold.ts'),
    join(ROOT, 'shared', 'text', 'phone.ts'),
    join(ROOT, 'shared', 'search', 'query.ts'),
  ].sort();
  const hash = createHash('sha256');
  for (const f of inputs) hash.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 12);
}

export interface BenchDatabase {
  /** The cached, pristine file (never written by the bench). */
  cached: string;
  /** A copy the bench may write to (creates); removed by `remove()`. */
  work: string;
  built: boolean;
  buildMs: number;
  /** Replaces the working copy with a fresh copy of the cached file (close connections first). */
  reset(): void;
  remove(): void;
}

/**
 * The generated database for (customers, seed), built once under `cacheDir` and reused; the bench
 * works on a copy so creates never change the cached file.
 */
export function benchDatabase(opts: {
  customers: number;
  tickets: number;
  seed: number;
  cacheDir: string;
  log: (m: string) => void;
  /**
   * A file of your own (`--db`): reused as it is when it exists, whatever generator made it
   * (the bench reports the counts it finds), else generated there. Never written by the bench.
   */
  file?: string;
  /** Generate in a worker thread (the CLI; not under vitest). */
  workers?: boolean;
}): BenchDatabase {
  mkdirSync(opts.cacheDir, { recursive: true });
  const name = `customers-${opts.customers}-tickets-${opts.tickets}-seed-${opts.seed}`;
  const cached = opts.file ?? join(opts.cacheDir, `${name}-${dataVersion()}.sqlite`);
  let built = false;
  let buildMs = 0;
  if (opts.file && existsSync(opts.file)) {
    opts.log(`reusing ${opts.file}`);
  } else if (!existsSync(cached)) {
    // Files of an older generator / schema for the same size and seed are stale: drop them.
    const prefix = `${name}-`;
    if (!opts.file)
      for (const name of readdirSync(opts.cacheDir))
        if (name.startsWith(prefix)) rmSync(join(opts.cacheDir, name), { force: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    rmSync(tmp, { force: true });
    opts.log(`building ${relative(process.cwd(), cached)} …`);
    const report = seedDatabase({
      file: tmp,
      seed: opts.seed,
      counts: { customers: opts.customers, tickets: opts.tickets },
      mode: 'bulk',
      log: opts.log,
      workers: opts.workers ?? false,
    });
    for (const suffix of ['-wal', '-shm']) rmSync(`${tmp}${suffix}`, { force: true });
    renameSync(tmp, cached);
    built = true;
    buildMs = report.totalMs;
  }
  const work = join(opts.cacheDir, `work-${process.pid}.sqlite`);
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${work}${suffix}`, { force: true });
    rmSync(join(opts.cacheDir, 'backups'), { recursive: true, force: true });
  };
  const reset = () => {
    remove();
    copyFileSync(cached, work);
  };
  reset();
  return { cached, work, built, buildMs, reset, remove };
}
