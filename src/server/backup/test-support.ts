// Fixtures for the backup tests: a temporary data folder holding a real, set-up 案衡 database.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer, type Server } from '../app'
import { databasePath } from '../data-dir'
import { expectOk } from '../seed/envelope'

export type FixedClock = { now: () => Date; set: (iso: string) => void }

export function fixedClock(iso = '2026-03-02T02:00:00Z'): FixedClock {
  let now = new Date(iso)
  return { now: () => new Date(now), set: (next) => (now = new Date(next)) }
}

export type LiveFolder = {
  dir: string
  server: Server
  clock: FixedClock
  token: string
  remove: () => void
}

/** A data folder with a database set up through the server (so the audit chain is real). */
export async function liveFolder(): Promise<LiveFolder> {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-backup-'))
  const clock = fixedClock()
  const server = createServer(databasePath(dir), { clock, log: () => undefined })
  const session = expectOk(
    await server.call(
      'session/setup',
      {
        unitCode: '11100000MB0143028R',
        unitName: '武汉市汉阳区市场监督管理局',
        casePrefix: '汉阳市监立',
        adminUsername: 'admin',
        adminDisplayName: '管理员',
        adminPassword: 'admin-pass-2026'
      },
      null
    )
  )
  const remove = () => {
    try {
      server.close()
    } catch {
      // already closed by the test
    }
    rmSync(dir, { recursive: true, force: true })
  }
  return { dir, server, clock, token: session.token, remove }
}

export async function addUser(live: LiveFolder, username: string): Promise<void> {
  expectOk(
    await live.server.call(
      'users/create',
      { username, displayName: username, roles: ['officer'], password: 'password-2026' },
      live.token
    )
  )
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}
