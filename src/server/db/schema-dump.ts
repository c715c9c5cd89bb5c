import type Database from 'better-sqlite3'

/** The schema as SQL text, in a stable order, for comparison with db/schema.sql. */
export function dumpSchema(db: Database.Database): string {
  const rows = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema
       WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
       ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'trigger' THEN 2 ELSE 3 END, name`
    )
    .all() as { type: string; name: string; sql: string }[]
  const version = db.pragma('user_version', { simple: true }) as number
  const appId = db.pragma('application_id', { simple: true }) as number
  const header = [
    '-- Generated from db/migrations by `npm run schema:dump`; do not edit by hand.',
    `-- PRAGMA user_version = ${version}; PRAGMA application_id = ${appId};`
  ]
  return [...header, ...rows.map((r) => `${r.sql};`)].join('\n\n') + '\n'
}
