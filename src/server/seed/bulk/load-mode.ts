// How the database is set for a bulk load and set back afterwards.
//
// - cache_size: the default 2 MB page cache made every insert into the large indexes a page miss
//   (46 s → 91 s for 50,000 cases in a first measurement); the load gets a cache sized for it.
// - temp_store = MEMORY: an INSERT into a table with triggers opens a statement journal, which
//   otherwise goes to a temporary file (5× slower inserts into cases; docs/performance.md found
//   the same for imports).
// - synchronous = OFF and no automatic checkpoint, only when the caller asks (BulkTuning.unsynced-
//   Load, which bulk-seed.ts grants to a database that held no case). The load is one transaction,
//   so a crashed process leaves the file as it was. Without syncs, a power loss could lose WAL
//   frames in any order, but WAL frames carry cumulative checksums: recovery stops at the first bad
//   frame, and a transaction whose commit frame is not reached is not there. What makes OFF unsafe
//   in general is a checkpoint copying unsynced frames into the database file; here no checkpoint
//   runs during the load (wal_autocheckpoint = 0) and finishLoad() checkpoints only after
//   synchronous is FULL again, which syncs the WAL before the file is written. When the command
//   returns, the data is in the database file and synced.
//
// Secondary indexes and the statistics dirty-mark triggers of the tables being loaded are dropped
// inside the load's transaction and created again from their stored SQL before it commits: building
// an index once over sorted keys is far cheaper than a million random inserts into it, and the marks
// would only be deleted again (the load writes the projection itself). The SQL text is what
// sqlite_schema held, so the schema afterwards is byte-for-byte the one the migrations made.
import type Database from 'better-sqlite3'

export type SchemaObject = { type: 'index' | 'trigger'; name: string; sql: string }

const pragmaValue = (db: Database.Database, name: string) =>
  db.pragma(name, { simple: true }) as number | string

export function enterLoadMode(
  db: Database.Database,
  o: { cacheMiB: number; unsynced: boolean }
): () => void {
  const before = {
    cache: pragmaValue(db, 'cache_size'),
    temp: pragmaValue(db, 'temp_store'),
    sync: pragmaValue(db, 'synchronous'),
    autocheckpoint: pragmaValue(db, 'wal_autocheckpoint')
  }
  db.pragma(`cache_size = ${-o.cacheMiB * 1024}`)
  db.pragma('temp_store = MEMORY')
  if (o.unsynced) {
    db.pragma('wal_autocheckpoint = 0')
    db.pragma('synchronous = OFF')
  }
  return () => {
    db.pragma(`cache_size = ${before.cache}`)
    db.pragma(`temp_store = ${before.temp}`)
    db.pragma(`synchronous = ${before.sync}`)
    db.pragma(`wal_autocheckpoint = ${before.autocheckpoint}`)
  }
}

/**
 * After the settings are back: the load's WAL copied into the database file (synced under the
 * restored synchronous setting) and truncated, so a large seed leaves no WAL the size of the data
 * and its first reader does not pay for the copy. Nothing to do for a database without a WAL.
 */
export function finishLoad(db: Database.Database): void {
  if (pragmaValue(db, 'journal_mode') === 'wal') db.pragma('wal_checkpoint(TRUNCATE)')
}

/** Secondary indexes on `tables` (not the automatic ones of UNIQUE constraints, which stay). */
export function secondaryIndexes(db: Database.Database, tables: readonly string[]): SchemaObject[] {
  return db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema
        WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (SELECT value FROM json_each(?))
        ORDER BY name`
    )
    .all(JSON.stringify(tables)) as SchemaObject[]
}

/**
 * The triggers that fire on INSERT into `tables`. None of them can have anything to do during a
 * bulk load, which is why it may run without them: the statistics dirty marks (the load writes the
 * facts itself), the closed-period locks (the load refuses to start when a closed period overlaps
 * its dates, and holds the write lock throughout), and the loss ledger's no-replace and bounded-
 * reversal rules (plain INSERTs of new ids; the reversal bound is checked once after the load,
 * checkReversalBounds). Each of them costs a statement journal and a subprogram per row.
 */
export function insertTriggers(db: Database.Database, tables: readonly string[]): SchemaObject[] {
  const triggers = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema
        WHERE type = 'trigger' AND tbl_name IN (SELECT value FROM json_each(?)) ORDER BY name`
    )
    .all(JSON.stringify(tables)) as SchemaObject[]
  return triggers.filter((t) => /\bINSERT\s+ON\b/i.test(t.sql))
}

/** recovered_losses_reversal_bounded over the whole ledger: a reversal names an original entry
 * and the reversals of an entry never exceed it. */
export function checkReversalBounds(db: Database.Database): void {
  const bad = db
    .prepare(
      `SELECT count(*) FROM recovered_losses r
        WHERE r.reverses_id IS NOT NULL AND (
          NOT EXISTS (SELECT 1 FROM recovered_losses o WHERE o.id = r.reverses_id AND o.reverses_id IS NULL)
          OR (SELECT o.amount_fen FROM recovered_losses o WHERE o.id = r.reverses_id)
             + (SELECT sum(x.amount_fen) FROM recovered_losses x WHERE x.reverses_id = r.reverses_id) < 0)`
    )
    .pluck()
    .get() as number
  if (bad > 0) throw new Error(`bulk seed: ${bad} loss reversals exceed their original entries`)
}

/** Drops the objects; call inside the load's transaction. Returns what puts them back. */
export function deferObjects(db: Database.Database, objects: readonly SchemaObject[]): () => void {
  for (const o of objects) db.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`)
  return () => {
    for (const o of objects) db.exec(o.sql)
  }
}
