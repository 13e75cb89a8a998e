import { statements } from '../../db/queries/statements';
import { foldSerial, reverseText } from '../../shared/text/serial';
import type { SeedContext } from './context';
import { deferIndexes } from './deferred';
import { Encoded, QuoteTotalsCache, encodedString, recordEncoder, type Billed, type QuoteLineRow } from './payments-content';
import { ChainWriter, DayLedger, SeriesCounter } from './payments-ledger';
import { PaymentRows } from './payments-rows';
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
  shopCalendar,
  type Issue,
  type PaymentStaff,
} from './payments-plan';
import type { Random } from './random';

/*
 * The fast path: the rows payments-api.ts writes through the app's queries, with none of their
 * per-document SELECTs. Rows go out many per statement with explicit ids (payments-rows.ts); the
 * last chain hash, the number series and each day's takings are kept in memory
 * (payments-ledger.ts); each document's chained content is encoded from the values inserted
 * instead of read back (payments-content.ts). A void is inserted already stamped: the row is the
 * same as INSERT then stampVoid. Secondary indexes are built once at the end (deferred.ts).
 */

const sql = statements((db) => ({
  // One query per chunk for the approved quotes billed in it (listQuotes per receipt otherwise).
  quotes: db.prepare('SELECT id, discount, tax FROM quotes WHERE id IN (SELECT value FROM json_each(?))'),
  lines: db.prepare(
    `SELECT quote_id, kind, description, quantity, unit_price, free, free_reason FROM quote_lines
     WHERE quote_id IN (SELECT value FROM json_each(?)) ORDER BY quote_id, position`,
  ),
  empty: db
    .prepare(
      `SELECT NOT EXISTS (SELECT 1 FROM receipts) AND NOT EXISTS (SELECT 1 FROM credit_notes)
         AND NOT EXISTS (SELECT 1 FROM day_closes) AND NOT EXISTS (SELECT 1 FROM document_chain)`,
    )
    .pluck(),
}));

const TABLES = ['receipts', 'receipt_payments', 'credit_notes', 'day_closes', 'document_chain'];
const CHUNK = 20_000;

/** The bulk path needs a file without documents: numbers, the chain and the days start fresh. */
export function canBulk(ctx: SeedContext): boolean {
  return sql(ctx.sqlite).empty.get() === 1;
}

interface LineRow extends QuoteLineRow {
  quote_id: number;
}

/** The approved quotes of a chunk's balances, totalled as listQuotes() does. */
function billedQuotes(ctx: SeedContext, issues: readonly Issue[], cache: QuoteTotalsCache): Map<number, Billed> {
  const s = sql(ctx.sqlite);
  const ids = JSON.stringify(issues.filter((p) => !p.deposit).map((p) => p.quoteId));
  const lines = new Map<number, QuoteLineRow[]>();
  for (const { quote_id, ...l } of s.lines.all(ids) as LineRow[]) {
    const list = lines.get(quote_id);
    if (list) list.push(l);
    else lines.set(quote_id, [l]);
  }
  const billed = new Map<number, Billed>();
  for (const q of s.quotes.all(ids) as { id: number; discount: string; tax: string }[])
    billed.set(q.id, cache.get(q.discount, q.tax, lines.get(q.id) ?? []));
  return billed;
}

/** What a deposit (no quote yet) carries in the quote columns. */
const NO_QUOTE = { lines: '[]', discount: JSON.stringify({ kind: 'none' }), tax: JSON.stringify({ mode: 'none' }) };

// The chained content of each kind: receiptContent(), voidContent(), creditNoteContent() and
// dayCloseContent() (db/queries), i.e. the row's columns (a receipt's without the void stamp).
const receiptJson = recordEncoder([
  ...['id', 'receipt_no', 'receipt_no_fold', 'receipt_no_rev', 'ticket_id', 'customer_id', 'purpose', 'currency'],
  ...['lines', 'discount', 'tax', 'subtotal', 'free_value', 'discount_amount', 'tax_amount', 'total', 'amount'],
  ...['change_given', 'credit_added', 'paid_before', 'balance_after', 'note', 'issued_at', 'issued_on', 'staff_id'],
  'payments',
] as const);
const paymentJson = recordEncoder(['method', 'amount', 'tendered', 'reference'] as const);
const voidJson = recordEncoder(['receiptNo', 'voidAt', 'voidReason', 'voidBy'] as const);
const creditJson = recordEncoder([
  ...['id', 'credit_no', 'credit_no_fold', 'credit_no_rev', 'receipt_id', 'ticket_id', 'customer_id', 'currency'],
  ...['amount', 'method', 'reference', 'reason', 'issued_at', 'issued_on', 'staff_id'],
] as const);
const closeJson = recordEncoder([
  ...['id', 'day', 'currency', 'totals', 'opening_float', 'cash_in', 'cash_refunds', 'expected_cash'],
  ...['counted_cash', 'difference', 'note', 'closed_at', 'staff_id'],
] as const);
const NO_LINES = encodedString(NO_QUOTE.lines);

