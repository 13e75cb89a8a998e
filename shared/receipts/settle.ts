import { sumMoney } from '../money/arithmetic';
import type { PaymentMethod, ReceiptPurpose } from './methods';

/*
 * How a payment settles against what is due. Pure: the handler reads `due` from the database.
 *  - Cash may be tendered above its amount: the difference is change handed back, shown on the
 *    receipt and never recorded as money taken.
 *  - Taking more than is due is refused unless the clerk marks the excess as the customer's
 *    credit (kept on the receipt as creditAdded).
 *  - A deposit has nothing due yet (no approved quote): any positive amount is a deposit.
 *  - A counter sale is paid in full at the counter.
 */

export interface PaymentPart {
  method: PaymentMethod;
  /** Applied to the bill, minor units, > 0. */
  amount: number;
  /** Cash handed over (≥ amount); null for other methods. */
  tendered: number | null;
  reference: string;
}

export type SettleRefusal = 'overpaid' | 'nothing_due' | 'sale_unpaid' | 'tendered_below_amount' | 'credit_needs_customer';

export interface Settlement {
  amount: number;
  changeGiven: number;
  creditAdded: number;
  balanceAfter: number;
}

export interface SettleInput {
  purpose: ReceiptPurpose;
  /** What is still owed before this payment (0 for a deposit without a quote). */
  due: number;
  parts: readonly PaymentPart[];
  overpayToCredit: boolean;
  hasCustomer: boolean;
}

export function settlePayment(input: SettleInput): { ok: true; value: Settlement } | { ok: false; reason: SettleRefusal } {
  for (const p of input.parts) {
    if (p.tendered !== null && p.tendered < p.amount) return { ok: false, reason: 'tendered_below_amount' };
  }
  const amount = sumMoney(input.parts.map((p) => p.amount));
  const changeGiven = sumMoney(input.parts.map((p) => (p.tendered === null ? 0 : p.tendered - p.amount)));
  if (input.purpose === 'deposit') return { ok: true, value: { amount, changeGiven, creditAdded: 0, balanceAfter: 0 } };
  if (input.due <= 0 && !input.overpayToCredit) return { ok: false, reason: 'nothing_due' };
  if (input.purpose === 'sale' && amount < input.due) return { ok: false, reason: 'sale_unpaid' };
  const excess = Math.max(0, amount - input.due);
  if (excess > 0 && !input.overpayToCredit) return { ok: false, reason: 'overpaid' };
  if (excess > 0 && !input.hasCustomer) return { ok: false, reason: 'credit_needs_customer' };
  return { ok: true, value: { amount, changeGiven, creditAdded: excess, balanceAfter: Math.max(0, input.due - amount) } };
}

/** What a ticket still owes: the approved bill minus what was paid and not refunded. */
export function balanceOf(billed: number, paid: number): { balanceDue: number; overpaid: number } {
  return { balanceDue: Math.max(0, billed - paid), overpaid: Math.max(0, paid - billed) };
}
