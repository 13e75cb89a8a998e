import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AppDb } from '../../db/client';
import * as schema from '../../db/schema';
import { getTicket } from '../../db/queries/ticket-detail';
import { listTickets } from '../../db/queries/ticket-list';
import { seedDatabase } from '../../scripts/seed/main';
import { canTransition, TICKET_STATUSES, type TicketStatus } from '../../shared/tickets/status';
import { computeQuoteTotals, type QuoteInput } from '../../shared/quotes';
import { assessWarranty, type AssessmentInput, type WarrantyPolicy } from '../../shared/warranty';
import { ticketListSchema } from '../../shared/schemas/ticket';
import { testDb } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'seed-tickets-'));
const file = join(dir, 'shop.sqlite');
let sqlite: Database.Database;
let db: AppDb;

// Half a year of a busy counter (~16 tickets a day): the last days' tickets are still open, so
// every status is there whatever the seed draws.
const OPTIONS = {
  seed: 11,
  counts: { customers: 1500, tickets: 3000 },
  range: { start: Date.parse('2025-07-01T00:00:00+08:00'), end: Date.parse('2026-01-01T00:00:00+08:00') },
};

beforeAll(() => {
  seedDatabase({ file, ...OPTIONS });
  sqlite = new Database(file);
  db = drizzle(sqlite, { schema }) as AppDb;
}, 120_000);
afterAll(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = <T>(text: string, ...params: unknown[]) => sqlite.prepare(text).all(...params) as T[];

describe('generated tickets follow the app’s own rules', () => {
  it('every status change on every timeline is one canTransition allows, with the facts of that moment', () => {
    const events = all<{
      ticket_id: number;
      kind: string;
      from_status: TicketStatus | null;
      to_status: TicketStatus | null;
      note: string;
    }>('SELECT ticket_id, kind, from_status, to_status, note FROM ticket_events ORDER BY ticket_id, id');
    const inWarranty = new Map(
      all<{ id: number; w: number }>('SELECT id, in_warranty AS w FROM tickets').map((r) => [r.id, r.w === 1]),
    );
    const state = new Map<number, { status: TicketStatus | null; hasQuote: boolean; approved: boolean }>();
    const problems: string[] = [];
    for (const e of events) {
      const s = state.get(e.ticket_id) ?? { status: null, hasQuote: false, approved: false };
      state.set(e.ticket_id, s);
      if (e.kind === 'quote_issued') s.hasQuote = true;
      if (e.kind === 'quote_approved') s.approved = true;
      if (e.kind === 'quote_issued') s.approved = false;
      if (e.kind !== 'status') continue;
      if (s.status === null) {
        if (e.to_status !== 'received') problems.push(`#${e.ticket_id} starts at ${e.to_status}`);
      } else {
        const facts = {
          inWarranty: inWarranty.get(e.ticket_id)!,
          hasQuote: s.hasQuote,
          hasApprovedQuote: s.approved,
          balanceDue: 0,
          note: e.note,
        };
        const check = canTransition(s.status, e.to_status!, facts);
        if (!check.ok) problems.push(`#${e.ticket_id} ${s.status} → ${e.to_status}: ${check.reason}`);
        if (e.from_status !== s.status) problems.push(`#${e.ticket_id} event from ${e.from_status}, was ${s.status}`);
      }
      s.status = e.to_status;
    }
    expect(problems.slice(0, 5)).toEqual([]);
    const rows = all<{ id: number; status: TicketStatus }>('SELECT id, status FROM tickets');
    for (const r of rows) expect(state.get(r.id)?.status, `#${r.id}`).toBe(r.status);
  });

  it('covers every status, with the passcode kept only on open tickets', () => {
    const statuses = all<{ status: string }>('SELECT DISTINCT status FROM tickets').map((r) => r.status);
    for (const s of ['received', 'quoted', 'in_repair', 'ready', 'collected', 'cancelled', 'returned_unrepaired'])
      expect(statuses, s).toContain(s);
    expect(statuses.every((s) => (TICKET_STATUSES as readonly string[]).includes(s))).toBe(true);
    expect(all('SELECT id FROM tickets WHERE closed_at IS NOT NULL AND passcode IS NOT NULL')).toEqual([]);
  });

  it('stored assessments are the engine’s answer; stored quote totals are computeQuoteTotals', () => {
    const rows = all<{ input: string; output: string; body: string }>(
      `SELECT a.input, a.output, p.body FROM ticket_assessments a JOIN policy_snapshots p ON p.hash = a.policy_hash
       WHERE a.id % 37 = 0`,
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      const input = { ...(JSON.parse(r.input) as Omit<AssessmentInput, 'policy'>), policy: JSON.parse(r.body) as WarrantyPolicy };
      expect(assessWarranty(input)).toEqual(JSON.parse(r.output));
    }
    const quotes = all<{ id: number; discount: string; tax: string; total: number }>(
      'SELECT id, discount, tax, total FROM quotes',
    );
    for (const q of quotes) {
      const lines = all<{ kind: 'labour' | 'part'; description: string; quantity: number; unit_price: number }>(
        'SELECT kind, description, quantity, unit_price FROM quote_lines WHERE quote_id = ? ORDER BY position',
        q.id,
      ).map((l) => ({ kind: l.kind, description: l.description, quantity: l.quantity, unitPrice: l.unit_price, free: false }));
      const input: QuoteInput = {
        lines,
        discount: JSON.parse(q.discount) as QuoteInput['discount'],
        tax: JSON.parse(q.tax) as QuoteInput['tax'],
      };
      expect(computeQuoteTotals(input).total).toBe(q.total);
    }
  });

  it('repairs leave repair warranties, and a repeat of the same fault within them is assessed free', () => {
    const collected = sqlite.prepare(`SELECT count(*) FROM ticket_pickups`).pluck().get() as number;
    const warranties = sqlite.prepare('SELECT count(*) FROM repair_warranties').pluck().get() as number;
    expect(warranties).toBe(collected);
    const repeats = sqlite
      .prepare(`SELECT count(*) FROM ticket_assessments WHERE output LIKE '%repair_warranty_same_fault%'`)
      .pluck()
      .get() as number;
    expect(repeats).toBeGreaterThan(0);
  });

  it('reads back through the app’s queries: ticket pages and queue counts', () => {
    const now = Date.UTC(2026, 0, 1);
    const page = listTickets(db, ticketListSchema.parse({ limit: 50 }), now);
    expect(page.total).toBe(3000);
    const ticket = getTicket(db, page.items[0]!.id, now)!;
    expect(ticket.events.length).toBeGreaterThan(0);
    expect(ticket.assessments).toHaveLength(1);
    expect(ticket.ticketNo).toMatch(/^R\d{4}-\d{6}$/);
  });

  it('ends with the very indexes the migrations create, and the ticket series continues after the last number', () => {
    const indexes = (d: Database.Database) =>
      d.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`).all();
    expect(indexes(sqlite)).toEqual(indexes(testDb().sqlite));
    const series = sqlite.prepare(`SELECT period, next_seq FROM number_series WHERE key = 'ticket'`).get() as {
      period: string;
      next_seq: number;
    };
    const last = sqlite
      .prepare(`SELECT max(ticket_no) FROM tickets WHERE ticket_no LIKE ?`)
      .pluck()
      .get(`R${series.period}-%`) as string;
    expect(Number(last.slice(-6)) + 1).toBe(series.next_seq);
  });

  it('is the same for the same seed, whether told in worker threads (the CLI) or in this one', () => {
    const again = join(dir, 'again.sqlite');
    seedDatabase({ file: again, ...OPTIONS, workers: true });
    const other = new Database(again);
    const dump = (d: Database.Database) =>
      [
        'tickets',
        'ticket_events',
        'ticket_assessments',
        'quotes',
        'quote_lines',
        'ticket_parts',
        'ticket_pickups',
        'satisfaction',
        'repair_warranties',
        'receipts',
        'document_chain',
      ].map((t) => d.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all());
    expect(dump(other)).toEqual(dump(sqlite));
    // With workers the customers', products' and cards' indexes and search tables are built while
    // the workers start (deferred.ts buildWhenWorkersRun): the file still ends with every one.
    const schema = (d: Database.Database) =>
      d.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name`).all();
    expect(schema(other)).toEqual(schema(sqlite));
    const search = (d: Database.Database) => [
      d.prepare(`SELECT rowid FROM customers_fts WHERE customers_fts MATCH ? ORDER BY rowid LIMIT 20`).pluck().all('"陈"'),
      d.prepare(`SELECT count(*) FROM products_fts`).pluck().get(),
    ];
    expect(search(other)).toEqual(search(sqlite));
    for (const table of ['customers_fts', 'products_fts'])
      other.prepare(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`).run();
    other.close();
  }, 120_000);
});
