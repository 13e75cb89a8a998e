import { statements } from '../../db/queries/statements';
import { nextNumber } from '../../db/queries/numbering';
import { listQuotes } from '../../db/queries/quotes';
import {
  creditNoteContent,
  getReceiptRow,
  insertCreditNote,
  insertReceipt,
  receiptContent,
  stampVoid,
  voidContent,
} from '../../db/queries/receipts';
import { appendToChain } from '../../db/queries/document-chain';
import { dayCloseContent, dayReport, insertDayClose } from '../../db/queries/day-close';
import { foldSerial } from '../../shared/text/serial';
import { calendarDate } from '../../shared/time/calendar';
import type { SeedContext } from './context';
import type { Random } from './random';
import {
  CORRECTION_DELAY,
  OPENING_FLOAT,
  REFUND_REASON,
  TIME_ZONE,
  VOID_REASON,
  changeGiven,
  closeInstant,
  countedCash,
  paymentParts,
  refundAmount,
  type Issue,
  type PaymentStaff,
} from './payments-plan';

/*
 * The reference path: every receipt through the app's own queries (numbering, receipts, the hash
 * chain, day closes), ~2 ms each. Used for --mode api, and when the file already has documents
 * (a second seed into it goes back in time: numbers already used are skipped, and the chain
 * continues from its last entry). tests/scripts/seed-payments.test.ts checks the bulk path writes
 * the same rows.
 */

const sql = statements((db) => ({
  receiptTaken: db.prepare('SELECT 1 FROM receipts WHERE receipt_no_fold = ?').pluck(),
  creditTaken: db.prepare('SELECT 1 FROM credit_notes WHERE credit_no_fold = ?').pluck(),
  days: db
    .prepare('SELECT DISTINCT issued_on FROM receipts WHERE issued_on NOT IN (SELECT day FROM day_closes) ORDER BY 1')
    .pluck(),
}));

const CHUNK = 2_000;

export function paymentsApi(ctx: SeedContext, rnd: Random, issues: readonly Issue[], staff: PaymentStaff): number {
  const s = sql(ctx.sqlite);
  for (let i = 0; i < issues.length; i += CHUNK) {
    ctx.sqlite.transaction(() => {
      for (const p of issues.slice(i, i + CHUNK)) {
        const staffId = rnd.pick(staff.clerks);
        const issuedOn = calendarDate(p.at, TIME_ZONE);
        const receiptNo = nextNumber(ctx.db, 'receipt', p.at, TIME_ZONE, (n) => s.receiptTaken.get(foldSerial(n)) !== undefined);
        const quote = p.deposit ? undefined : listQuotes(ctx.db, p.ticketId).find((q) => q.status === 'approved');
        const split = paymentParts(rnd, p.amount);
        const id = insertReceipt(ctx.db, {
          receiptNo,
          ticketId: p.ticketId,
          customerId: p.customerId,
          purpose: p.deposit ? 'deposit' : 'payment',
          currency: 'CNY',
          lines: quote?.totals.lines ?? [],
          discount: quote?.discount ?? { kind: 'none' },
          tax: quote?.tax ?? { mode: 'none' },
          subtotal: quote?.totals.subtotal ?? p.amount,
          freeValue: quote?.totals.freeValue ?? 0,
          discountAmount: quote?.totals.discount ?? 0,
          taxAmount: quote?.totals.tax ?? 0,
          total: quote?.totals.total ?? p.amount,
          amount: p.amount,
          changeGiven: changeGiven(split),
          creditAdded: 0,
          paidBefore: p.paidBefore,
          balanceAfter: p.deposit ? 0 : Math.max(0, p.billed - p.paidBefore - p.amount),
          note: '',
          issuedAt: p.at,
          issuedOn,
          staffId,
          payments: split,
        });
        appendToChain(ctx.db, { kind: 'receipt', docId: id, docNo: receiptNo, at: p.at, content: receiptContent(ctx.db, id) });
        const later = p.at + CORRECTION_DELAY;
        const roll = rnd.float();
        if (roll < 0.02) {
          stampVoid(ctx.db, id, later, VOID_REASON, staff.owner);
          appendToChain(ctx.db, { kind: 'void', docId: id, docNo: receiptNo, at: later, content: voidContent(ctx.db, id) });
        } else if (roll < 0.04) {
          const row = getReceiptRow(ctx.db, id);
          const creditNo = nextNumber(
            ctx.db,
            'credit_note',
            later,
            TIME_ZONE,
            (n) => s.creditTaken.get(foldSerial(n)) !== undefined,
          );
          const noteId = insertCreditNote(ctx.db, {
            creditNo,
            receiptId: id,
            ticketId: p.ticketId,
            customerId: p.customerId,
            currency: 'CNY',
            amount: refundAmount(row?.amount ?? 1),
            method: split[0]?.method ?? 'cash',
            reference: '',
            reason: REFUND_REASON,
            issuedAt: later,
            issuedOn,
            staffId,
          });
          const content = creditNoteContent(ctx.db, noteId);
          appendToChain(ctx.db, { kind: 'credit_note', docId: noteId, docNo: creditNo, at: later, content });
        }
      }
    })();
    ctx.log(`payments: ${Math.min(i + CHUNK, issues.length)} receipts`);
  }
  // Every past day with receipts is closed (today's stays open), the drawer counted.
  const days = s.days.all() as string[];
  ctx.sqlite.transaction(() => {
    for (const d of days.slice(0, -1)) {
      const at = closeInstant(d);
      const live = dayReport(ctx.db, d, 'CNY');
      const id = insertDayClose(ctx.db, {
        day: d,
        currency: 'CNY',
        openingFloat: OPENING_FLOAT,
        countedCash: countedCash(rnd, OPENING_FLOAT + live.cashIn - live.cashRefunds),
        note: '',
        closedAt: at,
        staffId: rnd.pick(staff.clerks),
      });
      appendToChain(ctx.db, { kind: 'day_close', docId: id, docNo: d, at, content: dayCloseContent(ctx.db, id) });
    }
  })();
  return issues.length;
}
