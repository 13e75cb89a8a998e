import { hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { canonicalJson, type CanonicalValue } from '../../shared/receipts/canonical';
import type { ChainKind, VerifyProblem, VerifyReport } from '../../shared/schemas/payment-types';
import { statements } from './statements';

/*
 * The hash chain over issued documents. Each entry stores the canonical JSON of what was issued
 * and SHA-256(prev hash, kind, number, content); the first entry chains to GENESIS. The rows are
 * immutable (triggers), and verification also rebuilds each document's content from its own
 * table, so an edit to a receipt made around the triggers (or a forged chain row) is caught.
 */

export const GENESIS_HASH = '0'.repeat(64);

export type { ChainKind };

interface ChainRow {
  seq: number;
  kind: ChainKind;
  doc_id: number;
  doc_no: string;
  at: number;
  content: string;
  prev_hash: string;
  hash: string;
}

const sql = statements((db: Database.Database) => ({
  last: db.prepare('SELECT hash FROM document_chain ORDER BY seq DESC LIMIT 1'),
  insert: db.prepare(
    `INSERT INTO document_chain(kind, doc_id, doc_no, at, content, prev_hash, hash)
     VALUES (@kind, @docId, @docNo, @at, @content, @prevHash, @hash)`,
  ),
  slice: db.prepare('SELECT * FROM document_chain WHERE seq > ? ORDER BY seq LIMIT ?'),
  hashAt: db.prepare('SELECT hash FROM document_chain WHERE seq = ?').pluck(),
  countUpTo: db.prepare('SELECT count(*) FROM document_chain WHERE seq <= ?').pluck(),
  total: db.prepare('SELECT count(*) FROM document_chain').pluck(),
  counts: db.prepare(
    `SELECT (SELECT count(*) FROM receipts) AS receipts, (SELECT count(*) FROM receipts WHERE void_at IS NOT NULL) AS voids,
       (SELECT count(*) FROM credit_notes) AS credit_notes, (SELECT count(*) FROM day_closes) AS day_closes`,
  ),
  chainCounts: db.prepare('SELECT kind, count(*) AS n FROM document_chain GROUP BY kind'),
}));

export function chainHash(prevHash: string, kind: ChainKind, docNo: string, content: string): string {
  // One-shot hash: the same digest as createHash().update().digest(), ~1 µs less per document.
  return hash('sha256', `${prevHash}\n${kind}\n${docNo}\n${content}`, 'hex');
}

export interface ChainEntry {
  kind: ChainKind;
  docId: number;
  docNo: string;
  at: number;
  content: CanonicalValue;
}

/** Appends a document to the chain; in the transaction that issues it. */
export function appendToChain(db: AppDb, entry: ChainEntry): string {
  const s = sql(db.$client);
  const prevHash = (s.last.get() as { hash: string } | undefined)?.hash ?? GENESIS_HASH;
  const content = canonicalJson(entry.content);
  const hash = chainHash(prevHash, entry.kind, entry.docNo, content);
  s.insert.run({ kind: entry.kind, docId: entry.docId, docNo: entry.docNo, at: entry.at, content, prevHash, hash });
  return hash;
}

/** Rebuilds a document's canonical content from its own table (null: the document is gone). */
export type ContentReader = (db: AppDb, kind: ChainKind, docId: number) => CanonicalValue | null;

/**
 * Entries per slice: ~50 ms of work on a 10-year file (~110 µs an entry at 1.1M tickets, reading
 * each document back from its table), so the main process answers the counter's calls in between.
 */
export const VERIFY_SLICE = 500;

/**
 * Walks a slice of the chain after position `after`: every link, every hash, every document's
 * content against its table; after the last slice, that no document is missing from the chain.
 * Reports the first break. Slices link up exactly like one pass: a slice's first entry must
 * point at the stored hash of the entry before it, which the previous slice checked.
 */
export function verifyChain(
  db: AppDb,
  readContent: ContentReader,
  after = 0,
  limit = VERIFY_SLICE,
  /** The count the slice before reported (it only feeds the progress shown); counted when absent. */
  checkedBefore?: number,
): VerifyReport {
  const s = sql(db.$client);
  const total = s.total.get() as number;
  const rows = s.slice.all(after, limit) as ChainRow[];
  let prev = after === 0 ? GENESIS_HASH : ((s.hashAt.get(after) as string | undefined) ?? null);
  const last = rows.at(-1)?.seq ?? after;
  // Counting the entries up to here reads the table's pages from the start: 0.2–0.5 s per slice
  // on a 10-year file. A caller going slice by slice carries the count instead.
  const before = after === 0 ? 0 : (checkedBefore ?? (s.countUpTo.get(after) as number));
  const checked = before + rows.length;
  const report = (row: ChainRow, problem: VerifyProblem): VerifyReport => ({
    ok: false,
    checked,
    total,
    next: null,
    firstBreak: { seq: row.seq, kind: row.kind, docNo: row.doc_no, problem },
  });
  for (const row of rows) {
    if (prev === null || row.prev_hash !== prev) return report(row, 'link');
    if (chainHash(row.prev_hash, row.kind, row.doc_no, row.content) !== row.hash) return report(row, 'hash');
    const live = readContent(db, row.kind, row.doc_id);
    if (live === null || canonicalJson(live) !== row.content) return report(row, 'content');
    prev = row.hash;
  }
  if (rows.length === limit) return { ok: true, checked, total, next: last, firstBreak: null };
  const missing = missingFromChain(s);
  if (missing) {
    return {
      ok: false,
      checked,
      total,
      next: null,
      firstBreak: { seq: last + 1, kind: missing, docNo: '', problem: 'missing' },
    };
  }
  return { ok: true, checked, total, next: null, firstBreak: null };
}

/** A kind of document with more rows in its table than entries in the chain (one was never chained). */
function missingFromChain(s: ReturnType<typeof sql>): ChainKind | null {
  const counts = s.counts.get() as { receipts: number; voids: number; credit_notes: number; day_closes: number };
  const inChain = new Map((s.chainCounts.all() as { kind: ChainKind; n: number }[]).map((r) => [r.kind, r.n]));
  const expected: [ChainKind, number][] = [
    ['receipt', counts.receipts],
    ['void', counts.voids],
    ['credit_note', counts.credit_notes],
    ['day_close', counts.day_closes],
  ];
  return expected.find(([kind, n]) => (inChain.get(kind) ?? 0) !== n)?.[0] ?? null;
}
