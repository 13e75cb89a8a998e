/** Quote and invoice totals: lines, warranty-free value, discount, tax, with one rounding rule. */
export * from './totals';
export * from './validate';
export * from './messages';
export * from './discount-input';
