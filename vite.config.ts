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
        // Pages are split by routes.tsx. Left alone, the bundler also cuts the libraries they
        // share into ~50 small files, each a request; a first screen then waits on the slowest.
        // One chunk for the libraries every screen needs, one for the rest, and the app's own code.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|dayjs)[\\/]/,
              priority: 3,
            },
            { name: 'libraries', test: /node_modules[\\/]/, priority: 2 },
            { name: 'shared', test: /[\\/]shared[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
