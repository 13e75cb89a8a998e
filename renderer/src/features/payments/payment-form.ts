import { parseMoney, sumMoney, type Currency } from '@shared/money';
import type { PaymentMethod } from '@shared/receipts/methods';
import type { PaymentPartInput } from '@shared/schemas/payment';

/*
 * The take-payment form as typed: one row per method, amounts as text. Pure, so the live figures
 * (total, change, what remains) are tested without a screen. Cash is typed as what the customer
 * handed over; the amount applied is capped at what is still due, and the rest is change.
 */

export interface PaymentRow {
  method: PaymentMethod;
  /** For cash: what was handed over. For the others: the amount paid. */
  amount: string;
  reference: string;
}

export interface PaymentFigures {
  parts: PaymentPartInput[];
  /** Applied to the bill. */
  total: number;
  change: number;
  /** Still due after this payment (0 when nothing is billed). */
  remaining: number;
  /** Non-cash money above what is due: refused unless kept as credit. */
  excess: number;
  /** Row index → message key of a bad amount. */
  problems: Map<number, string>;
}

export function paymentFigures(rows: readonly PaymentRow[], due: number | null, currency: Currency): PaymentFigures {
  const problems = new Map<number, string>();
  const parsed = rows.map((r, i) => {
    const p = parseMoney(r.amount, currency);
    if (!r.amount.trim()) return 0;
    if (!p.ok) {
      problems.set(i, p.error);
      return 0;
    }
    if (p.value <= 0) problems.set(i, 'validation.payment.amountPositive');
    return p.value;
  });
  // Non-cash first: cash is what gives change, so it fills only what the others leave due.
  const nonCash = sumMoney(rows.map((r, i) => (r.method === 'cash' ? 0 : (parsed[i] ?? 0))));
  let left = due === null ? Number.MAX_SAFE_INTEGER : Math.max(0, due - nonCash);
  const parts: PaymentPartInput[] = [];
  let change = 0;
  rows.forEach((r, i) => {
    const value = parsed[i] ?? 0;
    if (value <= 0) return;
    if (r.method !== 'cash') {
      parts.push({ method: r.method, amount: value, reference: r.reference.trim() });
      return;
    }
    const applied = Math.min(value, left);
    left -= applied;
    change += value - applied;
    if (applied > 0) parts.push({ method: 'cash', amount: applied, tendered: value, reference: r.reference.trim() });
  });
  const total = sumMoney(parts.map((p) => p.amount));
  return {
    parts,
    total,
    change,
    remaining: due === null ? 0 : Math.max(0, due - total),
    excess: due === null ? 0 : Math.max(0, total - due),
    problems,
  };
}
