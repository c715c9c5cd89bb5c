import type Database from 'better-sqlite3'
import { GENESIS_HASH, rowHash, type AuditRow } from '../audit/repo'

/** Why the chain breaks at a row. */
export type AuditProblem =
  /** The row's content no longer hashes to its stored hash: the row was edited. */
  | 'hash-mismatch'
  /** The row's prev_hash is not its predecessor's hash: the predecessor was edited (and rehashed),
   * removed or swapped. */
  | 'broken-link'
  /** A sequence number is missing before this row: rows were deleted. */
  | 'seq-gap'
  /** There is no audit_log table at all. */
  | 'missing-table'
  /** Reading the table failed (a damaged file); `detail` holds SQLite's message. */
  | 'unreadable'

export type AuditCheck = {
  /** Rows read (all of them when the chain holds; up to and including the bad row otherwise). */
  rows: number
  firstBadSeq: number | null
  reason?: AuditProblem
  /** For 'seq-gap': the sequence number that should have come next. */
  expectedSeq?: number
  detail?: string
  /** The stored hash of the last row read (GENESIS_HASH for an empty log). Anchoring it outside the
   * database (exports, printouts) is what makes truncation of the newest rows detectable (§B7). Only
   * meaningful when the chain holds. */
  headHash: string
}

function hasAuditTable(db: Database.Database): boolean {
  const row = db
    .prepare("SELECT 1 AS found FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'")
    .get()
  return row !== undefined
}

/**
 * Walks the whole audit chain in seq order and names the first row that breaks it, says why, and
 * never throws: a damaged file is a finding, not a crash.
 * Uncached statements on purpose: verification is rare and may run on a connection opened only for it.
 */
export function verifyAuditChain(db: Database.Database): AuditCheck {
  let prev = GENESIS_HASH
  let expectedSeq = 1
  let rows = 0
  try {
    if (!hasAuditTable(db)) {
      return { rows: 0, firstBadSeq: null, reason: 'missing-table', headHash: prev }
    }
    const all = db
      .prepare('SELECT * FROM audit_log ORDER BY seq')
      .iterate() as IterableIterator<AuditRow>
    for (const row of all) {
      rows++
      const { hash, ...rest } = row
      const bad = (reason: AuditProblem): AuditCheck => {
        // Returning from inside for…of closes the iterator, which resets the statement.
        const check: AuditCheck = { rows, firstBadSeq: row.seq, reason, headHash: prev }
        return reason === 'seq-gap' ? { ...check, expectedSeq } : check
      }
      if (row.seq !== expectedSeq) return bad('seq-gap')
      if (row.prev_hash !== prev) return bad('broken-link')
      if (rowHash(rest) !== hash) return bad('hash-mismatch')
      prev = hash
      expectedSeq++
    }
    return { rows, firstBadSeq: null, headHash: prev }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { rows, firstBadSeq: expectedSeq, reason: 'unreadable', detail, headHash: prev }
  }
}
