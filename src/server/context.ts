import type Database from 'better-sqlite3'
import type { Method, Output, ParsedInput } from '../shared/api'
import type { UserView } from '../shared/views'
import type { SessionStore } from './auth/sessions'
import type { LoginThrottle } from './auth/throttle'
import type { Clock } from './clock'
import type { CalendarSource } from './calendars/calendar-source'
import type { DiscretionSource } from './discretion/catalogue-source'
import type { IntegrityMonitor } from './integrity/background-check'
import type { IdSource } from './ids'
import type { BlobStore } from './files/blob-store'
import type { ExportJobs } from './export/jobs'
import type { ImportJobs } from './exchange/import-jobs'
import type { Importer } from './exchange/importer'
import type { LiveBackups } from './backup/live-restore'

/**
 * What lives as long as the server: the database, the clock, the id source and the sessions. A live
 * restore (backup/live-restore.ts) replaces `db` and what depended on the old data (sessions, jobs,
 * the integrity verdict) in this object; a call's context is a copy taken when it started, which is
 * why a restore waits for the calls under way to finish first.
 */
export type ServerDeps = {
  db: Database.Database
  clock: Clock
  newId: IdSource
  sessions: SessionStore
  /** Failed-login counts per user name (in memory, like the sessions: the CLI never logs in). */
  loginThrottle: LoginThrottle
  /** The benchmark catalogue in force and the unit configuration. */
  discretion: DiscretionSource
  /** The working-day calendar (holidays and 调休) for the statutory clocks. */
  calendar: CalendarSource
  /** The result of the start-up integrity check (quick_check and the audit chain). */
  integrity: IntegrityMonitor
  /** Evidence files and issued documents, kept by SHA-256 in the data folder. */
  files: BlobStore
  /** Where to look for a CJK font for documents (resources/fonts), besides the system fonts. */
  resourcesDir: string
  /** Long exports running in the background, polled by the user who started them. */
  exports: ExportJobs
  /** Package imports from the app: verified in the background, applied after the dry run. */
  imports: ImportJobs
  /** Verifies, dry-runs and applies a package: in a worker thread in the app, in-process elsewhere. */
  importer: Importer
  /** Backs the database file up before an import is applied; null for an in-memory database. */
  backupBeforeImport: (() => Promise<void>) | null
  /** The data folder's backups, and restore in place; null for an in-memory database. */
  backups: LiveBackups | null
}

/** What one call sees: the deps plus the acting user (null before login) and the session token. */
export type CallContext = ServerDeps & { user: UserView | null; sessionToken: string | null }

export type Handler<M extends Method> = (
  input: ParsedInput<M>,
  ctx: CallContext
) => Output<M> | Promise<Output<M>>

/** The server's handler map: one handler per method of the shared contract, checked by the compiler. */
export type Handlers = { [M in Method]: Handler<M> }

/** The acting user, or an error for handlers whose permission already guarantees one. */
export function actingUser(ctx: CallContext): UserView {
  if (!ctx.user) throw new Error('actingUser called without a signed-in user')
  return ctx.user
}
