import { describe, expect, it } from 'vitest';
import {
  assessWarranty,
  CONSUMER_ELECTRONICS_POLICY,
  explainAssessment,
  percentText,
  refundEstimate,
  type EarlierRepair,
} from '../../../shared/warranty';
import { phone } from './fixtures';

/** The refund of a return after the return window (DOMAIN rule 7): price less depreciation per day of use. */

interface Case {
  name: string;
  price: number | null;
  bp: number | null;
  days: number;
  deduction: number | null;
  amount: number | null;
}

const cases: Case[] = [
  { name: 'no depreciation: the whole price', price: 399_900, bp: null, days: 120, deduction: 0, amount: 399_900 },
  { name: '0.1 % a day for 100 days: 10 %', price: 399_900, bp: 10, days: 100, deduction: 39_990, amount: 359_910 },
  { name: 'half a fen rounds up (shop money rule)', price: 12_345, bp: 5, days: 3, deduction: 19, amount: 12_326 },
  { name: 'just under half a fen rounds down', price: 12_345, bp: 4, days: 1, deduction: 5, amount: 12_340 },
  { name: 'day 0 (bought today): nothing deducted', price: 100_000, bp: 50, days: 0, deduction: 0, amount: 100_000 },
  { name: 'never more than the price', price: 100_000, bp: 100, days: 200, deduction: 100_000, amount: 0 },
  { name: 'price not recorded: only the rule', price: null, bp: 10, days: 30, deduction: null, amount: null },
  {
    name: 'large prices stay exact',
    price: 9_007_199_254_740,
    bp: 1,
    days: 7,
    deduction: 6_305_039_478,
    amount: 9_000_894_215_262,
  },
];

describe('refund after the return window', () => {
  it.each(cases)('$name', (c) => {
    const r = refundEstimate(c.price, c.bp, c.days);
    expect(r.deduction).toBe(c.deduction);
    expect(r.amount).toBe(c.amount);
    if (r.amount !== null && r.deduction !== null) expect(r.amount + r.deduction).toBe(c.price);
    expect(Number.isInteger(r.amount ?? 0)).toBe(true);
  });

  it('writes rates as percentages', () => {
    expect([1, 5, 10, 25, 100, 250, 10_000].map(percentText)).toEqual(['0.01%', '0.05%', '0.1%', '0.25%', '1%', '2.5%', '100%']);
  });

  const repairs: EarlierRepair[] = [
    { date: '2025-06-01', component: 'host', fault: 'no_power', ticketNo: 'R2025-000101' },
    { date: '2025-09-01', component: 'host', fault: 'no_power', ticketNo: 'R2025-000202' },
  ];
  const policy = { ...CONSUMER_ELECTRONICS_POLICY, depreciationBasisPointsPerDay: 10 };
  const input = phone({
    policy,
    faults: [{ component: 'host', fault: 'no_power' }],
    earlierRepairs: repairs,
    assessmentDate: '2025-12-01',
    purchasePrice: 500_000,
  });

  it('the engine counts the days of use from the start date and shows the amount', () => {
    const r = assessWarranty(input).returnExchange;
    // 2025-03-01 → 2025-12-01: 275 days; 2 750 bp of ¥5 000.00 = ¥1 375.00.
    expect(r.refund).toEqual({ daysOfUse: 275, basisPointsPerDay: 10, price: 500_000, deduction: 137_500, amount: 362_500 });
    expect(explainAssessment(assessWarranty(input), 'zh-Hans').at(-1)).toBe(
      '退货按已使用 275 天、每天折旧 0.1% 扣除 ¥1,375.00，退款 ¥3,625.00（货款 ¥5,000.00）',
    );
    expect(explainAssessment(assessWarranty(input), 'en').at(-1)).toBe(
      'A return refunds ¥3,625.00: the price of ¥5,000.00 less ¥1,375.00 for 275 days of use at 0.1% a day.',
    );
    expect(explainAssessment(assessWarranty(input), 'zh-Hant', 'HKD').at(-1)).toBe(
      '退貨按已使用 275 天、每天折舊 0.1% 扣除 HK$1,375.00，退款 HK$3,625.00（貨款 HK$5,000.00）',
    );
  });

  it('without a recorded price, states the rule and the share', () => {
    const a = assessWarranty({ ...input, purchasePrice: null });
    expect(a.returnExchange.refund).toMatchObject({ price: null, amount: null, daysOfUse: 275 });
    expect(explainAssessment(a, 'zh-Hans').at(-1)).toBe('退货按已使用 275 天、每天折旧 0.1%，从货款中扣除 27.5%');
  });

  it('no refund is worked out inside the return window (a return there is the 7-day return)', () => {
    const a = assessWarranty({ ...input, earlierRepairs: [], assessmentDate: '2025-03-05' });
    expect(a.returnExchange.status).toBe('return_window');
    expect(a.returnExchange.refund).toBeNull();
  });
});
