import { sqliteTable, integer, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The hash chain over every issued document and event, in order: hash = SHA-256(canonical JSON
 * of { kind, docNo, content, prev }). Settings → Verify records recomputes it.
 */
export const documentChain = sqliteTable(
  'document_chain',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    /** 'receipt' | 'credit_note' | 'void' | 'day_close'. */
    kind: text('kind').notNull(),
    /** The receipt (for 'void' too), credit note or day close. */
    docId: integer('doc_id').notNull(),
    docNo: text('doc_no').notNull(),
    at: integer('at').notNull(),
    /** Canonical JSON of the document's content as issued. */
    content: text('content').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('document_chain_doc_idx').on(t.kind, t.docId)],
);
