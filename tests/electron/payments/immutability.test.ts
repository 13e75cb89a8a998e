import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { createDispatcher } from '../../../electron/backend/dispatcher';
import { handlers } from '../../../electron/backend/handlers';
import { readChainContent } from '../../../electron/backend/use-cases/verify-records';
import { verifyChain } from '../../../db/queries/document-chain';
import type { VerifyReport } from '../../../shared/schemas/payment-types';
import { approvedTicket, call, must, pay, payShop, raw } from './fixtures';

/*
 * Issued documents are enforced immutable by triggers: these statements go straight to SQLite,
 * around every handler, and must still fail. The hash chain then catches what a determined
 * tamperer does after dropping the triggers.
 */

async function issued() {
  const s = await payShop(testCore());
  const t = await approvedTicket(s);
  const r = must(await pay(s, t.id, [{ method: 'cash', amount: 30_000, tendered: 50_000 }]));
  must(await call(s.core, 'receipts.refund', { id: r.id, staffId: s.clerk.id, amount: 1_000, method: 'cash', reason: '差价' }));
  must(await call(s.core, 'dayClose.close', { staffId: s.clerk.id, openingFloat: 0, countedCash: 29_000 }));
  return { s, r };
}

describe('immutability triggers', () => {
  it.each([
    ['UPDATE receipts SET amount = 1 WHERE id = 1'],
    ['UPDATE receipts SET note = ? WHERE id = 1', '改'],
    ['UPDATE receipts SET receipt_no = ? WHERE id = 1', 'S2026-999999'],
    ['DELETE FROM receipts WHERE id = 1'],
    ['UPDATE receipt_payments SET amount = 1'],
    ['DELETE FROM receipt_payments'],
    ['UPDATE credit_notes SET amount = 1'],
    ['DELETE FROM credit_notes'],
    ['UPDATE day_closes SET counted_cash = 0'],
    ['DELETE FROM day_closes'],
    ['UPDATE document_chain SET hash = ?', 'x'],
    ['DELETE FROM document_chain'],
    // The void stamp may be set once — never together with another change, never without a reason.
    ["UPDATE receipts SET void_at = 1, void_reason = 'x', void_by = 1, amount = 0 WHERE id = 1"],
    ["UPDATE receipts SET void_at = 1, void_reason = '  ', void_by = 1 WHERE id = 1"],
  ])('refuses %s', async (sql, ...params) => {
    const { s } = await issued();
    const before = s.core.context.db.$client.prepare('SELECT * FROM receipts').all();
    expect(() => raw(s.core, sql, ...params)).toThrow('document_immutable');
    expect(s.core.context.db.$client.prepare('SELECT * FROM receipts').all()).toEqual(before);
  });

  it('allows the void stamp once and never un-voids', async () => {
    const s = await payShop(testCore());
    const t = await approvedTicket(s);
    const r = must(await pay(s, t.id, [{ method: 'cash', amount: 100 }]));
    raw(s.core, "UPDATE receipts SET void_at = 5, void_reason = 'test', void_by = ? WHERE id = ?", s.owner.id, r.id);
    expect(() =>
      raw(s.core, 'UPDATE receipts SET void_at = NULL, void_reason = NULL, void_by = NULL WHERE id = ?', r.id),
    ).toThrow('document_immutable');
    expect(() => raw(s.core, "UPDATE receipts SET void_reason = 'other' WHERE id = ?", r.id)).toThrow('document_immutable');
  });

  it('maps a trigger refusal to its translated error code through the dispatcher, not a crash', async () => {
    const { s, r } = await issued();
    // A handler that tries to edit an issued receipt (as a bug, or a future path, might).
    const tamper = createDispatcher(s.core.context, {
      ...handlers,
      'receipts.void': (ctx, input) => {
        ctx.db.$client.prepare('UPDATE receipts SET amount = 0 WHERE id = ?').run(input.id);
        throw new Error('unreachable: the trigger refuses first');
      },
    });
    const result = await tamper('receipts.void', { id: r.id, staffId: s.owner.id, reason: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'document_immutable' } });
    expect(must(await call(s.core, 'receipts.get', { id: r.id })).amount).toBe(30_000);
  });
});

