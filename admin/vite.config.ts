import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The shared package is compiled from source: its dist is CommonJS for the API, and the admin wants ESM.
const sharedSrc = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));
const sharedDir = fileURLToPath(new URL('../shared/src/', import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@yibao/shared': sharedSrc } },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // dist/.vite/manifest.json: lets scripts/bundle-size.mjs follow exactly what a route loads.
    manifest: true,
    // The entry chunk (React, router, Refine core, antd's base) is ~900 KB raw, ~300 KB gzip; the budget that
    // matters is the initial route's gzip total, checked by scripts/bundle-size.mjs.
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      // shared/src holds declarations and pure functions (code lists, permission table, workflows, validators):
      // a module of it that no chunk uses stays out, even where its top-level code (defineCodes' checks) could
      // throw. Without this the barrel (@yibao/shared) pulls every such module into the entry chunk.
      treeshake: { moduleSideEffects: (id) => !id.startsWith(sharedDir) },
    },
  },
});
