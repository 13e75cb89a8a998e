import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { getCustomer } from '../../db/queries/customers';
import { getProduct } from '../../db/queries/products';
import { OPEN_SQL, ticketListSql } from '../../db/queries/ticket-list';
import { ticketListSchema, type TicketListInput } from '../../shared/schemas/ticket';
import { MIGRATIONS, testDb } from '../helpers';
import { journal, shopBefore } from './migrations';

describe('the tickets migration', () => {
  it('upgrades a shop with customers, products and cards, keeping every row', () => {
    const { file, index, old } = shopBefore('_tickets');
    old.sqlite.exec(`
      INSERT INTO customers(name, name_fold, created_at, updated_at) VALUES ('陈大文', '陈大文', 1, 1);
      INSERT INTO products(customer_id, category, model, serial, serial_fold, serial_rev, name_fold, created_at, updated_at)
        VALUES (1, 'medical_laser', 'LX-2000', 'LX2025-00123', 'LX202500123', '32100520XL', 'lx-2000', 1, 1);
      INSERT INTO number_series(key, pattern, reset_yearly, period, next_seq, updated_at) VALUES ('warranty_card', 'W{YYYY}-{seq:6}', 1, '2026', 8, 1);`);
    old.sqlite.close();
    const upgraded = openDatabase({ file, migrationsFolder: MIGRATIONS });
    expect(upgraded.applied).toBe(journal.entries.length - index);
    expect(getCustomer(upgraded.db, 1)?.name).toBe('陈大文');
    expect(getProduct(upgraded.db, 1)?.serial).toBe('LX2025-00123');
    const tables = upgraded.sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['staff', 'tickets', 'ticket_events', 'quotes', 'quote_lines', 'repair_warranties']),
    );
    expect(upgraded.sqlite.prepare(`SELECT next_seq FROM number_series WHERE key = 'warranty_card'`).pluck().get()).toBe(8);
    upgraded.sqlite.close();
  });
});

describe('queue indexes', () => {
  it('the partial index holds exactly the status list the queries use', () => {
    const { sqlite } = testDb();
    const sqlOf = (name: string) => sqlite.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).pluck().get(name) as string;
    expect(sqlOf('tickets_technician_open_idx')).toContain(`WHERE ${OPEN_SQL}`);
  });

  // Each filter and sort the queue offers is answered from its index, with no scan of tickets.
  const CASES: [string, TicketListInput, RegExp][] = [
    ['all, newest first', {}, /SCAN t$|SCAN t USING INTEGER PRIMARY KEY/],
    ['a deep page', { cursor: '5000' }, /SEARCH t USING INTEGER PRIMARY KEY \(rowid<\?\)/],
    [
      'by status',
      { status: 'in_repair' },
      /SEARCH t USING INDEX tickets_status_idx \(status=\? AND rowid<\?\)|tickets_status_idx \(status=\?\)/,
    ],
    ['by technician', { technicianId: 3 }, /tickets_technician_idx \(technician_id=\?\)/],
    ['my queue', { technicianId: 3, status: 'open', sort: 'promised' }, /tickets_technician_open_idx \(technician_id=\?\)/],
    ['overdue', { flag: 'overdue', sort: 'promised' }, /tickets_status_promised_idx \(status=\? AND promised_at<\?\)/],
    ['waiting for approval', { flag: 'awaitingApproval' }, /tickets_status_since_idx \(status=\? AND status_at<\?\)/],
    ['uncollected', { flag: 'uncollected' }, /tickets_status_since_idx \(status=\? AND status_at<\?\)/],
    [
      'intake day',
      { intakeFrom: '2026-11-01', intakeTo: '2026-11-30' },
      /tickets_intake_on_idx \(intake_on>\? AND intake_on<\?\)/,
    ],
    ['a customer', { customerId: 1 }, /tickets_customer_idx \(customer_id=\?\)/],
    ['a product', { productId: 1 }, /tickets_product_idx \(product_id=\?\)/],
  ];

  it.each(CASES)('%s', (_name, input, expected) => {
    const { sqlite } = testDb();
    const q = ticketListSchema.parse(input);
    const { page, count } = ticketListSql(q, Date.UTC(2026, 10, 22));
    const plan = (text: string, params: object) =>
      (sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(params) as { detail: string }[]).map((r) => r.detail);
    const pagePlan = plan(page.text, page.params);
    // The ids come from the filter's index (the subquery); the rows are then fetched by id.
    expect(pagePlan.filter((d) => / t\b/.test(d)).join('\n'), pagePlan.join('\n')).toMatch(expected);
    if (count) expect(plan(count.text, count.params).join('\n')).not.toMatch(/SCAN t$/m);
  });
});
