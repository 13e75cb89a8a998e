// better-sqlite3 is a native module: Node (tests, preview, scripts) and Electron need different
// builds. Rather than rebuilding node_modules back and forth, the Electron build lives in its own
// folder, .cache/electron-native/<electron version>/better_sqlite3.node, and the Electron main
// process loads it from there (electron/main/paths.ts → nativeBinding). node_modules keeps the
// Node build, so `npm test` works before and after `npm start`, with nothing to switch.
//
// Usage: node scripts/electron-native.mjs            (build if missing; used by npm start / dist)
//        node scripts/electron-native.mjs --force    (rebuild)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const sqliteVersion = JSON.parse(readFileSync('node_modules/better-sqlite3/package.json', 'utf8')).version;
const arch = process.env.npm_config_arch ?? process.arch;

export const outDir = resolve('.cache', 'electron-native', electronVersion);
export const binding = join(outDir, 'better_sqlite3.node');
const stamp = join(outDir, 'stamp.json');
const wanted = JSON.stringify({ electronVersion, sqliteVersion, arch, platform: process.platform });

if (!process.argv.includes('--force') && existsSync(binding) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is ready (${binding})`);
  process.exit(0);
}

// A private copy of the package sources, so node_modules/better-sqlite3/build is never touched.
const work = join(outDir, 'better-sqlite3');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
for (const part of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) {
  cpSync(join('node_modules', 'better-sqlite3', part), join(work, part), { recursive: true });
}

// npm_config_nodedir points node-gyp at Node's headers (right for the Node build, wrong here).
const env = { ...process.env };
for (const key of Object.keys(env)) if (/^npm_config_(nodedir|target|runtime|disturl)$/i.test(key)) delete env[key];

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: work, stdio: 'inherit', env });
}

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch})…`);
try {
  // A prebuilt binary when one is published (fast, no compiler needed)…
  run(process.execPath, [
    require.resolve('prebuild-install/bin.js'),
    '--runtime=electron',
    `--target=${electronVersion}`,
    `--arch=${arch}`,
    '--verbose',
  ]);
} catch {
  // …otherwise compile against Electron's headers (needs Python and a C++ toolchain).
  try {
    run(process.execPath, [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${arch}`,
      '--dist-url=https://electronjs.org/headers',
    ]);
  } catch (error) {
    console.error(
      `\nCould not build better-sqlite3 for Electron ${electronVersion}: neither a prebuilt binary nor Electron's headers could be downloaded, or the C++ build failed.\n` +
        'npm start needs internet access once for this step (later runs reuse .cache/electron-native).',
    );
    process.exit(typeof error?.status === 'number' ? error.status : 1);
  }
}

cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binding);
writeFileSync(stamp, wanted);
console.log(`better-sqlite3 for Electron ${electronVersion} written to ${binding}`);
