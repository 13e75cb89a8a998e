import { describe, it, expect } from 'vitest';
import {
  assessWarranty,
  CONSUMER_ELECTRONICS_POLICY,
  type AssessmentInput,
  type ReturnExchangeOption,
  type ReturnExchangeStatus,
  type WarrantyPolicy,
} from '../../../shared/warranty';
import { laser, phone, watch } from './fixtures';

/** Seed 002: exchange within 3 days, once, for the same or a higher price; no returns. */
const threeDayShop: WarrantyPolicy = {
  ...CONSUMER_ELECTRONICS_POLICY,
  code: 'three_day_shop',
  returnExchange: { returnDays: 0, exchangeDays: 3, exchangeLimit: 1, exchangeSameOrHigherPrice: true },
};

interface Case {
  name: string;
  input: AssessmentInput;
  status: ReturnExchangeStatus;
  options: ReturnExchangeOption[];
  daysSince?: number | null;
}

const cases: Case[] = [
  {
    name: 'sale day itself (day 0): return, exchange or repair',
    input: phone({ assessmentDate: '2025-03-01' }),
    status: 'return_window',
    options: ['return', 'exchange', 'repair'],
    daysSince: 0,
  },
  {
    name: 'day 7 after the sale is the last return day',
    input: phone({ assessmentDate: '2025-03-08' }),
    status: 'return_window',
    options: ['return', 'exchange', 'repair'],
    daysSince: 7,
  },
  {
    name: 'day 8: exchange or repair only',
    input: phone({ assessmentDate: '2025-03-09' }),
    status: 'exchange_window',
    options: ['exchange', 'repair'],
    daysSince: 8,
  },
  {
    name: 'day 15 is the last exchange day',
    input: phone({ assessmentDate: '2025-03-16' }),
    status: 'exchange_window',
    options: ['exchange', 'repair'],
    daysSince: 15,
  },
  {
    name: 'day 16: repair only',
    input: phone({ assessmentDate: '2025-03-17' }),
    status: 'windows_passed',
    options: ['repair'],
    daysSince: 16,
  },
  {
    name: 'windows count from delivery when the phone was delivered after the sale',
    input: phone({ dates: { saleDate: '2025-03-01', deliveryDate: '2025-03-05' }, assessmentDate: '2025-03-12' }),
    status: 'return_window',
    options: ['return', 'exchange', 'repair'],
    daysSince: 7,
  },
  {
    name: 'drop damage on day 1 closes return and exchange',
    input: phone({ findings: [{ code: 'drop_impact' }] }),
    status: 'excluded',
    options: ['repair'],
  },
  {
    name: 'an exclusion on any one component closes return and exchange',
    input: phone({
      faults: [{ component: 'host' }, { component: 'screen' }],
      findings: [{ code: 'drop_impact', component: 'screen' }],
    }),
    status: 'excluded',
    options: ['repair'],
  },
  {
    name: 'a cable fault on day 2: the part is never covered, so no return or exchange (issue 20)',
    input: phone({ faults: [{ component: 'cable', fault: 'no_power' }] }),
    status: 'not_covered_part',
    options: ['repair'],
  },
  {
    name: 'a part the policy does not list, inside the 7-day window: no return or exchange',
    input: phone({ faults: [{ component: 'gearbox' }], assessmentDate: '2025-03-03' }),
    status: 'not_covered_part',
    options: ['repair'],
  },
  {
    name: 'a cable and a host fault on day 2: the host fault opens the windows',
    input: phone({ faults: [{ component: 'cable' }, { component: 'host', fault: 'no_power' }] }),
    status: 'return_window',
    options: ['return', 'exchange', 'repair'],
  },
  {
    name: 'an excluded host fault on day 2 (water inside): no return or exchange',
    input: phone({ findings: [{ code: 'water_damage', component: 'host' }] }),
    status: 'excluded',
    options: ['repair'],
  },
  {
    name: 'a cable fault on day 10 does not open the exchange window either',
    input: phone({ faults: [{ component: 'cable' }], assessmentDate: '2025-03-11' }),
    status: 'not_covered_part',
    options: ['repair'],
  },
  {
    name: 'no invoice: no return or exchange, even with a production date',
    input: phone({ proof: [] }),
    status: 'no_proof',
    options: ['repair'],
    daysSince: null,
  },
  {
    name: 'invoice but no sale date recorded: no return or exchange',
    input: phone({ dates: { productionDate: '2025-01-05' } }),
    status: 'no_start_date',
    options: ['repair'],
  },
  {
    name: 'installed laser equipment: the policy offers no return or exchange',
    input: laser({ assessmentDate: '2025-03-02' }),
    status: 'no_windows',
    options: ['repair'],
  },
  {
    name: '3-day shop: day 3 exchange',
    input: phone({ policy: threeDayShop, assessmentDate: '2025-03-04' }),
    status: 'exchange_window',
    options: ['exchange', 'repair'],
  },
  {
    name: '3-day shop: day 4 repair only',
    input: phone({ policy: threeDayShop, assessmentDate: '2025-03-05' }),
    status: 'windows_passed',
    options: ['repair'],
  },
  {
    name: '3-day shop: second exchange is refused',
    input: phone({ policy: threeDayShop, exchangesUsed: 1, assessmentDate: '2025-03-02' }),
    status: 'exchange_limit_reached',
    options: ['repair'],
  },
  {
    name: 'watch exchanged once already can still be returned within the week',
    input: watch({ exchangesUsed: 1, assessmentDate: '2025-03-05' }),
    status: 'return_window',
    options: ['return', 'repair'],
  },
  {
    name: 'watch with a quality fault on day 7 can be returned or exchanged (seed 002: within a week)',
    input: watch({ assessmentDate: '2025-03-08' }),
    status: 'return_window',
    options: ['return', 'exchange', 'repair'],
  },
];

describe('return / exchange options', () => {
  it.each(cases)('$name', (c) => {
    const r = assessWarranty(c.input).returnExchange;
    expect(r.status).toBe(c.status);
    expect(r.options).toEqual(c.options);
    if (c.daysSince !== undefined) expect(r.daysSince).toBe(c.daysSince);
  });

  it('names the last return and exchange days', () => {
    const r = assessWarranty(phone()).returnExchange;
    expect(r).toMatchObject({ from: '2025-03-01', basis: 'sale', returnUntil: '2025-03-08', exchangeUntil: '2025-03-16' });
  });

  it('counts exchanges left against the limit', () => {
    expect(assessWarranty(watch()).returnExchange.exchangesLeft).toBe(1);
    expect(assessWarranty(watch({ exchangesUsed: 1 })).returnExchange.exchangesLeft).toBe(0);
    expect(assessWarranty(phone()).returnExchange.exchangesLeft).toBeNull();
  });

  it('carries the same-or-higher-price condition of the policy', () => {
    expect(assessWarranty(watch()).returnExchange.exchangeSameOrHigherPrice).toBe(true);
    expect(assessWarranty(phone()).returnExchange.exchangeSameOrHigherPrice).toBe(false);
  });
});
