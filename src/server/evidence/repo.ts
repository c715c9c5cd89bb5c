// Evidence records (APL Art. 46): the file itself is in the blob store under its SHA-256.
import type Database from 'better-sqlite3'
import type { EvidenceKind } from '../../core/lifecycle/evidence'
import type { EvidenceView } from '../../shared/lifecycle-views'
import { prepare } from '../db/statements'

export type EvidenceRow = {
  id: string
  case_id: string
  kind: EvidenceKind
  title: string
  file_name: string
  media_type: string
  sha256: string
  size_bytes: number
  collected_by: string
  collected_on: string
  place: string
  origin_unit: string
  rev: number
  created_by: string
  created_at: string
  updated_at: string
  withdrawn_at: string | null
  withdrawn_reason: string | null
}

const SELECT = `SELECT e.*, u.display_name FROM evidence e JOIN users u ON u.id = e.created_by`

function toView(r: EvidenceRow & { display_name: string }): EvidenceView {
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    title: r.title,
    fileName: r.file_name,
    mediaType: r.media_type,
    sha256: r.sha256,
    sizeBytes: r.size_bytes,
    collectedBy: r.collected_by,
    collectedOn: r.collected_on,
    place: r.place,
    rev: r.rev,
    createdBy: { id: r.created_by, displayName: r.display_name },
    createdAt: r.created_at,
    withdrawn:
      r.withdrawn_at === null ? null : { at: r.withdrawn_at, reason: r.withdrawn_reason ?? '' }
  }
}

export function insertEvidence(
  db: Database.Database,
  row: Omit<EvidenceRow, 'withdrawn_at' | 'withdrawn_reason'>
): void {
  prepare(
    db,
    `INSERT INTO evidence (id, case_id, kind, title, file_name, media_type, sha256, size_bytes, collected_by,
       collected_on, place, origin_unit, rev, created_by, created_at, updated_at)
     VALUES (@id, @case_id, @kind, @title, @file_name, @media_type, @sha256, @size_bytes, @collected_by,
       @collected_on, @place, @origin_unit, @rev, @created_by, @created_at, @updated_at)`
  ).run(row)
}

export function getEvidence(db: Database.Database, id: string): EvidenceView | null {
  const row = prepare(db, `${SELECT} WHERE e.id = ?`).get(id) as
    (EvidenceRow & { display_name: string }) | undefined
  return row ? toView(row) : null
}

export function evidenceOfCase(db: Database.Database, caseId: string): EvidenceView[] {
  const rows = prepare(
    db,
    `${SELECT} WHERE e.case_id = ? ORDER BY e.collected_on, e.created_at`
  ).all(caseId) as (EvidenceRow & { display_name: string })[]
  return rows.map(toView)
}

/** Tombstone: the record and the file stay; returns false if `rev` is stale or already withdrawn. */
export function withdrawEvidence(
  db: Database.Database,
  id: string,
  rev: number,
  at: string,
  reason: string
): boolean {
  return (
    prepare(
      db,
      `UPDATE evidence SET withdrawn_at = ?, withdrawn_reason = ?, updated_at = ?, rev = rev + 1
         WHERE id = ? AND rev = ? AND withdrawn_at IS NULL`
    ).run(at, reason, at, id, rev).changes === 1
  )
}
