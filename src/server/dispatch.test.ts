import type Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { ROLES } from '../core/cases/vocabulary'
import { METHODS } from '../shared/api'
import { makeTestServer } from './test-support'
import { allows, PERMISSIONS } from './permissions'

/** Row counts of every table and the audit head: any write changes this fingerprint. */
function fingerprint(db: Database.Database): string {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'case_search_%' ORDER BY name"
    )
    .all() as { name: string }[]
  const counts = tables.map(
    (t) =>
      `${t.name}=${(db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n}`
  )
  const head = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
    hash: string
  }
  const revs = db.prepare('SELECT coalesce(sum(rev), 0) AS r FROM users').get() as { r: number }
  return `${counts.join(',')}|${head.hash}|${revs.r}`
}

const MALFORMED: unknown[] = [
  'text',
  42,
  [],
  { unexpectedKey: 1 },
  { __proto__: { polluted: true }, id: 5 }
]

describe('dispatch', () => {
  it('refuses malformed input to every handler with a validation error and writes nothing', async () => {
    const t = await makeTestServer()
    const all = await t.addUser('allroles', [...ROLES])
    const before = fingerprint(t.server.deps.db)
    for (const method of METHODS) {
      for (const bad of MALFORMED) {
        const result = await t.server.dispatch(method, bad, all.token)
        expect(result.ok, `${method} accepted ${JSON.stringify(bad)}`).toBe(false)
        if (!result.ok) expect([method, result.error.code]).toEqual([method, 'VALIDATION'])
      }
    }
    expect(fingerprint(t.server.deps.db)).toBe(before)
  })

  it('enforces the permission matrix for every handler and role, and audits each denial', async () => {
    const t = await makeTestServer()
    for (const role of ROLES) {
      const u = await t.addUser(`only-${role}`, [role])
      for (const method of METHODS) {
        const deniedBefore = t.server.deps.db
          .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'auth/denied'")
          .get() as { n: number }
        // Malformed input: an allowed call fails validation, a forbidden one fails the permission check first.
        const result = await t.server.dispatch(method, 'malformed', u.token)
        const expected = allows(PERMISSIONS[method], [role]) ? 'VALIDATION' : 'FORBIDDEN'
        expect([method, role, result.ok ? 'OK' : result.error.code]).toEqual([
          method,
          role,
          expected
        ])
        const deniedAfter = t.server.deps.db
          .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'auth/denied'")
          .get() as { n: number }
        expect(deniedAfter.n - deniedBefore.n).toBe(expected === 'FORBIDDEN' ? 1 : 0)
      }
    }
  })

  it('refuses user management to an officer on the server, not only in the UI', async () => {
    const t = await makeTestServer()
    const officer = await t.addUser('officer1', ['officer'])
    const create = await t.server.call(
      'users/create',
      { username: 'intruder', displayName: '冒名', roles: ['admin'], password: 'password-2026' },
      officer.token
    )
    expect(create.ok ? null : create.error).toEqual({
      code: 'FORBIDDEN',
      message: '您的角色无权执行此操作。'
    })
    const list = await t.server.call('users/list', {}, officer.token)
    expect(list.ok ? null : list.error.code).toBe('FORBIDDEN')
    const users = t.server.deps.db
      .prepare("SELECT count(*) AS n FROM users WHERE username = 'intruder'")
      .get()
    expect(users).toEqual({ n: 0 })
    const denial = t.server.deps.db
      .prepare(
        "SELECT actor_name, entity_id FROM audit_log WHERE action = 'auth/denied' ORDER BY seq"
      )
      .all()
    expect(denial).toEqual([
      { actor_name: 'officer1', entity_id: 'users/create' },
      { actor_name: 'officer1', entity_id: 'users/list' }
    ])
  })

  it('requires a session for everything but status, setup and login', async () => {
    const t = await makeTestServer()
    for (const method of METHODS) {
      const result = await t.server.dispatch(method, {}, null)
      if (PERMISSIONS[method] === 'public') continue
      expect([method, result.ok ? 'OK' : result.error.code]).toEqual([method, 'UNAUTHENTICATED'])
    }
    const forged = await t.server.dispatch('cases/list', {}, 'forged-token')
    expect(forged.ok ? null : forged.error.code).toBe('UNAUTHENTICATED')
  })

  it('answers an unknown method with a clear envelope', async () => {
    const t = await makeTestServer()
    const result = await t.server.dispatch('cases/drop-all', {}, t.admin.token)
    expect(result.ok ? null : result.error.code).toBe('UNKNOWN_METHOD')
  })
})

describe('accounts', () => {
  it('refuses a second setup and keeps the first unit', async () => {
    const t = await makeTestServer()
    const again = await t.server.call(
      'session/setup',
      {
        unitCode: '11100000MB0143028R',
        unitName: '另一个单位',
        casePrefix: 'X',
        adminUsername: 'x2',
        adminDisplayName: 'x',
        adminPassword: 'password-2026'
      },
      null
    )
    expect(again.ok ? null : again.error.code).toBe('ALREADY_SET_UP')
    const status = await t.call('session/status', {}, null)
    expect(status.state === 'signedOut' && status.unit.name).toBe('武汉市汉阳区市场监督管理局')
  })

  it('rejects a wrong password, audits it, and a deactivated user is signed out', async () => {
    const t = await makeTestServer()
    const bad = await t.server.call(
      'session/login',
      { username: 'admin', password: 'wrong-password-1' },
      null
    )
    expect(bad.ok ? null : bad.error.code).toBe('BAD_CREDENTIALS')
    const failed = t.server.deps.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'session/login-failed'")
      .get()
    expect(failed).toEqual({ n: 1 })
    const officer = await t.addUser('leaving', ['officer'])
    await t.call(
      'users/update',
      { id: officer.user.id, rev: 1, displayName: 'leaving', roles: ['officer'], active: false },
      t.admin.token
    )
    const after = await t.server.call('cases/list', {}, officer.token)
    expect(after.ok ? null : after.error.code).toBe('UNAUTHENTICATED')
  })

  it('never lets the last administrator be demoted', async () => {
    const t = await makeTestServer()
    const result = await t.server.call(
      'users/update',
      { id: t.admin.user.id, rev: 1, displayName: '管理员', roles: ['officer'], active: true },
      t.admin.token
    )
    expect(result.ok ? null : result.error.code).toBe('REFUSED')
  })

  it('stores passwords only as scrypt hashes', async () => {
    const t = await makeTestServer()
    const row = t.server.deps.db
      .prepare("SELECT password_hash FROM users WHERE username = 'admin'")
      .get() as { password_hash: string }
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/)
    expect(row.password_hash).not.toContain('admin-pass-2026')
  })
})
