/**
 * Vite for the web client. In development the dev server forwards HTTP and WebSocket traffic to the
 * Conference Board server on :8080 (the same origin as far as the browser is concerned, so cookies
 * and the server's Origin check work unchanged). `npm run build` writes client/dist, which the
 * server serves in production.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressPlugin } from './build/precompress.ts';

/** Where `npm run dev` (the server) listens; CB_DEV_SERVER points elsewhere, e.g. another port. */
const SERVER = process.env.CB_DEV_SERVER ?? 'http://localhost:8080';

/**
 * Keeps the browser's Host header (Vite's shorthand would rewrite it to the target): the server
 * accepts a state-changing request only when its Origin matches the Host it was reached by.
 */
const forward = ({ ws = false } = {}) => ({ target: SERVER, changeOrigin: false, ws });

export default defineConfig({
  plugins: [react(), precompressPlugin()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': forward(),
      '/join': forward(),
      '/healthz': forward(),
      '/sync': forward({ ws: true }),
      '/control': forward({ ws: true }),
    },
  },
  // @tldraw/assets/imports.vite imports each font, icon and translation with `?url`, which the
  // dev server's dependency pre-bundling cannot load: leave it to Vite's normal asset handling.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The drawing canvas (tldraw, ~1.6 MB) is one lazily loaded chunk, never on the first draw.
    chunkSizeWarningLimit: 1700,
    // tldraw fetch()es its translation files; an inlined data: URL would be blocked by the
    // server's Content-Security-Policy (connect-src 'self'), so they stay files.
    assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined),
  },
});
