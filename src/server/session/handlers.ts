import { AppError } from '../../shared/errors'
import type { SessionView } from '../../shared/views'
import { appendAudit } from '../audit/repo'
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password'
import { retryMessage } from '../auth/throttle'
import type { CallContext, Handler } from '../context'
import { getUnit, insertUnit } from '../unit/repo'
import { countUsers, findLogin, getUser, insertUser } from '../users/repo'

const status: Handler<'session/status'> = (_input, ctx) => {
  const unit = getUnit(ctx.db)
  if (!unit) return { state: 'setupRequired' }
  return ctx.user
    ? { state: 'signedIn', user: ctx.user, unit, integrity: ctx.integrity.status() }
    : { state: 'signedOut', unit }
}

/** First run: records the unit and its administrator, then signs the administrator in. */
const setup: Handler<'session/setup'> = async (input, ctx) => {
  if (getUnit(ctx.db)) throw new AppError('ALREADY_SET_UP', '本机已完成初始化，不能重复设置。')
  const passwordHash = await hashPassword(input.adminPassword)
  const at = ctx.clock.now().toISOString()
  const id = ctx.newId()
  const unit = { code: input.unitCode, name: input.unitName, casePrefix: input.casePrefix }
  ctx.db.transaction(() => {
    // Checked again inside the transaction: two first-run requests must not both succeed.
    if (getUnit(ctx.db) || countUsers(ctx.db) > 0) {
      throw new AppError('ALREADY_SET_UP', '本机已完成初始化，不能重复设置。')
    }
    insertUnit(ctx.db, unit, at)
    insertUser(
      ctx.db,
      {
        id,
        username: input.adminUsername,
        displayName: input.adminDisplayName,
        roles: ['admin'],
        passwordHash
      },
      at
    )
    const actor = { id, name: input.adminDisplayName }
    appendAudit(ctx.db, {
      at,
      actor,
      action: 'unit/setup',
      entity: 'unit',
      entityId: unit.code,
      after: unit,
      detail: { unit }
    })
    appendAudit(ctx.db, {
      at,
      actor,
      action: 'users/create',
      entity: 'user',
      entityId: id,
      after: { username: input.adminUsername, roles: ['admin'] },
      detail: { username: input.adminUsername, roles: ['admin'] }
    })
  })()
  return openSession(ctx, id)
}

function openSession(ctx: CallContext, userId: string): SessionView {
  const user = getUser(ctx.db, userId)
  const unit = getUnit(ctx.db)
  if (!user || !unit) throw new Error('session for a missing user or unit')
  return { token: ctx.sessions.open(userId, ctx.clock.now().getTime()), user, unit }
}

const login: Handler<'session/login'> = async (input, ctx) => {
  if (!getUnit(ctx.db)) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const username = input.username.normalize('NFC').trim()
  const throttle = ctx.loginThrottle
  const nowMs = ctx.clock.now().getTime()
  // Checked before scrypt: a locked name costs no CPU, however fast the attempts come.
  const admitted = throttle.admit(username, nowMs)
  if (!admitted.allowed) {
    const known = findLogin(ctx.db, username)
    appendAudit(ctx.db, {
      at: new Date(nowMs).toISOString(),
      actor: { id: known?.user.id ?? null, name: input.username.slice(0, 64) },
      action: 'session/login-throttled',
      entity: 'user',
      entityId: known?.user.id ?? null,
      detail: { retryAt: new Date(admitted.retryAtMs).toISOString() }
    })
    throw new AppError('REFUSED', retryMessage(admitted.retryAtMs, nowMs))
  }
  const found = findLogin(ctx.db, username)
  // Always run scrypt, so the answer time does not reveal whether the user exists.
  const ok = await verifyPassword(input.password, found?.passwordHash ?? DUMMY_HASH)
  const at = ctx.clock.now().toISOString()
  if (!found || !ok || !found.user.active) {
    appendAudit(ctx.db, {
      at,
      actor: { id: found?.user.id ?? null, name: input.username.slice(0, 64) },
      action: 'session/login-failed',
      entity: 'user',
      entityId: found?.user.id ?? null,
      detail: { reason: !found ? 'unknownUser' : !ok ? 'badPassword' : 'inactive' }
    })
    throw new AppError('BAD_CREDENTIALS', '用户名或密码不正确，或账号已停用。')
  }
  throttle.succeeded(username)
  appendAudit(ctx.db, {
    at,
    actor: { id: found.user.id, name: found.user.displayName },
    action: 'session/login',
    entity: 'user',
    entityId: found.user.id
  })
  return openSession(ctx, found.user.id)
}

const logout: Handler<'session/logout'> = (_input, ctx) => {
  if (ctx.sessionToken) ctx.sessions.close(ctx.sessionToken)
  return { ok: true }
}

export const sessionHandlers = {
  'session/status': status,
  'session/setup': setup,
  'session/login': login,
  'session/logout': logout
}
