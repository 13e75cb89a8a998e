import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { getReceipt } from '../../db/queries/receipts';
import { insertReceiptInvoice } from '../../db/queries/receipt-invoices';
import { searchReceiptNumbers } from '../../db/queries/receipt-list';
import { MIGRATIONS } from '../helpers';
import { shopBefore } from './migrations';

describe('the official invoices migration', () => {
  it('upgrades a shop with a receipt, keeping it as it was; an invoice can then be recorded and found', () => {
    const { file, old } = shopBefore('_receipt_invoices');
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
