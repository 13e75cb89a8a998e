import { existsSync, statSync } from 'node:fs';
import { openDatabase } from '../../db/open';
import { writeCleanMarker } from '../../db/clean-shutdown';
import { quickCheck } from '../../db/integrity';
import { phoneOwners, searchCustomers } from '../../db/queries/customers';
import type { Customer } from '../../shared/schemas/customer';
import { cleanPhone, phoneDigits, reverseDigits } from '../../shared/text/phone';
import { foldForSearch } from '../../shared/text/fold';
import { generateCustomers, type SeedCustomer } from '../seed/customers';
import { MIGRATIONS_FOLDER } from '../seed/main';
import { opResult, type BenchEnv, type OpResult } from './env';
import { measureAsync, measureSync } from './measure';

/** New customers no one has yet: generated from another seed, dropping any phone already on file. */
function newCustomers(env: BenchEnv, count: number): SeedCustomer[] {
  const out: SeedCustomer[] = [];
  const taken = new Set<string>();
  const gen = generateCustomers({ count: count * 2, seed: env.seed + 7919, start: 0, end: 1 });
  for (const c of gen) {
    if (out.length === count) break;
    const digits = c.fields.phones.map((p) => phoneDigits(p.number));
    if (digits.some((d) => taken.has(d)) || c.fields.phones.some((p) => phoneOwners(env.db, p.number).length > 0)) continue;
    digits.forEach((d) => taken.add(d));
    out.push(c);
  }
  return out;
}

/**
 * customers.create through the dispatcher: zod validation, the duplicate-phone check, the insert
 * with its search rows, the audit entry, one IMMEDIATE transaction and its fsync (synchronous=FULL).
 */
export async function benchCreate(env: BenchEnv): Promise<OpResult> {
  const runs = env.fast.runs > 200 ? 200 : env.fast.runs;
  const inputs = newCustomers(env, (runs + env.fast.warmup) * 2);
  const half = inputs.length / 2;
  const created: Customer[] = [];
  const stats = await measureAsync(
    async (i) => {
      const result = await env.dispatch('customers.create', { ...inputs[i]!.fields, allowDuplicatePhone: false });
      if (!result.ok) throw new Error(`customers.create failed: ${result.error.code} ${result.error.message}`);
      created.push(result.value as Customer);
    },
    { runs, warmup: env.fast.warmup },
  );
  // Each new customer must be findable at once by its phone and by its name.
  for (const c of created) {
    const byPhone = searchCustomers(env.db, c.phones[0]!.number, 8);
    if (!byPhone.some((r) => r.id === c.id && r.matchedBy === 'phone'))
      throw new Error(`new customer #${c.id} not found by phone`);
    const byName = searchCustomers(env.db, c.name, 8);
    if (!byName.some((r) => r.id === c.id)) throw new Error(`new customer #${c.id} "${c.name}" not found by name`);
  }
  // Baseline: the bare INSERTs in a transaction — no validation, duplicate check, grams or audit.
  const insertCustomer = env.sqlite.prepare(
    `INSERT INTO customers(name, name_fold, email, address, notes, consent_to_contact, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPhone = env.sqlite.prepare(
    'INSERT INTO customer_phones(customer_id, position, number, label, digits_rev) VALUES (?, ?, ?, ?, ?)',
  );
  const bare = env.sqlite.transaction((c: SeedCustomer) => {
    const f = c.fields;
    const now = Date.now();
    const id = insertCustomer.run(
      f.name,
      foldForSearch(f.name),
      f.email,
      f.address,
      f.notes,
      f.consentToContact ? 1 : 0,
      now,
      now,
    ).lastInsertRowid;
    f.phones.forEach((p, i) => insertPhone.run(id, i, cleanPhone(p.number), p.label, reverseDigits(phoneDigits(p.number))));
  });
  const baseline = measureSync((i) => bare.immediate(inputs[half + (i % half)]!), { runs, warmup: env.fast.warmup });
  env.log(`customers.create: p50 ${stats.p50.toFixed(3)} ms`);
  return opResult(
    'customers.create (dispatcher, 1 transaction)',
    env.size,
    'zod + duplicate check + insert + grams + FTS trigger + audit, fsync',
    stats,
    {
      label: 'bare INSERTs in a transaction',
      stats: baseline,
    },
  );
}

/**
 * Start-up as the app does it after a clean shutdown: the clean-shutdown marker matches, so the
 * file is opened and migrated before the window without quick_check (db/clean-shutdown.ts); the
 * close leaves the marker again (its cost is in the figure). After a crash quick_check runs
 * before the first write instead: it grows with the file (~6 ms per MiB), so it gets fewer runs.
 */
export function benchStartup(env: BenchEnv, file: string): OpResult[] {
  writeCleanMarker(file);
  const open = () => {
    const opened = openDatabase({
      file,
      migrationsFolder: MIGRATIONS_FOLDER,
      appVersion: 'bench',
      integrityCheck: 'after-unclean-shutdown',
    });
    if (opened.checked !== 'clean-shutdown') throw new Error(`start-up bench: the file was checked (${opened.checked})`);
    opened.sqlite.close();
    writeCleanMarker(file);
  };
  const o = { ...env.slow, runs: Math.min(env.slow.runs, 15), warmup: 2 };
  const stats = measureSync(open, o);
  const check = measureSync(() => quickCheck(file), { ...o, runs: 5, warmup: 1, minRuns: 3 });
  env.log(`start-up: p50 ${stats.p50.toFixed(1)} ms, quick_check p50 ${check.p50.toFixed(0)} ms`);
  return [
    opResult('start-up: open + migrate (before the window)', env.size, 'openDatabase (db/open.ts) after a clean shutdown', stats),
    opResult('start-up: quick_check after a crash (before the first write)', env.size, 'quickCheck (db/integrity.ts)', check),
  ];
}

export interface FileSize {
  /** The generated file as the seed left it (checkpointed, no free pages). */
  bytes: number;
  walBytes: number;
  pageSize: number;
  freePages: number;
  /** Bytes per table / index (dbstat), largest first. */
  objects: { name: string; bytes: number }[];
}

export function fileSize(env: BenchEnv, file: string): FileSize {
  const wal = `${file}-wal`;
  const walBytes = existsSync(wal) ? statSync(wal).size : 0;
  let objects: FileSize['objects'];
  try {
    objects = env.sqlite
      .prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
      .all() as FileSize['objects'];
  } catch {
    objects = []; // dbstat not compiled in
  }
  const pageSize = env.sqlite.pragma('page_size', { simple: true }) as number;
  const freePages = env.sqlite.pragma('freelist_count', { simple: true }) as number;
  return { bytes: statSync(file).size, walBytes, pageSize, freePages, objects };
}
