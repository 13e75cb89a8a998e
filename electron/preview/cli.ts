/*
 * npm run preview — the real renderer in any browser, on a real SQLite file, through the same
 * handlers as the desktop app. Options:
 *   --db <file>     use this database file (created and migrated if needed)
 *   --port <n>      port on 127.0.0.1 (default 5180; 0 picks a free one)
 *   --lang <code>   zh-Hans | zh-Hant | en: system language the app assumes (default zh-Hans)
 *   --no-demo       with no --db: start from an empty database instead of the demo shop
 * Without --db a fresh demo database is created in a temporary folder on every run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { createCore } from '../backend/core';
import { consoleLogger } from '../backend/context';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import { createTranslator } from '../../shared/i18n';
import { AppError } from '../../shared/api/errors';
import { startPreviewServer } from './server';
import { seedDemo, seedDemoTickets } from './demo';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string', default: process.env.PREVIEW_PORT ?? '5180' },
    lang: { type: 'string', default: 'zh-Hans' },
    'no-demo': { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..', '..');
const language: Language = isLanguage(values.lang) ? values.lang : 'zh-Hans';
const fresh = !values.db;
const file = values.db ? resolve(values.db) : join(mkdtempSync(join(tmpdir(), 'repair-counter-preview-')), 'demo.sqlite');

function startCore() {
  try {
    return createCore({
      file,
      migrationsFolder: join(root, 'db', 'migrations'),
      version: process.env.npm_package_version ?? '0.0.0',
      fontsDir: join(root, 'node_modules'),
      transport: 'preview',
      log: consoleLogger,
      system: { language, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
    });
  } catch (error) {
    // The same clear message the desktop app shows in its start-up dialog.
    const t = createTranslator(language);
    console.error(error instanceof AppError ? t(`errors.${error.code}`, error.params ?? {}) : String(error));
    if (error instanceof AppError) console.error(`(${error.message})`);
    process.exit(1);
  }
}

const core = startCore();
if (fresh && !values['no-demo']) {
  await seedDemo(core.dispatch, language);
  await seedDemoTickets(core.dispatch);
}

const bridge = await build({
  entryPoints: [join(root, 'electron', 'preview', 'bridge.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'chrome120',
  logLevel: 'warning',
});

const server = await startPreviewServer({
  rendererDir: join(root, 'dist', 'renderer'),
  bridgeScript: bridge.outputFiles[0]!.text,
  dispatch: core.dispatch,
  port: Number(values.port),
  log: consoleLogger,
});
console.log(`Repair Counter preview: ${server.url}`);
console.log(`database: ${file}${fresh ? ' (fresh demo database)' : ''}`);

const stop = () => {
  void server.close().then(() => {
    core.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
