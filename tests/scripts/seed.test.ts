import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { customerFieldsSchema } from '../../shared/schemas/customer';
import { foldForSearch, hasCjk } from '../../shared/text/fold';
import { isValidPhone, phoneDigits } from '../../shared/text/phone';
import { DEFAULT_END, DEFAULT_START, generateCustomers, type SeedCustomer } from '../../scripts/seed/customers';
import { seedDatabase } from '../../scripts/seed/main';
import { NAME_TABLES } from '../../scripts/seed/names';
import { Random } from '../../scripts/seed/random';

const range = { start: DEFAULT_START, end: DEFAULT_END };
const generate = (count: number, seed: number): SeedCustomer[] => [...generateCustomers({ count, seed, ...range })];

const dir = mkdtempSync(join(tmpdir(), 'seed-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Random', () => {
  it('is deterministic per seed and stream, and stays in range', () => {
    const draw = (seed: number, stream: string) => {
      const r = new Random(seed, stream);
      return Array.from({ length: 50 }, () => r.int(1, 6));
    };
    expect(draw(42, 'a')).toEqual(draw(42, 'a'));
    expect(draw(42, 'a')).not.toEqual(draw(43, 'a'));
    expect(draw(42, 'a')).not.toEqual(draw(42, 'b'));
    expect(draw(42, 'a').every((n) => n >= 1 && n <= 6)).toBe(true);
  });
});

describe('customer generator', () => {
  const customers = generate(5000, 42);

  it('gives the same customers for the same seed, different ones for another', () => {
    expect(generate(5000, 42)).toEqual(customers);
    expect(generate(200, 43)).not.toEqual(customers.slice(0, 200));
  });

  it('produces fields the API accepts unchanged', () => {
    for (const c of customers) {
      const parsed = customerFieldsSchema.safeParse(c.fields);
      expect(parsed.success, `${JSON.stringify(c.fields)}: ${parsed.error?.message}`).toBe(true);
      expect(parsed.data).toEqual(c.fields);
      expect(c.fields.name.trim()).not.toBe('');
      for (const p of c.fields.phones) expect(isValidPhone(p.number), p.number).toBe(true);
    }
  });

  it('spreads created_at over the range, oldest first', () => {
    let previous = range.start;
    for (const c of customers) {
      expect(c.createdAt).toBeGreaterThanOrEqual(previous);
      expect(c.createdAt).toBeLessThanOrEqual(range.end);
      previous = c.createdAt;
    }
    const years = new Set(customers.map((c) => new Date(c.createdAt).getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(10);
  });

  it('has the mix a Chinese-speaking counter sees', () => {
    const names = customers.map((c) => c.fields.name);
    const cjk = names.filter(hasCjk);
    const traditional = cjk.filter((n) => foldForSearch(n) !== n);
    const share = (n: number) => n / customers.length;
    expect(share(traditional.length)).toBeGreaterThan(0.1);
    expect(traditional.some((n) => /[陳張黃劉]/.test(n))).toBe(true);
    expect(share(cjk.filter((n) => [...n].length === 2).length)).toBeGreaterThan(0.15);
    expect(share(cjk.filter((n) => [...n].length === 3).length)).toBeGreaterThan(0.4);
    expect(names).toContain('张伟');
    expect(share(names.filter((n) => /^[A-Za-z]/.test(n)).length)).toBeGreaterThan(0.05);

    const phones = customers.flatMap((c) => c.fields.phones.map((p) => p.number));
    expect(phones.some((p) => /^1\d{2} \d{4} \d{4}$/.test(p))).toBe(true); // mainland mobile, grouped
    expect(phones.some((p) => /^[569]\d{3} \d{4}$/.test(p))).toBe(true); // Hong Kong
    expect(phones.some((p) => /^09\d{2}/.test(p))).toBe(true); // Taiwan
    expect(phones.some((p) => p.startsWith('+44 '))).toBe(true);
    expect(phones.some((p) => p.startsWith('+1 '))).toBe(true);
    expect(share(customers.filter((c) => c.fields.phones.length >= 2).length)).toBeGreaterThan(0.08);

    const owners = new Map<string, number>();
    for (const c of customers)
      for (const p of c.fields.phones) owners.set(phoneDigits(p.number), (owners.get(phoneDigits(p.number)) ?? 0) + 1);
    const shared = [...owners.values()].filter((n) => n > 1).length;
    expect(shared).toBeGreaterThan(10); // families
    expect(shared).toBeLessThan(customers.length * 0.05);

    expect(share(customers.filter((c) => c.fields.email).length)).toBeGreaterThan(0.2);
    expect(share(customers.filter((c) => c.fields.address).length)).toBeGreaterThan(0.4);
    expect(share(customers.filter((c) => c.fields.notes).length)).toBeGreaterThan(0.05);
    const consent = share(customers.filter((c) => c.fields.consentToContact).length);
    expect(consent).toBeGreaterThan(0.4);
    expect(consent).toBeLessThan(0.7);
  });

  it('writes traditional forms that fold to their simplified forms', () => {
    for (const s of NAME_TABLES.SURNAMES) expect(foldForSearch(s[1])).toBe(s[0]);
    for (const [simp, trad] of NAME_TABLES.GIVEN) expect(foldForSearch(trad)).toBe(simp);
  });
});

const TABLES = [
  'customers',
  'customer_phones',
  'customer_name_grams',
  // The FTS5 index itself: the same writes in the same transactions give the same segments.
  'customers_fts_data',
  'customers_fts_idx',
  'customers_fts_docsize',
];

function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).raw().all()]));
  } finally {
    db.close();
  }
}

describe('seeding a database', () => {
  it('the bulk path writes exactly what createCustomer writes', () => {
    const api = join(dir, 'api.sqlite');
    const bulk = join(dir, 'bulk.sqlite');
    seedDatabase({ file: api, seed: 7, counts: { customers: 2000 }, mode: 'api' });
    seedDatabase({ file: bulk, seed: 7, counts: { customers: 2000 }, mode: 'bulk' });
    const a = dump(api);
    const b = dump(bulk);
    expect((a.customers ?? []).length).toBe(2000);
    expect((a.customer_phones ?? []).length).toBeGreaterThan(2000);
    expect((a.customer_name_grams ?? []).length).toBeGreaterThan(2000);
    for (const t of TABLES) expect(b[t], t).toEqual(a[t]);
  });

  it('gives the same database for the same seed, and keeps the FTS index consistent', () => {
    const one = join(dir, 'one.sqlite');
    const two = join(dir, 'two.sqlite');
    seedDatabase({ file: one, seed: 42, counts: { customers: 1500 } });
    seedDatabase({ file: two, seed: 42, counts: { customers: 1500 } });
    expect(dump(two)).toEqual(dump(one));
    const db = new Database(one);
    try {
      expect(() => db.exec(`INSERT INTO customers_fts(customers_fts, rank) VALUES ('integrity-check', 1)`)).not.toThrow();
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      const { n } = db
        .prepare('SELECT count(*) AS n FROM customers WHERE created_at < ? OR created_at > ?')
        .get(range.start, range.end) as { n: number };
      expect(n).toBe(0);
    } finally {
      db.close();
    }
  });
});
