import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// One build for the desktop shell: main (with the library worker beside it), a CommonJS
// preload (sandboxed preloads cannot be ES modules), and the renderer, which the HTTP host
// serves unchanged from out/renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          'service-worker': resolve(__dirname, 'src/core/worker/service-worker.ts'),
          'extract-worker': resolve(__dirname, 'src/core/worker/extract-worker.ts'),
          'compare-worker': resolve(__dirname, 'src/core/worker/compare-worker.ts'),
          'spellings-worker': resolve(__dirname, 'src/core/worker/spellings-worker.ts'),
          'suggest-worker': resolve(__dirname, 'src/core/worker/suggest-worker.ts'),
          'damage-worker': resolve(__dirname, 'src/core/worker/damage-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    base: './',
    plugins: [svelte()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
