import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import type { AuditCheck } from './audit-chain'
import { verifyDatabase, type VerifyResult } from './verify'

function unopenable(reason: string): VerifyResult {
  const audit: AuditCheck = { rows: 0, firstBadSeq: null, reason: 'unreadable', headHash: '' }
  return { ok: false, file: null, integrity: [reason], foreignKeys: [], audit, headHash: null }
}

/**
 * verifyDatabase on a file, through a read-only connection of its own: for `yardstick verify` (safe
 * while the app has the database open: it only reads) and for backups, which must never be ATTACHed
 * to the live database. A file that cannot be opened is a failed result, not an exception.
 */
export function verifyDatabaseFile(
  file: string,
  options: { nativeBinding?: string } = {}
): VerifyResult {
  if (!existsSync(file)) return unopenable(`文件 ${file} 不存在。`)
  let db: Database.Database
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    })
  } catch (error) {
    return unopenable(`无法打开文件：${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    db.pragma('busy_timeout = 5000')
    // The file is untrusted until checked: its schema must not run functions with side effects.
    db.pragma('trusted_schema = OFF')
    return verifyDatabase(db)
  } finally {
    db.close()
  }
}
