import type Database from 'better-sqlite3'
import type { Input, Method, Output } from '../shared/api'
import type { Envelope } from '../shared/errors'
import { SessionStore } from './auth/sessions'
import { LoginThrottle } from './auth/throttle'
import { systemClock, type Clock } from './clock'
import type { ServerDeps } from './context'
import { openDatabase, type OpenOptions } from './db/open'
import { dispatch, type Logger } from './dispatch'
import { createCalendarSource } from './calendars/calendar-source'
import { calendarsDir } from './calendars/load'
import { createDiscretionSource } from './discretion/catalogue-source'
import { uuidv7Source, type IdSource } from './ids'
import { NO_CHECK, startBackgroundCheck } from './integrity/background-check'
import { benchmarksDir, defaultResourcesDir } from './resources'
import { createDirBlobStore, createMemoryBlobStore } from './files/blob-store'
import { createExportJobs } from './export/jobs'
import { createImportJobs } from './exchange/import-jobs'
import { inProcessImporter } from './exchange/importer'
import { workerImporter } from './exchange/worker-importer'
import { createBackup } from './backup/create'
import { createCallGate, type CallGate } from './backup/call-gate'
import { createLiveBackups } from './backup/live-restore'
import { dirname, join } from 'node:path'

export type Server = {
  deps: ServerDeps
  /** Untyped entry for transports: input and token come from outside and are validated. */
  dispatch: (method: string, input: unknown, token: string | null) => Promise<Envelope<unknown>>
  /** Typed entry for in-process callers (CLI, tests). */
  call: <M extends Method>(
    method: M,
    input: Input<M>,
    token: string | null
  ) => Promise<Envelope<Output<M>>>
  close: () => void
}

export type ServerOptions = OpenOptions & {
  clock?: Clock
  newId?: IdSource
  log?: Logger
  idleMs?: number
  /** Where resources/benchmarks lives; found next to the app when omitted. */
  resourcesDir?: string
  /** The built integrity-worker.js: run the start-up check in a worker thread (app and host). */
  integrityWorker?: string
  /** The built merge-worker.js: verify and merge uploaded packages in a worker thread (app and host). */
  mergeWorker?: string
  /** Where evidence and document files are kept; in memory when omitted (tests). */
  filesDir?: string
}

export function createServerOnDb(
  db: Database.Database,
  options: ServerOptions = {},
  integrity = NO_CHECK,
  gate: CallGate = createCallGate()
): Server {
  const clock = options.clock ?? systemClock
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir()
  const deps: ServerDeps = {
    db,
    clock,
    newId: options.newId ?? uuidv7Source(() => clock.now().getTime()),
    sessions: new SessionStore(options.idleMs),
    loginThrottle: new LoginThrottle(),
    discretion: createDiscretionSource(benchmarksDir(resourcesDir)),
    calendar: createCalendarSource(calendarsDir(resourcesDir)),
    integrity,
    files: options.filesDir ? createDirBlobStore(options.filesDir) : createMemoryBlobStore(),
    resourcesDir,
    exports: createExportJobs(() => clock.now().getTime()),
    imports: createImportJobs(() => clock.now().getTime()),
    importer: inProcessImporter,
    backupBeforeImport: null,
    backups: null
  }
  const send = (method: string, input: unknown, token: string | null) =>
    gate.run(() => dispatch(deps, method, input, token, options.log))
  return {
    deps,
    dispatch: send,
    call: (method, input, token) => send(method, input, token) as never,
    // deps.db, not db: a live restore may have replaced the connection.
    close: () => deps.db.close()
  }
}

/** Opens the database file (migrating it) and returns a server over it. */
export function createServer(file: string, options: ServerOptions = {}): Server {
  const db = openDatabase(file, options)
  const startCheck = () =>
    options.integrityWorker
      ? startBackgroundCheck(options.integrityWorker, file, options.nativeBinding)
      : NO_CHECK
  // Files live beside the database, so a data folder moves as one.
  const filesDir = options.filesDir ?? join(dirname(file), 'files')
  const gate = createCallGate()
  const server = createServerOnDb(db, { ...options, filesDir }, startCheck(), gate)
  if (options.mergeWorker) {
    server.deps.importer = workerImporter({
      workerFile: options.mergeWorker,
      file,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      log: options.log ?? ((m, e) => console.error(m, e))
    })
  }
  // Before an import is applied, a backup of the database as it was (issue 9 §2).
  server.deps.backupBeforeImport = async () => {
    await createBackup(server.deps.db, dirname(file), 'pre-import', {
      clock: server.deps.clock,
      nativeBinding: options.nativeBinding
    })
  }
  server.deps.backups = createLiveBackups({
    deps: server.deps,
    gate,
    file,
    open: (f) => openDatabase(f, options),
    startCheck,
    nativeBinding: options.nativeBinding,
    idleMs: options.idleMs
  })
  return server
}
