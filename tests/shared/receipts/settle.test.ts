import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceOf, settlePayment, type PaymentPart, type SettleInput } from '../../../shared/receipts/settle';

const cash = (amount: number, tendered = amount): PaymentPart => ({ method: 'cash', amount, tendered, reference: '' });
const wechat = (amount: number): PaymentPart => ({ method: 'wechat', amount, tendered: null, reference: '4200001' });

const base: SettleInput = { purpose: 'payment', due: 50_000, parts: [], overpayToCredit: false, hasCustomer: true };

describe('settlePayment takes what is due', () => {
  it.each<[string, Partial<SettleInput>, { amount: number; changeGiven: number; creditAdded: number; balanceAfter: number }]>([
    [
      'the whole bill by WeChat',
      { parts: [wechat(50_000)] },
      { amount: 50_000, changeGiven: 0, creditAdded: 0, balanceAfter: 0 },
    ],
    ['part of the bill', { parts: [wechat(20_000)] }, { amount: 20_000, changeGiven: 0, creditAdded: 0, balanceAfter: 30_000 }],
    [
      'cash tendered above its amount gives change, not credit',
      { parts: [cash(50_000, 60_000)] },
      { amount: 50_000, changeGiven: 10_000, creditAdded: 0, balanceAfter: 0 },
    ],
    [
      'two methods, change only on the cash part',
      { parts: [wechat(45_000), cash(5_000, 10_000)] },
      { amount: 50_000, changeGiven: 5_000, creditAdded: 0, balanceAfter: 0 },
    ],
    [
      'more than due, kept as the customer’s credit',
      { parts: [wechat(60_000)], overpayToCredit: true },
      { amount: 60_000, changeGiven: 0, creditAdded: 10_000, balanceAfter: 0 },
    ],
    [
      'nothing due, all of it to credit',
      { due: 0, parts: [cash(8_000)], overpayToCredit: true },
      { amount: 8_000, changeGiven: 0, creditAdded: 8_000, balanceAfter: 0 },
    ],
    [
      'a deposit has nothing due: any amount, no credit, no balance',
      { purpose: 'deposit', due: 0, parts: [cash(10_000, 20_000)] },
      { amount: 10_000, changeGiven: 10_000, creditAdded: 0, balanceAfter: 0 },
    ],
    [
      'a deposit ignores the due and the credit flag',
      { purpose: 'deposit', due: 5_000, parts: [wechat(9_000)], hasCustomer: false },
      { amount: 9_000, changeGiven: 0, creditAdded: 0, balanceAfter: 0 },
    ],
    [
      'a counter sale paid in full',
      { purpose: 'sale', due: 3_500, parts: [cash(3_500, 5_000)], hasCustomer: false },
      { amount: 3_500, changeGiven: 1_500, creditAdded: 0, balanceAfter: 0 },
    ],
  ])('%s', (_name, input, value) => {
    expect(settlePayment({ ...base, ...input })).toEqual({ ok: true, value });
  });
});

describe('settlePayment refuses', () => {
  it.each<[string, Partial<SettleInput>, string]>([
    ['cash tendered below its amount', { parts: [cash(5_000, 4_999)] }, 'tendered_below_amount'],
    [
      'cash tendered below its amount, even in a deposit',
      { purpose: 'deposit', parts: [cash(5_000, 0)] },
      'tendered_below_amount',
    ],
    ['a payment when nothing is due', { due: 0, parts: [wechat(1)] }, 'nothing_due'],
    ['a payment when the bill is overpaid already', { due: -100, parts: [wechat(1)] }, 'nothing_due'],
    ['a counter sale paid in part', { purpose: 'sale', due: 3_500, parts: [cash(3_499)] }, 'sale_unpaid'],
    ['more than due without the credit flag', { parts: [wechat(50_001)] }, 'overpaid'],
    ['a counter sale paid over without the credit flag', { purpose: 'sale', due: 3_500, parts: [wechat(4_000)] }, 'overpaid'],
    [
      'credit without a customer to keep it',
      { parts: [wechat(60_000)], overpayToCredit: true, hasCustomer: false },
      'credit_needs_customer',
    ],
  ])('%s', (_name, input, reason) => {
    expect(settlePayment({ ...base, ...input })).toEqual({ ok: false, reason });
  });

  it('checks the tendered cash before anything else', () => {
    expect(settlePayment({ ...base, due: 0, parts: [wechat(1), cash(2, 1)] })).toEqual({
      ok: false,
      reason: 'tendered_below_amount',
    });
  });
});

describe('settlePayment keeps the books straight', () => {
  const part = fc.oneof(
    fc
      .record({ amount: fc.integer({ min: 1, max: 1_000_000 }), change: fc.integer({ min: 0, max: 10_000 }) })
      .map(({ amount, change }) => cash(amount, amount + change)),
    fc.integer({ min: 1, max: 1_000_000 }).map(wechat),
  );

  it('a payment taken is what is applied to the bill plus what goes to credit, and change is only cash', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 3_000_000 }), (parts, due) => {
        const result = settlePayment({ ...base, due, parts, overpayToCredit: true });
        if (!result.ok) return false;
        const { amount, changeGiven, creditAdded, balanceAfter } = result.value;
        const tendered = parts.reduce((sum, p) => sum + (p.tendered ?? p.amount), 0);
        return (
          amount === parts.reduce((sum, p) => sum + p.amount, 0) &&
          amount + changeGiven === tendered &&
          due - amount + creditAdded === balanceAfter &&
          Math.min(creditAdded, balanceAfter) === 0
        );
      }),
    );
  });
});

describe('balanceOf', () => {
  it.each([
    [65_000, 10_000, { balanceDue: 55_000, overpaid: 0 }],
    [65_000, 65_000, { balanceDue: 0, overpaid: 0 }],
    [65_000, 70_000, { balanceDue: 0, overpaid: 5_000 }],
    [0, 0, { balanceDue: 0, overpaid: 0 }],
    [0, 10_000, { balanceDue: 0, overpaid: 10_000 }],
  ])('billed %i, paid %i', (billed, paid, expected) => {
    expect(balanceOf(billed, paid)).toEqual(expected);
  });
});
