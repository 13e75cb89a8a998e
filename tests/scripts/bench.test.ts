import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { AppDb } from '../../db/client';
import { searchCustomers } from '../../db/queries/customers';
import * as schema from '../../db/schema';
import type { CustomerListItem, CustomerPage } from '../../shared/schemas/customer';
import {
  checkEmpty,
  checkFindsSimplified,
  checkFullPhone,
  checkNameResults,
  checkPage,
  checkPhoneResults,
  checkSameIds,
} from '../../scripts/bench/checks';
import { percentile, summarize, verify } from '../../scripts/bench/measure';
import { naiveSearch } from '../../scripts/bench/naive';
import { drawPools } from '../../scripts/bench/pools';
import { runBench } from '../../scripts/bench/main';
import { seedDatabase } from '../../scripts/seed/main';

const item = (id: number, name: string, matchedBy?: CustomerListItem['matchedBy']): CustomerListItem => ({
  id,
  name,
  phone: '',
  email: '',
  createdAt: 0,
  ...(matchedBy ? { matchedBy } : {}),
});

describe('correctness checks catch wrong results', () => {
  it('name matches: substring, folded; prefix for one character', () => {
    expect(checkNameResults('张伟', [item(3, '张伟明', 'name'), item(2, '張偉', 'name')])).toEqual([]);
    expect(checkNameResults('张伟', [item(3, '张伟明', 'name'), item(1, '李娜', 'name')])).toHaveLength(1);
    expect(checkNameResults('王', [item(1, '王芳', 'name')])).toEqual([]);
    expect(checkNameResults('王', [item(1, '李王', 'name')])).toHaveLength(1);
    expect(checkNameResults('chan', [item(1, 'Peter CHAN', 'phoneTail')])).toHaveLength(1);
  });

  it('phone tails: every number ends with the digits, whole matches say so', () => {
    const numbers: Record<number, string[]> = { 1: ['13812341234'], 2: ['98761234', '21234567'], 3: ['13899990000'] };
    const digitsOf = (id: number) => numbers[id] ?? [];
    expect(checkPhoneResults('1234', [item(2, 'a', 'phoneTail'), item(1, 'b', 'phoneTail')], digitsOf)).toEqual([]);
    expect(checkPhoneResults('1234', [item(3, 'c', 'phoneTail')], digitsOf)).toHaveLength(1);
    expect(checkPhoneResults('98761234', [item(2, 'a', 'phoneTail')], digitsOf)).toHaveLength(1);
    expect(checkFullPhone('98761234', [item(2, 'a', 'phone')], digitsOf)).toEqual([]);
    expect(checkFullPhone('98761234', [], digitsOf)).toHaveLength(1);
    expect(checkFullPhone('1234', [item(1, 'b', 'phoneTail')], digitsOf)).not.toEqual([]);
  });

  it('traditional queries must reach simplified rows', () => {
    expect(checkFindsSimplified('陳大', [item(2, '陳大文', 'name'), item(1, '陈大伟', 'name')])).toEqual([]);
    expect(checkFindsSimplified('陳大', [item(2, '陳大文', 'name')])).toHaveLength(1);
    expect(checkFindsSimplified('陳大', [])).toHaveLength(1);
    expect(checkFindsSimplified('陈大', [item(1, '陈大伟', 'name')])).toHaveLength(1);
  });

  it('empty, same ids', () => {
    expect(checkEmpty([])).toEqual([]);
    expect(checkEmpty([item(1, 'x')])).toHaveLength(1);
    expect(checkSameIds([item(2, 'a'), item(1, 'b')], [{ id: 2 }, { id: 1 }])).toEqual([]);
    expect(checkSameIds([item(1, 'b'), item(2, 'a')], [{ id: 2 }, { id: 1 }])).toHaveLength(1);
    expect(checkSameIds([item(2, 'a')], [{ id: 2 }, { id: 1 }])).toHaveLength(1);
  });

  it('pages: order, cursor, total, filter, next cursor', () => {
    const page = (ids: number[], total: number, nextCursor: string | null): CustomerPage => ({
      items: ids.map((id) => item(id, `王${id}`)),
      total,
      nextCursor,
    });
    const ok = { limit: 3, total: 10, matches: (i: CustomerListItem) => i.name.startsWith('王') };
    expect(checkPage(page([9, 8, 7], 10, '7'), ok)).toEqual([]);
    expect(checkPage(page([8, 9, 7], 10, '7'), ok)).not.toEqual([]);
    expect(checkPage(page([9, 8, 7], 11, '7'), ok)).not.toEqual([]);
    expect(checkPage(page([9, 8, 7], 10, null), ok)).not.toEqual([]);
    expect(checkPage(page([9, 8], 10, '8'), ok)).not.toEqual([]);
    expect(checkPage(page([9, 8, 7], -1, '7'), { limit: 3, before: 8 })).not.toEqual([]);
    expect(checkPage({ items: [item(3, '李')], total: 1, nextCursor: null }, ok)).not.toEqual([]);
    expect(checkPage(page([9, 8, 7], 10, '7'), { ...ok, expectedIds: [9, 8, 6] })).not.toEqual([]);
  });

  it('verify throws on the first failed check', () => {
    expect(() => verify('op', ['a', 'b'], (q) => (q === 'b' ? ['wrong'] : []))).toThrow(/check failed for op \("b"\)/);
    expect(() => verify('op', ['a'], () => [])).not.toThrow();
  });
});

