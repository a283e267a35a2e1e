import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { testBuildRequested } from './scripts/packaging/test-build-marker.js';

export default defineConfig({
  main: {
    // The test-only app's marker (main/electron/test-build.ts): `false` unless the packaging check asks for it.
    define: { __DRAAIBOEK_TEST_BUILD__: JSON.stringify(testBuildRequested(process.env)) },
    plugins: [
      {
        name: 'executable-cli',
        writeBundle(options) {
          chmodSync(resolve(options.dir ?? 'out/main', 'cli.js'), 0o755);
        },
      },
    ],
    build: {
      outDir: 'out/main',
      // Main's dependencies are bundled into out/main, not imported as ES modules from node_modules inside
      // app.asar at run time; only Node's built-ins and electron stay external. Heavy ones that are imported
      // lazily (docx, age) become chunks of their own, loaded when first used.
      externalizeDeps: false,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'main/electron/main.ts'),
          cli: resolve(import.meta.dirname, 'main/cli.ts'),
          // Its own file, so the app and the CLI can start it as a worker thread (main/core/workers).
          'parse-worker': resolve(import.meta.dirname, 'main/core/workers/parse-worker.ts'),
        },
        output: {
          // The CLI is an executable: `npx draaiboek` runs out/main/cli.js directly.
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'main/preload.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      // electron-vite leaves the page unminified by default; the page is parsed on every start, so it ships small.
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
