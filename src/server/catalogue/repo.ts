import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'

export type PackageRow = {
  id: string
  package_id: string
  title: string
  status: 'draft' | 'published'
  yaml: string
  origin_unit: string
  rev: number
  created_by: string
  created_at: string
  updated_at: string
  published_by: string | null
  published_at: string | null
}

export type DraftInsert = Pick<
  PackageRow,
  'id' | 'package_id' | 'title' | 'yaml' | 'origin_unit' | 'created_by' | 'created_at'
>

export type DraftUpdate = Pick<PackageRow, 'id' | 'package_id' | 'title' | 'yaml' | 'rev'> & {
  at: string
}

export type PublishUpdate = Pick<PackageRow, 'id' | 'yaml' | 'rev'> & { by: string; at: string }

export function getPackage(db: Database.Database, id: string): PackageRow | null {
  const row = prepare(db, 'SELECT * FROM catalogue_packages WHERE id = ?').get(id)
  return (row as PackageRow | undefined) ?? null
}

export function listPackages(db: Database.Database): PackageRow[] {
  const sql = 'SELECT * FROM catalogue_packages ORDER BY created_at, id'
  return prepare(db, sql).all() as PackageRow[]
}

/** The row that already uses `packageId`, if any. */
export function packageIdOwner(db: Database.Database, packageId: string): string | null {
  const row = prepare(db, 'SELECT id FROM catalogue_packages WHERE package_id = ?').get(packageId)
  return (row as { id: string } | undefined)?.id ?? null
}

export function insertDraft(db: Database.Database, row: DraftInsert): void {
  prepare(
    db,
    `INSERT INTO catalogue_packages (id, package_id, title, status, yaml, origin_unit, rev,
       created_by, created_at, updated_at)
     VALUES (@id, @package_id, @title, 'draft', @yaml, @origin_unit, 1, @created_by, @created_at,
       @created_at)`
  ).run(row)
}

/** Updates a draft at revision `rev`; false when it changed meanwhile or is no longer a draft. */
export function updateDraft(db: Database.Database, u: DraftUpdate): boolean {
  const result = prepare(
    db,
    `UPDATE catalogue_packages
     SET package_id = @package_id, title = @title, yaml = @yaml, rev = rev + 1, updated_at = @at
     WHERE id = @id AND rev = @rev AND status = 'draft'`
  ).run(u)
  return result.changes === 1
}

/** Flips a draft at revision `rev` to published; after this the triggers keep the row as it is. */
export function markPublished(db: Database.Database, u: PublishUpdate): boolean {
  const result = prepare(
    db,
    `UPDATE catalogue_packages
     SET status = 'published', yaml = @yaml, rev = rev + 1, updated_at = @at, published_by = @by,
       published_at = @at
     WHERE id = @id AND rev = @rev AND status = 'draft'`
  ).run(u)
  return result.changes === 1
}
