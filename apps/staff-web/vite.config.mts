/// <reference types='vitest' />
import { defineConfig } from 'vite';
import { workspaceModuleSideEffects } from '../../tools/vite/workspace-tree-shaking';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';
import { fileURLToPath } from 'node:url';

// dkfds exports only its JS entry; its CSS, fonts and icons are reached through this alias.
const dkfdsDist = fileURLToPath(new URL('../../node_modules/dkfds/dist/', import.meta.url));

// The browser sees one origin: /api is proxied to the API (API_URL, default the local API on 3000).
const proxy = {
  '/api': { target: process.env.API_URL ?? `http://localhost:${process.env.API_PORT ?? 3000}`, changeOrigin: false },
};

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/staff-web',
  server: { port: 4300, host: 'localhost', proxy },
  preview: { port: 4300, host: 'localhost', proxy },
  resolve: { alias: [{ find: /^dkfds\/dist\/(.*)$/, replacement: `${dkfdsDist}$1` }] },
  plugins: [react(), nxViteTsPaths()],
  build: {
    outDir: '../../dist/apps/staff-web',
    emptyOutDir: true,
    reportCompressedSize: false,
    commonjsOptions: { transformMixedEsModules: true },
    rolldownOptions: { treeshake: { moduleSideEffects: workspaceModuleSideEffects } },
  },
}));
