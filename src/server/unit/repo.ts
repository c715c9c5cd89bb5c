import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'
import type { UnitView } from '../../shared/views'

type UnitRow = { code: string; name: string; case_prefix: string }

export function getUnit(db: Database.Database): UnitView | null {
  const row = prepare(db, 'SELECT code, name, case_prefix FROM unit WHERE id = 1').get() as
    UnitRow | undefined
  return row ? { code: row.code, name: row.name, casePrefix: row.case_prefix } : null
}

export function insertUnit(db: Database.Database, unit: UnitView, at: string): void {
  prepare(
    db,
    'INSERT INTO unit (id, code, name, case_prefix, doc_prefix, created_at) VALUES (1, ?, ?, ?, ?, ?)'
  ).run(unit.code, unit.name, unit.casePrefix, defaultDocPrefix(unit.casePrefix), at)
}

/** The agency's short name in document numbers: the case prefix without its 立 (立案) suffix, e.g.
 * 汉阳市监立 → 汉阳市监, giving 汉阳市监处罚〔2026〕1号. Stored, so it can be changed per unit. */
export function defaultDocPrefix(casePrefix: string): string {
  return casePrefix.replace(/立+$/u, '')
}

export function getDocPrefix(db: Database.Database): string {
  const row = prepare(db, 'SELECT doc_prefix FROM unit WHERE id = 1').get() as
    { doc_prefix: string } | undefined
  return row?.doc_prefix ?? ''
}
