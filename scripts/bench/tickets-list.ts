import { COUNT_CAP, ticketListNaiveSql } from '../../db/queries/ticket-list';
import { ticketListSchema, type TicketListInput } from '../../shared/schemas/ticket';
import type { TicketCounts, TicketPage } from '../../shared/schemas/ticket-types';
import type { GlobalSearchResult } from '../../shared/schemas/search';
import { Random } from '../seed/random';
import { addDays, addMonths } from '../../shared/warranty';
import { cycle, opResult, type BenchEnv, type OpResult } from './env';
import { measureAsync, measureSync, verify } from './measure';

/*
 * The queues at 100 000+ tickets, through the dispatcher as the tickets screen calls them. Each
 * case is checked against a naive reference first (the same filter on the table without its
 * indexes, or the same page by OFFSET), then timed against it.
 */

const PAGE = 100;

interface Case {
  input: TicketListInput;
  /** Rows before this page in the filtered list (deep pages). */
  offset: number;
}

interface Op {
  operation: string;
  path: string;
  baseline: string;
  cases: (env: BenchEnv) => Case[];
  /** OFFSET baseline (deep pages) instead of the unindexed scan. */
  offsetBaseline?: boolean;
}

const first = (inputs: TicketListInput[]): Case[] => inputs.map((input) => ({ input, offset: 0 }));
const ids = (env: BenchEnv, text: string, ...params: unknown[]) =>
  env.sqlite
    .prepare(text)
    .pluck()
    .all(...params) as number[];

const OPS: readonly Op[] = [
  {
    operation: 'tickets.list: first page, open (the counter queue)',
    path: 'status IN (…) + count',
    baseline: 'table scan, no index',
    cases: () => first([{ status: 'open' }]),
  },
  {
    operation: 'tickets.list: first page, all tickets',
    path: 'rowid order + count(*)',
    baseline: 'table scan, no index',
    cases: () => first([{}]),
  },
  {
    operation: 'tickets.list: deep page (~90% in)',
    path: 'keyset cursor (id < ?)',
    baseline: 'LIMIT 100 OFFSET n',
    offsetBaseline: true,
    cases: (env) => {
      const max = env.sqlite.prepare('SELECT max(id) FROM tickets').pluck().get() as number;
      const rng = new Random(env.seed, 'ticket-deep');
      return Array.from({ length: 20 }, () => {
        const cursor = rng.int(Math.floor(max * 0.05), Math.floor(max * 0.15));
        const offset = env.sqlite.prepare('SELECT count(*) FROM tickets WHERE id >= ?').pluck().get(cursor) as number;
        return { input: { cursor: String(cursor) }, offset };
      });
    },
  },
  {
    operation: 'tickets.list: filter status, first page',
    path: 'tickets_status_idx (status, id)',
    baseline: 'table scan, no index',
    cases: () =>
      first(['ready', 'in_repair', 'collected', 'quoted'].map((status) => ({ status: status as TicketListInput['status'] }))),
  },
  {
    operation: 'tickets.list: technician’s own queue (open, by promised date)',
    path: 'tickets_technician_open_idx (partial)',
    baseline: 'table scan, no index',
    cases: (env) =>
      first(
        ids(env, `SELECT id FROM staff WHERE role = 'technician'`).map((technicianId) => ({
          technicianId,
          status: 'open',
          sort: 'promised',
        })),
      ),
  },
  {
    operation: 'tickets.list: overdue, by promised date',
    path: 'tickets_status_promised_idx, one range per status',
    baseline: 'table scan, no index',
    cases: () => first([{ flag: 'overdue', sort: 'promised' }]),
  },
  {
    operation: 'tickets.list: uncollected (ready > 30 days)',
    path: 'tickets_status_since_idx',
    baseline: 'table scan, no index',
    cases: () => first([{ flag: 'uncollected' }]),
  },
  {
    operation: 'tickets.list: received in a month',
    path: 'tickets_intake_on_idx',
    baseline: 'table scan, no index',
    cases: (env) => {
      const months = env.sqlite
        .prepare(`SELECT DISTINCT substr(intake_on, 1, 7) FROM tickets ORDER BY 1`)
        .pluck()
        .all() as string[];
      const rng = new Random(env.seed, 'ticket-months');
      return first(
        Array.from({ length: 20 }, () => rng.pick(months)).map((m) => ({
          intakeFrom: `${m}-01`,
          intakeTo: addDays(addMonths(`${m}-01`, 1), -1),
        })),
      );
    },
  },
  {
    operation: 'tickets.list: a customer’s tickets (history)',
    path: 'tickets_customer_idx',
    baseline: 'table scan, no index',
    cases: (env) =>
      first(
        ids(env, 'SELECT customer_id FROM tickets ORDER BY (id * 7919) % 10007 LIMIT 40').map((customerId) => ({ customerId })),
      ),
  },
];

async function list(env: BenchEnv, input: TicketListInput): Promise<TicketPage> {
  const r = await env.dispatch('tickets.list', { ...input, limit: PAGE });
  if (!r.ok) throw new Error(`tickets.list failed: ${r.error.code} ${r.error.message}`);
  return r.value as TicketPage;
}

