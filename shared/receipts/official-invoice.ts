/*
 * A shop's own printout is a 收据, never a 发票: an official invoice (发票) is issued through the
 * tax system. Where the shop issues one elsewhere for a payment, the receipt records its kind and
 * number so both can be found together.
 *   vat_normal  — 增值税普通发票 (普票)
 *   vat_special — 增值税专用发票 (专票)
 *   digital     — 全面数字化的电子发票 (数电票): a 20-digit number
 * Paper and older electronic invoices carry an 8-digit number (with a 10- or 12-digit code);
 * staff may type the code and the number together.
 */

export const OFFICIAL_INVOICE_KINDS = ['vat_normal', 'vat_special', 'digital'] as const;
export type OfficialInvoiceKind = (typeof OFFICIAL_INVOICE_KINDS)[number];

/** What is stored and printed: full-width digits made ASCII, spaces and dashes dropped. */
export function cleanInvoiceNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\-\u00A0\u3000]/g, '');
}

/** Whether the number can be this kind's: digits only, 20 for a 数电票, 8 to 20 otherwise. */
export function isInvoiceNumber(kind: OfficialInvoiceKind, raw: string): boolean {
  const n = cleanInvoiceNumber(raw);
  if (!/^[0-9]+$/.test(n)) return false;
  return kind === 'digital' ? n.length === 20 : n.length >= 8 && n.length <= 20;
}

export interface OfficialInvoice {
  id: number;
  kind: OfficialInvoiceKind;
  number: string;
  recordedAt: number;
  staffName: string;
}
