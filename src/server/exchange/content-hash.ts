// The SHA-256 of everything a package can carry, record by record in key order: two databases that
// hold the same records hash the same, whatever order their packages arrived in. Local bookkeeping
// (receipts, lineages, the audit log, projections) is outside it.
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/exchange-records'
import { readRecords, recordJson } from './records'

export function exchangeContentHash(
  db: Database.Database,
  kinds: readonly RecordKind[] = RECORD_KINDS
): string {
  const hash = createHash('sha256')
  for (const kind of kinds) {
    for (const r of readRecords(db, kind)) {
      const record = kind === 'user' ? { ...r, username: null } : r
      hash.update(kind).update('\n').update(recordJson(kind, record)).update('\n')
    }
  }
  return hash.digest('hex')
}