export function paymentsBulk(ctx: SeedContext, rnd: Random, issues: readonly Issue[], staff: PaymentStaff): number {
  const day = shopCalendar(TIME_ZONE);
  const rows = new PaymentRows(ctx.sqlite);
  const chain = new ChainWriter(rows);
  const receiptNos = new SeriesCounter(ctx.sqlite, 'receipt');
  const creditNos = new SeriesCounter(ctx.sqlite, 'credit_note');
  const ledger = new DayLedger();
  const totals = new QuoteTotalsCache();
  const deferred = deferIndexes(ctx.sqlite, TABLES);
  for (let i = 0; i < issues.length; i += CHUNK) {
    const chunk = issues.slice(i, i + CHUNK);
    const quotes = billedQuotes(ctx, chunk, totals);
    ctx.sqlite.transaction(() => {
      for (const p of chunk) {
        // The same draws, in the same order, as payments-api.ts.
        const staffId = rnd.pick(staff.clerks);
        const issued = day(p.at);
        const receiptNo = receiptNos.next(p.at, issued);
        const quote = p.deposit ? undefined : quotes.get(p.quoteId);
        const split = paymentParts(rnd, p.amount);
        const roll = rnd.float();
        const later = p.at + CORRECTION_DELAY;
        const isVoid = roll < 0.02;
        const fold = foldSerial(receiptNo);
        const t = quote?.totals;
        const r = {
          receipt_no: receiptNo,
          receipt_no_fold: fold,
          receipt_no_rev: reverseText(fold),
          ticket_id: p.ticketId,
          customer_id: p.customerId,
          purpose: p.deposit ? 'deposit' : 'payment',
          currency: 'CNY',
          discount: quote?.discount ?? NO_QUOTE.discount,
          tax: quote?.tax ?? NO_QUOTE.tax,
          subtotal: t?.subtotal ?? p.amount,
          free_value: t?.freeValue ?? 0,
          discount_amount: t?.discount ?? 0,
          tax_amount: t?.tax ?? 0,
          total: t?.total ?? p.amount,
          amount: p.amount,
          change_given: changeGiven(split),
          credit_added: 0,
          paid_before: p.paidBefore,
          balance_after: p.deposit ? 0 : Math.max(0, p.billed - p.paidBefore - p.amount),
          note: '',
          issued_at: p.at,
          issued_on: issued.date,
          staff_id: staffId,
        };
        const stamp = isVoid ? ([later, VOID_REASON, staff.owner] as const) : ([null, null, null] as const);
        const id = rows.add(
          'receipts',
          ...[r.receipt_no, r.receipt_no_fold, r.receipt_no_rev, r.ticket_id, r.customer_id, r.purpose],
          ...[quote?.lines ?? NO_QUOTE.lines, r.discount, r.tax, r.subtotal, r.free_value, r.discount_amount],
          ...[r.tax_amount, r.total, r.amount, r.change_given, r.paid_before, r.balance_after, r.issued_at, r.issued_on],
          ...[r.staff_id, ...stamp],
        );
        let payments = '';
        split.forEach((x, position) => {
          rows.add('receipt_payments', id, position, x.method, x.amount, x.tendered, x.reference);
          payments += (position === 0 ? '' : ',') + paymentJson(x);
        });
        const lines = quote?.linesEncoded ?? NO_LINES;
        chain.append('receipt', id, receiptNo, p.at, receiptJson({ id, ...r, lines, payments: new Encoded(`[${payments}]`) }));
        ledger.receipt(issued.date, split, isVoid);
        if (isVoid) {
          const content = voidJson({ receiptNo, voidAt: later, voidReason: VOID_REASON, voidBy: staff.owner });
          chain.append('void', id, receiptNo, later, content);
        } else if (roll < 0.04) {
          const creditNo = creditNos.next(later, day(later));
          const creditFold = foldSerial(creditNo);
          const n = {
            credit_no: creditNo,
            credit_no_fold: creditFold,
            credit_no_rev: reverseText(creditFold),
            receipt_id: id,
            ticket_id: p.ticketId,
            customer_id: p.customerId,
            currency: 'CNY',
            amount: refundAmount(p.amount),
            method: split[0]?.method ?? 'cash',
            reference: '',
            reason: REFUND_REASON,
            issued_at: later,
            issued_on: issued.date,
            staff_id: staffId,
          };
          const row = [n.credit_no, n.credit_no_fold, n.credit_no_rev, n.receipt_id, n.ticket_id, n.customer_id] as const;
          const noteId = rows.add('credit_notes', ...row, n.amount, n.method, n.reason, later, n.issued_on, staffId);
          chain.append('credit_note', noteId, creditNo, later, creditJson({ id: noteId, ...n }));
          ledger.refund(issued.date, n.method, n.amount);
        }
      }
      rows.flush();
    })();
    ctx.log(`payments: ${Math.min(i + CHUNK, issues.length)} receipts`);
  }
  ctx.sqlite.transaction(() => {
    // Every past day with receipts is closed (today's stays open), the drawer counted.
    for (const date of ledger.dates().slice(0, -1)) {
      const at = closeInstant(date);
      const figures = ledger.close(date);
      const expected = OPENING_FLOAT + figures.cashIn - figures.cashRefunds;
      const c = {
        day: date,
        currency: 'CNY',
        totals: figures.totals,
        opening_float: OPENING_FLOAT,
        cash_in: figures.cashIn,
        cash_refunds: figures.cashRefunds,
        expected_cash: expected,
        counted_cash: countedCash(rnd, expected),
        difference: 0,
        note: '',
        closed_at: at,
        staff_id: rnd.pick(staff.clerks),
      };
      c.difference = c.counted_cash - expected;
      const money = [c.opening_float, c.cash_in, c.cash_refunds, c.expected_cash, c.counted_cash, c.difference] as const;
      const id = rows.add('day_closes', date, c.totals, ...money, at, c.staff_id);
      chain.append('day_close', id, date, at, closeJson({ id, ...c }));
    }
    rows.flush();
    receiptNos.save();
    creditNos.save();
  })();
  deferred.restore((m) => ctx.log(`payments: ${m}`));
  return issues.length;
}
