import { clearFontCache } from '../../electron/backend/pdf';
import { computeQuoteTotals, type QuoteInput } from '../../shared/quotes';
import type { Ticket } from '../../shared/schemas/ticket-types';
import type { TicketForm } from '../../shared/schemas/ticket';
import type { PrintedDocument } from '../../shared/schemas/print';
import { CATALOG } from '../seed/catalog';
import { Random } from '../seed/random';
import { cycle, opResult, type BenchEnv, type OpResult } from './env';
import { measureAsync, measureSync, summarize, verify, type Stats } from './measure';

/*
 * Writes and forms at 100 000 tickets: the intake save through the dispatcher as the intake
 * screen makes it, the quote totals, and the three printed forms warm and cold.
 */

interface IntakeCase {
  customerId: number;
  productId: number;
  component: string;
}

function intakeCases(env: BenchEnv, count: number): IntakeCase[] {
  const rng = new Random(env.seed, 'bench-intake');
  const max = env.sqlite.prepare('SELECT max(id) FROM products').pluck().get() as number;
  const get = env.sqlite.prepare('SELECT id, customer_id, category FROM products WHERE id >= ? ORDER BY id LIMIT 1');
  return Array.from({ length: count }, () => {
    const p = get.get(rng.int(1, max)) as { id: number; customer_id: number; category: string };
    const spec = CATALOG.find((c) => c.code === p.category)!;
    return { customerId: p.customer_id, productId: p.id, component: rng.pick(spec.faults).component };
  });
}

/**
 * tickets.create through the dispatcher: zod, staff/customer/product checks, the product's
 * warranty context (card, policy, earlier repairs), the engine, the SLA promise, the number from
 * the series, the ticket, its assessment and first event, the audit entry: one IMMEDIATE
 * transaction and its fsync (synchronous=FULL).
 */
export async function benchIntake(env: BenchEnv): Promise<OpResult> {
  const staffId = env.sqlite.prepare(`SELECT id FROM staff WHERE role = 'staff' ORDER BY id LIMIT 1`).pluck().get() as number;
  const runs = Math.min(env.fast.runs, 200);
  const cases = intakeCases(env, runs + env.fast.warmup);
  const created: Ticket[] = [];
  const stats = await measureAsync(
    async (i) => {
      const c = cases[i]!;
      const r = await env.dispatch('tickets.create', {
        staffId,
        customerId: c.customerId,
        productId: c.productId,
        reportedFault: '开不了机',
        faults: [{ component: c.component, fault: 'no_power' }],
        accessories: ['charger'],
        condition: ['scratches'],
        passcode: '1234',
        // The seeded file's devices may have an open ticket: the bench measures the intake itself.
        allowOpenTicket: true,
      });
      if (!r.ok) throw new Error(`tickets.create failed: ${r.error.code} ${r.error.message}`);
      created.push(r.value as Ticket);
    },
    { runs, warmup: env.fast.warmup },
  );
  // Gap-free numbers in save order, each ticket assessed and findable by its number.
  verify('tickets.create', created.slice(1), (t) => {
    const previous = created[created.indexOf(t) - 1]!;
    const problems =
      Number(t.ticketNo.slice(-6)) === Number(previous.ticketNo.slice(-6)) + 1
        ? []
        : [`${t.ticketNo} after ${previous.ticketNo}`];
    if (t.assessments.length !== 1) problems.push(`${t.ticketNo}: ${t.assessments.length} assessments`);
    const found = env.sqlite.prepare('SELECT id FROM tickets WHERE ticket_no_fold = ?').pluck().get(t.ticketNo.replace('-', ''));
    if (found !== t.id) problems.push(`${t.ticketNo} not found by its number`);
    return problems;
  });
  const insert = env.sqlite.prepare(
    `INSERT INTO tickets(ticket_no, ticket_no_fold, ticket_no_rev, customer_id, product_id, channel, urgency, status, status_at,
       reported_fault, faults, accessories, condition, in_warranty, promised_date, promised_at, intake_at, intake_on, intake_staff_id, updated_at)
     VALUES (?, ?, ?, ?, ?, 'walk_in', 'normal', 'received', 0, '', '[]', '[]', '[]', 0, '2026-01-01', 0, 0, '2026-01-01', ?, 0)`,
  );
  const event = env.sqlite.prepare(
    `INSERT INTO ticket_events(ticket_id, at, staff_id, kind, to_status) VALUES (?, 0, ?, 'status', 'received')`,
  );
  const bare = env.sqlite.transaction((c: IntakeCase, n: number) => {
    const no = `BENCH${n}`;
    const id = insert.run(no, no, no, c.customerId, c.productId, staffId).lastInsertRowid;
    event.run(id, staffId);
  });
  let n = 0;
  const baseline = measureSync((i) => bare.immediate(cases[i % cases.length]!, n++), { runs, warmup: env.fast.warmup });
  env.log(`tickets.create: p50 ${stats.p50.toFixed(3)} ms`);
  return opResult(
    `tickets.create: intake save (dispatcher, 1 transaction)`,
    env.tickets,
    'validation + assessment + number + 3 rows + audit, fsync',
    stats,
    {
      label: 'bare ticket + event INSERTs in a transaction',
      stats: baseline,
    },
  );
}

