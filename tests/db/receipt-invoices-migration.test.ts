import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { getReceipt } from '../../db/queries/receipts';
import { insertReceiptInvoice } from '../../db/queries/receipt-invoices';
import { searchReceiptNumbers } from '../../db/queries/receipt-list';
import { MIGRATIONS, tempDir } from '../helpers';

const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };

function firstMigrations(n: number): string {
  const dir = join(tempDir(), 'migrations');
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, n);
  for (const e of entries) copyFileSync(join(MIGRATIONS, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

describe('the official invoices migration', () => {
  it('upgrades a shop with a receipt, keeping it as it was; an invoice can then be recorded and found', () => {
    const file = join(tempDir(), 'shop.sqlite');
    const index = journal.entries.findIndex((e) => e.tag.endsWith('_receipt_invoices'));
    expect(index).toBeGreaterThan(0);
    const old = openDatabase({ file, migrationsFolder: firstMigrations(index) });
    old.sqlite.exec(`
      INSERT INTO staff(name, role, created_at, updated_at) VALUES ('王芳', 'staff', 1, 1);
      INSERT INTO receipts(receipt_no, receipt_no_fold, receipt_no_rev, purpose, currency, lines, discount, tax, subtotal,
        free_value, discount_amount, tax_amount, total, amount, change_given, credit_added, paid_before, balance_after, note,
        issued_at, issued_on, staff_id)
        VALUES ('S2026-000001', 'S2026000001', '1000006202S', 'sale', 'CNY', '[]', '{"kind":"none"}', '{"mode":"none"}', 5000,
          0, 0, 0, 5000, 5000, 0, 0, 0, 0, '', 1, '2026-11-22', 1);`);
    const before = old.sqlite.prepare('SELECT * FROM receipts').all();
    old.sqlite.close();
    const upgraded = openDatabase({ file, migrationsFolder: MIGRATIONS });
    expect(upgraded.sqlite.prepare('SELECT * FROM receipts').all()).toEqual(before);
    expect(getReceipt(upgraded.db, 1)).toMatchObject({ receiptNo: 'S2026-000001', invoices: [] });
    insertReceiptInvoice(upgraded.db, { receiptId: 1, kind: 'vat_normal', number: '01234567', at: 2, staffId: 1 });
    expect(searchReceiptNumbers(upgraded.db, '01234567', 5)).toMatchObject([{ number: 'S2026-000001', invoiceNo: '01234567' }]);
    upgraded.sqlite.close();
  });
});
