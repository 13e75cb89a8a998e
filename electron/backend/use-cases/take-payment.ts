import { AppError } from '../../../shared/api/errors';
import { computeQuoteTotals, validateQuote, type QuoteTotals, type Discount, type TaxSetting } from '../../../shared/quotes';
import { settlePayment, type SettleRefusal } from '../../../shared/receipts/settle';
import { formatMoney } from '../../../shared/money';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { Receipt } from '../../../shared/schemas/payment-types';
import { nextNumber } from '../../../db/queries/numbering';
import { listQuotes } from '../../../db/queries/quotes';
import { ticketMoney } from '../../../db/queries/ticket-balance';
import { getReceipt, insertReceipt, receiptContent } from '../../../db/queries/receipts';
import { appendToChain } from '../../../db/queries/document-chain';
import { getCustomer } from '../../../db/queries/customers';
import { addEvent } from '../../../db/queries/tickets';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { activeStaff, invalidInput, mustBeOpenDay, mustGetTicketRow, shopClock } from '../guards';
import { shopProfile, taxSetting } from '../shop-settings';

/*
 * Taking a payment issues its receipt, in the one IMMEDIATE transaction of the command: the
 * receipt number is allocated from its series, the receipt and its payments written, the ticket's
 * timeline stamped and the receipt appended to the hash chain — all or nothing, so a failure
 * half-way never consumes a number and two windows never get the same one.
 */

type Take = MethodParsedInput<'payments.take'>;

interface Bill {
  lines: QuoteTotals['lines'];
  discount: Discount;
  tax: TaxSetting;
  totals: Pick<QuoteTotals, 'subtotal' | 'freeValue' | 'discount' | 'tax' | 'total'> | null;
}

const REFUSAL_CODES: Record<
  SettleRefusal,
  | 'payment_overpaid'
  | 'payment_nothing_due'
  | 'payment_sale_unpaid'
  | 'payment_credit_needs_customer'
  | 'payment_tendered_below_amount'
> = {
  overpaid: 'payment_overpaid',
  nothing_due: 'payment_nothing_due',
  sale_unpaid: 'payment_sale_unpaid',
  credit_needs_customer: 'payment_credit_needs_customer',
  tendered_below_amount: 'payment_tendered_below_amount',
};

const NO_BILL: Bill = { lines: [], discount: { kind: 'none' }, tax: { mode: 'none' }, totals: null };

function saleBill(ctx: HandlerContext, input: Take): Bill {
  const quote = {
    lines: input.sale?.lines ?? [],
    discount: input.sale?.discount ?? { kind: 'none' as const },
    tax: taxSetting(ctx),
  };
  const checked = validateQuote(quote);
  if (!checked.ok) throw invalidInput(checked.issues.map((i) => ({ path: ['sale', ...i.path], message: i.message })));
  const totals = computeQuoteTotals(checked.value);
  return { lines: totals.lines, discount: checked.value.discount, tax: checked.value.tax, totals };
}

export function takePayment(ctx: HandlerContext, input: Take): Receipt {
  const clock = shopClock(ctx);
  const staff = activeStaff(ctx, input.staffId);
  mustBeOpenDay(ctx, clock.today);
  const currency = shopProfile(ctx).currency;

  let bill = NO_BILL;
  let due = 0;
  let paidBefore = 0;
  let billed: number;
  let ticketId: number | null = null;
  let customerId = input.customerId;
  let purpose = input.purpose;
  if (purpose === 'sale') {
    if (customerId !== null && !getCustomer(ctx.db, customerId))
      throw new AppError('not_found', `customer ${customerId} not found`);
    bill = saleBill(ctx, input);
    due = bill.totals?.total ?? 0;
    billed = due;
  } else {
    const row = mustGetTicketRow(ctx, input.ticketId ?? 0);
    ticketId = row.id;
    customerId = row.customer_id;
    const money = ticketMoney(ctx.db, row.id);
    paidBefore = money.paid;
    billed = money.billed;
    const approved = listQuotes(ctx.db, row.id).find((q) => q.status === 'approved');
    if (approved) {
      bill = { lines: approved.totals.lines, discount: approved.discount, tax: approved.tax, totals: approved.totals };
      // Once the bill is agreed, money taken is a payment against it, capped by what is owed.
      purpose = 'payment';
      due = money.balanceDue;
    }
  }

  const settled = settlePayment({
    purpose,
    due,
    parts: input.parts,
    overpayToCredit: input.overpayToCredit,
    hasCustomer: customerId !== null,
  });
  if (!settled.ok) {
    throw new AppError(REFUSAL_CODES[settled.reason], `payment refused: ${settled.reason}`, {
      due: formatMoney(due, currency),
    });
  }
  const s = settled.value;
  const receiptNo = nextNumber(ctx.db, 'receipt', clock.now, clock.timeZone);
  const totals = bill.totals;
  const id = insertReceipt(ctx.db, {
    receiptNo,
    ticketId,
    customerId,
    purpose,
    currency,
    lines: bill.lines,
    discount: bill.discount,
    tax: bill.tax,
    subtotal: totals?.subtotal ?? s.amount,
    freeValue: totals?.freeValue ?? 0,
    discountAmount: totals?.discount ?? 0,
    taxAmount: totals?.tax ?? 0,
    total: totals?.total ?? s.amount,
    amount: s.amount,
    changeGiven: s.changeGiven,
    creditAdded: s.creditAdded,
    paidBefore,
    balanceAfter: totals ? Math.max(0, billed - paidBefore - (s.amount - s.creditAdded)) : 0,
    note: input.note,
    issuedAt: clock.now,
    issuedOn: clock.today,
    staffId: staff.id,
    payments: input.parts,
  });
  appendToChain(ctx.db, {
    kind: 'receipt',
    docId: id,
    docNo: receiptNo,
    at: clock.now,
    content: receiptContent(ctx.db, id) ?? null,
  });
  if (ticketId !== null) {
    addEvent(ctx.db, {
      ticketId,
      at: clock.now,
      staffId: staff.id,
      kind: 'payment',
      data: { receiptNo, amount: s.amount, currency, purpose },
    });
  }
  recordAudit(ctx.db, {
    at: clock.now,
    actor: staff.name,
    action: 'issue',
    entity: 'receipt',
    entityId: id,
    after: { receiptNo, purpose, amount: s.amount, parts: input.parts },
  });
  return getReceipt(ctx.db, id)!;
}
