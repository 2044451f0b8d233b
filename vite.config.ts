import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer builds to static files served by Electron (file://) or the HTTP server.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
});
