// Bundles the Electron main process and the preload with esbuild.
// Native and data-file packages stay external and ship in node_modules (see electron-builder.yml).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', sourcemap: true, logLevel: 'warning', legalComments: 'none' };

await Promise.all([
  build({
    ...common,
    entryPoints: { index: 'electron/main/index.ts', 'integrity-worker': 'electron/main/integrity-worker.ts' },
    outdir: 'dist/main',
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    target: 'node22',
    external: ['electron', 'better-sqlite3', 'pdfkit', 'fontkit', 'electron-log'],
  }),
  // A sandboxed preload may only require('electron'): everything else is bundled in.
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist/preload/index.cjs',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
  }),
]);
console.log('built dist/main/index.cjs and dist/preload/index.cjs');
