import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { approvedTicket, call, must, pay, payShop } from './fixtures';
import { row as raw } from '../tickets/fixtures';

async function paid() {
  const s = await payShop(testCore());
  const t = await approvedTicket(s);
  const r = must(await pay(s, t.id, [{ method: 'wechat', amount: 65_000, reference: 'WX-9' }]));
  return { s, r };
}

describe('an official invoice (发票) recorded on a receipt', () => {
  it('keeps the type and number beside the receipt, unchanged, and audits who recorded it', async () => {
    const { s, r } = await paid();
    const before = raw(s.core, 'SELECT * FROM receipts WHERE id = ?', r.id);
    const after = must(
      await call(s.core, 'receipts.recordInvoice', { id: r.id, staffId: s.clerk.id, kind: 'vat_special', number: ' 0123 4567 ' }),
    );
    expect(after.invoices).toEqual([
      { id: 1, kind: 'vat_special', number: '01234567', recordedAt: s.core.clock.now, staffName: '王芳' },
    ]);
    expect(raw(s.core, 'SELECT * FROM receipts WHERE id = ?', r.id)).toEqual(before);
    expect(must(await call(s.core, 'receipts.get', { id: r.id })).invoices).toHaveLength(1);
    expect(raw(s.core, `SELECT actor, entity FROM audit_log WHERE entity = 'receipt_invoice'`)).toEqual({
      actor: '王芳',
      entity: 'receipt_invoice',
    });
  });

  it.each([
    ['letters in the number', { kind: 'vat_normal', number: 'FP-12345678' }, 'validation.payment.invoiceNumber'],
    ['too short', { kind: 'vat_normal', number: '1234567' }, 'validation.payment.invoiceNumber'],
    ['a 数电票 without its 20 digits', { kind: 'digital', number: '2431200000001234567' }, 'validation.payment.invoiceDigital'],
    ['no type', { kind: 'receipt', number: '01234567' }, 'validation.payment.invoiceKind'],
  ])('refuses %s with a translated message, recording nothing', async (_, input, message) => {
    const { s, r } = await paid();
    const result = await s.core.dispatch('receipts.recordInvoice', { id: r.id, staffId: s.clerk.id, ...input });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ message }] } });
    expect(raw(s.core, 'SELECT count(*) AS n FROM receipt_invoices')).toEqual({ n: 0 });
  });

  it('refuses the same number twice on a receipt, and any on a void receipt', async () => {
    const { s, r } = await paid();
    const input = { id: r.id, staffId: s.clerk.id, kind: 'vat_normal' as const, number: '01234567' };
    must(await call(s.core, 'receipts.recordInvoice', input));
    expect(await call(s.core, 'receipts.recordInvoice', input)).toMatchObject({
      error: { code: 'invalid_input', issues: [{ path: ['number'], message: 'validation.payment.invoiceRecorded' }] },
    });
    must(await call(s.core, 'receipts.void', { id: r.id, staffId: s.owner.id, reason: '收错款' }));
    expect(await call(s.core, 'receipts.recordInvoice', { ...input, number: '87654321' })).toMatchObject({
      error: { code: 'receipt_is_void' },
    });
  });

  it('finds the receipt by the invoice number, whole or by its last digits, saying so', async () => {
    const { s, r } = await paid();
    must(
      await call(s.core, 'receipts.recordInvoice', {
        id: r.id,
        staffId: s.clerk.id,
        kind: 'digital',
        number: '24312000000012345678',
      }),
    );
    for (const q of ['24312000000012345678', '2431 2000 0000 1234 5678', '345678']) {
      const found = must(await call(s.core, 'receipts.list', { q }));
      expect(found, q).toMatchObject([{ kind: 'receipt', number: r.receiptNo, invoiceNo: '24312000000012345678' }]);
    }
    const search = must(await call(s.core, 'search.global', { q: '12345678' }));
    expect(search.receipts).toMatchObject([{ number: r.receiptNo }]);
  });
});
