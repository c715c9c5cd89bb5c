import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import { startHost, stopHost } from './fixtures/app'
import { UNIT } from './fixtures/flows'
import { LoginPage } from './pages/login-page'
import { SetupPage } from './pages/setup-page'
import { Shell } from './pages/shell'

test('an audit row edited outside the app is reported to users at the next start', async ({
  page
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'yardstick-e2e-integrity-'))
  const first = await startHost(dataDir)
  await page.goto(first.url)
  await new SetupPage(page).complete(UNIT)
  await expect(new Shell(page).currentUser).toBeVisible()
  await expect(page.getByTestId('integrity-warning')).toHaveCount(0)
  await stopHost(first.child)

  // Someone with the file removes the append-only trigger and rewrites who set the unit up.
  const db = new Database(join(dataDir, 'yardstick.sqlite'))
  db.exec('DROP TRIGGER audit_log_no_update')
  db.prepare("UPDATE audit_log SET actor_name = '他人' WHERE seq = 1").run()
  db.close()

  const second = await startHost(dataDir)
  try {
    await page.goto(second.url)
    await new LoginPage(page).login(UNIT.adminUsername, UNIT.adminPassword)
    await expect(page.getByTestId('integrity-warning')).toContainText('审计日志第 1 条记录')
  } finally {
    await stopHost(second.child)
  }
})
