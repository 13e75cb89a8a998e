import { z } from './zod';
import { LANGUAGES } from '../i18n/languages';

/** Paper sizes the printed forms come in (receipts will add the 80 mm roll). */
export const PAPER_FORMATS = ['A5', 'A4'] as const;
export type PaperFormat = (typeof PAPER_FORMATS)[number];

/** Options every printed form takes: the paper and, optionally, a language other than the shop's. */
export const printOptionsSchema = z.object({
  format: z.enum(PAPER_FORMATS).default('A5'),
  /** null or absent: the shop's language for printed forms (settings). */
  language: z.enum(LANGUAGES).nullish(),
});

/**
 * A printed form as it crosses the boundary: the PDF bytes in base64 (IPC and the preview's JSON
 * carry strings) and the file name to save it under. Every form (warranty card, ticket, quote,
 * receipt) returns this, so one preview component shows and prints them all.
 */
export interface PrintedDocument {
  fileName: string;
  mimeType: 'application/pdf';
  base64: string;
}
