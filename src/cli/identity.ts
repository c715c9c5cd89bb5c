// Who the CLI acts as. Whoever can run the CLI can read and write the data folder anyway, so the
// CLI is a trusted local operator, like the desktop app's own process: it needs no password. It
// still never bypasses the server: it picks a named user (`--as USERNAME`, by default the first
// active admin), opens a server-side session for that user directly on the session store, then
// calls handlers through server.call(), so the same validation, role permissions and audit apply
// as in the app. The session itself is audited ('session/cli'): the log shows what the CLI did.
import { appendAudit } from '../server/audit/repo'
import type { Server } from '../server/app'
import { getUnit } from '../server/unit/repo'
import { activeAdmins, findLogin } from '../server/users/repo'
import { AppError } from '../shared/errors'
import type { UserView } from '../shared/views'

export type Actor = { token: string; user: UserView }

function chooseUser(server: Server, username: string | undefined): UserView {
  const db = server.deps.db
  if (username !== undefined) {
    const found = findLogin(db, username.normalize('NFC').trim())
    if (!found || !found.user.active) {
      throw new AppError('REFUSED', `用户“${username}”不存在或已停用。`)
    }
    return found.user
  }
  // Ids are UUIDv7, so the smallest id is the earliest account: the administrator made at setup, as
  // long as it is active.
  const [first] = activeAdmins(db).sort((a, b) => (a.id < b.id ? -1 : 1))
  if (!first) throw new AppError('REFUSED', '没有在职的管理员账号，请用 --as 指定用户。')
  return first
}

export function actAs(server: Server, username: string | undefined, command: string): Actor {
  const { db, clock, sessions } = server.deps
  if (!getUnit(db)) {
    throw new AppError('SETUP_REQUIRED', '本机尚未初始化，请先运行 yardstick init。')
  }
  const user = chooseUser(server, username)
  appendAudit(db, {
    at: clock.now().toISOString(),
    actor: { id: user.id, name: user.displayName },
    action: 'session/cli',
    entity: 'user',
    entityId: user.id,
    detail: { command }
  })
  return { token: sessions.open(user.id, clock.now().getTime()), user }
}