/** A 20-line quote with free lines, a discount and tax added: what the quote editor recomputes per keystroke. */
export function benchQuoteTotals(env: BenchEnv): OpResult {
  const rng = new Random(env.seed, 'bench-quotes');
  const quotes: QuoteInput[] = Array.from({ length: 50 }, () => ({
    lines: Array.from({ length: 20 }, (_, i) => ({
      kind: i % 3 === 0 ? ('labour' as const) : ('part' as const),
      description: `line ${i}`,
      quantity: rng.int(1, 5) * 500,
      unitPrice: rng.int(100, 99_999),
      free: i % 7 === 0,
      freeReason: i % 7 === 0 ? 'in_warranty' : null,
    })),
    discount: { kind: 'percent', rateBp: rng.int(0, 2000) },
    tax: { mode: 'exclusive', rateBp: 1300 },
  }));
  verify('computeQuoteTotals', quotes, (q) => {
    const t = computeQuoteTotals(q);
    const lines = t.lines.reduce((s, l) => s + l.total, 0);
    return lines === t.total && t.total === t.taxableBase + t.tax ? [] : [`lines ${lines} / total ${t.total}`];
  });
  const next = cycle(quotes);
  const stats = measureSync((i) => computeQuoteTotals(next(i)), { runs: env.fast.runs * 5, warmup: env.fast.warmup * 5 });
  return opResult(
    'quote totals: 20 lines, discount, 13% tax added',
    env.tickets,
    'computeQuoteTotals (integers, BigInt for tax)',
    stats,
  );
}

/** The three forms of a collected, quoted ticket: warm (fonts loaded) and cold (fonts read and parsed again). */
export async function benchForms(env: BenchEnv): Promise<OpResult[]> {
  const id = env.sqlite
    .prepare(
      `SELECT t.id FROM tickets t WHERE t.status = 'collected' AND EXISTS (SELECT 1 FROM quotes q WHERE q.ticket_id = t.id) LIMIT 1`,
    )
    .pluck()
    .get() as number;
  const print = async (form: TicketForm) => {
    const r = await env.dispatch('tickets.print', { id, form, format: 'A5' });
    if (!r.ok) throw new Error(`tickets.print ${form} failed: ${r.error.message}`);
    const doc = r.value as PrintedDocument;
    if (!Buffer.from(doc.base64, 'base64').subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new Error(`${form}: not a PDF`);
    return doc;
  };
  const results: OpResult[] = [];
  for (const form of ['intake', 'quote', 'pickup'] as const) {
    const cold: number[] = [];
    for (let i = 0; i < Math.min(5, env.fast.runs); i++) {
      clearFontCache();
      const t0 = process.hrtime.bigint();
      await print(form);
      cold.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const warm = await measureAsync(() => print(form), { runs: Math.min(30, env.fast.runs), warmup: 3 });
    const coldStats: Stats = summarize(cold);
    results.push(
      opResult(`tickets.print: ${form} form, A5, warm`, env.tickets, 'PDF through the dispatcher', warm, {
        label: 'cold: fonts read and parsed',
        stats: coldStats,
      }),
    );
    env.log(`${form} pdf: warm p50 ${warm.p50.toFixed(1)} ms, cold ${coldStats.p50.toFixed(1)} ms`);
  }
  return results;
}
