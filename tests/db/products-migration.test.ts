import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { matchProducts } from '../../db/queries/products';
import { MIGRATIONS } from '../helpers';
import { shopBefore } from './migrations';

describe('the products search migration', () => {
  it('indexes products registered before it ran', () => {
    const { file, old } = shopBefore('_products_search');
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
