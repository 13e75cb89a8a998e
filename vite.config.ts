import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer only. Built with relative paths so it loads from app://repair-counter/ in
// Electron and from the preview server alike.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2500,
    sourcemap: true,
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
          ],
        },
      },
    },
  },
});
