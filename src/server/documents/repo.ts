// Issued documents: immutable rows (a correction is a new version), files in the blob store.
import type Database from 'better-sqlite3'
import { DOCUMENT_TITLE_ZH, type DocumentType } from '../../core/documents/types'
import type { DocumentView } from '../../shared/lifecycle-views'
import { prepare } from '../db/statements'

export type DocumentRow = {
  id: string
  case_id: string
  doc_type: DocumentType
  number: string | null
  year: number | null
  serial: number | null
  version: number
  supersedes_id: string | null
  snapshot: string
  pdf_sha256: string
  pdf_bytes: number
  docx_sha256: string
  docx_bytes: number
  origin_unit: string
  issued_by: string
  issued_at: string
}

type ViewRow = DocumentRow & { display_name: string; superseded_by_id: string | null }

const SELECT = `SELECT d.*, u.display_name, s.id AS superseded_by_id
  FROM documents d JOIN users u ON u.id = d.issued_by
  LEFT JOIN documents s ON s.supersedes_id = d.id`

function toView(r: ViewRow): DocumentView {
  return {
    id: r.id,
    caseId: r.case_id,
    docType: r.doc_type,
    title: DOCUMENT_TITLE_ZH[r.doc_type],
    number: r.number,
    version: r.version,
    supersedesId: r.supersedes_id,
    supersededById: r.superseded_by_id,
    issuedAt: r.issued_at,
    issuedBy: { id: r.issued_by, displayName: r.display_name },
    pdf: { sha256: r.pdf_sha256, bytes: r.pdf_bytes },
    docx: { sha256: r.docx_sha256, bytes: r.docx_bytes }
  }
}

export function documentsOfCase(db: Database.Database, caseId: string): DocumentView[] {
  const rows = prepare(db, `${SELECT} WHERE d.case_id = ? ORDER BY d.issued_at, d.id`).all(
    caseId
  ) as ViewRow[]
  return rows.map(toView)
}

export function getDocumentRow(db: Database.Database, id: string): DocumentRow | null {
  return (
    (prepare(db, 'SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined) ?? null
  )
}

export function getDocumentView(db: Database.Database, id: string): DocumentView | null {
  const row = prepare(db, `${SELECT} WHERE d.id = ?`).get(id) as ViewRow | undefined
  return row ? toView(row) : null
}

/** The current (not superseded) document of a type on a case. */
export function currentDocument(
  db: Database.Database,
  caseId: string,
  docType: DocumentType
): DocumentRow | null {
  return (
    (prepare(
      db,
      `SELECT d.* FROM documents d
         WHERE d.case_id = ? AND d.doc_type = ?
           AND NOT EXISTS (SELECT 1 FROM documents s WHERE s.supersedes_id = d.id)
         ORDER BY d.version DESC LIMIT 1`
    ).get(caseId, docType) as DocumentRow | undefined) ?? null
  )
}

export function isSuperseded(db: Database.Database, id: string): boolean {
  return prepare(db, 'SELECT 1 FROM documents WHERE supersedes_id = ?').get(id) !== undefined
}

export function insertDocument(db: Database.Database, row: DocumentRow): void {
  prepare(
    db,
    `INSERT INTO documents (id, case_id, doc_type, number, year, serial, version, supersedes_id, snapshot,
       pdf_sha256, pdf_bytes, docx_sha256, docx_bytes, origin_unit, issued_by, issued_at)
     VALUES (@id, @case_id, @doc_type, @number, @year, @serial, @version, @supersedes_id, @snapshot,
       @pdf_sha256, @pdf_bytes, @docx_sha256, @docx_bytes, @origin_unit, @issued_by, @issued_at)`
  ).run(row)
}
