import { describe, expect, it } from 'vitest'
import { makeTestServer } from '../test-support'
import { LoginThrottle, retryMessage } from './throttle'

const T0 = Date.parse('2026-03-02T02:00:00Z')

/** Admits and fails `n` attempts at `atMs`, expecting each to be admitted. */
function fail(throttle: LoginThrottle, name: string, n: number, atMs: number): void {
  for (let i = 0; i < n; i++) expect(throttle.admit(name, atMs)).toEqual({ allowed: true })
}

describe('LoginThrottle', () => {
  it('locks after 5 failures for 30 s, then 60 s, 120 s … capped at 15 min', () => {
    const throttle = new LoginThrottle()
    fail(throttle, 'zhang', 5, T0)
    expect(throttle.admit('zhang', T0 + 29_999)).toEqual({ allowed: false, retryAtMs: T0 + 30_000 })
    let now = T0 + 30_000
    const locks: number[] = []
    for (let i = 0; i < 8; i++) {
      fail(throttle, 'zhang', 1, now)
      const refused = throttle.admit('zhang', now)
      if (refused.allowed) throw new Error('expected a lock')
      locks.push((refused.retryAtMs - now) / 1000)
      now = refused.retryAtMs
    }
    expect(locks).toEqual([60, 120, 240, 480, 900, 900, 900, 900])
  })

  it('counts attempts up front, so a burst sent together cannot all get in', () => {
    const throttle = new LoginThrottle()
    const decisions = Array.from({ length: 20 }, () => throttle.admit('zhang', T0).allowed)
    expect(decisions.filter(Boolean)).toHaveLength(5)
  })

  it('a success resets the count, and names are independent', () => {
    const throttle = new LoginThrottle()
    fail(throttle, 'zhang', 4, T0)
    fail(throttle, 'li', 5, T0)
    throttle.succeeded('zhang')
    expect(throttle.failures('zhang')).toBe(0)
    fail(throttle, 'zhang', 4, T0)
    expect(throttle.admit('li', T0).allowed).toBe(false)
  })

  it('forgets old failures and bounds its memory', () => {
    const throttle = new LoginThrottle({
      freeFailures: 5,
      baseMs: 30_000,
      maxMs: 900_000,
      forgetAfterMs: 3_600_000,
      maxEntries: 3
    })
    fail(throttle, 'zhang', 4, T0)
    fail(throttle, 'zhang', 1, T0 + 3_600_001)
    expect(throttle.failures('zhang')).toBe(1)
    for (const name of ['a', 'b', 'c']) fail(throttle, name, 1, T0 + 3_600_002)
    expect(throttle.failures('zhang')).toBe(0)
    expect(throttle.failures('c')).toBe(1)
  })

  it('says when to retry, in Beijing time', () => {
    expect(retryMessage(T0 + 30_000, T0)).toBe(
      '登录失败次数过多，该账号已暂时锁定。请在 30 秒后（北京时间 10:00:30 以后）再试。'
    )
    expect(retryMessage(T0 + 90_000, T0)).toContain('请在 1 分 30 秒后（北京时间 10:01:30 以后）')
    expect(retryMessage(T0 + 900_000, T0)).toContain('请在 15 分钟后')
  })
})

describe('session/login throttling', () => {
  it('refuses a locked name before checking the password, audits it, and a success resets', async () => {
    const t = await makeTestServer()
    await t.call(
      'users/create',
      { username: 'zhang', displayName: '张三', roles: ['officer'], password: 'password-2026' },
      t.admin.token
    )
    const login = (password: string) =>
      t.server.call('session/login', { username: 'zhang', password }, null)
    const audits = (action: string) =>
      (
        t.server.deps.db
          .prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?')
          .get(action) as { n: number }
      ).n

    for (let i = 0; i < 4; i++) expect((await login('wrong-password-1')).ok).toBe(false)
    // A success after four failures clears them.
    expect((await login('password-2026')).ok).toBe(true)
    for (let i = 0; i < 5; i++) {
      const r = await login('wrong-password-1')
      expect(r.ok ? null : r.error.code).toBe('BAD_CREDENTIALS')
    }
    // Locked: even the right password is refused, with when to retry.
    const locked = await login('password-2026')
    expect(locked.ok ? null : locked.error).toEqual({
      code: 'REFUSED',
      message: '登录失败次数过多，该账号已暂时锁定。请在 30 秒后（北京时间 10:00:30 以后）再试。'
    })
    expect(audits('session/login-failed')).toBe(9)
    expect(audits('session/login-throttled')).toBe(1)
    const row = t.server.deps.db
      .prepare("SELECT entity_id, detail FROM audit_log WHERE action = 'session/login-throttled'")
      .get() as { entity_id: string; detail: string }
    expect(JSON.parse(row.detail)).toEqual({ retryAt: '2026-03-02T02:00:30.000Z' })
    expect(row.entity_id).not.toBeNull()

    // Other names are not affected; after the lock the right password works and resets.
    expect(
      (
        await t.server.call(
          'session/login',
          { username: 'admin', password: 'admin-pass-2026' },
          null
        )
      ).ok
    ).toBe(true)
    t.clock.set('2026-03-02T02:00:30Z')
    expect((await login('password-2026')).ok).toBe(true)
    for (let i = 0; i < 4; i++) expect((await login('wrong-password-1')).ok).toBe(false)
    expect((await login('password-2026')).ok).toBe(true)
  })

  it('throttles unknown names the same way, so the lock reveals nothing', async () => {
    const t = await makeTestServer()
    const attempt = () =>
      t.server.call('session/login', { username: 'nobody', password: 'whatever-2026' }, null)
    for (let i = 0; i < 5; i++) await attempt()
    const r = await attempt()
    expect(r.ok ? null : r.error.code).toBe('REFUSED')
  })
})
