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
    rolldownOptions: {
      output: {
        // React on its own: every screen needs it, it never changes between our releases, and
        // left with the antd core it makes one chunk past Vite's 500 kB warning.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
});
