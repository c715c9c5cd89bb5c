// Backup handlers (issue 9 §2): list, back up now, verify without restoring, restore in place. The
// administrator's only (permissions.ts). A backup is named by its file name, never a path.
import { lstatSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupView } from '../../shared/backup-views'
import { AppError } from '../../shared/errors'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { createBackup } from './create'
import type { LiveBackups } from './live-restore'
import { listBackups } from './list'
import { backupsDir, parseBackupName, type BackupInfo } from './names'
import { verifyBackup } from './verify'

function live(ctx: CallContext): LiveBackups {
  if (!ctx.backups)
    throw new AppError('REFUSED', '本服务器的数据库不在数据文件夹中（内存数据库），没有备份。')
  return ctx.backups
}

/** The file of a listed backup. The schema already refuses anything but a backup's name; this also
 * refuses a name that is not (or no longer: retention) in the folder, and anything not a plain file. */
function backupFile(backups: LiveBackups, name: string): string {
  const file = join(backupsDir(backups.dataDir), name)
  let plain = false
  try {
    plain = parseBackupName(name) !== null && lstatSync(file).isFile()
  } catch {
    plain = false
  }
  if (!plain) throw new AppError('NOT_FOUND', `备份 ${name} 不存在（可能已按保留规则删除）。`)
  return file
}

function view(info: BackupInfo): BackupView {
  return { name: info.name, reason: info.reason, takenAt: info.takenAt, bytes: info.bytes }
}

function actor(ctx: CallContext) {
  const user = actingUser(ctx)
  return { id: user.id, name: user.displayName }
}

const list: Handler<'backups/list'> = (_input, ctx) => {
  const backups = live(ctx)
  return {
    folder: backupsDir(backups.dataDir),
    backups: listBackups(backups.dataDir).reverse().map(view)
  }
}

const create: Handler<'backups/create'> = async (_input, ctx) => {
  const backups = live(ctx)
  const info = await createBackup(ctx.db, backups.dataDir, 'manual', {
    clock: ctx.clock,
    ...(backups.nativeBinding ? { nativeBinding: backups.nativeBinding } : {})
  })
  // Recorded after the copy, so the backup's own trail ends just before it was taken.
  appendAudit(ctx.db, {
    at: ctx.clock.now().toISOString(),
    actor: actor(ctx),
    action: 'backups/create',
    entity: 'backup',
    entityId: info.name,
    detail: { name: info.name, bytes: info.bytes }
  })
  return view(info)
}

const verify: Handler<'backups/verify'> = (input, ctx) => {
  const backups = live(ctx)
  const file = backupFile(backups, input.name)
  const check = verifyBackup(
    file,
    backups.nativeBinding ? { nativeBinding: backups.nativeBinding } : {}
  )
  // A check is evidence too: who verified which copy, and what it found.
  appendAudit(ctx.db, {
    at: ctx.clock.now().toISOString(),
    actor: actor(ctx),
    action: 'backups/verify',
    entity: 'backup',
    entityId: input.name,
    detail: { ok: check.ok, problems: check.problems.length, headHash: check.result.headHash }
  })
  return {
    name: input.name,
    ok: check.ok,
    problems: check.problems,
    auditRows: check.result.audit.rows,
    headHash: check.result.headHash
  }
}

/** Signs everybody out, the caller included: see live-restore.ts. */
const restore: Handler<'backups/restore'> = async (input, ctx) => {
  const backups = live(ctx)
  const result = await backups.restore(backupFile(backups, input.name), actor(ctx))
  return {
    restoredFrom: input.name,
    safetyBackup: result.safetyBackup ? view(result.safetyBackup) : null,
    safetyIsRawCopy: result.safetyIsRawCopy
  }
}

export const backupHandlers = {
  'backups/list': list,
  'backups/create': create,
  'backups/verify': verify,
  'backups/restore': restore
}