describe('verify records', () => {
  it('reports intact records, then the first break with its document number after tampering', async () => {
    const { s, r } = await issued();
    expect(must(await call(s.core, 'records.verify', {}))).toEqual({
      ok: true,
      checked: 3,
      total: 3,
      next: null,
      firstBreak: null,
    });
    const db = s.core.context.db.$client;
    db.exec('DROP TRIGGER receipts_no_update');
    db.prepare('UPDATE receipts SET amount = amount + 1 WHERE id = ?').run(r.id);
    expect(must(await call(s.core, 'records.verify', {}))).toEqual({
      ok: false,
      checked: 3,
      total: 3,
      next: null,
      firstBreak: { seq: 1, kind: 'receipt', docNo: r.receiptNo, problem: 'content' },
    });
  });

  it('detects a forged chain entry and a deleted document', async () => {
    const { s } = await issued();
    const db = s.core.context.db.$client;
    db.exec('DROP TRIGGER document_chain_no_update');
    db.prepare(
      `UPDATE document_chain SET content = replace(content, '"amount":1000', '"amount":100') WHERE kind = 'credit_note'`,
    ).run();
    expect(must(await call(s.core, 'records.verify', {})).firstBreak).toMatchObject({
      kind: 'credit_note',
      docNo: 'C2026-000001',
      problem: 'hash',
    });

    const other = await issued();
    const db2 = other.s.core.context.db.$client;
    db2.exec('DROP TRIGGER day_closes_no_delete; DROP TRIGGER document_chain_no_delete');
    db2.exec(`DELETE FROM document_chain WHERE kind = 'day_close'; DELETE FROM day_closes`);
    db2.exec(`DROP TRIGGER receipt_payments_no_delete; DROP TRIGGER receipts_no_delete`);
    db2.exec(`DELETE FROM document_chain WHERE seq = 1`);
    expect(must(await call(other.s.core, 'records.verify', {})).firstBreak).toMatchObject({ problem: 'link' });
  });

  it('checks a long chain in slices that link up like one pass, and finds a break in a later slice', async () => {
    const { s, r } = await issued();
    const db = s.core.context.db;
    // Going slice by slice the caller carries the count (as the Settings button does); without it
    // each slice counts the entries before it. Both report the same progress.
    const slices = (limit: number, carry = true) => {
      const seen: VerifyReport[] = [];
      let after = 0;
      let checked = 0;
      for (;;) {
        const report = verifyChain(db, readChainContent, after, limit, carry ? checked : undefined);
        seen.push(report);
        if (report.next === null) return seen;
        after = report.next;
        checked = report.checked;
      }
    };
    const clean = slices(1);
    expect(clean.map((x) => x.checked)).toEqual([1, 2, 3, 3]);
    expect(slices(1, false).map((x) => x.checked)).toEqual([1, 2, 3, 3]);
    expect(slices(2).map((x) => x.checked)).toEqual([2, 3]);
    expect(clean.at(-1)).toMatchObject({ ok: true, total: 3, firstBreak: null });
    expect(must(await call(s.core, 'records.verify', { after: 2, checked: 2 }))).toMatchObject({ ok: true, checked: 3 });
    expect(must(await call(s.core, 'records.verify', { after: 2 }))).toMatchObject({ ok: true, checked: 3 });

    db.$client.exec('DROP TRIGGER receipt_payments_no_update');
    db.$client.prepare('UPDATE receipt_payments SET reference = ? WHERE receipt_id = ?').run('forged', r.id);
    expect(slices(2).at(-1)).toMatchObject({ ok: false, firstBreak: { seq: 1, problem: 'content' } });
    // A renderer asking to start past a break only fools itself; from the start the break is found.
    expect(must(await call(s.core, 'records.verify', { after: 0 })).ok).toBe(false);
    expect((await s.core.dispatch('records.verify', { after: -1 })).ok).toBe(false);
    expect((await s.core.dispatch('records.verify', { after: 1, checked: -1 })).ok).toBe(false);
    expect((await s.core.dispatch('records.verify', { after: 1, checked: 0.5 })).ok).toBe(false);
  });
});
