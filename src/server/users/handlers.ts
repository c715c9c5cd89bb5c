import { AppError } from '../../shared/errors'
import { appendAudit } from '../audit/repo'
import { hashPassword } from '../auth/password'
import { actingUser, type Handler } from '../context'
import {
  activeAdmins,
  getUser,
  insertUser,
  listActiveOfficers,
  listUsers,
  setPasswordHash,
  updateUser,
  usernameTaken
} from './repo'

const list: Handler<'users/list'> = (_input, ctx) => listUsers(ctx.db)

const officers: Handler<'users/officers'> = (_input, ctx) => listActiveOfficers(ctx.db)

const create: Handler<'users/create'> = async (input, ctx) => {
  const admin = actingUser(ctx)
  const passwordHash = await hashPassword(input.password)
  const at = ctx.clock.now().toISOString()
  const id = ctx.newId()
  ctx.db.transaction(() => {
    if (usernameTaken(ctx.db, input.username)) {
      throw new AppError('REFUSED', `用户名“${input.username}”已被使用。`, [
        { path: 'username', message: '用户名已被使用' }
      ])
    }
    insertUser(
      ctx.db,
      {
        id,
        username: input.username,
        displayName: input.displayName,
        roles: input.roles,
        passwordHash
      },
      at
    )
    const after = { username: input.username, displayName: input.displayName, roles: input.roles }
    appendAudit(ctx.db, {
      at,
      actor: { id: admin.id, name: admin.displayName },
      action: 'users/create',
      entity: 'user',
      entityId: id,
      after,
      detail: after
    })
  })()
  const created = getUser(ctx.db, id)
  if (!created) throw new Error('user vanished after insert')
  return created
}

const update: Handler<'users/update'> = (input, ctx) => {
  const admin = actingUser(ctx)
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction(() => {
    const before = getUser(ctx.db, input.id)
    if (!before) throw new AppError('NOT_FOUND', '用户不存在。')
    const losesAdmin =
      before.roles.includes('admin') && (!input.roles.includes('admin') || !input.active)
    if (losesAdmin && activeAdmins(ctx.db).length === 1) {
      throw new AppError('REFUSED', '不能停用或降级最后一名管理员，否则无人能管理本机。')
    }
    if (!updateUser(ctx.db, input, at))
      throw new AppError('CONFLICT', '该用户已被他人修改，请刷新后重试。')
    const after = { displayName: input.displayName, roles: input.roles, active: input.active }
    appendAudit(ctx.db, {
      at,
      actor: { id: admin.id, name: admin.displayName },
      action: 'users/update',
      entity: 'user',
      entityId: input.id,
      before: { displayName: before.displayName, roles: before.roles, active: before.active },
      after,
      detail: after
    })
  })()
  if (!input.active) ctx.sessions.closeAllFor(input.id)
  const updated = getUser(ctx.db, input.id)
  if (!updated) throw new Error('user vanished after update')
  return updated
}

const resetPassword: Handler<'users/reset-password'> = async (input, ctx) => {
  const admin = actingUser(ctx)
  if (!getUser(ctx.db, input.id)) throw new AppError('NOT_FOUND', '用户不存在。')
  const passwordHash = await hashPassword(input.password)
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction(() => {
    setPasswordHash(ctx.db, input.id, passwordHash, at)
    appendAudit(ctx.db, {
      at,
      actor: { id: admin.id, name: admin.displayName },
      action: 'users/reset-password',
      entity: 'user',
      entityId: input.id
    })
  })()
  ctx.sessions.closeAllFor(input.id)
  return { ok: true }
}

export const userHandlers = {
  'users/list': list,
  'users/officers': officers,
  'users/create': create,
  'users/update': update,
  'users/reset-password': resetPassword
}
