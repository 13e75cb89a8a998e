/** Money as integer minor units: currencies, exact arithmetic, input, display, 大写金额. */
export * from './currencies';
export * from './arithmetic';
export { normaliseNumberText } from './decimal';
export * from './quantity';
export * from './parse';
export * from './format';
export * from './chinese-capital';
export * from './messages';
export * from './schema';
