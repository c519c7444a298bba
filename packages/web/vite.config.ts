import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/*
 * The web app takes only plain constants from @alliance/api at run time (the `API`
 * paths, the live board's document names and close reasons: runtime.ts);
 * everything else from it is `import type`, erased. Pointing the bundle at
 * runtime.ts keeps zod and the schemas (≈ 200 kB) out of the browser; importing
 * any other run-time value from @alliance/api fails the build loudly.
 */
const apiRuntime = fileURLToPath(new URL('../api/src/runtime.ts', import.meta.url));

// The Fastify server serves dist/ in production; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@alliance\/api$/, replacement: apiRuntime }],
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
      '/sync': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
