import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startupFailureText } from '../../electron/main/startup-failure';
import { createTranslator } from '../../shared/i18n';
import { AppError } from '../../shared/api/errors';
import { tempDir } from '../helpers';

describe('the start-up failure dialog', () => {
  it('says what is wrong in the owner’s language and names the newest backup for a damaged file', () => {
    const userData = tempDir();
    const backups = join(userData, 'backups');
    mkdirSync(backups);
    const sqliteFile = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]);
    writeFileSync(join(backups, 'auto-20261120-080000.sqlite'), sqliteFile);
    writeFileSync(join(backups, 'auto-20261121-080000.sqlite'), sqliteFile);
    writeFileSync(join(backups, 'auto-20261122-080000.sqlite'), ''); // an interrupted copy is not offered
    const text = startupFailureText(new AppError('db_corrupt', 'quick_check: …'), createTranslator('zh-Hans'), {
      userData,
      backups,
    });
    expect(text).toContain('数据库文件已损坏，未向其写入任何内容');
    expect(text).toContain('auto-20261121-080000.sqlite');
    expect(text).toContain(userData);
  });

  it('each bad-file refusal has its own message, in every language', () => {
    const paths = { userData: '/data', backups: '/data/backups' };
    for (const language of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const t = createTranslator(language);
      const texts = (['db_empty_file', 'db_is_folder', 'db_read_only', 'db_locked', 'db_cannot_open'] as const).map((code) =>
        startupFailureText(new AppError(code, code, { path: '/data/repair-counter.sqlite' }), t, paths),
      );
      expect(new Set(texts).size, language).toBe(texts.length);
      for (const text of texts) expect(text).toContain('/data/repair-counter.sqlite');
    }
    expect(startupFailureText(new AppError('db_empty_file', ''), createTranslator('en'), paths)).toContain('No backup was found');
  });
});
