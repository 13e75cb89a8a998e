import type { GlobalSearchResult } from '../../shared/schemas/search';
import { Random } from '../seed/random';
import { cycle, opResult, type BenchEnv, type OpResult } from './env';
import { measureAsync, measureSync, verify } from './measure';

/*
 * The one search box (search.global) for each kind of thing typed into it, measured through the
 * dispatcher as the UI calls it: every group (customers, products, cards, tickets, receipts) is
 * searched for every query, so these are the numbers staff wait for. The baseline is the naive
 * way to find the same thing: LIKE '%x%' over the one table that holds it, with no index.
 */

interface Kind {
  operation: string;
  /** Draws a query known to match (from the data), or undefined to try again. */
  draw: (env: BenchEnv, rng: Random) => string | undefined;
  /** The group that must hold a match. */
  found: (q: string, r: GlobalSearchResult) => boolean;
  baseline: { label: string; sql: string; param: (q: string) => string };
  path: string;
}

const POOL = 40;

function randomRow<T>(env: BenchEnv, table: string, columns: string, rng: Random): T | undefined {
  const max = env.sqlite.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number | null;
  if (!max) return undefined;
  return env.sqlite.prepare(`SELECT ${columns} FROM ${table} WHERE id = ?`).get(rng.int(1, max)) as T | undefined;
}

const KINDS: readonly Kind[] = [
  {
    operation: 'search.global: 2-char Chinese name',
    draw: (env, rng) => {
      const r = randomRow<{ name_fold: string }>(env, 'customers', 'name_fold', rng);
      const chars = r ? [...r.name_fold] : [];
      return chars.length === 3 && /\p{Script=Han}/u.test(chars[1]!) ? chars.slice(1).join('') : undefined;
    },
    found: (q, r) => r.customers.length > 0,
    baseline: {
      label: "customers name_fold LIKE '%x%' scan",
      sql: 'SELECT id FROM customers NOT INDEXED WHERE name_fold LIKE ? LIMIT 8',
      param: (q) => `%${q}%`,
    },
    path: 'customer_name_grams + the other groups',
  },
  {
    operation: 'search.global: 3-char name',
    draw: (env, rng) => {
      const r = randomRow<{ name_fold: string }>(env, 'customers', 'name_fold', rng);
      return r && [...r.name_fold].length >= 3 ? [...r.name_fold].slice(0, 3).join('') : undefined;
    },
    found: (q, r) => r.customers.length > 0,
    baseline: {
      label: "customers name_fold LIKE '%x%' scan",
      sql: 'SELECT id FROM customers NOT INDEXED WHERE name_fold LIKE ? LIMIT 8',
      param: (q) => `%${q}%`,
    },
    path: 'customers_fts trigram + the other groups',
  },
  {
    operation: 'search.global: phone tail, 4 digits',
    draw: (env, rng) => randomRow<{ number: string }>(env, 'customer_phones', 'number', rng)?.number.replace(/\D/g, '').slice(-4),
    found: (q, r) => r.customers.length > 0,
    baseline: {
      label: "customer_phones number LIKE '%x' scan",
      sql: 'SELECT customer_id FROM customer_phones NOT INDEXED WHERE number LIKE ? LIMIT 8',
      param: (q) => `%${q}`,
    },
    path: 'customer_phones_digits_rev_idx range + the other groups',
  },
  {
    operation: 'search.global: serial substring (6 chars)',
    draw: (env, rng) => {
      const s = randomRow<{ serial: string }>(env, 'products', 'serial', rng)?.serial;
      if (!s || s.length < 8) return undefined;
      const at = rng.int(1, s.length - 6);
      return s.slice(at, at + 6);
    },
    found: (q, r) => r.products.some((p) => p.serial.toUpperCase().includes(q.toUpperCase())),
    baseline: {
      label: "products serial LIKE '%x%' scan",
      sql: 'SELECT id FROM products NOT INDEXED WHERE serial LIKE ? LIMIT 8',
      param: (q) => `%${q}%`,
    },
    path: 'products_fts trigram + the other groups',
  },
  {
    operation: 'search.global: ticket no., last 6 digits',
    draw: (env, rng) => randomRow<{ ticket_no: string }>(env, 'tickets', 'ticket_no', rng)?.ticket_no.slice(-6),
    found: (q, r) => r.tickets.some((t) => t.ticketNo.endsWith(q)),
    baseline: {
      label: "tickets ticket_no LIKE '%x' scan",
      sql: 'SELECT id FROM tickets NOT INDEXED WHERE ticket_no LIKE ? LIMIT 8',
      param: (q) => `%${q}`,
    },
    path: 'tickets_no_rev_idx range + the other groups',
  },
  {
    operation: 'search.global: warranty card no.',
    draw: (env, rng) => randomRow<{ card_no: string }>(env, 'warranty_cards', 'card_no', rng)?.card_no,
    found: (q, r) => r.cards.some((c) => c.cardNo === q),
    baseline: {
      label: "warranty_cards card_no LIKE '%x%' scan",
      sql: 'SELECT id FROM warranty_cards NOT INDEXED WHERE card_no LIKE ? LIMIT 8',
      param: (q) => `%${q}%`,
    },
    path: 'warranty_cards card number index + the other groups',
  },
];

export async function benchGlobalSearch(env: BenchEnv): Promise<OpResult[]> {
  const out: OpResult[] = [];
  const search = async (q: string) => {
    const r = await env.dispatch('search.global', { q, limit: 8 });
    if (!r.ok) throw new Error(`search.global failed: ${r.error.message}`);
    return r.value as GlobalSearchResult;
  };
  for (const kind of KINDS) {
    const rng = new Random(env.seed, `bench-global:${kind.operation}`);
    const pool = new Set<string>();
    for (let tries = 0; pool.size < POOL && tries < POOL * 200; tries++) {
      const q = kind.draw(env, rng);
      if (q) pool.add(q);
    }
    if (pool.size === 0) {
      env.log(`${kind.operation}: nothing in the data to search for (skipped)`);
      continue;
    }
    const queries = [...pool];
    const results = new Map<string, GlobalSearchResult>();
    for (const q of queries) results.set(q, await search(q));
    verify(kind.operation, queries, (q) => (kind.found(q, results.get(q)!) ? [] : [`${q}: not found`]));
    const next = cycle(queries);
    const stats = await measureAsync((i) => search(next(i)), env.fast);
    const naive = env.sqlite.prepare(kind.baseline.sql).pluck();
    const baseline = measureSync((i) => naive.all(kind.baseline.param(next(i))), env.slow);
    env.log(`${kind.operation}: p50 ${stats.p50.toFixed(3)} ms`);
    out.push(opResult(kind.operation, env.tickets, kind.path, stats, { label: kind.baseline.label, stats: baseline }));
  }
  return out;
}
