import type Database from 'better-sqlite3'

const successors = new WeakMap<Database.Database, Database.Database>()

/**
 * A live restore (live-restore.ts) closes the server's connection and opens a new one on the
 * restored file. Whoever was handed the old connection at start-up — the daily schedule, started by
 * the hosts (src/host, src/main) with `server.deps.db` — follows the chain to the open one here
 * rather than back up a closed connection from then on.
 */
export function recordSuccessor(old: Database.Database, next: Database.Database): void {
  if (old !== next) successors.set(old, next)
}

/** The connection that replaced `db`, after any number of restores; `db` itself when none did. */
export function currentConnection(db: Database.Database): Database.Database {
  let current = db
  for (let next = successors.get(current); next; next = successors.get(current)) current = next
  return current
}
