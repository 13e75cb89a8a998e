import { clearFontCache } from '../../electron/backend/pdf';
import { VERIFY_SLICE } from '../../db/queries/document-chain';
import type { PrintedDocument } from '../../shared/schemas/print';
import type { Receipt, VerifyReport } from '../../shared/schemas/payment-types';
import type { ReceiptFormat } from '../../shared/receipts/methods';
import { opResult, type BenchEnv, type OpResult } from './env';
import { measureAsync, summarize, type Stats } from './measure';

/*
 * Money at the big size: a receipt issued through the dispatcher as the take-payment dialog does
 * (number from the series, receipt, payments, hash-chain entry, timeline, audit: one IMMEDIATE
 * transaction and its fsync), Verify records over the whole chain, and the receipt PDF on A4 and
 * the 80 mm roll, warm and cold. Call benchReceipts(env) after the seed (scripts/seed payments
 * step) has filled the receipts; it appends its own receipts (a deposit on an open ticket each).
 */

async function issueReceipts(env: BenchEnv): Promise<{ stats: Stats; last: Receipt }> {
  const staffId = env.sqlite.prepare(`SELECT id FROM staff WHERE role = 'staff' ORDER BY id LIMIT 1`).pluck().get() as number;
  const ticketIds = env.sqlite
    // A deposit: tickets without an agreed bill (an approved quote turns money into a capped payment).
    .prepare(
      `SELECT id FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.ticket_id = t.id AND q.status = 'approved')
       ORDER BY t.status IN ('received', 'diagnosing') DESC, t.id DESC LIMIT 500`,
    )
    .pluck()
    .all() as number[];
  if (ticketIds.length === 0) throw new Error('no open tickets to take deposits on');
  // Today may already be closed by the seed: the bench takes payments on the handlers' own day.
  let last: Receipt | undefined;
  const runs = Math.min(env.fast.runs, 200);
  const stats = await measureAsync(
    async (i) => {
      const r = await env.dispatch('payments.take', {
        staffId,
        purpose: 'deposit',
        ticketId: ticketIds[i % ticketIds.length],
        parts: [
          { method: 'wechat', amount: 5_000, reference: `BENCH${i}` },
          { method: 'cash', amount: 1_000, tendered: 2_000 },
        ],
      });
      if (!r.ok) throw new Error(`payments.take failed: ${r.error.code} ${r.error.message}`);
      last = r.value as Receipt;
    },
    { runs, warmup: env.fast.warmup },
  );
  if (!last) throw new Error('no receipt issued');
  return { stats, last };
}

/**
 * One slice of Verify records (how long the main process is busy at a time) and the whole chain,
 * slice after slice as the Settings button asks for them (each carrying the count before it).
 */
async function verify(env: BenchEnv): Promise<{ slice: Stats; whole: Stats }> {
  const step = async (after: number, checked: number): Promise<VerifyReport> => {
    const r = await env.dispatch('records.verify', { after, checked });
    if (!r.ok) throw new Error(`records.verify failed: ${r.error.message}`);
    const report = r.value as VerifyReport;
    if (!report.ok) throw new Error(`records.verify found a break: ${JSON.stringify(report.firstBreak)}`);
    return report;
  };
  const total = env.sqlite.prepare('SELECT count(*) FROM document_chain').pluck().get() as number;
  const position = env.sqlite.prepare('SELECT count(*) FROM document_chain WHERE seq <= ?').pluck();
  // Slices from spread-out positions, each given the count the slice before it would have reported.
  const starts = Array.from({ length: 16 }, (_, i) => Math.floor((i * 7919 * VERIFY_SLICE) % Math.max(1, total - VERIFY_SLICE)));
  const before = new Map(starts.map((after) => [after, position.get(after) as number]));
  const slice = await measureAsync((i) => step(starts[i % starts.length]!, before.get(starts[i % starts.length]!)!), {
    runs: Math.min(50, env.fast.runs),
    warmup: 2,
  });
  const whole = await measureAsync(
    async () => {
      let report = await step(0, 0);
      while (report.next !== null) report = await step(report.next, report.checked);
      if (report.checked !== total) throw new Error(`records.verify checked ${report.checked} of ${total} entries`);
    },
    { runs: Math.min(3, env.slow.runs), warmup: 0 },
  );
  return { slice, whole };
}

async function forms(env: BenchEnv, id: number): Promise<OpResult[]> {
  const print = async (format: ReceiptFormat) => {
    const r = await env.dispatch('receipts.print', { id, format });
    if (!r.ok) throw new Error(`receipts.print ${format} failed: ${r.error.message}`);
    const doc = r.value as PrintedDocument;
    if (!Buffer.from(doc.base64, 'base64').subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new Error(`${format}: not a PDF`);
  };
  const results: OpResult[] = [];
  for (const format of ['A4', 'receipt80'] as const) {
    const cold: number[] = [];
    for (let i = 0; i < Math.min(5, env.fast.runs); i++) {
      clearFontCache();
      const t0 = process.hrtime.bigint();
      await print(format);
      cold.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const warm = await measureAsync(() => print(format), { runs: Math.min(30, env.fast.runs), warmup: 3 });
    results.push(
      opResult(`receipts.print: ${format}, warm`, env.tickets, 'PDF through the dispatcher', warm, {
        label: 'cold: fonts read and parsed',
        stats: summarize(cold),
      }),
    );
  }
  return results;
}

export async function benchReceipts(env: BenchEnv): Promise<OpResult[]> {
  const receipts = env.sqlite.prepare('SELECT count(*) FROM receipts').pluck().get() as number;
  const issued = await issueReceipts(env);
  env.log(`payments.take: p50 ${issued.stats.p50.toFixed(2)} ms (${receipts} receipts before)`);
  const chain = env.sqlite.prepare('SELECT count(*) FROM document_chain').pluck().get() as number;
  const verified = await verify(env);
  env.log(
    `records.verify: slice p50 ${verified.slice.p50.toFixed(1)} ms, whole ${chain} entries p50 ${verified.whole.p50.toFixed(0)} ms`,
  );
  return [
    opResult('payments.take: receipt, WeChat + cash', env.tickets, 'dispatcher, one IMMEDIATE transaction', issued.stats),
    opResult(
      `records.verify: one slice of ${VERIFY_SLICE}`,
      env.tickets,
      'dispatcher, the UI calls it until done',
      verified.slice,
    ),
    opResult(`records.verify: whole chain, ${chain} entries`, env.tickets, 'all slices in a row', verified.whole),
    ...(await forms(env, issued.last.id)),
  ];
}
