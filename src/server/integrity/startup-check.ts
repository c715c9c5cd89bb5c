import Database from 'better-sqlite3'
import { verifyAuditChain } from './audit-chain'
import { auditProblemText } from './report'
import { passed, quickCheck } from './verify'

/** What the start-up check found; shown to users when it failed. */
export type IntegrityStatus =
  | { state: 'skipped' }
  | { state: 'pending' }
  | { state: 'ok'; auditRows: number; headHash: string }
  | { state: 'failed'; problems: string[] }

/**
 * The check run at every start (perf-reliability-security.md §B8): PRAGMA quick_check and the audit
 * hash chain, on a read-only connection of its own so it can run beside the live server (WAL lets
 * readers work alongside the writer). The full integrity_check is `yardstick verify`'s job.
 */
export function runStartupCheck(file: string, nativeBinding?: string): IntegrityStatus {
  let db: Database.Database
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {})
    })
  } catch (error) {
    return { state: 'failed', problems: [`无法打开数据库进行检查：${String(error)}`] }
  }
  try {
    db.pragma('trusted_schema = OFF')
    const problems: string[] = []
    const rows = quickCheck(db)
    if (!passed(rows))
      problems.push(`数据库结构检查（quick_check）发现问题：${rows.slice(0, 5).join('；')}`)
    const audit = verifyAuditChain(db)
    const auditText = auditProblemText(audit)
    if (auditText) problems.push(auditText)
    return problems.length > 0
      ? { state: 'failed', problems }
      : { state: 'ok', auditRows: audit.rows, headHash: audit.headHash }
  } finally {
    db.close()
  }
}
