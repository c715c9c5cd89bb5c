import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// One build produces every Node-side entry as CommonJS in out/main: the Electron main process, the
// server's utility process, the browser host and the CLI. better-sqlite3 stays external (a native addon).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        external: ['better-sqlite3'],
        input: {
          index: resolve('src/main/index.ts'),
          'server-process': resolve('src/main/server-process.ts'),
          host: resolve('src/host/main.ts'),
          cli: resolve('src/cli/main.ts'),
          bench: resolve('bench/main.ts'),
          'integrity-worker': resolve('src/server/integrity/worker.ts'),
          'merge-worker': resolve('src/server/exchange/merge-worker.ts'),
          'bulk-plan-worker': resolve('src/server/seed/bulk/plan-worker.ts')
        }
      }
    }
  },
  preload: {
    build: { rollupOptions: { input: { index: resolve('src/preload/index.ts') } } }
  },
  renderer: {
    root: resolve('src/renderer'),
    build: { rollupOptions: { input: resolve('src/renderer/index.html') } },
    plugins: [react()]
  }
})