/** The reference page: the same filter without indexes (or, for deep pages, by OFFSET). */
function naive(env: BenchEnv, c: Case, offset: boolean): { ids: number[]; total: number } {
  const q = ticketListSchema.parse({ ...c.input, cursor: null, limit: PAGE });
  const { page, count } = ticketListNaiveSql(q, env.now, c.offset, offset);
  const ids = env.sqlite.prepare(page.text).pluck().all(page.params) as number[];
  const total = offset ? -1 : (env.sqlite.prepare(count.text).pluck().get(count.params) as number);
  return { ids, total };
}

export async function benchTicketList(env: BenchEnv): Promise<OpResult[]> {
  const results: OpResult[] = [];
  for (const op of OPS) {
    const cases = op.cases(env);
    const pages = new Map<Case, TicketPage>();
    for (const c of cases) pages.set(c, await list(env, c.input));
    verify(op.operation, cases, (c) => {
      const ref = naive(env, c, !!op.offsetBaseline);
      const page = pages.get(c)!;
      const got = page.items.map((i) => i.id).join(',');
      const problems = got === ref.ids.join(',') ? [] : [`ids [${got.slice(0, 80)}…] differ from the reference`];
      const filtered = Object.keys(c.input).length > 0;
      const expected = filtered ? Math.min(ref.total, COUNT_CAP) : ref.total;
      if (!op.offsetBaseline && (page.total !== expected || page.totalCapped !== (filtered && ref.total > COUNT_CAP)))
        problems.push(`total ${page.total}${page.totalCapped ? '+' : ''}, expected ${ref.total}`);
      return problems;
    });
    const next = cycle(cases);
    const stats = await measureAsync((i) => list(env, next(i).input), env.fast);
    const baseline = measureSync((i) => naive(env, next(i), !!op.offsetBaseline), env.slow);
    results.push(opResult(op.operation, env.tickets, op.path, stats, { label: op.baseline, stats: baseline }));
    env.log(`${op.operation}: p50 ${stats.p50.toFixed(3)} ms`);
  }
  results.push(await benchCounts(env), await benchTicketSearch(env));
  return results;
}

/** The home screen's counts: index ranges against the same counts on the bare table. */
async function benchCounts(env: BenchEnv): Promise<OpResult> {
  const counts = async () => {
    const r = await env.dispatch('tickets.counts', {});
    if (!r.ok) throw new Error(`tickets.counts failed: ${r.error.message}`);
    return r.value as TicketCounts;
  };
  const ready = () =>
    env.sqlite.prepare(`SELECT count(*) FROM tickets NOT INDEXED WHERE status = 'ready'`).pluck().get() as number;
  const got = await counts();
  if (got.readyForPickup !== ready()) throw new Error(`tickets.counts: ready ${got.readyForPickup}, expected ${ready()}`);
  const stats = await measureAsync(() => counts(), env.fast);
  const baseline = measureSync(() => {
    ready();
    env.sqlite.prepare(`SELECT count(*) FROM tickets NOT INDEXED WHERE status = 'quoted' AND status_at < ?`).pluck().get(env.now);
  }, env.slow);
  env.log(`tickets.counts: p50 ${stats.p50.toFixed(3)} ms`);
  return opResult('tickets.counts (home screen: 5 counts)', env.tickets, 'index ranges', stats, {
    label: '2 of the counts, table scan',
    stats: baseline,
  });
}

/** A scanned ticket QR code in the global search: the ticket comes back first, by its number. */
async function benchTicketSearch(env: BenchEnv): Promise<OpResult> {
  const numbers = env.sqlite
    .prepare('SELECT ticket_no FROM tickets ORDER BY (id * 7919) % 10007 LIMIT 40')
    .pluck()
    .all() as string[];
  const search = async (q: string) => {
    const r = await env.dispatch('search.global', { q, limit: 8 });
    if (!r.ok) throw new Error(`search.global failed: ${r.error.message}`);
    return r.value as GlobalSearchResult;
  };
  const found = new Map<string, GlobalSearchResult>();
  for (const n of numbers) found.set(n, await search(n));
  verify('search: ticket number', numbers, (n) => {
    const first = found.get(n)!.tickets[0];
    return first?.ticketNo === n && first.matchedBy === 'ticketNo' ? [] : [`${n}: first ticket ${first?.ticketNo ?? 'none'}`];
  });
  const next = cycle(numbers);
  const stats = await measureAsync((i) => search(next(i)), env.fast);
  const like = env.sqlite.prepare(`SELECT id FROM tickets NOT INDEXED WHERE ticket_no LIKE ? LIMIT 8`).pluck();
  const baseline = measureSync((i) => like.all(`%${next(i)}%`), env.slow);
  env.log(`search ticket no: p50 ${stats.p50.toFixed(3)} ms`);
  return opResult(
    'search.global: scanned ticket no. (whole search)',
    env.tickets,
    'ticket_no_fold unique index + the other groups',
    stats,
    {
      label: "ticket_no LIKE '%x%' scan only",
      stats: baseline,
    },
  );
}
