// Offline packaging smoke test (CI): runs electron-builder for a Linux folder build with a stub
// in place of the Electron binary (which cannot be downloaded here) and without rebuilding
// native modules, then checks that everything the app needs at run time was packed.
// On a normal machine `npm run dist` makes real installers instead.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listPackage } from '@electron/asar';

const stubDir = join('.cache', 'electron-stub');
mkdirSync(stubDir, { recursive: true });
writeFileSync(
  join(stubDir, 'electron'),
  '#!/bin/sh\necho "stub: the real Electron binary is not available offline" >&2\nexit 1\n',
);
chmodSync(join(stubDir, 'electron'), 0o755);
rmSync('release', { recursive: true, force: true });

execFileSync(
  'node_modules/.bin/electron-builder',
  ['--linux', 'dir', '--publish', 'never', `-c.electronDist=${stubDir}`, '-c.npmRebuild=false'],
  { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', RC_PACKAGE_SMOKE: '1' } },
);

const resources = join('release', 'linux-unpacked', 'resources');
const asar = join(resources, 'app.asar');
const files = new Set(listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/')));
const problems = [];
const need = (ok, what) => {
  if (!ok) problems.push(what);
};
for (const f of [
  '/package.json',
  '/dist/main/index.cjs',
  '/dist/main/integrity-worker.cjs',
  '/dist/preload/index.cjs',
  '/dist/renderer/index.html',
  '/node_modules/better-sqlite3/package.json',
  '/node_modules/better-sqlite3/lib/index.js',
  '/node_modules/pdfkit/package.json',
  '/node_modules/fontkit/package.json',
  '/node_modules/electron-log/package.json',
]) {
  need(files.has(f), `app.asar is missing ${f}`);
}
need(![...files].some((f) => f.endsWith('.map')), 'source maps were packed');
need(![...files].some((f) => f.startsWith('/node_modules/electron/')), 'the electron package itself was packed');
need(![...files].some((f) => f.startsWith('/node_modules/react/')), 'renderer-only packages were packed (they are bundled)');
need(
  existsSync(join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')),
  'better_sqlite3.node is not unpacked next to app.asar',
);
need(existsSync(join(resources, 'migrations', 'meta', '_journal.json')), 'migrations are missing from resources/');
const fonts = existsSync(join(resources, 'fonts')) ? readdirSync(join(resources, 'fonts')) : [];
need(fonts.filter((f) => f.endsWith('.ttf')).length === 4, `expected 4 fonts in resources/fonts, found ${fonts.join(', ')}`);

if (problems.length) {
  console.error(`Packaging smoke test FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Packaging smoke test passed: ${files.size} files in app.asar, native module unpacked, migrations and ${fonts.length} fonts in resources.`,
);