describe('timing helpers', () => {
  it('nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([5], 99)).toBe(5);
    expect(summarize([3, 1, 2])).toEqual({ runs: 3, p50: 2, p95: 3, p99: 3 });
  });
});

describe('on generated data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
  const file = join(dir, 'data.sqlite');
  let sqlite: Database.Database;
  let db: AppDb;
  beforeAll(() => {
    seedDatabase({ file, seed: 42, counts: { customers: 3000 } });
    sqlite = new Database(file);
    db = drizzle(sqlite, { schema }) as AppDb;
  });
  afterAll(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('search agrees with the naive reference for every pool query, and a wrong list is caught', () => {
    const pools = drawPools(sqlite, 42);
    const all = [...pools.twoChar, ...pools.threeChar, ...pools.surname, ...pools.traditional, ...pools.latin];
    expect(all.length).toBeGreaterThan(100);
    for (const q of [...all, ...pools.phoneTail, ...pools.fullPhone, ...pools.noMatch, ...pools.syntax]) {
      expect(checkSameIds(searchCustomers(db, q, 8), naiveSearch(sqlite, q, 8)), q).toEqual([]);
    }
    // Results of another query, or one result dropped: both fail.
    const right = searchCustomers(db, pools.twoChar[0]!, 8);
    const other = searchCustomers(db, pools.threeChar[0]!, 8);
    expect(checkNameResults(pools.twoChar[0]!, other).length + checkSameIds(other, right).length).toBeGreaterThan(0);
    expect(checkSameIds(right.slice(1), naiveSearch(sqlite, pools.twoChar[0]!, 8))).toHaveLength(1);
  });

  it('the whole bench runs end to end on a small database, checks included', async () => {
    const report = await runBench({
      customers: 1500,
      tickets: 800,
      seed: 42,
      cacheDir: join(dir, 'cache'),
      command: 'test',
      fast: { runs: 5, warmup: 1 },
      slow: { runs: 3, warmup: 1 },
      renderer: false,
    });
    const operations = report.results.map((r) => r.operation);
    expect(operations).toEqual(
      expect.arrayContaining(['search: 2-char Chinese name (张伟)', 'search: no match', 'customers.list: first page']),
    );
    expect(operations.some((o) => o.startsWith('customers.create'))).toBe(true);
    expect(operations.some((o) => o.startsWith('start-up'))).toBe(true);
    for (const prefix of [
      'tickets.create: intake save',
      'tickets.list: deep page',
      'quote totals',
      'tickets.print: pickup form',
      'search.global: serial substring',
      'search.global: 2-char Chinese name',
      'monthly figures (3 months)',
      'payments.take',
      'records.verify: one slice',
      'records.verify: whole chain',
      'receipts.print: receipt80',
      'warranty assessment',
      'screen: customer page',
      'screen: ticket page',
      'screen: payments page on a busy day',
      'start-up: open + migrate',
      'start-up: quick_check',
    ])
      expect(
        operations.some((o) => o.startsWith(prefix)),
        prefix,
      ).toBe(true);
    for (const r of report.results) {
      expect(r.size).toBe(
        /^(ticket|quote|search\.global|monthly|warranty|payments|records|receipts|screen)/.test(r.operation) ? 800 : 1500,
      );
      expect(r.p50).toBeGreaterThan(0);
      expect(r.p95).toBeGreaterThanOrEqual(r.p50);
      expect(r.p99).toBeGreaterThanOrEqual(r.p95);
    }
    expect(report.alternatives.length).toBeGreaterThanOrEqual(5);
    expect(report.file.bytes).toBeGreaterThan(0);
    expect(report.machine.cpus).toBeGreaterThan(0);
  }, 120_000);
});
