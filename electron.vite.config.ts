import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { EVENT_NAMES, METHODS } from './shared/api/contract'

/**
 * The preload checks names against the contract; it receives the names as plain lists so its
 * bundle stays small and free of zod (the schemas run in the main process, which validates anyway).
 */
export const API_NAMES = { methods: METHODS, events: EVENT_NAMES }

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts') },
        external: ['better-sqlite3'],
        // package.json "main" is out/main/index.cjs: CommonJS, so __dirname locates out/preload and out/renderer.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    define: { __GPP_API_NAMES__: JSON.stringify(API_NAMES) },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
})
