import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { getCustomer } from '../../db/queries/customers';
import { ticketBalanceDue } from '../../db/queries/ticket-balance';
import { MIGRATIONS } from '../helpers';
import { journal, shopBefore } from './migrations';

describe('the payments migrations', () => {
  it('upgrade a shop with tickets and an approved quote, keeping every row; the balance is now owed', () => {
    const { file, index, old } = shopBefore('_payments');
    old.sqlite.exec(`
      INSERT INTO customers(name, name_fold, created_at, updated_at) VALUES ('陈大文', '陈大文', 1, 1);
      INSERT INTO products(customer_id, category, model, created_at, updated_at) VALUES (1, 'medical_laser', 'LX-2000', 1, 1);
      INSERT INTO staff(name, role, created_at, updated_at) VALUES ('王芳', 'staff', 1, 1);
      INSERT INTO tickets(ticket_no, ticket_no_fold, ticket_no_rev, customer_id, product_id, channel, urgency, status, status_at,
        reported_fault, faults, accessories, condition, in_warranty, promised_date, promised_at, intake_at, intake_on,
        intake_staff_id, updated_at)
        VALUES ('R2026-000001', 'R2026000001', '1000006202R', 1, 1, 'walk_in', 'normal', 'ready', 1, '不开机', '[]', '[]', '[]', 0,
          '2026-11-25', 1, 1, '2026-11-22', 1, 1);
      INSERT INTO quotes(ticket_id, version, status, discount, tax, currency, subtotal, free_value, discount_amount, tax_amount,
        total, issued_at, issued_by) VALUES (1, 1, 'approved', '{"kind":"none"}', '{"mode":"none"}', 'CNY', 65000, 0, 0, 0, 65000, 1, 1);`);
    old.sqlite.close();
    const upgraded = openDatabase({ file, migrationsFolder: MIGRATIONS });
    expect(upgraded.applied).toBe(journal.entries.length - index);
    expect(getCustomer(upgraded.db, 1)?.name).toBe('陈大文');
    const triggers = upgraded.sqlite
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_no_%'`)
      .pluck()
      .all();
    expect(triggers).toEqual(expect.arrayContaining(['receipts_no_update', 'receipts_no_delete', 'document_chain_no_update']));
    expect(ticketBalanceDue(upgraded.db, 1)).toBe(65_000);
    upgraded.sqlite.close();
  });
});
