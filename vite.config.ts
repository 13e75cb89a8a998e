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
  },
});
