// Restore inside a running server (the 备份与恢复 page): the same restoreBackup as the CLI, with the
// server's own connection closed around it and every piece of state that belonged to the old data
// replaced afterwards. Built in the server layer, so the browser host and Electron's utility process
// get the same behaviour without knowing about it.
import type Database from 'better-sqlite3'
import { basename, dirname } from 'node:path'
import { AppError } from '../../shared/errors'
import { appendAudit, type Actor } from '../audit/repo'
import { SessionStore } from '../auth/sessions'
import type { ServerDeps } from '../context'
import { createImportJobs } from '../exchange/import-jobs'
import { createExportJobs } from '../export/jobs'
import type { IntegrityMonitor } from '../integrity/background-check'
import type { CallGate } from './call-gate'
import { databaseInUse } from './in-use'
import { watchJobs, type JobWatch } from './job-watch'
import { restoreBackup, type RestoreResult } from './restore'
import { backupsRunning } from './running'
import { recordSuccessor } from './successors'

/** What the backup handlers need of a server that has a data folder (null for `:memory:`). */
export type LiveBackups = {
  dataDir: string
  /** better-sqlite3's `nativeBinding` for the connections the backup module opens itself. */
  nativeBinding: string | undefined
  /** Replaces the live database with the backup `file` (a path inside the backups folder). */
  restore: (file: string, actor: Actor) => Promise<RestoreResult>
}

export type LiveSetup = {
  deps: ServerDeps
  gate: CallGate
  /** The database file the server has open. */
  file: string
  /** Opens (and migrates) the database file, as the server did at start. */
  open: (file: string) => Database.Database
  /** Starts the integrity check on the database now in place (NO_CHECK when the host runs none). */
  startCheck: () => IntegrityMonitor
  nativeBinding?: string
  idleMs?: number
}

export function createLiveBackups(setup: LiveSetup): LiveBackups {
  const { deps, gate, file } = setup
  const dataDir = dirname(file)
  const options = { clock: deps.clock, nativeBinding: setup.nativeBinding }
  let jobs: JobWatch = watchJobs(deps)

  /** Background work that holds the connection or the file; a restore waits for none of it. */
  function refuseWhileBusy(): void {
    const busy: string[] = []
    if (jobs.exports() > 0) busy.push('导出任务')
    if (jobs.imports() > 0) busy.push('数据包校验')
    if (backupsRunning(deps.db) > 0) busy.push('备份')
    if (deps.integrity.status().state === 'pending') busy.push('启动时的完整性检查')
    if (busy.length === 0) return
    throw new AppError(
      'REFUSED',
      `${busy.join('、')}正在后台进行，完成后才能恢复备份。请稍后再试；未做任何修改。`
    )
  }

  /**
   * Puts `next` where the closed `old` connection was. `dataChanged`: the database is now another
   * one, so whatever the server kept about the old one goes — sessions (everybody signs in again:
   * users, roles and passwords may differ, and the pages on screen show data that no longer
   * exists), export files and verified import packages (a dry-run report computed against the old
   * data must not be applied to the new; a merge worker waiting for the apply is ended), the
   * compiled catalogue (unit packages live in the database) and the start-up check's verdict.
   */
  function adopt(old: Database.Database, next: Database.Database, dataChanged: boolean): void {
    recordSuccessor(old, next)
    deps.db = next
    if (!dataChanged) return
    deps.sessions = new SessionStore(setup.idleMs)
    jobs.disposePending()
    const now = () => deps.clock.now().getTime()
    deps.exports = createExportJobs(now)
    deps.imports = createImportJobs(now)
    jobs = watchJobs(deps)
    deps.discretion.invalidate()
    deps.integrity = setup.startCheck()
  }

  /**
   * The restored file passed verification but did not open (a migration failed): put the replaced
   * database back from its safety copy, so the server carries on as before the restore.
   */
  async function rollBack(
    old: Database.Database,
    result: RestoreResult,
    cause: unknown
  ): Promise<never> {
    const safety = result.safetyBackup
    if (!safety || result.safetyIsRawCopy) throw cause
    await restoreBackup(dataDir, safety.file, options)
    adopt(old, setup.open(file), false)
    const why = cause instanceof Error ? cause.message : String(cause)
    throw new AppError(
      'REFUSED',
      `备份 ${basename(result.restoredFrom)} 恢复后无法打开（${why}），已用恢复前的安全副本 ${safety.name} 复原原数据库。`
    )
  }

  async function swap(backup: string, actor: Actor): Promise<RestoreResult> {
    refuseWhileBusy()
    const old = deps.db
    // Closing the last connection checkpoints the WAL into the file and releases SQLite's locks.
    old.close()
    let result: RestoreResult
    try {
      if (databaseInUse(file, options)) {
        throw new AppError(
          'REFUSED',
          '数据库正被另一个程序使用（例如命令行 yardstick），请先结束它再恢复备份。未做任何修改。'
        )
      }
      // Verifies the backup, takes the pre-restore safety copy, swaps the files (restore.ts).
      result = await restoreBackup(dataDir, backup, options)
    } catch (error) {
      // Refused before the swap: the file is untouched and the sessions still hold.
      adopt(old, setup.open(file), false)
      throw error
    }
    let next: Database.Database
    try {
      next = setup.open(file)
    } catch (error) {
      return rollBack(old, result, error)
    }
    adopt(old, next, true)
    // The audit row goes into the restored database, not the replaced one: from now on this is the
    // trail people read and `yardstick verify` checks, and without the row its history would jump
    // back in time unexplained. The replaced database is kept whole as the safety copy, whose trail
    // ends where it was replaced; the row names both files so either can be found from the other.
    // The actor may not exist in the restored users table — the audit log stores the name with the id.
    appendAudit(deps.db, {
      at: deps.clock.now().toISOString(),
      actor,
      action: 'backups/restore',
      entity: 'backup',
      entityId: basename(backup),
      detail: {
        restoredFrom: basename(backup),
        safetyBackup: result.safetyBackup?.name ?? null,
        safetyIsRawCopy: result.safetyIsRawCopy
      }
    })
    return result
  }

  return {
    dataDir,
    nativeBinding: setup.nativeBinding,
    restore: (backup, actor) => gate.exclusive(() => swap(backup, actor))
  }
}
