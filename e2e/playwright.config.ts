import { defineConfig } from '@playwright/test'
import { ELECTRON_SKIP_REASON, electronBinary } from './fixtures/electron-binary'

// The desktop suite (e2e/electron) needs the Electron runtime; say once, up front, why it is skipped.
if (!electronBinary())
  process.stdout.write(`[electron e2e] 跳过 / skipped: ${ELECTRON_SKIP_REASON}\n`)

// Runs against the built app (`npm run build` first): each test starts its own browser host on a fresh
// data folder (see fixtures/app.ts). Chromium is Debian's; never `npx playwright install`.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    headless: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--no-default-browser-check'
      ]
    }
  }
})
