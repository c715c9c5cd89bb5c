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
    'INSERT INTO unit (id, code, name, case_prefix, created_at) VALUES (1, ?, ?, ?, ?)'
  ).run(unit.code, unit.name, unit.casePrefix, at)
}
