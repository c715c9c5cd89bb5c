// Entry of the Electron utility process that owns the database, so no SQLite call ever runs on
// main. It imports no electron: `process.parentPort` is all it needs, typed here.
import { join } from 'node:path'
import { createServer, type Server } from '../server/app'
import { startBackupSchedule } from '../server/backup/schedule'
import { systemClock } from '../server/clock'
import { databasePath } from '../server/data-dir'
import { backupOnQuit } from './quit-backup'
import { createServerEndpoint, describeOpenFailure, parseServerArgs } from './server-endpoint'
import type { FromServer } from './server-protocol'

type ParentPort = {
  on: (event: 'message', listener: (event: { data: unknown }) => void) => void
  postMessage: (message: FromServer) => void
}

/** An online backup of the database once a day while the app runs (plus retention). */
const BACKUP_INTERVAL_MS = 24 * 3_600_000

const port = (process as unknown as { parentPort?: ParentPort }).parentPort

function fail(message: string): void {
  port?.postMessage({ type: 'fatal', message })
  // main kills us on 'fatal'; exit on our own in case that message never arrives.
  setTimeout(() => process.exit(2), 2_000).unref()
}

function main(): void {
  if (!port) {
    console.error('server-process must run inside an Electron utility process')
    process.exit(1)
  }
  const args = parseServerArgs(process.argv)
  if (!args.dataDir) {
    fail('内部错误：未指定数据文件夹。')
    return
  }
  let server: Server
  let file = args.dataDir
  try {
    file = databasePath(args.dataDir)
    server = createServer(file, {
      // Worker threads of this process, as in the browser host (src/host/main.ts).
      integrityWorker: join(__dirname, 'integrity-worker.js'),
      mergeWorker: join(__dirname, 'merge-worker.js'),
      ...(args.nativeBinding ? { nativeBinding: args.nativeBinding } : {})
    })
  } catch (error) {
    console.error('server-process: cannot open the database', error)
    fail(describeOpenFailure(error, file))
    return
  }
  const { dataDir, nativeBinding } = args
  // The backups open connections of their own (to check each copy): inside Electron they need the
  // same Electron build of the addon as the server.
  const stopBackups = startBackupSchedule(
    server.deps.db,
    dataDir,
    BACKUP_INTERVAL_MS,
    systemClock,
    nativeBinding ? { nativeBinding } : {}
  )
  const endpoint = createServerEndpoint(
    server,
    (message) => port.postMessage(message),
    (code) => process.exit(code),
    {
      beforeClose: stopBackups,
      afterClose: async () => {
        await backupOnQuit(dataDir, nativeBinding)
      }
    }
  )
  // Messages main sent while the database was opening are queued until this listener exists.
  port.on('message', (event) => void endpoint.handle(event.data))
}

main()
