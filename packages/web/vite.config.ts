import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/*
 * The web app takes only the `API` paths object from @alliance/api at run time;
 * everything else from it is `import type`, erased. Pointing the bundle at
 * paths.ts keeps zod and the schemas (≈ 200 kB) out of the browser; importing
 * any other run-time value from @alliance/api fails the build loudly.
 */
const apiPaths = fileURLToPath(new URL('../api/src/paths.ts', import.meta.url));

// The Fastify server serves dist/ in production; in development Vite proxies the API to it.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@alliance\/api$/, replacement: apiPaths }],
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
