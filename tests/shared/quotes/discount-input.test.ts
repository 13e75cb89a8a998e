import { describe, expect, it } from 'vitest';
import { parseDiscountInput } from '../../../shared/quotes';

describe('a discount as staff type it', () => {
  it('takes an amount in yuan as fen and a percent as basis points', () => {
    expect(parseDiscountInput('amount', '20', 'CNY')).toEqual({ discount: { kind: 'amount', amount: 2000 }, error: null });
    expect(parseDiscountInput('percent', '12.5', 'CNY')).toEqual({ discount: { kind: 'percent', rateBp: 1250 }, error: null });
  });

  it('treats "no discount" or an empty box as none, whatever was typed', () => {
    expect(parseDiscountInput('none', '30', 'CNY')).toEqual({ discount: { kind: 'none' }, error: null });
    expect(parseDiscountInput('amount', '  ', 'CNY')).toEqual({ discount: { kind: 'none' }, error: null });
  });

  it('gives a message key and no discount for text that is not a number', () => {
    const r = parseDiscountInput('amount', 'abc', 'CNY');
    expect(r.discount).toEqual({ kind: 'none' });
    expect(r.error).toMatch(/^validation\./);
    expect(parseDiscountInput('percent', '1.2345', 'CNY').error).toMatch(/validation\./);
  });
});
