import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { matchProducts } from '../../db/queries/products';
import { MIGRATIONS, tempDir } from '../helpers';

const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

function firstMigrations(n: number): string {
  const dir = join(tempDir(), 'migrations');
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, n);
  for (const e of entries) copyFileSync(join(MIGRATIONS, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

describe('the products search migration', () => {
  it('indexes products registered before it ran', () => {
    const file = join(tempDir(), 'shop.sqlite');
    const index = journal.entries.findIndex((e) => e.tag.endsWith('_products_search'));
    expect(index).toBeGreaterThan(0);
    const old = openDatabase({ file, migrationsFolder: firstMigrations(index) });
    old.sqlite.prepare(`INSERT INTO customers(name, name_fold, created_at, updated_at) VALUES ('陈大文', '陈大文', 1, 1)`).run();
    old.sqlite
      .prepare(
        `INSERT INTO products(customer_id, category, model, serial, serial_fold, serial_rev, name_fold, created_at, updated_at)
         VALUES (1, 'medical_laser', 'LX-2000', 'LX2025-00123', 'LX202500123', '32100520XL', 'lx-2000', 1, 1)`,
      )
      .run();
    old.sqlite.close();
    const upgraded = openDatabase({ file, migrationsFolder: MIGRATIONS });
    expect(matchProducts(upgraded.db, '2025001', 5)).toEqual([{ id: 1, matchedBy: 'serialPart' }]);
    expect(matchProducts(upgraded.db, 'lx-2000', 5)).toEqual([{ id: 1, matchedBy: 'model' }]);
    upgraded.sqlite.close();
  });
});
