import type Database from 'better-sqlite3'

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * A prepared statement, compiled once per connection and reused: preparing is a large share of a small
 * query's cost. Only for fixed SQL text — dynamic SQL (e.g. the list filters) has few shapes and may
 * also use it, but never build SQL from user values (those are always parameters).
 */
export function prepare(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db)
  if (!cache) {
    cache = new Map()
    caches.set(db, cache)
  }
  let statement = cache.get(sql)
  if (!statement) {
    statement = db.prepare(sql)
    cache.set(sql, statement)
  }
  return statement
}
