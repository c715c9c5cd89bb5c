// The stored lineage of each mutable record (record_versions). A local edit is noticed the next time
// the record is exported or merged: its content hash no longer matches the stored version, so the
// stored version becomes an ancestor. No write path has to remember to bump anything.
import type Database from 'better-sqlite3'
import { advance, type LineageView } from '../../core/exchange/lineage'
import type { RecordKind } from '../../shared/schemas/exchange-records'
import { prepare } from '../db/statements'

type VersionRow = { vh: string; ancestors: string; changed_seq: number | null }

export function storedLineage(
  db: Database.Database,
  kind: RecordKind,
  id: string
): (LineageView & { changedSeq: number | null }) | null {
  const row = prepare(
    db,
    'SELECT vh, ancestors, changed_seq FROM record_versions WHERE kind = ? AND id = ?'
  ).get(kind, id) as VersionRow | undefined
  if (!row) return null
  return { h: row.vh, a: JSON.parse(row.ancestors) as string[], changedSeq: row.changed_seq }
}

export function writeLineage(
  db: Database.Database,
  kind: RecordKind,
  id: string,
  lineage: LineageView,
  changedSeq: number | null
): void {
  prepare(
    db,
    `INSERT INTO record_versions (kind, id, vh, ancestors, changed_seq) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET vh = excluded.vh, ancestors = excluded.ancestors,
       changed_seq = excluded.changed_seq`
  ).run(kind, id, lineage.h, JSON.stringify(lineage.a), changedSeq)
}

/**
 * The record's lineage as of its current content, stored if it moved on: a record never exported or
 * merged starts a lineage of its own, and an edited one gets its old version as an ancestor (and
 * counts as changed for the next "since" package).
 */
export function currentLineage(
  db: Database.Database,
  kind: RecordKind,
  id: string,
  currentHash: string
): LineageView {
  const stored = storedLineage(db, kind, id)
  if (stored && stored.h === currentHash) return { h: stored.h, a: stored.a }
  const next = stored ? advance(stored, currentHash) : { h: currentHash, a: [] }
  writeLineage(db, kind, id, next, null)
  return next
}
