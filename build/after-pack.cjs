// electron-builder afterPack hook: put the Electron build of better-sqlite3 (made by
// scripts/electron-native.mjs) into the packaged app, in place of the Node build that
// node_modules holds for the tests. npmRebuild is off, so node_modules is never rebuilt in place.
const { copyFileSync, existsSync } = require('node:fs');
const { join, resolve } = require('node:path');

exports.default = async function afterPack(context) {
  const electronVersion = context.packager.config.electronVersion || require('../node_modules/electron/package.json').version;
  const built = resolve('.cache', 'electron-native', electronVersion, 'better_sqlite3.node');
  const resources =
    context.electronPlatformName === 'darwin'
      ? join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`, 'Contents', 'Resources')
      : join(context.appOutDir, 'resources');
  const target = join(
    resources,
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  if (!existsSync(built)) {
    if (process.env.RC_PACKAGE_SMOKE === '1') return; // offline smoke test: the Node build stays
    throw new Error(`${built} is missing: run "node scripts/electron-native.mjs" first (npm run dist does).`);
  }
  if (context.electronPlatformName !== process.platform) {
    throw new Error('better-sqlite3 is built for this machine only: package each platform on that platform.');
  }
  copyFileSync(built, target);
};
