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
import { build } from 'esbuild';
import { createCore } from '../backend/core';
import { consoleLogger } from '../backend/context';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import { createTranslator } from '../../shared/i18n';
import { AppError } from '../../shared/api/errors';
import { startPreviewServer } from './server';
import { seedDemo, seedDemoTickets } from './demo';
import { intOption, parseCli, UsageError } from '../../scripts/cli';

const USAGE = `usage: npm run preview -- [--db <file>] [--port <n>] [--lang zh-Hans|zh-Hant|en] [--no-demo]
  --db <file>     use this database file (created and migrated if needed)
  --port <n>      port on 127.0.0.1 (default 5180, or PREVIEW_PORT; 0 picks a free one)
  --lang <code>   the system language the app assumes, shown until one is chosen in Settings
                  (default zh-Hans)
  --no-demo       with no --db: start from an empty database instead of the demo shop
Without --db a fresh demo database is created in a temporary folder on every run.`;

const cli = parseCli(USAGE, {
  db: { type: 'string' },
  port: { type: 'string', default: process.env.PREVIEW_PORT ?? '5180' },
  lang: { type: 'string', default: 'zh-Hans' },
  demo: { type: 'boolean', default: true },
});
const { values } = cli;
const { language, port } = cli.check(() => {
  const lang = values.lang;
  if (!isLanguage(lang)) throw new UsageError(`--lang must be zh-Hans, zh-Hant or en, got ${lang}`);
  return { language: lang as Language, port: intOption('port', values.port, 0) };
});

const root = resolve(import.meta.dirname, '..', '..');
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
      // As the desktop app: quick_check before the first write unless the last run ended cleanly.
      integrityCheck: 'after-unclean-shutdown',
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
if (fresh && values.demo) {
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
  port,
  log: consoleLogger,
  language,
});
console.log(`Repair Counter preview: ${server.url}`);
console.log(`database: ${file}${fresh ? ' (fresh demo database)' : ''}`);

// As the desktop app: a checked backup at start, every few hours while changes happen, on quit.
core.context.backups.takeIfDue('start').catch(() => undefined); // logged
core.context.backups.startSchedule();

const stop = () => {
  void server
    .close()
    .then(() => core.context.backups.takeIfDue('quit'))
    .catch(() => undefined)
    .finally(() => {
      core.close();
      process.exit(0);
    });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
