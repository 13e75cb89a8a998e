import { describe, expect, it } from 'vitest';
import { testDb } from '../helpers';
import {
  createCustomer,
  getCustomer,
  listCustomers,
  phoneOwners,
  searchCustomers,
  updateCustomer,
} from '../../db/queries/customers';
import { customerFieldsSchema, type CustomerFieldsInput } from '../../shared/schemas/customer';

const fields = (input: CustomerFieldsInput) => customerFieldsSchema.parse(input);

function seed() {
  const { db, sqlite } = testDb();
  const people: [string, string][] = [
    ['陈大文', '138 0013 8000'],
    ['陳小明', '139 1234 5678'],
    ['张伟', '186 2000 3141'],
    ['张伟明', '186 2000 9999'],
    ['王张伟', '135 0000 1111'],
    ['李娜', '+852 2345 5678'],
    ['John Smith', '+1 415 555 0101'],
    ['Anna Li', '137 7777 7777'],
  ];
  const ids = people.map(([name, phone], i) => createCustomer(db, fields({ name, phones: [{ number: phone }] }), 1_000 + i).id);
  return { db, sqlite, ids };
}

describe('customers in the database', () => {
  it('stores a customer with phones in order and reads it back', () => {
    const { db } = testDb();
    const c = createCustomer(
      db,
      fields({
        name: '陈大文',
        phones: [{ number: '138 0013 8000' }, { number: '0755-8888 6666', label: 'work' }],
        notes: '老客户',
      }),
      42,
    );
    expect(getCustomer(db, c.id)).toEqual({
      id: c.id,
      name: '陈大文',
      phones: [
        { number: '138 0013 8000', label: 'mobile' },
        { number: '0755-8888 6666', label: 'work' },
      ],
      email: '',
      address: '',
      notes: '老客户',
      consentToContact: false,
      createdAt: 42,
      updatedAt: 42,
    });
  });

  it('an update replaces phones and keeps the creation time', () => {
    const { db } = testDb();
    const c = createCustomer(db, fields({ name: '李娜', phones: [{ number: '13800001111' }] }), 1);
    const after = updateCustomer(db, c.id, fields({ name: '李娜娜', phones: [{ number: '13900002222' }] }), 2)!;
    expect(after.phones).toEqual([{ number: '13900002222', label: 'mobile' }]);
    expect(after.createdAt).toBe(1);
    expect(after.updatedAt).toBe(2);
    expect(searchCustomers(db, '1111', 10)).toEqual([]);
    expect(searchCustomers(db, '2222', 10).map((x) => x.id)).toEqual([c.id]);
    expect(searchCustomers(db, '娜娜', 10).map((x) => x.id)).toEqual([c.id]);
    expect(updateCustomer(db, 999, fields({ name: 'x', phones: [{ number: '13900002222' }] }), 3)).toBeUndefined();
  });

  it('finds two-character Chinese names anywhere in the name', () => {
    const { db } = seed();
    expect(searchCustomers(db, '张伟', 10).map((c) => c.name)).toEqual(['张伟', '张伟明', '王张伟']);
    expect(searchCustomers(db, '大文', 10).map((c) => c.name)).toEqual(['陈大文']);
  });

  it('finds traditional spellings with simplified queries and the other way round', () => {
    const { db } = seed();
    expect(
      searchCustomers(db, '陈', 10)
        .map((c) => c.name)
        .sort(),
    ).toEqual(['陈大文', '陳小明'].sort());
    expect(searchCustomers(db, '陳大文', 10).map((c) => c.name)).toEqual(['陈大文']);
    expect(searchCustomers(db, '張偉', 10).map((c) => c.name)).toEqual(['张伟', '张伟明', '王张伟']);
  });

  it('one character finds names starting with it (surname search)', () => {
    const { db } = seed();
    expect(searchCustomers(db, '张', 10).map((c) => c.name)).toEqual(['张伟明', '张伟']);
  });

  it('Latin names match case-insensitively inside words', () => {
    const { db } = seed();
    expect(searchCustomers(db, 'SMITH', 10).map((c) => c.name)).toEqual(['John Smith']);
    expect(searchCustomers(db, 'li', 10).map((c) => c.name)).toEqual(['Anna Li']);
  });

  it('the last 4 digits find every customer whose phone ends with them, full numbers rank first', () => {
    const { db } = seed();
    const tail = searchCustomers(db, '5678', 10);
    expect(tail.map((c) => [c.name, c.matchedBy])).toEqual([
      ['李娜', 'phoneTail'],
      ['陳小明', 'phoneTail'],
    ]);
    expect(searchCustomers(db, '139 1234 5678', 10).map((c) => [c.name, c.matchedBy])).toEqual([['陳小明', 'phone']]);
    // With the country code typed, the same phone is still found, as a whole number.
    expect(searchCustomers(db, '+86 139 1234 5678', 10).map((c) => [c.name, c.matchedBy])).toEqual([['陳小明', 'phone']]);
    expect(searchCustomers(db, '00852 2345 5678', 10).map((c) => [c.name, c.matchedBy])).toEqual([['李娜', 'phone']]);
  });

  it('search text with FTS or LIKE syntax is taken literally and never fails', () => {
    const { db } = seed();
    for (const q of [
      '"',
      '*',
      'NEAR(张 伟)',
      '%',
      '_',
      '陈"大',
      "'; DROP TABLE customers; --",
      '😀😀😀',
      'x'.repeat(200),
      'AND OR NOT',
    ]) {
      expect(() => searchCustomers(db, q, 10), q).not.toThrow();
      expect(() => listCustomers(db, { q, limit: 10 }), q).not.toThrow();
    }
    expect(searchCustomers(db, '%', 10)).toEqual([]);
    expect(searchCustomers(db, 'NEAR(张 伟)', 10)).toEqual([]);
  });

  it('lists newest first in pages that join up without gaps or repeats', () => {
    const { db, ids } = seed();
    const first = listCustomers(db, { limit: 3 });
    expect(first.total).toBe(8);
    const seen = [...first.items.map((i) => i.id)];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = listCustomers(db, { limit: 3, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([...ids].reverse());
  });

  it('filters the list by name or phone tail with a total', () => {
    const { db } = seed();
    const byName = listCustomers(db, { limit: 10, q: '张伟' });
    expect(byName.total).toBe(3);
    expect(byName.items.map((i) => i.name)).toEqual(['王张伟', '张伟明', '张伟']);
    expect(listCustomers(db, { limit: 10, q: '5678' }).total).toBe(2);
    expect(listCustomers(db, { limit: 1, q: '张伟' }).nextCursor).not.toBeNull();
  });

  it('phone owners match by digits, whatever the formatting', () => {
    const { db, ids } = seed();
    expect(phoneOwners(db, '13800138000').map((o) => o.id)).toEqual([ids[0]]);
    expect(phoneOwners(db, '138-0013-8000', ids[0])).toEqual([]);
    expect(phoneOwners(db, '')).toEqual([]);
    // The same phone written with its country code is the same phone.
    expect(phoneOwners(db, '+86 138 0013 8000').map((o) => o.id)).toEqual([ids[0]]);
    expect(phoneOwners(db, '2345 5678').map((o) => o.id)).toEqual([ids[5]]);
    // A number that merely ends with the same digits is someone else's.
    expect(phoneOwners(db, '0013 8000')).toEqual([]);
  });

  it('keeps the search index in step with the table (FTS integrity check)', () => {
    const { db, sqlite, ids } = seed();
    updateCustomer(db, ids[0]!, fields({ name: '陈大力', phones: [{ number: '13800138000' }] }), 5000);
    expect(() => sqlite.prepare(`INSERT INTO customers_fts(customers_fts) VALUES ('integrity-check')`).run()).not.toThrow();
    expect(searchCustomers(db, '陈大文', 10)).toEqual([]);
    expect(searchCustomers(db, '大力', 10).map((c) => c.id)).toEqual([ids[0]]);
  });
});
