// The units whose packages this database has received, as the receipts record them.
import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'

/** The name the latest package from that unit gave, or null for a unit never received. */
export function knownUnitName(db: Database.Database, unitCode: string): string | null {
  const row = prepare(
    db,
    `SELECT unit_name FROM package_sources WHERE unit_code = ? ORDER BY last_seen_at DESC LIMIT 1`
  ).get(unitCode) as { unit_name: string } | undefined
  return row?.unit_name ?? null
}
