import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { splitAntdCss } from './renderer/build/split-antd-css.ts';

/**
 * antd's prebuilt stylesheet in two (renderer/build/split-antd-css.ts): the first screen's rules
 * (src/app/antd-first.css, imported by main.tsx) and the rest (src/app/antd-rest.css, loaded with the
 * other pages and dialogs). A 1 MB sheet is parsed before the first script runs and matched in
 * every style recalculation; the first screen needs about a third of it.
 */
function antdCss(): Plugin {
  let split: { first: string; rest: string } | undefined;
  const parts = () => {
    split ??= splitAntdCss(readFileSync(createRequire(import.meta.url).resolve('antd/dist/antd.css'), 'utf8'));
    return split;
  };
  return {
    name: 'repair-counter:antd-css',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!.replaceAll('\\', '/');
      if (file.endsWith('/renderer/src/app/antd-first.css')) return parts().first;
      if (file.endsWith('/renderer/src/app/antd-rest.css')) return parts().rest;
      return null;
    },
  };
}

// The renderer only. Built with relative paths so it loads from app://repair-counter/ in
// Electron and from the preview server alike.
/** `@shared/…` is shared/ (tsconfig.web.json's paths say the same to TypeScript). */
export const sharedAlias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

export default defineConfig({
  root: 'renderer',
  base: './',
  resolve: { alias: sharedAlias },
  plugins: [react(), antdCss()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2500,
    sourcemap: true,
    // No <link rel=modulepreload> per dependency of each dynamic import: the entry inserted ~45 of
    // them (~70 ms of main thread before it could continue, under load) and the browser finds a
    // chunk's static imports itself as soon as it has parsed it. The CSS of a dynamic chunk is
    // still loaded before its import settles (antd-rest.css). Measured: docs/search.md §9.4.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Pages are split by routes.tsx, and the libraries are split by who uses them: the first
        // screen loads the shell's and its page's share of antd (~0.5 MB less than all of antd,
        // Table, DatePicker, forms…), not everything any page might need. That is more files
        // (a first screen takes ~45, fetched side by side from the cache) but less to evaluate,
        // which is what the first screen waits for (measured: scripts/bench renderer). Only the
        // framework every screen runs is one chunk of its own.
        // Nothing is grouped with the entry's stylesheet (index.css), so the entry imports no
        // library chunk: it asks for the settings and the page before any library is evaluated.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|dayjs)[\\/]/,
              priority: 3,
            },
            {
              // The messages every language's strings share (warranty, tickets, quotes, money):
              // one file loaded with the language (src/i18n/messages.ts), not four.
              name: 'messages',
              test: /shared[\\/](warranty|tickets|quotes|money)[\\/][a-z-]*messages\.ts$/,
              priority: 2,
            },
          ],
        },
      },
    },
  },
});
