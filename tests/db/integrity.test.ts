import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { quickCheck } from '../../db/integrity';
import { createCustomer } from '../../db/queries/customers';
import { customerFieldsSchema } from '../../shared/schemas/customer';
import { MIGRATIONS, tempDir } from '../helpers';

describe('background integrity check', () => {
  it('reports a healthy file as healthy and damage inside a table as problems', () => {
    const file = join(tempDir(), 'shop.sqlite');
    const opened = openDatabase({ file, migrationsFolder: MIGRATIONS });
    opened.sqlite.transaction(() => {
      for (let i = 0; i < 400; i++) {
        const phone = `1380000${String(i).padStart(4, '0')}`;
        createCustomer(opened.db, customerFieldsSchema.parse({ name: `客户${i}`, phones: [{ number: phone }] }), i);
      }
    })();
    opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    opened.sqlite.close();
    expect(quickCheck(file)).toEqual([]);

    // Scribble over the b-tree page headers of a few pages after the first (the file header
    // stays intact, so the file still opens) — the kind of damage a failing disk causes.
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    for (let page = 3; page < 9; page++) bytes.fill(0xff, (page - 1) * pageSize, (page - 1) * pageSize + 12);
    writeFileSync(file, bytes);
    const problems = (() => {
      try {
        return quickCheck(file);
      } catch (error) {
        return [String(error)];
      }
    })();
    expect(problems.length).toBeGreaterThan(0);
  });
});
