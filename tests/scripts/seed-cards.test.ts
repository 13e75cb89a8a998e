import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AppDb } from '../../db/client';
import * as schema from '../../db/schema';
import { getCard, listCards, searchCards } from '../../db/queries/warranty-cards';
import { warrantyItem } from '../../db/queries/warranty-lookup';
import { seedDatabase } from '../../scripts/seed/main';
import { CARD_SHARE } from '../../scripts/seed/cards';
import { numberFormatter } from '../../scripts/seed/numbering';
import { DEFAULT_SERIES, formatNumber } from '../../shared/numbering/pattern';
import {
  assessWarranty,
  buildAssessmentInput,
  computeCardTerms,
  explainAssessment,
  type AssessmentInput,
  type WarrantyPolicy,
} from '../../shared/warranty';

const dir = mkdtempSync(join(tmpdir(), 'seed-cards-'));
const file = join(dir, 'shop.sqlite');
let sqlite: Database.Database;
let db: AppDb;

beforeAll(() => {
  seedDatabase({ file, seed: 11, counts: { customers: 1500, tickets: 3000 } });
  sqlite = new Database(file);
  db = drizzle(sqlite, { schema }) as AppDb;
}, 120_000);
afterAll(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

const all = <T>(text: string, ...params: unknown[]) => sqlite.prepare(text).all(...params) as T[];
const one = <T>(text: string, ...params: unknown[]) =>
  sqlite
    .prepare(text)
    .pluck()
    .get(...params) as T;

interface CardRow {
  id: number;
  card_no: string;
  product_id: number;
  customer_id: number;
  status: string;
  policy: string;
  start_date: string;
  start_basis: string;
  start_proven: number;
  components: string;
  issued_on: string;
  issued_at: number;
  voided_at: number | null;
}

describe('generated warranty cards', () => {
  it('are issued for a realistic share of products, a few voided and a few transferred, all keys sound', () => {
    const products = one<number>('SELECT count(*) FROM products');
    const cards = one<number>('SELECT count(*) FROM warranty_cards');
    expect(cards / products).toBeGreaterThan(CARD_SHARE - 0.05);
    expect(cards / products).toBeLessThan(CARD_SHARE + 0.05);
    expect(one<number>(`SELECT count(*) FROM warranty_cards WHERE status = 'void'`)).toBeGreaterThan(0);
    expect(one<number>(`SELECT count(*) FROM warranty_card_owners WHERE to_date IS NOT NULL`)).toBeGreaterThan(0);
    expect(all('PRAGMA foreign_key_check')).toEqual([]);
    expect(all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // Every card has exactly one current holder, the card's customer; a transferred product follows it.
    expect(
      all(`SELECT w.id FROM warranty_cards w WHERE (SELECT count(*) FROM warranty_card_owners o
             WHERE o.card_id = w.id AND o.to_date IS NULL AND o.customer_id = w.customer_id) <> 1`),
    ).toEqual([]);
    expect(
      all(`SELECT w.id FROM warranty_cards w JOIN products p ON p.id = w.product_id
           WHERE w.status = 'active' AND p.customer_id <> w.customer_id`),
    ).toEqual([]);
  });

  it('are numbered in the app’s series, in order of issue, and the series goes on after the last', () => {
    const rows = all<{ card_no: string; issued_on: string; issued_at: number }>(
      'SELECT card_no, issued_on, issued_at FROM warranty_cards ORDER BY id',
    );
    const seq = new Map<string, number>();
    let at = 0;
    for (const r of rows) {
      expect(r.card_no).toMatch(/^W\d{4}-\d{6}$/);
      const year = r.card_no.slice(1, 5);
      expect(r.issued_on.slice(0, 4)).toBe(year);
      expect(Number(r.card_no.slice(6))).toBe((seq.get(year) ?? 0) + 1);
      seq.set(year, Number(r.card_no.slice(6)));
      expect(r.issued_at).toBeGreaterThanOrEqual(at);
      at = r.issued_at;
    }
    const last = rows.at(-1)!.card_no;
    const series = sqlite.prepare(`SELECT period, next_seq FROM number_series WHERE key = 'warranty_card'`).get() as {
      period: string;
      next_seq: number;
    };
    expect(series).toEqual({ period: last.slice(1, 5), next_seq: Number(last.slice(6)) + 1 });
  });

  it('number with formatNumber’s own strings (the generator parses each pattern once)', () => {
    for (const pattern of [...Object.values(DEFAULT_SERIES).map((c) => c.pattern), 'X{YY}{MM}/{seq:3}', '{seq:1}']) {
      const format = numberFormatter(pattern);
      for (const seq of [1, 9, 10, 999, 1000, 999_999, 1_000_000, 12_345_678])
        for (const [year, month] of [
          [2016, 1],
          [2025, 12],
          [2100, 7],
        ] as const)
          expect(format({ year, month, seq })).toBe(formatNumber(pattern, { year, month, seq }));
    }
  });

  it('hold the terms computeCardTerms gives, and read back through getCard', () => {
    for (const r of all<CardRow & { production_date: string; sale_date: string; proof_kind: string | null }>(
      `SELECT w.*, p.production_date, p.sale_date, p.proof_kind FROM warranty_cards w JOIN products p ON p.id = w.product_id
       WHERE w.id % 7 = 0`,
    )) {
      const terms = computeCardTerms(
        JSON.parse(r.policy) as WarrantyPolicy,
        { productionDate: r.production_date, saleDate: r.sale_date, deliveryDate: null, acceptanceDate: null },
        r.proof_kind ? [r.proof_kind as 'invoice'] : [],
      );
      if (!terms.ok) throw new Error(`card ${r.card_no}: no terms`);
      expect({ date: r.start_date, basis: r.start_basis, proven: r.start_proven === 1 }).toEqual(terms.start);
      expect(JSON.parse(r.components)).toEqual(terms.components);
      const card = getCard(db, r.id)!;
      expect(card.cardNo).toBe(r.card_no);
      expect(card.owners.at(-1)!.customerId).toBe(r.customer_id);
    }
  });

  it('are found by the app’s card search, by whole number and by its last digits', () => {
    const cards = all<{ id: number; card_no: string }>('SELECT id, card_no FROM warranty_cards WHERE id % 50 = 1');
    expect(cards.length).toBeGreaterThan(5);
    for (const c of cards) {
      expect(searchCards(db, c.card_no, 10).map((i) => [i.id, i.matchedBy])).toContainEqual([c.id, 'cardNo']);
      expect(searchCards(db, c.card_no.toLowerCase().replace('-', ''), 10)[0]?.id).toBe(c.id);
      const tail = c.card_no.slice(-6);
      expect(listCards(db, { q: c.card_no.slice(-8), limit: 200 }).map((i) => i.id)).toContain(c.id);
      expect(searchCards(db, tail, 200).every((i) => i.cardNo.endsWith(tail) || i.cardNo.includes(tail))).toBe(true);
    }
  });

  it('are what tickets are assessed with: the engine’s answer with the card in force at intake', () => {
    const rows = all<{
      input: string;
      output: string;
      sentences: string;
      body: string;
      intake_at: number;
      product_id: number;
      customer_id: number;
      card: number | null;
    }>(
      `SELECT a.input, a.output, a.sentences, s.body, t.intake_at, t.product_id, t.customer_id,
         (SELECT w.id FROM warranty_cards w WHERE w.product_id = t.product_id AND w.issued_at <= t.intake_at
            AND (w.voided_at IS NULL OR w.voided_at > t.intake_at)) AS card
       FROM tickets t JOIN ticket_assessments a ON a.ticket_id = t.id JOIN policy_snapshots s ON s.hash = a.policy_hash`,
    );
    let withCard = 0;
    for (const r of rows) {
      const stored = JSON.parse(r.input) as Omit<AssessmentInput, 'policy'>;
      const policy = JSON.parse(r.body) as WarrantyPolicy;
      if (r.card === null) {
        expect(stored.cardExpiries).toEqual([]);
        continue;
      }
      withCard++;
      const card = getCard(db, r.card)!;
      expect(JSON.stringify(card.policy)).toBe(r.body);
      expect(stored.cardExpiries).toEqual(card.components.map((c) => ({ component: c.component, expiry: c.expiry })));
      // The ticket's customer is who held the card then.
      const holder = card.owners.find(
        (o) => o.fromDate < stored.assessmentDate && (o.toDate === null || o.toDate > stored.assessmentDate),
      );
      if (holder) expect(r.customer_id).toBe(holder.customerId);
      // As the intake handler builds it from warrantyItem (the card's policy and expiries) …
      const item = warrantyItem(db, r.product_id, 'product')!;
      const input = buildAssessmentInput(
        { ...item.context, earlierRepairs: [...(stored.earlierRepairs ?? [])], exchangesUsed: stored.exchangesUsed ?? 0 },
        { faults: [...stored.faults], findings: [...(stored.findings ?? [])] },
        stored.assessmentDate,
      );
      if (card.status === 'active')
        expect(JSON.stringify({ ...input, policy: undefined })).toBe(JSON.stringify({ ...stored, policy: undefined }));
      // … the engine gives exactly the stored answer and sentences.
      const output = assessWarranty({ ...stored, policy });
      expect(JSON.stringify(output)).toBe(r.output);
      expect(JSON.stringify(explainAssessment(output, 'zh-Hans'))).toBe(r.sentences);
    }
    expect(withCard).toBeGreaterThan(200);
  });

  it('are written exactly as the app’s card queries write them (--mode api)', () => {
    const dump = (f: string) => {
      const d = new Database(f, { readonly: true });
      try {
        return {
          cards: d.prepare('SELECT * FROM warranty_cards ORDER BY id').all(),
          owners: d.prepare('SELECT * FROM warranty_card_owners ORDER BY id').all(),
          series: d.prepare(`SELECT * FROM number_series WHERE key = 'warranty_card'`).all(),
          products: d.prepare('SELECT id, customer_id, updated_at FROM products ORDER BY id').all(),
        };
      } finally {
        d.close();
      }
    };
    const seed = (mode: 'api' | 'bulk') => {
      const f = join(dir, `${mode}.sqlite`);
      seedDatabase({ file: f, seed: 3, counts: { customers: 300, tickets: 900 }, mode });
      return dump(f);
    };
    const bulk = seed('bulk');
    const api = seed('api');
    expect(bulk.cards.length).toBeGreaterThan(100);
    expect(bulk).toEqual(api);
  }, 120_000);
});
