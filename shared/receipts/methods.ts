/** How a customer pays (seed 000: bank transfer, cash, Alipay / WeChat; plus card and other). */
export const PAYMENT_METHODS = ['cash', 'wechat', 'alipay', 'card', 'bank_transfer', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Why money is taken: a deposit at intake, a payment against the bill, a counter sale of parts. */
export const RECEIPT_PURPOSES = ['deposit', 'payment', 'sale'] as const;
export type ReceiptPurpose = (typeof RECEIPT_PURPOSES)[number];

/** Printed layouts: A4 / A5 receipt, 80 mm and 58 mm thermal rolls. */
export const RECEIPT_FORMATS = ['A4', 'A5', 'receipt80', 'receipt58'] as const;
export type ReceiptFormat = (typeof RECEIPT_FORMATS)[number];

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return typeof value === 'string' && (PAYMENT_METHODS as readonly string[]).includes(value);
}
