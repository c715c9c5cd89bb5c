// Test fixtures shared by the server's tests: an in-memory database with the real migrations, a fixed
// clock, and signed-in users of each role.
import Database from 'better-sqlite3'
import type { Input, Method, Output } from '../shared/api'
import type { Role } from '../core/cases/vocabulary'
import type { UserView } from '../shared/views'
import { createServerOnDb, type Server } from './app'
import type { Clock } from './clock'
import { migrate } from './db/migrate'
import { orgCodeCheckChar, usccCheckChar } from '../core/ids/uscc'

export const UNIT_CODE = '11100000MB0143028R'

/** A valid 统一社会信用代码 built from an area code and an 8-character organisation code. */
export function makeUscc(area6: string, org8: string): string {
  const first17 = `91${area6}${org8}${orgCodeCheckChar(org8)}`
  return first17 + usccCheckChar(first17)
}

export type TestServer = {
  server: Server
  clock: Clock & { set: (iso: string) => void }
  admin: { token: string; user: UserView }
  call: <M extends Method>(method: M, input: Input<M>, token: string | null) => Promise<Output<M>>
  addUser: (username: string, roles: Role[]) => Promise<{ token: string; user: UserView }>
}

export type TestUnit = { code: string; name: string; casePrefix: string }

const DEFAULT_UNIT: TestUnit = {
  code: UNIT_CODE,
  name: '武汉市汉阳区市场监督管理局',
  casePrefix: '汉阳市监立'
}

/** `idleMs`: the session idle limit; tests that move the clock by weeks raise it. `unit`: another
 * unit than the default one (the consolidation tests make several). */
export async function makeTestServer(
  options: { idleMs?: number; unit?: TestUnit } = {}
): Promise<TestServer> {
  const unit = options.unit ?? DEFAULT_UNIT
  let now = new Date('2026-03-02T02:00:00Z')
  const clock = { now: () => new Date(now), set: (iso: string) => (now = new Date(iso)) }
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  db.pragma('recursive_triggers = ON')
  migrate(db)
  const server = createServerOnDb(db, { clock, log: () => undefined, idleMs: options.idleMs })
  const call = async <M extends Method>(
    method: M,
    input: Input<M>,
    token: string | null
  ): Promise<Output<M>> => {
    const result = await server.call(method, input, token)
    if (!result.ok)
      throw Object.assign(new Error(`${result.error.code}: ${result.error.message}`), {
        body: result.error
      })
    return result.value
  }
  const session = await call(
    'session/setup',
    {
      unitCode: unit.code,
      unitName: unit.name,
      casePrefix: unit.casePrefix,
      adminUsername: 'admin',
      adminDisplayName: '管理员',
      adminPassword: 'admin-pass-2026'
    },
    null
  )
  const admin = { token: session.token, user: session.user }
  const addUser = async (username: string, roles: Role[]) => {
    await call(
      'users/create',
      { username, displayName: username, roles, password: 'password-2026' },
      admin.token
    )
    const login = await call('session/login', { username, password: 'password-2026' }, null)
    return { token: login.token, user: login.user }
  }
  return { server, clock, admin, call, addUser }
}
