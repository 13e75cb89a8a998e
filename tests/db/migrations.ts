// What the migration tests share: the journal, a copy of the migrations folder holding only the
// first ones (plus made-up ones), and a shop file opened at the schema just before a migration.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openDatabase } from '../../db/open';
import { MIGRATIONS, tempDir } from '../helpers';

export interface Journal {
  version: string;
  dialect: string;
  entries: { idx: number; when: number; tag: string; version: string; breakpoints: boolean }[];
}

export const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as Journal;

/** A copy of the migrations folder holding only the first `n` migrations, plus extra ones. */
export function migrationsFolder(n: number, extra: { tag: string; sql: string }[] = []): string {
  const dir = join(tempDir(), 'migrations');
  mkdirSync(join(dir, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, n);
  for (const e of entries) copyFileSync(join(MIGRATIONS, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  let when = entries.at(-1)?.when ?? 0;
  for (const x of extra) {
    when += 1000;
    entries.push({ idx: entries.length, when, tag: x.tag, version: '6', breakpoints: true });
    writeFileSync(join(dir, `${x.tag}.sql`), x.sql);
  }
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

/**
 * A new shop file migrated up to just before the migration whose tag ends with `tagSuffix`, open
 * (`old`) for the test to fill in that older schema and close; then `openDatabase` on `file` with
 * every migration upgrades it. `index` is how many migrations ran before that one.
 */
export function shopBefore(tagSuffix: string) {
  const index = journal.entries.findIndex((e) => e.tag.endsWith(tagSuffix));
  expect(index, `a migration tagged *${tagSuffix}`).toBeGreaterThan(0);
  const file = join(tempDir(), 'shop.sqlite');
  const old = openDatabase({ file, migrationsFolder: migrationsFolder(index) });
  return { file, index, old };
}
