/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { nxViteTsPaths } from '@nx/vite/plugins/nx-tsconfig-paths.plugin';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { workspaceModuleSideEffects } from '../../tools/vite/workspace-tree-shaking';

// dkfds exports only its JS entry; its CSS, fonts and icons are reached through this alias.
const dkfdsDist = fileURLToPath(new URL('../../node_modules/dkfds/dist/', import.meta.url));

// The browser sees one origin: /api is proxied to the API (API_URL, default the local API on 3000).
const proxy = {
  '/api': { target: process.env.API_URL ?? `http://localhost:${process.env.API_PORT ?? 3000}`, changeOrigin: false },
};

/**
 * Writes /sw-precache.js beside the build: the app shell's files (every built script, style sheet and woff2 font, the
 * page itself, manifest and icons) and a version from their names, for the service worker (public/sw.js) to keep for
 * offline use. A new build changes the file, so browsers install the new worker and drop the old shell.
 */
function swPrecache(): Plugin {
  const publicFiles = [
    '/',
    '/manifest.webmanifest',
    '/favicon.ico',
    '/icon.svg',
    '/icons/icon-192.png',
    '/icons/icon-512.png',
    '/icons/icon-maskable-192.png',
    '/icons/icon-maskable-512.png',
  ];
  return {
    name: 'jobunivers-sw-precache',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const built = Object.keys(bundle)
        .filter((file) => /\.(js|css|woff2)$/.test(file))
        .map((file) => `/${file}`)
        .sort();
      const urls = [...publicFiles, ...built];
      const html = bundle['index.html'];
      const version = createHash('sha256')
        .update(urls.join('\n'))
        .update(html?.type === 'asset' ? String(html.source) : '')
        .digest('hex')
        .slice(0, 16);
      this.emitFile({
        type: 'asset',
        fileName: 'sw-precache.js',
        source: `self.JOBUNIVERS_PRECACHE = ${JSON.stringify({ version, urls })};\n`,
      });
    },
  };
}

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/citizen-web',
  server: { port: 4200, host: 'localhost', proxy },
  preview: { port: 4200, host: 'localhost', proxy },
  resolve: { alias: [{ find: /^dkfds\/dist\/(.*)$/, replacement: `${dkfdsDist}$1` }] },
  plugins: [react(), nxViteTsPaths(), swPrecache()],
  build: {
    outDir: '../../dist/apps/citizen-web',
    emptyOutDir: true,
    reportCompressedSize: false,
    commonjsOptions: { transformMixedEsModules: true },
    rolldownOptions: { treeshake: { moduleSideEffects: workspaceModuleSideEffects } },
  },
}));
