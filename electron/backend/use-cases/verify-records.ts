import type { MethodParsedInput } from '../../../shared/api/contract';
import type { VerifyReport } from '../../../shared/schemas/payment-types';
import { dayCloseContent } from '../../../db/queries/day-close';
import { verifyChain, VERIFY_SLICE, type ContentReader } from '../../../db/queries/document-chain';
import { creditNoteContent, receiptContent, voidContent } from '../../../db/queries/receipts';
import type { HandlerContext } from '../context';

/** Rebuilds each kind of chained document from its own table (Verify records). */
export const readChainContent: ContentReader = (db, kind, docId) => {
  switch (kind) {
    case 'receipt':
      return receiptContent(db, docId);
    case 'void':
      return voidContent(db, docId);
    case 'credit_note':
      return creditNoteContent(db, docId);
    case 'day_close':
      return dayCloseContent(db, docId);
  }
};

/** Settings → Verify records: one slice of the hash chain, carrying the count the slice before reported. */
export function verifyRecords(ctx: HandlerContext, input: MethodParsedInput<'records.verify'>): VerifyReport {
  return verifyChain(ctx.db, readChainContent, input.after, VERIFY_SLICE, input.checked);
}
