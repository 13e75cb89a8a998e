import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { approvedTicket, call, must, pay, payShop, raw } from './fixtures';

/*
 * Random sequences of issue / void / refund — with failures injected half-way through an issue
 * (the numbering row advanced, then the transaction aborted) — keep every series contiguous and
 * without repeats, keep Σ payments − Σ refunds equal to what the tickets show as paid to the fen,
 * and keep the hash chain intact; a tampered row then breaks verification.
 */

type Step =
  | { op: 'pay'; ticket: number; amount: number; method: 'cash' | 'wechat' | 'alipay' | 'card' }
  | { op: 'void'; pick: number }
  | { op: 'refund'; pick: number; amount: number }
  | { op: 'failIssue'; ticket: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('pay' as const),
    ticket: fc.nat(2),
    amount: fc.integer({ min: 1, max: 40_000 }),
    method: fc.constantFrom('cash' as const, 'wechat' as const, 'alipay' as const, 'card' as const),
  }),
  fc.record({ op: fc.constant('void' as const), pick: fc.nat(50) }),
  fc.record({ op: fc.constant('refund' as const), pick: fc.nat(50), amount: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({ op: fc.constant('failIssue' as const), ticket: fc.nat(2) }),
);

function seqOf(no: string): number {
  return Number(no.slice(no.lastIndexOf('-') + 1));
}

describe('random issue / void / refund sequences', () => {
  it('keep numbers contiguous and totals reconciled to the fen', async () => {
    // One shop for every run (as a real shop accumulates them); each run adds its own tickets.
    const s = await payShop(testCore());
    const db = s.core.context.db.$client;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const tickets = [await approvedTicket(s), await approvedTicket(s), await approvedTicket(s)];
        const receipts: number[] = [];
        for (const st of steps) {
          if (st.op === 'pay') {
            const r = await pay(s, tickets[st.ticket]!.id, [{ method: st.method, amount: st.amount }], { overpayToCredit: true });
            if (r.ok) receipts.push(r.value.id);
          } else if (st.op === 'void' && receipts.length > 0) {
            const id = receipts[st.pick % receipts.length]!;
            await call(s.core, 'receipts.void', { id, staffId: s.owner.id, reason: '随机作废' });
          } else if (st.op === 'refund' && receipts.length > 0) {
            const id = receipts[st.pick % receipts.length]!;
            await call(s.core, 'receipts.refund', {
              id,
              staffId: s.clerk.id,
              amount: st.amount,
              method: 'cash',
              reason: '随机退款',
            });
          } else if (st.op === 'failIssue') {
            // Fails after the number is allocated and the receipt row written: the chain insert aborts.
            db.exec(`CREATE TEMP TRIGGER fail_chain BEFORE INSERT ON document_chain BEGIN SELECT RAISE(ABORT, 'injected'); END`);
            const r = await pay(s, tickets[st.ticket]!.id, [{ method: 'cash', amount: 1 }], { overpayToCredit: true });
            db.exec('DROP TRIGGER temp.fail_chain');
            expect(r.ok).toBe(false);
          }
        }
        // Contiguous, unique, per series.
        for (const [table, col] of [
          ['receipts', 'receipt_no'],
          ['credit_notes', 'credit_no'],
        ] as const) {
          const nos = (db.prepare(`SELECT ${col} AS n FROM ${table} ORDER BY id`).all() as { n: string }[]).map((r) => r.n);
          expect(nos.map(seqOf)).toEqual(nos.map((_, i) => i + 1));
        }
        // Σ payments (receipts not void, less credit kept) − Σ refunds = what the tickets say is paid.
        const ids = tickets.map((t) => t.id).join(',');
        const payments = db
          .prepare(
            `SELECT coalesce(sum(p.amount), 0) - coalesce((SELECT sum(credit_added) FROM receipts WHERE void_at IS NULL AND ticket_id IN (${ids})), 0) AS n
             FROM receipt_payments p JOIN receipts r ON r.id = p.receipt_id WHERE r.void_at IS NULL AND r.ticket_id IN (${ids})`,
          )
          .get() as { n: number };
        const refunds = db
          .prepare(`SELECT coalesce(sum(amount), 0) AS n FROM credit_notes WHERE ticket_id IN (${ids})`)
          .get() as { n: number };
        let shown = 0;
        for (const t of tickets) {
          const money = must(await call(s.core, 'tickets.get', { id: t.id })).payments;
          expect(money.balanceDue).toBe(Math.max(0, money.billed - money.paid));
          shown += money.paid;
        }
        expect(payments.n - refunds.n).toBe(shown);
        // No refund ever exceeds its receipt.
        const over = db
          .prepare(
            'SELECT count(*) AS n FROM receipts r WHERE (SELECT coalesce(sum(amount),0) FROM credit_notes c WHERE c.receipt_id = r.id) > r.amount',
          )
          .get() as { n: number };
        expect(over.n).toBe(0);
      }),
      { numRuns: 300 },
    );
    // The whole chain, slice after slice as the Settings button asks for it.
    const verifyAll = async () => {
      let report = must(await call(s.core, 'records.verify', {}));
      while (report.ok && report.next !== null)
        report = must(await call(s.core, 'records.verify', { after: report.next, checked: report.checked }));
      return report;
    };
    const total = (db.prepare('SELECT count(*) AS n FROM document_chain').get() as { n: number }).n;
    expect(await verifyAll()).toMatchObject({ ok: true, checked: total, total });
    // …and a single tampered fen anywhere in thousands of documents breaks it.
    db.exec('DROP TRIGGER receipt_payments_no_update');
    const last = db.prepare('SELECT max(receipt_id) AS id FROM receipt_payments').get() as { id: number };
    raw(s.core, 'UPDATE receipt_payments SET amount = amount + 1 WHERE receipt_id = ?', last.id);
    expect(await verifyAll()).toMatchObject({ ok: false, firstBreak: { problem: 'content' } });
  }, 240_000);
});
