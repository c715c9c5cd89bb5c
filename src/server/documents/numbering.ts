// Document numbers 〔年〕号: one gap-free serial per numbered type and year in this unit. Blocks of
// serials are reserved for field officers' pre-numbered forms (APL Art. 52); a spoilt form's number
// is voided with a reason, so every number is accounted for.
import type Database from 'better-sqlite3'
import type { DocumentType } from '../../core/documents/types'
import { AppError } from '../../shared/errors'
import type { NumberBlockView } from '../../shared/lifecycle-views'
import { prepare } from '../db/statements'

export function formatNumber(
  pattern: string,
  prefix: string,
  year: number,
  serial: number
): string {
  return pattern
    .replaceAll('{prefix}', prefix)
    .replaceAll('{year}', String(year))
    .replaceAll('{serial}', String(serial))
}

export function numberingPattern(db: Database.Database, docType: DocumentType): string {
  const row = prepare(db, 'SELECT pattern FROM document_numbering WHERE doc_type = ?').get(
    docType
  ) as { pattern: string } | undefined
  if (!row) throw new AppError('REFUSED', `未配置该类文书的编号规则（${docType}）。`)
  return row.pattern
}

/** The serial the next document of the main sequence would take (not yet taken). */
export function peekSerial(db: Database.Database, docType: DocumentType, year: number): number {
  const row = prepare(
    db,
    'SELECT last_serial FROM document_serials WHERE doc_type = ? AND year = ?'
  ).get(docType, year) as { last_serial: number } | undefined
  return (row?.last_serial ?? 0) + 1
}

/** Takes `serial` if it is still the next one; false if someone else took it meanwhile. */
export function takeSerial(
  db: Database.Database,
  docType: DocumentType,
  year: number,
  serial: number
): boolean {
  if (peekSerial(db, docType, year) !== serial) return false
  prepare(
    db,
    `INSERT INTO document_serials (doc_type, year, last_serial) VALUES (?, ?, ?)
       ON CONFLICT (doc_type, year) DO UPDATE SET last_serial = excluded.last_serial`
  ).run(docType, year, serial)
  return true
}

/** Reserves `count` consecutive serials from the main sequence; returns the first. */
export function reserveSerials(
  db: Database.Database,
  docType: DocumentType,
  year: number,
  count: number
): number {
  const row = prepare(
    db,
    `INSERT INTO document_serials (doc_type, year, last_serial) VALUES (?, ?, ?)
       ON CONFLICT (doc_type, year) DO UPDATE SET last_serial = last_serial + ?
       RETURNING last_serial`
  ).get(docType, year, count, count) as { last_serial: number }
  return row.last_serial - count + 1
}

type BlockRow = {
  id: string
  doc_type: DocumentType
  year: number
  first_serial: number
  last_serial: number
  officer_id: string
  display_name: string
  reserved_at: string
}

function blockView(db: Database.Database, b: BlockRow): NumberBlockView {
  const used = (
    prepare(
      db,
      `SELECT DISTINCT serial FROM documents
         WHERE doc_type = ? AND year = ? AND serial BETWEEN ? AND ? ORDER BY serial`
    ).all(b.doc_type, b.year, b.first_serial, b.last_serial) as { serial: number }[]
  ).map((r) => r.serial)
  const voided = (
    prepare(
      db,
      `SELECT serial FROM number_voids
         WHERE doc_type = ? AND year = ? AND serial BETWEEN ? AND ? ORDER BY serial`
    ).all(b.doc_type, b.year, b.first_serial, b.last_serial) as { serial: number }[]
  ).map((r) => r.serial)
  const taken = new Set([...used, ...voided])
  let next: number | null = null
  for (let s = b.first_serial; s <= b.last_serial; s++) {
    if (!taken.has(s)) {
      next = s
      break
    }
  }
  return {
    id: b.id,
    docType: b.doc_type,
    year: b.year,
    firstSerial: b.first_serial,
    lastSerial: b.last_serial,
    officer: { id: b.officer_id, displayName: b.display_name },
    reservedAt: b.reserved_at,
    used,
    voided,
    next
  }
}

const BLOCKS = `SELECT b.*, u.display_name FROM number_blocks b JOIN users u ON u.id = b.officer_id`

export function insertBlock(
  db: Database.Database,
  row: Omit<BlockRow, 'display_name'> & { reserved_by: string }
): void {
  prepare(
    db,
    `INSERT INTO number_blocks (id, doc_type, year, first_serial, last_serial, officer_id, reserved_by, reserved_at)
     VALUES (@id, @doc_type, @year, @first_serial, @last_serial, @officer_id, @reserved_by, @reserved_at)`
  ).run(row)
}

export function listBlocks(db: Database.Database): NumberBlockView[] {
  const rows = prepare(
    db,
    `${BLOCKS} ORDER BY b.year DESC, b.doc_type, b.first_serial`
  ).all() as BlockRow[]
  return rows.map((b) => blockView(db, b))
}

export function getBlock(db: Database.Database, id: string): NumberBlockView | null {
  const row = prepare(db, `${BLOCKS} WHERE b.id = ?`).get(id) as BlockRow | undefined
  return row ? blockView(db, row) : null
}

/** The block holding this serial, if it was reserved. */
export function blockOfSerial(
  db: Database.Database,
  docType: DocumentType,
  year: number,
  serial: number
): NumberBlockView | null {
  const row = prepare(
    db,
    `${BLOCKS} WHERE b.doc_type = ? AND b.year = ? AND ? BETWEEN b.first_serial AND b.last_serial`
  ).get(docType, year, serial) as BlockRow | undefined
  return row ? blockView(db, row) : null
}

/** The officer's next unused reserved serial for the type and year, or null. */
export function nextReservedSerial(
  db: Database.Database,
  officerId: string,
  docType: DocumentType,
  year: number
): number | null {
  const rows = prepare(
    db,
    `${BLOCKS} WHERE b.officer_id = ? AND b.doc_type = ? AND b.year = ? ORDER BY b.first_serial`
  ).all(officerId, docType, year) as BlockRow[]
  for (const b of rows) {
    const next = blockView(db, b).next
    if (next !== null) return next
  }
  return null
}

export function insertVoid(
  db: Database.Database,
  row: {
    docType: DocumentType
    year: number
    serial: number
    reason: string
    by: string
    at: string
  }
): void {
  prepare(
    db,
    `INSERT INTO number_voids (doc_type, year, serial, reason, voided_by, voided_at) VALUES (?, ?, ?, ?, ?, ?)`
  ).run(row.docType, row.year, row.serial, row.reason, row.by, row.at)
}
