import { describe, expect, it } from 'vitest';
import { CONSUMER_ELECTRONICS_POLICY, resolveStartDate } from '../../../shared/warranty';

describe('which date the warranty runs from', () => {
  it.each([
    ['a sale after production: the sale', { productionDate: '2025-01-05', saleDate: '2025-03-01' }, 'sale', '2025-03-01'],
    [
      'a pre-order (sold before it was made) delivered later: the delivery',
      { productionDate: '2025-01-05', saleDate: '2024-12-12', deliveryDate: '2025-01-20' },
      'delivery',
      '2025-01-20',
    ],
    [
      'a pre-order with no delivery recorded: never the sale, the production date',
      { productionDate: '2025-01-05', saleDate: '2024-12-12' },
      'production',
      '2025-01-05',
    ],
  ])('%s', (_, dates, basis, date) => {
    expect(resolveStartDate(CONSUMER_ELECTRONICS_POLICY, dates, ['invoice'])).toMatchObject({ start: { basis, date } });
  });
});
