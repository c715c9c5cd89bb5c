import type Database from 'better-sqlite3'
import { verifyAuditChain, type AuditCheck } from './audit-chain'
import { fileIdentity, type FileIdentity } from './file-identity'

/** One row of PRAGMA foreign_key_check: `rowid` of `table` points at a missing row of `parent`. */
export type ForeignKeyProblem = {
  table: string
  rowid: number | null
  parent: string
  fkid: number
}

export type VerifyResult = {
  ok: boolean
  /** null when the header itself could not be read. */
  file: FileIdentity | null
  /** PRAGMA integrity_check rows: exactly ['ok'] when the file is sound. */
  integrity: string[]
  foreignKeys: ForeignKeyProblem[]
  audit: AuditCheck
  /** The audit chain's head, to anchor outside the database; null unless the chain holds. */
  headHash: string | null
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** The rows of an integrity pragma; a file too damaged to run it yields one row naming the error. */
function integrityRows(db: Database.Database, pragma: 'integrity_check' | 'quick_check'): string[] {
  try {
    const rows = db.pragma(pragma) as Record<string, unknown>[]
    return rows.map((row) => String(Object.values(row)[0]))
  } catch (error) {
    return [`${pragma} 无法运行：${message(error)}`]
  }
}

export function passed(rows: readonly string[]): boolean {
  return rows.length === 1 && rows[0] === 'ok'
}

/**
 * PRAGMA quick_check: O(N), skips UNIQUE and index-content checks (§B5). For a freshly written backup
 * and periodic background checks; verifyDatabase runs the full integrity_check.
 */
export function quickCheck(db: Database.Database): string[] {
  return integrityRows(db, 'quick_check')
}

function foreignKeyRows(db: Database.Database): ForeignKeyProblem[] | string {
  try {
    return db.pragma('foreign_key_check') as ForeignKeyProblem[]
  } catch (error) {
    return message(error)
  }
}

/**
 * Everything we can check without changing the file: the header says it is ours, the b-trees are
 * sound (integrity_check, O(N log N): about 12 s per 0.75 GB, so run it off the UI thread), every
 * foreign key resolves, and the audit hash chain is unbroken. Reads only: safe on a read-only
 * connection, and on a backup that must not be restored before it is known to be good.
 */
export function verifyDatabase(db: Database.Database): VerifyResult {
  let file: FileIdentity | null = null
  try {
    file = fileIdentity(db)
  } catch (error) {
    // Not even the header is readable ("file is not a database"): nothing else can be checked.
    const integrity = [`无法读取文件头：${message(error)}`]
    const audit: AuditCheck = { rows: 0, firstBadSeq: null, reason: 'unreadable', headHash: '' }
    return { ok: false, file, integrity, foreignKeys: [], audit, headHash: null }
  }
  const integrity = integrityRows(db, 'integrity_check')
  const fk = foreignKeyRows(db)
  const foreignKeys = typeof fk === 'string' ? [] : fk
  if (typeof fk === 'string') integrity.push(`foreign_key_check 无法运行：${fk}`)
  const audit = verifyAuditChain(db)
  const chainHolds = audit.firstBadSeq === null && audit.reason === undefined
  const ok = file.problem === null && passed(integrity) && foreignKeys.length === 0 && chainHolds
  return { ok, file, integrity, foreignKeys, audit, headHash: chainHolds ? audit.headHash : null }
}
